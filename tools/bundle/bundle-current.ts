// Is the committed bundle (generated/<api>/openapi.json) what the hand-written
// files bundle to today? `npm run release` records the bundle and `npm run diff`
// compares it, so both would otherwise judge a stale file: an edited spec that
// was never regenerated would pass the gate unseen.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { shown, UserError } from '../../model/input.js';
import { projectRoot, type ApiEntry } from '../../model/registry.js';
import { bundleSpec } from './bundle.ts';

/**
 * Throws a one-line UserError naming the bundle, ending in `hint`, when it is
 * stale or missing. `configDir` holds the redocly.yaml that names the API (a
 * temp copy in tests).
 */
export async function assertBundleCurrent(api: Pick<ApiEntry, 'name' | 'root' | 'bundle'>, hint: string, configDir = projectRoot): Promise<void> {
  const { spec } = await bundleSpec(api.root, join(configDir, 'redocly.yaml'));
  const committed = await readFile(api.bundle, 'utf8').catch(() => 'null');
  if (!isDeepStrictEqual(parseOrNull(committed), spec)) throw new UserError(`${shown(api.bundle)}: stale or missing; ${hint}`);
}

// A half-written or conflicted bundle counts as stale, not as a crash.
function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
