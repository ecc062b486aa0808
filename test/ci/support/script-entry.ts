// How `npm run <script>` starts a script's entry file, for tests that run it
// as a child process without npm's banner: a plain-JavaScript entry
// (scripts/lint.js, which starts Redocly before TypeScript is registered)
// with node itself, a TypeScript one with tsx's loader, unless it was
// compiled beside it (a project copy: support/compile-in-place.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** `node`'s arguments that run `script`'s entry in the project at `dir`. */
export function entryArgs(script: string, dir: string): string[] {
  const name = script.replace(':', '-');
  return existsSync(join(dir, 'scripts', `${name}.js`)) ? [`scripts/${name}.js`] : ['--import', 'tsx', `scripts/${name}.ts`];
}
