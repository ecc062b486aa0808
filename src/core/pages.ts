// `items(api, path, init)`: every item of a paginated list, page after page,
// for each list the contract pages (generated/<api>/contract.ts, `pages`).
// Each API that pages a list exports it from an entry of its own
// (`booking-contracts/<api>/pages`), like validate: only the apps that
// iterate carry it, and the client stays within its size budget.
// Each page is an ordinary GET of the client, so it has the same retries,
// timeouts, cancellation and errors as a single call, and the iterator
// rejects with that call's error. The next page is asked for by page number
// or cursor on the client's own base URL, never by following the answer's
// `next` URL: a link to another host would take the API key with it.
import type { MaybeOptionalInit } from 'openapi-fetch';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import type { Contract, Paging } from './contract.js';
import type { ClientMethod, InitParam, SuccessData } from './outcome.js';

/** The item type of a paginated list: the elements of its answer's items property. */
type ItemOf<Page, Items> = Items extends keyof Page ? (Page[Items] extends readonly (infer Item)[] ? Item : never) : never;

/** `items(api, path, init)`: the paginated lists of `Paths` that `Pages` names, each yielding its item type. */
export type ItemsFunction<Paths extends Record<string, any>, Pages> = <
  Path extends PathsWithMethod<Paths, 'get'> & keyof Pages,
  Init extends MaybeOptionalInit<Paths[Path], 'get'>,
>(
  api: { GET: ClientMethod<Paths, 'get'> },
  url: Path,
  ...init: InitParam<Init>
) => AsyncGenerator<ItemOf<SuccessData<Paths[Path]['get']>, Pages[Path]>, void, undefined>;

type Get = (path: string, init: any) => { orThrow(): Promise<any> };

/**
 * Yields the items of each page from the one `init` asks for (the first by
 * default) until the answer says there is no next page, or a page is empty.
 * Written tersely: every `pages` entry carries it (bench/size.ts lists them).
 */
export async function* pageItems(get: Get, paging: Paging | undefined, path: string, { params = {}, ...rest }: any = {}): AsyncGenerator<unknown, void, undefined> {
  if (!paging) throw TypeError(path);
  const [items, next, param, first] = paging;
  for (let query = params.query, page, cursor; ; query = { ...query, [param]: cursor }) {
    page = await get(path, { ...rest, params: { ...params, query } }).orThrow();
    // `yield*` throws a TypeError when the list is missing: a documented 200 without it is no last page.
    yield* page[items];
    cursor = first == null ? page[next] : +(query?.[param] ?? first) + 1;
    if (page[next] == null || !page[items].length) return;
    // A cursor that does not move would ask for the same page for ever.
    if (cursor === query?.[param]) throw TypeError(`${path}: ${next} repeats`);
  }
}

/** The `items` of an API: its client's GET, driven by the contract's paginated lists. */
export const itemsOf = <Paths extends Record<string, any>, Pages>(contract: Contract): ItemsFunction<Paths, Pages> =>
  ((api: { GET: Get }, path: string, init?: unknown) => pageItems(api.GET, contract.pages?.[path], path, init)) as never;
