// The project's APIs, read once from redocly.yaml so that every script, test
// and the docs agree on names and file locations.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ApiEntry {
  /** Name of the `apis` entry in redocly.yaml, e.g. `campone`. */
  name: string;
  /** Hand-written root file of the contract. */
  root: string;
  /** Bundled, self-contained spec, committed under generated/. */
  bundle: string;
  /** openapi-typescript output, committed under generated/. */
  types: string;
}

export function listApis(configPath = join(projectRoot, 'redocly.yaml')): ApiEntry[] {
  const config = parse(readFileSync(configPath, 'utf8')) as { apis?: Record<string, { root: string }> };
  return Object.entries(config.apis ?? {}).map(([name, entry]) => ({
    name,
    root: resolve(projectRoot, entry.root),
    bundle: join(projectRoot, 'generated', name, 'openapi.json'),
    types: join(projectRoot, 'generated', name, 'schema.d.ts'),
  }));
}

export function getApi(name: string): ApiEntry {
  const api = listApis().find((entry) => entry.name === name);
  if (!api) throw new UserError(`redocly.yaml: no API named "${name}" (known: ${listApis().map((a) => a.name).join(', ')})`);
  return api;
}

/** An error caused by the user's input: printed as one line, never with a stack. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Run a script's main function; user errors become one line on stderr and exit code 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${error instanceof UserError ? '' : 'error: '}${message.split('\n')[0]}\n`);
    process.exit(1);
  });
}
