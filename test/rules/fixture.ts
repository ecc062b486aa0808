// A small bundled spec that passes every contract rule: a made-up "Widgets"
// API, deliberately unlike CampOne (its code field is `error`, its rate-limit
// header is `RateLimit-Policy`), so the tests show the rules read the
// catalog rather than assume one API. Each test copies it and breaks one thing.
import type { Json } from '../../model/spec.js';

const problem = (code: string) => ({ schema: { $ref: '#/components/schemas/Problem' }, examples: { [code]: { value: { error: code } } } });
/**
 * The widgets spec with a public `GET /status` (`security: []`, answering only
 * 200, 429 and 500) admitted by the catalog, and `bad_token` declared the
 * authentication code: a public operation is asked for no 401 or 403.
 */
export function widgetsWithPublicStatus(): Json {
  const spec = widgetsSpec();
  const { '429': tooMany, '500': fault } = sharedErrors();
  spec.paths['/status'] = {
    get: {
      operationId: 'getStatus',
      security: [],
      responses: { '200': { description: 'Up.', content: { 'application/json': { schema: { type: 'object' }, ...named('up', { ok: true }) } } }, '429': tooMany, '500': fault },
    },
  };
  spec['x-error-catalog'].profile.authentication = { codes: ['bad_token'], public: ['getStatus'] };
  return spec;
}

/** A media type's `examples` with one named entry. */
const named = (name: string, value: unknown) => ({ examples: { [name]: { value } } });

export function widgetsSpec(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Widgets', version: '1.0.0' },
    security: [{ token: ['widgets:read'] }],
    paths: {
      '/widgets': {
        get: {
          operationId: 'listWidgets',
          parameters: [{ name: 'color', in: 'query', schema: { type: 'string' } }],
          responses: {
            '200': { description: 'Widgets.', content: { 'application/json': { schema: { type: 'array' }, ...named('none', []) } } },
            '400': { $ref: '#/components/responses/BadRequest' },
            ...sharedErrors(),
          },
        },
        post: {
          operationId: 'createWidget',
          description: 'Makes a widget. Not idempotent: a retry can make two.',
          'x-idempotent': false,
          security: [{ token: ['widgets:write'] }],
          requestBody: { content: { 'application/json': { schema: { type: 'object' }, ...named('plain', { name: 'a' }) } } },
          responses: {
            '201': { description: 'Made.', content: { 'application/json': { schema: { type: 'object' }, ...named('made', { id: 1 }) } } },
            '400': { $ref: '#/components/responses/CreateBadRequest' },
            ...sharedErrors(),
          },
        },
      },
      '/widgets/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        get: {
          operationId: 'getWidget',
          responses: {
            '200': { description: 'A widget.', content: { 'application/json': { schema: { type: 'object' }, ...named('widget', { id: 1 }) } } },
            '404': { $ref: '#/components/responses/NotFound' },
            ...sharedErrors(),
          },
        },
      },
    },
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Problem: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        FieldErrors: { type: 'object', additionalProperties: { type: 'array' } },
      },
      headers: {
        RetryAfter: { schema: { type: 'integer' } },
        RateLimitPolicy: { schema: { type: 'string' } },
      },
      responses: {
        BadRequest: {
          description: 'Rejected.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/FieldErrors' }, ...named('bad_color', { color: ['unknown color'] }) } },
        },
        CreateBadRequest: {
          description: 'Not made.',
          content: {
            'application/json': {
              schema: { oneOf: [{ $ref: '#/components/schemas/FieldErrors' }, { $ref: '#/components/schemas/Problem' }] },
              examples: { name_taken: { value: { error: 'name_taken' } }, bad_field: { value: { name: ['too long'] } } },
            },
          },
        },
        Unauthorized: { description: 'No key.', content: { 'application/json': problem('bad_token') } },
        Forbidden: {
          description: 'The key lacks the scope.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' }, ...named('missing_scope', { error: 'Missing scope.' }) } },
        },
        NotFound: { description: 'No such widget for this tenant.', content: { 'application/json': problem('widget_not_found') } },
        TooManyRequests: {
          description: 'Slow down.',
          headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' }, 'RateLimit-Policy': { $ref: '#/components/headers/RateLimitPolicy' } },
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' }, ...named('slow_down', { error: 'Too many requests.' }) } },
        },
        ServerError: {
          description: 'Fault.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' }, ...named('fault', { error: 'Try again later.' }) } },
        },
      },
    },
    'x-error-catalog': {
      codeField: 'error',
      profile: {
        required: { all: ['401', '403', '429', '500'], withRequestBody: ['400'], withQueryParameters: ['400'] },
        schemas: { '400': ['FieldErrors', 'Problem'], '401': ['Problem'], '403': ['Problem'], '404': ['Problem'], '429': ['Problem'], '500': ['Problem'] },
        rateLimit: { status: '429', headers: ['RateLimit-Policy'] },
        isolation: { missingResource: '404', scopeFailure: '403', scopeFailureResponse: 'Forbidden' },
      },
      codes: {
        bad_token: { status: '401', operations: 'all', meaning: 'The token is unknown.' },
        name_taken: { status: '400', operations: ['createWidget'], meaning: 'Another widget has that name.' },
        widget_not_found: { status: '404', operations: ['getWidget'], meaning: 'No such widget for this tenant.' },
      },
    },
  };
}

function sharedErrors(): Json {
  return {
    '401': { $ref: '#/components/responses/Unauthorized' },
    '403': { $ref: '#/components/responses/Forbidden' },
    '429': { $ref: '#/components/responses/TooManyRequests' },
    '500': { $ref: '#/components/responses/ServerError' },
  };
}
