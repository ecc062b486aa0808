// @ts-check
// A Spectral resolver that resolves nothing: `spectral lint --resolver rules/no-ref-resolver.cjs`.
// The contract rules run with `resolved: false` and follow local `$ref`s
// themselves, so Spectral's resolution is wasted work, and on big specs it is
// most of the run: its resolver crawls the whole document, copies it with
// immer and keeps a dependency graph that grows quadratically with the number
// of `$ref`s (a 5,000-operation bundle has 52,000). Spectral only calls
// resolve() and uses `uriCache` as a cache key. Lint bundled specs only:
// external `$ref`s are not read. Spectral loads this file with require().
/** @type {{ uriCache: object, resolve(source: unknown): Promise<{ result: unknown, graph: null, refMap: {}, errors: [] }> }} */
module.exports = {
  uriCache: {},
  async resolve(source) {
    return { result: source, graph: null, refMap: {}, errors: [] };
  },
};
