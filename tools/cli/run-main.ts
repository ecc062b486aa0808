// How every command-line entry point ends: a UserError (bad input, a failed
// check) is one line on stderr and exit code 1 (or the error's own
// `exitCode`); anything else is a bug, and still one line, prefixed `error:`,
// never a stack trace. After --help nothing more is printed and the code is 0.
import { UserError } from '../../model/input.js';
import { HelpShown } from './command.ts';

export { UserError };

/** Text safe to print: control characters (a NUL from binary input, an escape sequence) made visible instead of sent to the terminal. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '\uFFFD');
}

/** An error's first line, made printable. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return printable(message.split('\n')[0] ?? '');
}

/** Run a script's main function; errors become one line on stderr and exit code 1 (or the error's own `exitCode`). */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof HelpShown) {
      process.exitCode = 0;
      return;
    }
    process.stderr.write(`${error instanceof UserError ? '' : 'error: '}${oneLine(error)}\n`);
    const code = (error as { exitCode?: unknown } | null)?.exitCode;
    process.exit(typeof code === 'number' ? code : 1);
  });
}
