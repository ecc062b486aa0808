// `npm run docs`: build the hosted API reference into dist/docs/ from the
// bundled specs in generated/ (run `npm run generate` first after a change).
import { relative } from 'node:path';
import { projectRoot } from '../model/registry.js';
import { runMain } from '../tools/cli/run-main.ts';
import { buildDocs, DOCS_DIR } from '../tools/docs/build.ts';

async function main(): Promise<void> {
  const started = Date.now();
  const entries = await buildDocs();
  const where = relative(projectRoot, DOCS_DIR);
  for (const entry of entries) console.log(`${entry.name}: ${where}/${entry.name}/index.html (${entry.operations} operations, ${entry.errorCodes} error codes)`);
  console.log(`${where}/index.html lists ${entries.length} API${entries.length === 1 ? '' : 's'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

runMain(main);
