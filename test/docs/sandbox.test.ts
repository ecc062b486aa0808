import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonFile } from '../../model/input.js';
import { DEMO_FILE, localServers, sandboxOf, SANDBOX_COMMAND } from '../../tools/docs/sandbox.ts';

const scratch = await mkdtemp(join(tmpdir(), 'docs-sandbox-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function demoFile(content: unknown): Promise<string> {
  const file = join(scratch, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(content));
  return file;
}

const withSandbox = Object.keys(readJsonFile(DEMO_FILE) as object).filter((key) => !key.startsWith('$'));

describe('the sandbox the docs print', () => {
  it.each(withSandbox)("has an address and the first demo tenant's keys for %s in sandbox/demo.json", (name) => {
    const sandbox = sandboxOf(name);
    expect(sandbox.baseUrl).toBe(`http://127.0.0.1:${sandbox.port}`);
    expect(sandbox.key.value).toBeTruthy();
    expect(sandbox.revokedKey).toBeTruthy();
    expect(sandbox.revokedKey).not.toBe(sandbox.key.value);
  });

  it('takes the first key of the first tenant, and names the file and the value a demo file lacks', async () => {
    const tenant = { name: 'T', keys: { readWrite: 'rw', revoked: 'gone' } };
    expect(sandboxOf('x', await demoFile({ x: { port: 5000, tenants: [tenant] } }))).toEqual({
      baseUrl: 'http://127.0.0.1:5000',
      port: 5000,
      tenant: 'T',
      key: { name: 'readWrite', value: 'rw' },
      revokedKey: 'gone',
    });
    expect(() => sandboxOf('x', join(scratch, 'nope.json'))).toThrow(/nope\.json: no such file/);
    expect(() => sandboxOf('x', join(scratch, 'nope.json'))).toThrow(expect.objectContaining({ name: 'UserError' }));
    const noPort = await demoFile({ x: { tenants: [tenant] } });
    expect(() => sandboxOf('x', noPort)).toThrow(/: x\.port is missing; the docs' quickstart needs it$/);
    const noRevoked = await demoFile({ x: { port: 1, tenants: [{ keys: { readWrite: 'rw' } }] } });
    expect(() => sandboxOf('x', noRevoked)).toThrow(/: x\.tenants\[0\]\.keys\.revoked is missing/);
  });

  it('serves the samples of an API from its sandbox when demo.json has one, else from its mock where npm start puts it', async () => {
    const demo = await demoFile({ x: { port: 5000, tenants: [{ name: 'T', keys: { readWrite: 'rw', revoked: 'gone' } }] } });
    const servers = localServers(['x', 'y', 'z'], demo);
    expect(servers.get('x')).toMatchObject({ kind: 'sandbox', baseUrl: 'http://127.0.0.1:5000', command: SANDBOX_COMMAND, revokedKey: 'gone' });
    expect(servers.get('z')).toEqual({ kind: 'mock', baseUrl: 'http://127.0.0.1:4012', port: 4012, command: 'npm run mock -- --api z --port 4012', key: { name: 'any', value: 'any-key' } });
  });
});
