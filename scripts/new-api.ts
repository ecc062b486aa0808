// `npm run new-api -- <name>`: scaffold a new API (tools/scaffold/new-api.ts)
// that passes lint, generate --check and the tests as it is, then says what
// to do next.
import { parseArgs } from 'node:util';
import { runMain, UserError } from '../tools/cli/run-main.ts';
import { newApi } from '../tools/scaffold/new-api.ts';

const USAGE = 'usage: npm run new-api -- <name>   (lower case, words joined by "-", e.g. inventory)';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UserError(USAGE);
  const [name] = positionals as [string];
  const written = await newApi(name);
  console.log(`${name}: wrote ${written.length} files:\n${written.map((file) => `  ${file}`).join('\n')}`);
  console.log(`
Next:
  1. Describe the real API in openapi/${name}/ (README "Adding an API" walks through it).
  2. npm run lint && npm run generate   (commit generated/ with the change)
  3. npm test
  4. When it is ready for integrators: npm run release -- ${name}   (the breaking-change gate fails until a first release is recorded)`);
}

runMain(main);
