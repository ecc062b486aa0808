// @ts-check
// The project's APIs, read from redocly.yaml (its `apis` entries), so that
// every tool, test and the docs agree on names and file locations. An API
// named `x` has its hand-written root where redocly.yaml says, and its
// committed bundle and types in generated/x/.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBundleFile, readDataFile, shown, UserError } from './input.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {object} ApiEntry
 * @property {string} name Name of the `apis` entry in redocly.yaml, e.g. `campone`.
 * @property {string} root Hand-written root file of the contract.
 * @property {string} bundle Bundled, self-contained spec: generated/<name>/openapi.json.
 * @property {string} types openapi-typescript output: generated/<name>/schema.d.ts.
 * @property {string} generated The folder of its generated files: generated/<name>/.
 * @property {string} snapshot Its last released description: openapi/<name>/released/openapi.json beside the root.
 */

/** The entry for an API named `name` whose root is `root`, with its generated files under `generatedDir`. @param {string} name @param {string} root @returns {ApiEntry} */
export function apiEntry(name, root, generatedDir = join(projectRoot, 'generated')) {
  const generated = join(generatedDir, name);
  return {
    name,
    root,
    bundle: join(generated, 'openapi.json'),
    types: join(generated, 'schema.d.ts'),
    generated,
    snapshot: join(dirname(root), 'released', 'openapi.json'),
  };
}

/** Every API in a redocly.yaml (the project's by default). @returns {ApiEntry[]} */
export function listApis(configPath = join(projectRoot, 'redocly.yaml')) {
  const config = readDataFile(configPath);
  const apis = typeof config === 'object' && config !== null ? /** @type {Record<string, any>} */ (config).apis : undefined;
  if (apis !== undefined && (typeof apis !== 'object' || apis === null || Array.isArray(apis))) throw new UserError(`${shown(configPath)}: \`apis\` is not a map of API names`);
  const base = dirname(configPath);
  return Object.entries(apis ?? {}).map(([name, entry]) => {
    if (typeof entry?.root !== 'string') throw new UserError(`${shown(configPath)}: apis.${name} has no \`root\` file`);
    return apiEntry(name, resolve(base, entry.root), join(base, 'generated'));
  });
}

/** The API with this name, or a UserError listing the known ones. @param {string} name @returns {ApiEntry} */
export function getApi(name, configPath = join(projectRoot, 'redocly.yaml')) {
  const apis = listApis(configPath);
  const api = apis.find((entry) => entry.name === name);
  if (!api) throw new UserError(`${shown(configPath)}: no API named "${name}" (known: ${apis.map((entry) => entry.name).join(', ')})`);
  return api;
}

/** An API's committed bundle (generated/<name>/openapi.json), through the one bundle reader: it loads and every `$ref` resolves. @param {Pick<ApiEntry, 'bundle'>} api */
export function readBundle(api) {
  return readBundleFile(api.bundle, 'run npm run generate');
}
