// Calls the error tests share: a CampOne client with one scripted reply, no
// retries, and a key that must never show up in an error.
import { expect } from 'vitest';
import { createCampOneClient, type ApiError } from '../../../src/campone/index.js';
import { newBooking } from './bookings.js';
import { scriptedFetch, type Reply } from './replies.js';

export const KEY = 'sk_live_9d8c7b6a5f';
export const URL_42 = 'https://api.campone.example/api/v1/public/bookings/42/';

export const campone = (reply: Reply, options = {}) => createCampOneClient({ apiKey: KEY, fetch: scriptedFetch(reply), retry: 0, ...options });
export const getBooking = (reply: Reply, options = {}) => campone(reply, options).GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });
export const create = (reply: Reply) => campone(reply).POST('/api/v1/public/bookings/', { body: newBooking });

/** The error a call rejects with; fails the test if it resolves. */
export const rejection = (call: Promise<unknown>) => call.then(() => expect.unreachable('the call resolved'), (error: unknown) => error as ApiError);
