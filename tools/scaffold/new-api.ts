// `npm run new-api -- <name>`: a new API that keeps every promise from its
// first commit. It writes openapi/<name>/ (a minimal contract and its error
// catalog, from template/), src/<name>/ (the client entry and its validator),
// registers the API in redocly.yaml and the package's exports, and generates
// generated/<name>/, so that lint, generate --check and the test suite pass
// with no further edit. Everything is made in memory first and written all at
// once, or nothing is written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { readJsonFile, readTextFile, shown, UserError } from '../../model/input.js';
import { apiEntry, listApis, projectRoot } from '../../model/registry.js';
import { generateApi, writeAll, type GeneratedFiles } from '../codegen/generate.ts';

const TEMPLATE = fileURLToPath(new URL('./template/', import.meta.url));

/** An API name: lower case letters and digits, words joined by `-` (it becomes a folder, a package export and a type name). */
export const API_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The words of a name, each capitalised: `boat-rental` → `['Boat', 'Rental']`. */
function words(name: string): string[] {
  return name.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1));
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))],
  );
}

/** What would be written for a new API `name` in the project at `root`: path → content. */
export async function scaffoldApi(name: string, root = projectRoot): Promise<GeneratedFiles> {
  if (!API_NAME.test(name)) throw new UserError(`"${name}" is not an API name: use lower case letters and digits, words joined by "-" (e.g. inventory, boat-rental)`);
  const configPath = join(root, 'redocly.yaml');
  if (listApis(configPath).some((api) => api.name === name)) throw new UserError(`${shown(configPath)}: an API named "${name}" is already registered`);
  for (const taken of [join(root, 'openapi', name), join(root, 'src', name), join(root, 'generated', name)]) {
    if (existsSync(taken)) throw new UserError(`${shown(taken)} already exists: pick another name or remove it`);
  }
  const fill = (text: string) => text.replaceAll('__NAME__', name).replaceAll('__TITLE__', words(name).join(' ')).replaceAll('__PASCAL__', words(name).join(''));
  const files: GeneratedFiles = new Map();
  for (const file of filesUnder(join(TEMPLATE, 'openapi'))) files.set(join(root, 'openapi', name, file), fill(readFileSync(join(TEMPLATE, 'openapi', file), 'utf8')));
  for (const file of filesUnder(join(TEMPLATE, 'src'))) files.set(join(root, 'src', name, file.replace(/\.tpl$/, '')), fill(readFileSync(join(TEMPLATE, 'src', file), 'utf8')));

  // Generated from the contract as it will be written: bundled from a scratch copy.
  const scratch = await mkdtemp(join(tmpdir(), 'new-api-'));
  try {
    for (const [file, content] of files) {
      if (!file.startsWith(join(root, 'openapi', name))) continue;
      const copy = join(scratch, relative(join(root, 'openapi', name), file));
      await mkdir(dirname(copy), { recursive: true });
      await writeFile(copy, content);
    }
    const generated = await generateApi(apiEntry(name, join(scratch, 'openapi.yaml'), join(root, 'generated')), configPath);
    for (const [file, content] of generated) files.set(file, content);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  const config = parseDocument(readTextFile(configPath));
  config.setIn(['apis', name], config.createNode({ root: `./openapi/${name}/openapi.yaml`, 'x-openapi-ts': { output: `./generated/${name}/schema.d.ts` } }));
  files.set(configPath, config.toString());
  files.set(join(root, 'package.json'), withExports(join(root, 'package.json'), name));
  return files;
}

/** package.json with `./<name>` and `./<name>/validate` exported beside the other APIs (before `./package.json`). */
function withExports(file: string, name: string): string {
  const pkg = readJsonFile(file) as { exports?: Record<string, unknown> };
  const entry = (path: string) => ({ types: `./dist/src/${name}/${path}.d.ts`, import: `./dist/src/${name}/${path}.js` });
  const { './package.json': self, ...others } = pkg.exports ?? {};
  pkg.exports = { ...others, [`./${name}`]: entry('index'), [`./${name}/validate`]: entry('validate'), ...(self === undefined ? {} : { './package.json': self }) };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** Scaffold and write; returns the files written, relative to the project. */
export async function newApi(name: string, root = projectRoot): Promise<string[]> {
  const files = await scaffoldApi(name, root);
  await writeAll(files);
  return [...files.keys()].map((file) => relative(root, file));
}
