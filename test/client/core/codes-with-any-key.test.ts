// Masking the key never changes what an error means: for every code in each
// API's catalog, the Prism mock serves the contract's own example (`Prefer:
// code=…, example=…`) to a client whose key is a word that example may hold
// (`k`, `Invalid`, `message`, `bookings`) or a realistic one, and the error
// still carries its code, with the code or message the contract documents.
import { describe, expect, inject, it } from 'vitest';
import { getApi, readBundle } from '../../../model/registry.js';
import { jsonMediaType, namedExamplesOf, operationsOf } from '../../../model/spec.js';
import { contract as bookingshake } from '../../../generated/bookingshake/contract.js';
import { contract as campone } from '../../../generated/campone/contract.js';
import { createBookingShakeClient } from '../../../src/bookingshake/index.js';
import { createCampOneClient } from '../../../src/campone/index.js';
import { dig } from '../../../src/core/dig.js';
import { isErrorCode, type HttpError } from '../../../src/core/errors.js';
import type { Contract } from '../../../src/core/contract.js';

const KEYS = ['k', 'Invalid', 'message', 'bookings', 'sk_live_4Fq9Zr2XwLm8TpVb7Hn3Kd6QyRc1JsUe'];
const APIS = { campone: [campone, createCampOneClient], bookingshake: [bookingshake, createBookingShakeClient] } as const;

interface Call {
  method: string;
  path: string;
  body: unknown;
}

/** For each catalog code, an operation whose response at the code's status has an example named after it (read through the model). */
function callsFor(api: string, codes: Contract['codes']): [code: string, status: number, call: Call][] {
  const spec = readBundle(getApi(api));
  return Object.entries(codes).map(([code, [status]]) => {
    for (const operation of operationsOf(spec)) {
      const response = operation.responses.get(String(status));
      if (!namedExamplesOf(spec, jsonMediaType(response)).some((example) => example.name === code)) continue;
      const [body] = namedExamplesOf(spec, jsonMediaType(operation.requestBody));
      return [code, status, { method: operation.method.toUpperCase(), path: operation.path.replace(/\{[^}]+\}/g, '1'), body: body?.value }];
    }
    throw new Error(`no example named ${code} at ${status} in ${api}`);
  });
}

describe.each(Object.keys(APIS) as (keyof typeof APIS)[])('every %s catalog code, whatever the key', (api) => {
  const [contract, create] = APIS[api];
  const calls = callsFor(api, contract.codes);

  it.each(KEYS)('is recognised with apiKey %j, its documented text unmasked', async (apiKey) => {
    const client = create({ apiKey, baseUrl: inject('mockUrls')[api], retry: 0 }) as unknown as Record<string, (path: string, init: object) => { orThrow(): Promise<unknown> }>;
    const seen: string[] = [];
    for (const [code, status, { method, path, body }] of calls) {
      const error = (await client[method]!(path, { body, headers: { Prefer: `code=${status}, example=${code}` } }).orThrow().catch((e: unknown) => e)) as HttpError;
      if (!isErrorCode(error, code)) seen.push(`${code}: ${error?.message}`);
      else expect(dig(error.body, contract.codePath), code).toBe((contract.codes as Contract['codes'])[code]![1] ?? code);
    }
    expect(seen).toEqual([]);
  });
});
