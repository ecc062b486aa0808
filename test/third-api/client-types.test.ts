// Type tests for a third API: the shared client core, given Harbor's generated
// contract and types, narrows results by status and types its error codes.
// `npm run typecheck` checks the expectTypeOf calls; the calls sit in a
// function that is never invoked, so nothing is sent.
import { describe, expectTypeOf, it } from 'vitest';
import { contract, type ErrorCode } from '../fixtures/harbor/generated/harbor/contract.js';
import type { components, paths } from '../fixtures/harbor/generated/harbor/schema.js';
import { createApiClient, type ApiClient } from '../../src/core/client.js';
import { isErrorCode, type HttpError } from '../../src/core/errors.js';

/** Harbor's guard, typed as each API's entry in src/ types its own. */
const isHarborCode: <Code extends ErrorCode>(error: unknown, code: Code) => error is HttpError<ErrorCode> & { readonly code: Code } = isErrorCode;

type HarborError = components['schemas']['Error'];
type ValidationFailed = components['schemas']['ValidationFailed'];

async function usages(api: ApiClient<paths>, error: unknown) {
  const health = await api.GET('/health');
  expectTypeOf(health.status).toEqualTypeOf<200 | 429 | 500>();
  const list = await api.GET('/moorings', { params: { query: { limit: 10 } } });
  if (list.status === 422) expectTypeOf(list.error).toEqualTypeOf<ValidationFailed>();
  if (list.status === 401) expectTypeOf(list.error).toEqualTypeOf<HarborError>();
  if (isHarborCode(error, 'validation_failed')) expectTypeOf(error.code).toEqualTypeOf<'validation_failed'>();
  // @ts-expect-error not a Harbor code
  isHarborCode(error, 'invalid_key');
}

describe('the client core on the Harbor contract', () => {
  it('builds a client from the generated contract alone', () => {
    expectTypeOf(usages).toBeFunction();
    expectTypeOf(createApiClient<paths>(contract, { apiKey: 'k' })).toEqualTypeOf<ApiClient<paths>>();
  });
});
