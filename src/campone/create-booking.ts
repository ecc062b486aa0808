// CampOne's "create bookings safely" procedure: v1 has no idempotency keys,
// so a create whose answer is lost is looked up through the list endpoint's
// filters (site, dates, guest email, created after) before it is sent again.
import type { ApiClient } from '../core/client.js';
import { reconcile, type ReconcileOptions } from '../core/reconcile.js';
import type { components, paths } from '../../generated/campone/schema.js';

type Booking = components['schemas']['Booking'];
type BookingCreate = components['schemas']['BookingCreate'];

export interface SafeCreateOptions extends ReconcileOptions {
  /**
   * How far before the first attempt the lookup starts (`created_after`), in
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
/** The fields that identify an attempt: the list endpoint filters on each. */
const SAME = ['site_id', 'check_in_date', 'check_out_date', 'guest_email'] as const;

export async function createBookingSafely(api: ApiClient<paths>, body: BookingCreate, options: SafeCreateOptions = {}): Promise<SafeCreateResult> {
  const { clockSkewMs = 60_000, timeoutMs, signal } = options;
  const call = { timeoutMs, signal };
  const since = Date.now() - clockSkewMs;
  const query = { ...Object.fromEntries(SAME.map((key) => [key, body[key]])), created_after: new Date(since).toISOString(), page_size: 100 };
  const [booking, reconciled] = await reconcile(
    () => api.POST(BOOKINGS, { ...call, body }).orThrow(),
    async () => {
      // At most 5 pages of 100 (the spec's largest page_size). A server that honours the filters
      // answers in one page; one that ignores them could list every booking of the tenant, and the
      // bound keeps the lookup short while a duplicate is at stake. When the booking is not in
      // those pages and more remain, the lookup fails: the outcome is unknown, not "not created".
      for (let page = 1; page <= 5; page++) {
        const { results, next } = await api.GET(BOOKINGS, { ...call, params: { query: { ...query, page } } }).orThrow();
        const found = results.find(
          // Checked here too: a server (or a mock) that ignores a filter must not make another booking look like this one.
          (found) => SAME.every((key) => `${found[key]}`.toLowerCase() === `${body[key]}`.toLowerCase()) && Date.parse(found.created_at) >= since,
        );
        if (found || !next) return found;
      }
      throw new Error('lookup stopped after 5 pages');
    },
    options,
  );
  return { booking, reconciled };
}
