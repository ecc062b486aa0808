// The value at a path of property names inside a parsed body, or undefined:
// where an error body keeps its code, where a 429 body repeats the wait. The
// generator turns the catalog's JSON pointers into such paths, so no pointer
// is parsed at run time.
export const dig = (value: unknown, path: readonly string[]): unknown => path.reduce<any>((node, key) => node?.[key], value);
