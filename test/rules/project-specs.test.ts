// Each of the project's own specs keeps every promise of its error guide: the
// whole contract ruleset, loaded as the Spectral CLI loads it, reports
// nothing, not even a warning. So does the small spec the rule tests start
// from, or their "valid" cases would prove nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listApis } from '../../model/registry.js';
import { widgetsSpec } from './fixture.ts';
import { cliRuleset, lint } from './harness.ts';

describe('the whole contract ruleset', () => {
  for (const api of listApis()) {
    it(`passes ${api.name}'s bundled spec with no errors and no warnings`, async () => {
      expect(await lint(readFileSync(api.bundle, 'utf8'), undefined, await cliRuleset())).toEqual([]);
    });
  }

  it('passes the fixture the rule tests start from', async () => {
    expect(await lint(widgetsSpec())).toEqual([]);
  });
});
