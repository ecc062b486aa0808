// `npm run generate [-- --check] [--config <redocly.yaml>]`: rebuilds
// generated/<api>/ (beside the config) for every API in redocly.yaml
// (tools/codegen/generate.ts says what each file is). Nothing is written
// unless every API generated; `--check` writes nothing and fails when a
// committed file differs from what would be generated.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listApis, projectRoot } from '../model/registry.js';
import { generateApi, staleFiles, writeAll, type GeneratedFiles } from '../tools/codegen/generate.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, config: { type: 'string' } } });
  const config = values.config === undefined ? undefined : resolve(values.config);
  const apis = listApis(config);
  // Each API on its own (openapi-typescript's own --check passes wrongly when redocly.yaml lists several).
  const generated: GeneratedFiles[] = [];
  for (const api of apis) generated.push(await generateApi(api, config));
  if (values.check) {
    const stale = (await Promise.all(generated.map(staleFiles))).flat();
    if (stale.length > 0) throw new UserError(`generated files are stale: ${stale.join(', ')} (run npm run generate and commit)`);
    console.log(`generated/ is up to date for ${apis.map((api) => api.name).join(', ')}`);
    return;
  }
  await writeAll(new Map(generated.flatMap((files) => [...files])));
  apis.forEach((api, index) => console.log(`${api.name}: ${[...generated[index]!.keys()].map((file) => relative(projectRoot, file)).join(', ')}`));
}

runMain(main);
