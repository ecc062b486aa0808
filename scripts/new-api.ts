// `npm run new-api -- <name>`: scaffold a new API (tools/scaffold/new-api.ts)
// that passes lint, generate --check and the tests as it is, then says what
// to do next.
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';

const USAGE = 'usage: npm run new-api -- <name>   (lower case, words joined by "-", e.g. inventory)';

const COMMAND = {
  name: 'new-api',
  summary:
    'Scaffolds a new API: a contract and error catalog under openapi/<name>/, a client entry, its registry entry and\n' +
    'exports, and its generated files, all written or none. It passes lint, generate --check and the tests as it is.',
  usage: '<name>',
  positionals: { name: '<name>', description: 'Lower case, words joined by "-", e.g. inventory.' },
  options: {},
  exitCodes: { 0: 'scaffolded', 1: 'bad name, an API of that name already exists, or a failed step; nothing was written' },
  examples: ['npm run new-api -- inventory'],
} satisfies CommandSpec;

async function main(): Promise<void> {
  const { positionals } = parseCommand(COMMAND);
  if (positionals.length !== 1) throw new UserError(USAGE);
  const [name] = positionals as [string];
  const { newApi } = await import('../tools/scaffold/new-api.ts');
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
