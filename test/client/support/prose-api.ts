// A second, made-up API shaped like BookingShake (one `{ message }` error shape
// with prose messages, auth failures as 400, a rate-limit body that repeats
// the wait, an API-key header, a delete answered with an empty 204), to show
// that the shared core does what its contract says and nothing CampOne-specific.
import type { Contract } from '../../../src/core/contract.js';

type Json<T> = { content: { 'application/json': T } };
type Message = Json<{ message: string; data?: Record<string, unknown> }>;
type Errors = { 400: Message; 429: Message; 500: Message };
interface Item {
  id: number;
  name: string;
}

export interface ProsePaths {
  '/items': {
    get: { parameters: { query?: { q?: string } }; requestBody?: never; responses: { 200: Json<Item[]> } & Errors };
    post: { parameters: {}; requestBody: Json<{ name: string }>; responses: { 200: Json<Item> } & Errors };
  };
  '/items/{id}': {
    put: { parameters: { path: { id: number } }; requestBody: Json<{ name: string }>; responses: { 200: Json<Item> } & Errors };
    delete: { parameters: { path: { id: number } }; requestBody?: never; responses: { 204: { content?: never } } & Errors };
  };
}

export const proseContract: Contract = {
  baseUrl: 'https://prose.example.test',
  auth: { header: 'X-Api-Key', prefix: '' },
  codePath: ['message'],
  codes: {
    invalid_api_key: [400, 'Invalid API key'],
    rate_limit_exceeded: [429, 'Rate limit exceeded'],
  },
  errorShapes: { 400: ['code'], 429: ['code'], 500: ['code'] },
  rateLimit: {
    retryAfter: 'retry-after',
    limit: 'x-ratelimit-limit',
    remaining: 'x-ratelimit-remaining',
    reset: 'x-ratelimit-reset',
    bodyRetryAfter: ['data', 'retryAfter'],
  },
  operations: {
    'get /items': '200 400 429 500',
    'post /items': '200 400 429 500',
    'put /items/{id}': '200 400 429 500',
    'delete /items/{id}': '204* 400 429 500',
  },
  nonIdempotent: ['post /items'],
};
