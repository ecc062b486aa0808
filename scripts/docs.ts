// `npm run docs`: build the hosted API reference into dist/docs/ from the
// bundled specs in generated/ (run `npm run generate` first after a change).
import { relative } from 'node:path';
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain } from '../tools/cli/run-main.ts';

const COMMAND = {
  name: 'docs',
  summary: 'Builds dist/docs/: a landing page and one self-contained reference page per API, from the committed\nbundles in generated/. The pages are built aside and replace dist/docs only when every page built.',
  usage: '',
  options: {},
  exitCodes: { 0: 'dist/docs/ rebuilt', 1: 'bad input (a missing or unresolvable bundle) or a failed page; dist/docs/ is unchanged' },
  examples: ['npm run docs   # after npm run generate, when a contract changed'],
} satisfies CommandSpec;

async function main(): Promise<void> {
  parseCommand(COMMAND);
  const started = Date.now();
  const { listApis, projectRoot, readBundle } = await import('../model/registry.js');
  // Bad input is one line at once, before the page builder loads: every bundle must load and resolve.
  for (const api of listApis()) readBundle(api);
  const { buildDocs, DOCS_DIR } = await import('../tools/docs/build.ts');
  const entries = await buildDocs();
  const where = relative(projectRoot, DOCS_DIR);
  for (const entry of entries) console.log(`${entry.name}: ${where}/${entry.name}/index.html (${entry.operations} operations, ${entry.errorCodes} error codes)`);
  console.log(`${where}/index.html lists ${entries.length} API${entries.length === 1 ? '' : 's'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

runMain(main);
