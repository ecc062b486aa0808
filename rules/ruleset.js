// @ts-check
// The contract ruleset: every API keeps the promises of its own error guide,
// read from the spec's `x-error-catalog`. Nothing here is specific to one API.
//
//   spectral lint -r rules/ruleset.js --resolver rules/no-ref-resolver.cjs generated/<api>/openapi.json
//
// Lint the bundled spec (npm run lint bundles first). Every rule starts at
// the root (`given: $`) with `resolved: false` and walks the document once
// through the shared walkers in lib/, so linting stays fast on big specs;
// `--resolver rules/no-ref-resolver.cjs` also skips Spectral's own `$ref`
// resolution, which these rules do not need. The ruleset does not extend
// spectral:oas: structure is Redocly's job (redocly.yaml).
//
// Every function takes `catalogKey` (where the catalog is) and its own
// switches, validated against its options schema when the ruleset loads;
// rules/README.md lists them.
import { CATALOG_KEY } from '../model/catalog.js';
import catalogExamples from './functions/catalogExamples.js';
import catalogReferences from './functions/catalogReferences.js';
import errorCatalog from './functions/errorCatalog.js';
import errorResponseRefs from './functions/errorResponseRefs.js';
import errorSchemas from './functions/errorSchemas.js';
import examples from './functions/examples.js';
import nonIdempotentCreate from './functions/nonIdempotentCreate.js';
import pathStyle from './functions/pathStyle.js';
import rateLimitHeaders from './functions/rateLimitHeaders.js';
import requiredResponses from './functions/requiredResponses.js';
import tenantIsolation from './functions/tenantIsolation.js';
import undocumentedCodes from './functions/undocumentedCodes.js';

/**
 * A rule that reads the whole bundled document once, with the catalog at CATALOG_KEY.
 * @param {string} description
 * @param {import('@stoplight/spectral-core').RulesetFunctionWithValidator<any, any>} fn
 * @param {{ severity?: 'error' | 'warn', functionOptions?: Record<string, unknown> }} [extra]
 */
function wholeDocument(description, fn, { severity = 'error', functionOptions = {} } = {}) {
  return {
    description,
    message: '{{error}}',
    severity,
    given: '$',
    resolved: false,
    then: { function: fn, functionOptions: { catalogKey: CATALOG_KEY, ...functionOptions } },
  };
}

export default {
  rules: {
    'contract-error-catalog': wholeDocument('The spec carries a well-formed, bundled x-error-catalog (openapi/error-catalog.schema.json).', errorCatalog),
    'contract-catalog-references': wholeDocument(
      'x-error-catalog names only operations, statuses and shared schemas the spec has.',
      catalogReferences,
    ),
    'contract-required-responses': wholeDocument(
      'Each operation declares the statuses its error profile requires (all, with path parameters, with query parameters, with a request body).',
      requiredResponses,
    ),
    'contract-error-response-ref': wholeDocument('Error responses (4xx/5xx, 4XX/5XX and default) are $refs to shared components/responses.', errorResponseRefs, {
      functionOptions: { includeDefault: true },
    }),
    'contract-error-schema': wholeDocument(
      'Every error body (4xx/5xx, 4XX/5XX and default) uses one of the shared schemas the error profile declares for that status.',
      errorSchemas,
      { functionOptions: { includeDefault: true } },
    ),
    'contract-catalog-examples': wholeDocument(
      'Every catalog code has an example named after it, under its status, on each operation where it occurs.',
      catalogExamples,
    ),
    'contract-undocumented-code': wholeDocument(
      'Every machine code shown in an error example is in the catalog, for that status and operation.',
      undocumentedCodes,
    ),
    'contract-rate-limit': wholeDocument('Every rate-limit response declares Retry-After and the API\'s rate-limit headers.', rateLimitHeaders, {
      functionOptions: { defaultStatus: '429', alwaysRequired: ['Retry-After'] },
    }),
    'contract-tenant-isolation': wholeDocument(
      'Detail endpoints answer a missing (or foreign) resource with the isolation status; the scope-failure status is only the shared scope-failure response; every operation names its security and scopes; requests naming a tenant-owned resource list the code a foreign one gets.',
      tenantIsolation,
    ),
    'contract-examples': wholeDocument('Every response body and request body has a named example (`examples`).', examples, {
      severity: 'warn',
      functionOptions: { allowUnnamed: false },
    }),
    'contract-non-idempotent-create': wholeDocument(
      'Every create (POST) says whether it is idempotent with x-idempotent, and a non-idempotent one says so in its description.',
      nonIdempotentCreate,
      { functionOptions: { methods: ['post'], flag: 'x-idempotent', prose: 'not idempotent|non-idempotent' } },
    ),
    'contract-path-style': wholeDocument('All paths of an API follow one trailing-slash convention.', pathStyle, { functionOptions: { convention: 'majority' } }),
  },
};
