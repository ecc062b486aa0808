// Is the committed bundle (generated/<api>/openapi.json) what the hand-written
// files bundle to today? `npm run release` records the bundle and `npm run diff`
// compares it, so both would otherwise judge a stale file: an edited spec that
// was never regenerated would pass the gate unseen.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { projectRoot, UserError, type ApiEntry } from './apis.ts';
import { rel } from './annotations.ts';
import { quiet, tool } from './run.ts';

/**
 * Throws a one-line UserError naming the bundle, ending in `hint`, when it is
 * stale or missing. `configDir` holds the redocly.yaml that names the API (a
 * temp copy in tests).
 */
export async function assertBundleCurrent(api: Pick<ApiEntry, 'name' | 'root' | 'bundle'>, hint: string, configDir = projectRoot): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'bundle-check-'));
  try {
    const fresh = join(scratch, 'openapi.json');
    const bundled = await tool('redocly', ['bundle', api.name, '--output', fresh, '--ext', 'json'], { cwd: configDir });
    if (bundled.exitCode !== 0) {
      const problem = quiet(String(bundled.all ?? '')).split('\n').find((line) => /error|failed|cannot/i.test(line)) ?? `exit code ${bundled.exitCode}`;
      throw new UserError(`${rel(api.root)}: bundle failed: ${problem.trim()}`);
    }
    const [committed, today] = await Promise.all([readFile(api.bundle, 'utf8').catch(() => 'null'), readFile(fresh, 'utf8')]);
    if (!isDeepStrictEqual(parseOrNull(committed), JSON.parse(today))) throw new UserError(`${rel(api.bundle)}: stale or missing; ${hint}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

// A half-written or conflicted bundle counts as stale, not as a crash.
function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
