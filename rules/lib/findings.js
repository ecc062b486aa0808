// @ts-check
// Collects a rule's results. A problem in a shared component (say, a 429
// response without Retry-After) is seen once per operation that uses it; on a
// spec with thousands of operations that would be thousands of lines about
// one place. Findings with the same location and problem are merged into one
// result that names the first operation and counts the others.

/** @typedef {import('@stoplight/spectral-core').IFunctionResult} IFunctionResult */

export class Findings {
  /** @type {Map<string, { path: (string | number)[], problem: string, operations: string[] }>} */
  #byPlace = new Map();

  /**
   * @param {(string | number)[]} path Where to fix it.
   * @param {string} operation The operation (or catalog entry) the problem was found for, e.g. `getSite (GET /sites/{id}/)`.
   * @param {string} problem What is missing or wrong, without the operation.
   */
  add(path, operation, problem) {
    const key = `${JSON.stringify(path)}\n${problem}`;
    const found = this.#byPlace.get(key);
    if (found) found.operations.push(operation);
    else this.#byPlace.set(key, { path, problem, operations: [operation] });
  }

  /** @returns {IFunctionResult[]} */
  results() {
    return [...this.#byPlace.values()].map(({ path, problem, operations }) => {
      const others = operations.length - 1;
      const who = others > 0 ? `${operations[0]} and ${others} other operation${others > 1 ? 's' : ''}` : operations[0];
      return { path, message: `${who}: ${problem}` };
    });
  }
}

/** `a, b, c and 4 more`: a list short enough for one message line. */
export function someOf(/** @type {string[]} */ items, max = 3) {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
