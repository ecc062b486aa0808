// Masking the key never changes what an error means: for every code in each
// API's catalog, the Prism mock serves the contract's own example (`Prefer:
// code=…, example=…`) to a client whose key is a word that example may hold
// (`k`, `Invalid`, `message`, `bookings`) or a realistic one, and the error
// still carries its code, with the code or message the contract documents.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
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

/** For each catalog code, an operation whose response at the code's status has an example named after it. */
function callsFor(api: string, codes: Contract['codes']): [code: string, status: number, call: Call][] {
  const spec = JSON.parse(readFileSync(`generated/${api}/openapi.json`, 'utf8'));
  const resolve = (node: any): any => (node?.$ref ? resolve(node.$ref.split('/').slice(1).reduce((at: any, key: string) => at[key], spec)) : node);
  return Object.entries(codes).map(([code, [status]]) => {
    for (const [path, item] of Object.entries<any>(spec.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        if (!resolve(operation.responses?.[status])?.content?.['application/json']?.examples?.[code]) continue;
        const examples = operation.requestBody?.content['application/json'].examples;
        const body = examples && (Object.values<any>(examples)[0]).value;
        return [code, status, { method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, '1'), body }];
      }
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
