// The generators run on a third API as on the products: its committed
// generated/ folder is exactly what `npm run generate` makes of it, so the
// client's type tests below read current files.
import { describe, expect, it } from 'vitest';
import { generateApi, staleFiles } from '../../tools/codegen/generate.ts';
import { HARBOR_CONFIG, harbor } from './harbor.ts';

describe('npm run generate on the Harbor fixture', () => {
  // Generated once for both tests, when the first asks (bundling and type generation are the slow
  // part); not at collection, where a failure would surface as an unhandled rejection, not as the test's.
  let generating: ReturnType<typeof generateApi> | undefined;
  const generated = () => (generating ??= generateApi(harbor, HARBOR_CONFIG));

  it('writes nothing new: its generated files are current (regenerate with npm run generate -- --config test/fixtures/harbor/redocly.yaml)', async () => {
    expect(await staleFiles(await generated())).toEqual([]);
  });

  it('gives the client the nested code path, the public operation and the RateLimit-* headers', async () => {
    const contract = (await generated()).get(`${harbor.generated}/contract.ts`)!;
    expect(contract).toContain('"codePath": ["error", "code"]');
    expect(contract).toContain('"anonymous": ["get /health"]');
    expect(contract).toMatch(/"remaining": "ratelimit-remaining"/);
  });
});
