// How every command-line entry point ends: a UserError (bad input, a failed
// check) is one line on stderr and exit code 1; anything else is a bug, and
// still one line, prefixed `error:`, never a stack trace.
import { UserError } from '../../model/input.js';

export { UserError };

/** Run a script's main function; errors become one line on stderr and exit code 1 (or the error's own `exitCode`). */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${error instanceof UserError ? '' : 'error: '}${message.split('\n')[0]}\n`);
    const code = (error as { exitCode?: unknown } | null)?.exitCode;
    process.exit(typeof code === 'number' ? code : 1);
  });
}
