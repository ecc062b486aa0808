// `npm run generate [-- --check] [--config <redocly.yaml>]`: rebuilds
// generated/<api>/ (beside the config) for every API in redocly.yaml
// (tools/codegen/generate.ts says what each file is). Nothing is written
// unless every API generated; `--check` writes nothing and fails when a
// committed file differs from what would be generated.
import { relative, resolve } from 'node:path';
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';

const COMMAND = {
  name: 'generate',
  summary: 'Rebuilds generated/<api>/ (bundle, types, the client\'s contract and request validators) for every API in\nredocly.yaml. Every file is written or none: a failure leaves generated/ as it was.',
  usage: '[--check] [--config <redocly.yaml>]',
  options: {
    check: { type: 'boolean', description: 'Write nothing; fail when a committed file differs from what would be generated.' },
    config: { type: 'string', value: '<redocly.yaml>', description: 'Another redocly.yaml; its APIs are generated into generated/ beside it.' },
  },
  exitCodes: { 0: 'generated (or, with --check, everything is current)', 1: 'bad input, a failed step, or stale files with --check; generated/ is unchanged' },
  examples: ['npm run generate -- --check'],
} satisfies CommandSpec;

async function main(): Promise<void> {
  const { values } = parseCommand(COMMAND);
  const config = typeof values.config === 'string' ? resolve(values.config) : undefined;
  const { listApis, projectRoot } = await import('../model/registry.js');
  const apis = listApis(config);
  // Bad input is one line at once, before the generators load: each root file must read as an OpenAPI document.
  const { readSpecFile } = await import('../model/input.js');
  for (const api of apis) readSpecFile(api.root);
  const { generateApi, staleFiles, writeAll } = await import('../tools/codegen/generate.ts');
  // Each API on its own (openapi-typescript's own --check passes wrongly when redocly.yaml lists several).
  const generated: Awaited<ReturnType<typeof generateApi>>[] = [];
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
