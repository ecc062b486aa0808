// `validate` answers as the server does, judged by the contract's own examples
// and nothing else: for every catalog code with `violations`, a body that
// commits each violation is refused with exactly the body of the example named
// after the code; for every field-keyed example of an operation's body, a body
// that breaks those fields as the example's messages say is refused with
// exactly that example, apart from what no schema can express (listed in the
// README under "Using the client").
import { describe, expect, it } from 'vitest';
import { catalogOf, codesIn, wholeRequestKey, type Catalog } from '../../../model/catalog.js';
import { getApi, readBundle } from '../../../model/registry.js';
import { jsonMediaType, namedExamplesOf, operationsOf, type Operation, type Spec } from '../../../model/spec.js';
import { validate as bookingShake } from '../../../src/bookingshake/validate.js';
import { validate as campOne } from '../../../src/campone/validate.js';
import type { RequestValidator } from '../../../src/core/validate.js';
import { messagePattern } from '../../support/violation-messages.ts';

const APIS: [string, RequestValidator][] = [
  ['campone', campOne],
  ['bookingshake', bookingShake],
];

/** The body the client refuses `body` with, or undefined when it would send it. */
async function refusal(validate: RequestValidator, operation: string, body: unknown) {
  const refused = validate(operation, body);
  return refused && (await refused()).json();
}

const examples = (spec: Spec, op: Operation, status: string) => namedExamplesOf(spec, jsonMediaType(op.responses.get(status)));
const copy = <T>(value: T): T => structuredClone(value);

/** A copy of `body` that fails `keyword` at `path` (a catalog violation path; `*` is the first element). */
function breaking(body: unknown, path: string, keyword: string): unknown {
  if (path === '' && keyword === 'required') return undefined;
  const broken = copy(body) as any;
  const parts = path.split('/').slice(1).map((part) => (part === '*' ? '0' : part));
  const last = parts.pop()!;
  const parent = parts.reduce((node, part) => node[part], broken);
  if (keyword === 'required') delete parent[last];
  else parent[last] = { pattern: '!', type: true, minimum: -1e9, maximum: 1e9 }[keyword];
  return broken;
}

/** The violation a field-keyed message stands for, found by matching it against the catalog's templates. */
function violationFor(catalog: Catalog, message: string): [keyword: string, limit?: number] | undefined {
  for (const [key, template] of Object.entries(catalog.profile.violationMessages ?? {})) {
    const match = messagePattern(template).exec(message);
    if (match) return [key, match[1] === undefined ? undefined : Number(match[1])];
  }
  return undefined;
}

/** A copy of `body` whose `field` fails as `message` says, or undefined when the catalog words no such failure. */
function breakingField(catalog: Catalog, body: Record<string, unknown>, field: string, message: string): Record<string, unknown> | undefined {
  const found = violationFor(catalog, message);
  if (!found) return undefined;
  const [key, limit] = found;
  const broken = copy(body);
  if (key === 'required') delete broken[field];
  else if (key === 'minimum') broken[field] = limit! - 1;
  else if (key === 'maximum') broken[field] = limit! + 1;
  else if (key.startsWith('format:')) broken[field] = `not a ${key.slice('format:'.length)}`;
  else return undefined;
  return broken;
}

/** Every case of every API: catalog codes with violations, and field-keyed examples of request bodies. */
const cases = APIS.map(([api, validate]) => {
  const spec = readBundle(getApi(api));
  const catalog = catalogOf(spec)!;
  const withBodies = operationsOf(spec).filter((op) => namedExamplesOf(spec, jsonMediaType(op.requestBody)).length > 0);
  const requestOf = (op: Operation) => namedExamplesOf(spec, jsonMediaType(op.requestBody))[0]!.value as Record<string, unknown>;
  const coded = withBodies.flatMap((op) =>
    codesIn(catalog, op).flatMap(([code, entry]) =>
      (entry.violations ?? []).map(({ path, keyword }) => ({ api, validate, op, request: requestOf(op), code, path, keyword, example: examples(spec, op, entry.status).find((one) => one.name === code) })),
    ),
  );
  const whole = wholeRequestKey(spec, catalog, '400');
  const fieldKeyed = withBodies.flatMap((op) =>
    whole === undefined
      ? []
      : examples(spec, op, '400')
          .filter((example) => Object.values(example.value as object).every(Array.isArray))
          .map((example) => ({ api, validate, op, request: requestOf(op), catalog, whole, name: example.name, example: example.value as Record<string, string[]> })),
  );
  return { coded, fieldKeyed };
});
const coded = cases.flatMap((one) => one.coded);
const fieldKeyed = cases.flatMap((one) => one.fieldKeyed);

describe('validate, against the contract’s examples', () => {
  it('has examples to be judged by: BookingShake’s codes with violations, CampOne’s field-keyed create examples', () => {
    expect(new Set(coded.map(({ api, code }) => `${api} ${code}`)).size).toBe(12);
    expect(fieldKeyed.map(({ api, name }) => `${api} ${name}`)).toEqual(['campone missing_fields', 'campone invalid_fields']);
  });

  it.each(coded.map((one) => [`${one.api} ${one.code}`, `${one.keyword} at "${one.path}"`, one] as const))(
    'refuses a body failing the violation of %s (%s) with exactly the example named after the code',
    async (_code, _violation, { validate, op, request, path, keyword, example }) => {
      expect(example, 'an example named after the code under its status').toBeDefined();
      expect(await refusal(validate, op.key, breaking(request, path, keyword))).toEqual(example!.value);
    },
  );

  it.each(fieldKeyed.map((one) => [`${one.api} ${one.name}`, one] as const))(
    'refuses a body broken as the example %s says with that example',
    async (_name, { validate, op, request, catalog, whole, example }) => {
      let body = request;
      for (const [field, [message]] of Object.entries(example)) {
        if (field === whole) continue;
        const broken = breakingField(catalog, body, field, message!);
        expect(broken, `profile.violationMessages words "${message}"`).toBeDefined();
        body = broken!;
      }
      // A rule across fields (CampOne: check-out after check-in) is no schema keyword: only the server answers it.
      const { [whole]: _acrossFields, ...expected } = example;
      expect(await refusal(validate, op.key, body)).toEqual(expected);
    },
  );
});
