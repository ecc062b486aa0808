// `api.items(path, init)`: every item of a paginated list, page after page,
// for each list the contract pages (generated/<api>/contract.ts, `pages`).
// Each page is an ordinary GET of the client, so it has the same retries,
// timeouts, cancellation and errors as a single call, and the iterator
// rejects with that call's error. The next page is asked for by page number
// or cursor on the client's own base URL, never by following the answer's
// `next` URL: a link to another host would take the API key with it.
import type { MaybeOptionalInit } from 'openapi-fetch';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import type { Paging } from './contract.js';
import type { InitParam, SuccessData } from './outcome.js';

/** The item type of a paginated list: the elements of its answer's items property. */
type ItemOf<Page, Items> = Items extends keyof Page ? (Page[Items] extends readonly (infer Item)[] ? Item : never) : never;

/** `items(path, init)`: the paginated lists of `Paths` that `Pages` names, each yielding its item type. */
export type ItemsMethod<Paths extends Record<string, any>, Pages> = <
  Path extends PathsWithMethod<Paths, 'get'> & keyof Pages,
  Init extends MaybeOptionalInit<Paths[Path], 'get'>,
>(
  url: Path,
  ...init: InitParam<Init>
) => AsyncGenerator<ItemOf<SuccessData<Paths[Path]['get']>, Pages[Path]>, void, undefined>;

type Get = (path: string, init: any) => { orThrow(): Promise<any> };

/**
 * Yields the items of each page from the one `init` asks for (the first by
 * default) until the answer says there is no next page, or a page is empty.
 */
export async function* pageItems(get: Get, paging: Paging | undefined, path: string, init: any = {}): AsyncGenerator<unknown, void, undefined> {
  const fail = (why: string) => new TypeError(`${path}: ${why}`);
  if (!paging) throw fail('not a paginated list');
  const [items, next, param, first] = paging;
  const { params = {}, ...rest } = init;
  let query = { ...params.query };
  for (;;) {
    const page = await get(path, { ...rest, params: { ...params, query } }).orThrow();
    const list = page?.[items];
    // A documented 200 without its list is not a last page: reporting it is safer than stopping short.
    if (!Array.isArray(list)) throw fail(`no "${items}" list`);
    yield* list;
    if (page[next] == null || list.length === 0) return;
    const following = first === undefined ? page[next] : Number(query[param] ?? first) + 1;
    // A cursor that does not move would ask for the same page for ever.
    if (following === query[param]) throw fail('the same cursor again');
    query = { ...query, [param]: following };
  }
}
