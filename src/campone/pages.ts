// booking-contracts/campone/pages: every item of CampOne's paginated lists
// (bookings, sites), page after page. An entry of its own, like validate and
// create-booking, so that only the apps that iterate carry it:
//
//   import { items } from 'booking-contracts/campone/pages';
//   for await (const booking of items(api, '/api/v1/public/bookings/', { params: { query: { site_id: 7 } } })) ...
//
// Which lists are paginated, and how, comes from generated/campone/contract.ts.
import { contract, type Pages } from '../../generated/campone/contract.js';
import type { paths } from '../../generated/campone/schema.js';
import { itemsOf } from '../core/pages.js';

export type { ItemsFunction } from '../core/pages.js';

/**
 * Every item of a paginated list, page after page, until the last. Each page
 * is a GET of `api` (a client from `createCampOneClient`), with the same
 * retries, timeouts and errors as a single call; the iteration rejects with a
 * failed page's error.
 */
export const items = itemsOf<paths, Pages>(contract);
