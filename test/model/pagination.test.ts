// Which list operations page, read from the contracts themselves: CampOne's
// page-number lists, Harbor's cursor list, and nothing in BookingShake, whose
// lists come whole.
import { describe, expect, it } from 'vitest';
import { pagedOperationsOf } from '../../model/pagination.js';
import { getApi, readBundle } from '../../model/registry.js';
import type { Spec } from '../../model/spec.js';
import { harborSpec } from '../third-api/harbor.js';

const paged = (spec: Spec) => Object.fromEntries(pagedOperationsOf(spec).map(([op, paging]) => [op.key, paging]));

describe('paginated lists', () => {
  it('are CampOne’s two lists, by page number from the page parameter’s default, with the items in results', () => {
    const paging = { kind: 'page', param: 'page', items: 'results', next: 'next', first: 1 };
    expect(paged(readBundle(getApi('campone')))).toEqual({ 'get /api/v1/public/bookings/': paging, 'get /api/v1/public/sites/': paging });
  });

  it('page by cursor where a query parameter has a next_<name> in the answer (Harbor’s cursor and next_cursor)', () => {
    expect(paged(harborSpec())).toEqual({ 'get /moorings': { kind: 'cursor', param: 'cursor', items: 'data', next: 'next_cursor' } });
  });

  it('are none in BookingShake, whose lists have no page parameter', () => {
    expect(paged(readBundle(getApi('bookingshake')))).toEqual({});
  });

  it('need a page parameter and a next property both: a list with only one of them is not taken for paginated', () => {
    const spec = structuredClone(readBundle(getApi('campone')));
    delete spec.components!.schemas.PageLinks.properties.next;
    expect(Object.keys(paged(spec))).toEqual([]);
  });
});
