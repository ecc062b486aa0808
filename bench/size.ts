// `npm run bench:size`: the client entry (`booking-contracts/campone`, built in
// dist/) bundled with what it imports, minified and gzipped, against
// openapi-fetch's own module treated the same way. Fails when the client costs
// more than openapi-fetch plus 3 kB.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { projectRoot } from '../model/registry.js';

const BUDGET = 3 * 1024;

async function bundled(entry: string, external: string[] = []): Promise<{ min: number; gzip: number }> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: projectRoot,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const openapiFetch = await bundled('node_modules/openapi-fetch/dist/index.mjs');
const client = await bundled('dist/src/campone/index.js');
const ownCode = await bundled('dist/src/campone/index.js', ['openapi-fetch']);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;
// The opt-in entries, for the record (outside the budget: only apps that import them carry them): what each adds to the client.
const optIn = await Promise.all(['create-booking', 'pages', 'validate'].map(async (name) => [name, await bundled(`dist/src/campone/${name}.js`, ['openapi-fetch'])] as const));

console.log('| bundle | minified | min + gzip |');
console.log('|---|---:|---:|');
console.log(`| openapi-fetch 0.17.0 (whole module) | ${kb(openapiFetch.min)} | ${kb(openapiFetch.gzip)} |`);
console.log(`| booking-contracts/campone (with openapi-fetch) | ${kb(client.min)} | ${kb(client.gzip)} |`);
console.log(`| booking-contracts/campone (its own code) | ${kb(ownCode.min)} | ${kb(ownCode.gzip)} |`);
for (const [name, size] of optIn) console.log(`| booking-contracts/campone/${name} (its own code, shared core included) | ${kb(size.min)} | ${kb(size.gzip)} |`);
const over = client.gzip - openapiFetch.gzip;
console.log(`\nclient - openapi-fetch = ${over} B = ${kb(over)} gzipped (budget ${BUDGET} B)`);
if (over > BUDGET) {
  console.error(`over budget by ${kb(over - BUDGET)}`);
  process.exit(1);
}
