// `npm run release -- <api> [--first-release]`: record today's bundle
// (generated/<api>/openapi.json) as the API's released description,
// openapi/<api>/released/openapi.json, which `npm run diff` then compares
// every change with (tools/gate/release.ts). Refuses, writing nothing, when
// the bundle is stale, when info.version was not raised above the released
// one, when the changes since the release break integrators without a major
// bump, or when the snapshot is missing for an API that was released before.
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain, UserError } from '../tools/cli/run-main.ts';

const COMMAND = {
  name: 'release',
  summary:
    'Records today\'s bundle as the API\'s release (openapi/<api>/released/openapi.json), which npm run diff compares every\n' +
    'change with. Raise info.version in the hand-written root and run npm run generate first. Every check runs before\n' +
    'anything is written, and the snapshot is replaced in one step: a refused release changes nothing.',
  usage: '<api> [--first-release]',
  positionals: { name: '<api>', description: 'One API named in redocly.yaml.' },
  options: {
    'first-release': {
      type: 'boolean',
      description: 'Record the first release although git history or info.version (above 1.0.0) say there was one, or git cannot tell.',
    },
  },
  exitCodes: { 0: 'released', 1: 'refused (the line says why) or bad input; nothing was written' },
  examples: ['npm run release -- campone'],
} satisfies CommandSpec;

async function main(): Promise<void> {
  const { values, positionals } = parseCommand(COMMAND);
  if (positionals.length !== 1) throw new UserError('usage: npm run release -- <api> (one API named in redocly.yaml; see npm run release -- --help)');
  const { getApi } = await import('../model/registry.js');
  const api = getApi(positionals[0]!);
  const { recordRelease } = await import('../tools/gate/release.ts');
  // The bundle must be what the hand-written files make today; checked after the quick checks of both files.
  const beforeCompare = async () => {
    const { assertBundleCurrent } = await import('../tools/bundle/bundle-current.ts');
    await assertBundleCurrent(api, 'run npm run generate, commit, then release');
  };
  const files = { name: api.name, bundle: api.bundle, snapshot: api.snapshot, versionFile: api.root };
  console.log(await recordRelease(files, { firstRelease: values['first-release'] === true, beforeCompare }));
}

runMain(main);
