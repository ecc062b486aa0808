// booking-contracts/campone/create-booking: CampOne's "create bookings
// safely" procedure. v1 has no idempotency keys, so a create whose answer is
// lost is looked up through the list endpoint's filters (site, dates, guest
// email, created after), never sent again. A listed booking is the one created
// only when it matches every field sent. An entry of its own, like validate:
// the lookup's code reaches only the apps that create bookings this way.
//
//   import { createBookingSafely } from 'booking-contracts/campone/create-booking';
//   const { booking, reconciled } = await createBookingSafely(api, body);
import type { ApiClient } from '../core/client.js';
import { reconcile, type Lookup, type ReconcileOptions } from '../core/reconcile.js';
import { redactors, redactValue } from '../core/redact.js';
import type { components, paths } from '../../generated/campone/schema.js';

export { UnknownOutcomeError } from '../core/errors.js';
export type { UnknownOutcome } from '../core/errors.js';

type Booking = components['schemas']['Booking'];
type BookingCreate = components['schemas']['BookingCreate'];

export interface SafeCreateOptions extends ReconcileOptions {
  /**
   * How far before the create the lookup's window starts (`created_after`), in
   * ms, to absorb clock skew between client and server. Default 60 000.
   */
  clockSkewMs?: number;
  /** Timeout for each create and lookup, in ms. Default: the client's. */
  timeoutMs?: number | false;
}

export interface SafeCreateResult {
  booking: Booking;
  /** True when the booking was found by the lookup after its create's answer was lost. */
  reconciled: boolean;
}

const BOOKINGS = '/api/v1/public/bookings/';
/** The list endpoint's filters that pick out an attempt. */
const FILTERS = ['site_id', 'check_in_date', 'check_out_date', 'guest_email'] as const;
/**
 * How the server stores what a create leaves out: the spec's default for
 * `num_children`, null for the optional texts (test/client/campone checks
 * this against the contract, so a new optional field cannot slip by).
 */
export const STORED_WHEN_OMITTED: Partial<Booking> = { num_children: 0, guest_phone: null, notes: null };

// Emails are compared case-insensitively, as the list filter does; everything else as stored.
const same = (key: string, stored: unknown, sent: unknown) => (key === 'guest_email' ? `${stored}`.toLowerCase() === `${sent}`.toLowerCase() : stored === sent);

/** Whether a listed booking holds every field the body sent, as the server stores it. A field Booking lacks never matches. */
function isSameBooking(found: Booking, body: BookingCreate): boolean {
  const sent = { ...STORED_WHEN_OMITTED, ...JSON.parse(JSON.stringify(body)) } as Record<string, unknown>;
  return Object.keys(sent).every((key) => same(key, found[key as keyof Booking], sent[key]));
}

/**
 * Creates a booking without risking a duplicate: sends the create once and,
 * when its answer is lost (timeout, network error, 5xx, a body that cannot be
 * read), looks it up until `settleMs` has passed, accepting only a booking
 * that matches every field sent within the time window. It never sends
 * again: rejects with an ApiError on a definite failure (e.g.
 * `site_not_found`), and with UnknownOutcomeError (what was sent, the
 * look-alikes found) when no lookup finds exactly one match. `api` is a
 * client from `createCampOneClient`; the key is masked in what the error keeps.
 */
export async function createBookingSafely(api: ApiClient<paths>, body: BookingCreate, options: SafeCreateOptions = {}): Promise<SafeCreateResult> {
  const redact = redactors.get(api) ?? ((text: string) => text);
  const { clockSkewMs = 60_000, timeoutMs, signal } = options;
  const call = { timeoutMs, signal };
  const since = Date.now() - clockSkewMs;
  const query = { ...Object.fromEntries(FILTERS.map((key) => [key, body[key]])), created_after: new Date(since).toISOString(), page_size: 100 };
  const find = async (): Promise<Lookup<Booking>> => {
    const lookup: Lookup<Booking> = { matches: [], candidates: [] };
    // Every page (all matches are needed: two mean "ambiguous"), at most 5 of 100, the spec's largest
    // page_size. A server that honours the filters answers in one page; when more than 5 remain, the
    // lookup fails and the outcome is unknown, not "not created".
    for (let page = 1; page <= 5; page++) {
      const { results, next } = await api.GET(BOOKINGS, { ...call, params: { query: { ...query, page } } }).orThrow();
      for (const found of results) {
        // Checked here too: a server (or a mock) that ignores a filter must not make another booking look like this one.
        if (!FILTERS.every((key) => same(key, found[key], body[key]))) continue;
        lookup[isSameBooking(found, body) && Date.parse(found.created_at) >= since ? 'matches' : 'candidates'].push(found);
      }
      if (!next) return lookup;
    }
    throw new Error('lookup stopped after 5 pages of 100');
  };
  const [booking, reconciled] = await reconcile(() => api.POST(BOOKINGS, { ...call, body }).orThrow(), find, body, options, (value) => redactValue(value, redact));
  return { booking, reconciled };
}
