// CampOne's page-number pagination: `page` and `page_size` (validated, with
// their defaults, by the contract's schemas), and the `next` and `previous`
// links, built on the URL the request came to, other filters kept.

export interface Page {
  size: number;
  offset: number;
  links(total: number): { count: number; next: string | null; previous: string | null };
}

export function pageOf(url: URL, query: { page: number; page_size: number }): Page {
  const { page, page_size: size } = query;
  const link = (number: number) => {
    const target = new URL(url);
    target.searchParams.set('page', String(number));
    return target.toString();
  };
  return {
    size,
    offset: (page - 1) * size,
    links(total) {
      const last = Math.max(1, Math.ceil(total / size));
      return { count: total, next: page < last ? link(page + 1) : null, previous: page > 1 ? link(Math.min(page - 1, last)) : null };
    },
  };
}
