// The BookingShake contract refuses exactly what the error guide says the API
// refuses. Each request is checked with ajv (draft 2020-12, the dialect the
// spec declares) against the request schema of the bundled spec, so these
// tests see what Prism and the generated types see, not the hand-written files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { getApi, projectRoot, readBundle } from '../../model/registry.js';
import { toPath, valueAt } from '../../model/pointer.js';
import { deref, jsonMediaType, namedExamplesOf, operationsOf, type Json } from '../../model/spec.js';

const spec = readBundle(getApi('bookingshake'));
const CREATE = '/api/events/create';

// ajv-formats is CommonJS; depending on the loader its function is the default export or sits under `.default`.
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;
// strict: false because the spec around the schemas (paths, info, `example`) is not JSON Schema.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, 'bookingshake');

function validatorAt(pointer: string): ValidateFunction {
  return ajv.compile({ $ref: `bookingshake${pointer}` });
}

const validateCreateBody = validatorAt(`#/paths/${CREATE.replace(/\//g, '~1')}/post/requestBody/content/application~1json/schema`);
const validateRateLimitError = validatorAt('#/components/schemas/RateLimitError');

/** Error lines for a create body; empty when the contract accepts it. */
function problems(body: unknown): string[] {
  if (validateCreateBody(body)) return [];
  return (validateCreateBody.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message}`);
}

/** A create body the contract accepts, in the shape of the guide's examples. */
function validBody(): Json {
  return {
    bookings: [{ date: '15-03-2025', startTime: '14:00', endTime: '18:00', pax: '50' }],
    contact: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' },
    products: [{ title: 'Conference Room Package', quantity: 1, price_without_tax: 50000, vat: 2000 }],
  };
}

/** A valid body changed by `edit`. */
function bodyWith(edit: (body: Json) => void): Json {
  const body = validBody();
  edit(body);
  return body;
}

const withBookingField = (field: string, value: unknown) => bodyWith((body) => (body.bookings[0][field] = value));
const withProductField = (field: string, value: unknown) => bodyWith((body) => (body.products[0][field] = value));

describe('the BookingShake create-event body', () => {
  it('accepts the base body these tests start from', () => {
    expect(problems(validBody())).toEqual([]);
  });

  it.each(namedExamplesOf(spec, jsonMediaType(operationsOf(spec).find((op) => op.path === CREATE && op.method === 'post')!.requestBody)).map((e) => [e.name, e.value]))(
    'accepts its request example %s',
    (_name, value) => {
      expect(problems(value)).toEqual([]);
    },
  );

  describe('dates', () => {
    it.each(['15-03-2025', '01-12-2024', '31-01-2025'])('accept %s, which the guide marks correct', (date) => {
      expect(problems(withBookingField('date', date))).toEqual([]);
    });

    it.each(['2025-03-15', '03/15/2025', '15.03.2025'])('reject %s, which the guide marks incorrect', (date) => {
      expect(problems(withBookingField('date', date))).not.toEqual([]);
    });

    it.each(['00-03-2025', '32-03-2025', '15-00-2025', '15-13-2025', '5-03-2025', '15-3-2025', '15-03-25', ' 15-03-2025', '15-03-2025\n'])(
      'reject %j, whose day, month or year is out of range or not two, two and four digits',
      (date) => {
        expect(problems(withBookingField('date', date))).not.toEqual([]);
      },
    );

    it('are optional on a booking, as the guide only requires pax', () => {
      expect(problems(bodyWith((body) => delete body.bookings[0].date))).toEqual([]);
    });
  });

  describe.each(['startTime', 'endTime'])('%s values', (field) => {
    it.each(['14:00', '09:30', '23:45'])('accept %s, which the guide marks correct', (time) => {
      expect(problems(withBookingField(field, time))).toEqual([]);
    });

    it.each(['2:00 PM', '14:00:00', '14h00'])('reject %s, which the guide marks incorrect', (time) => {
      expect(problems(withBookingField(field, time))).not.toEqual([]);
    });

    it.each(['00:00', '23:59'])('accept %s, the ends of the 24-hour day', (time) => {
      expect(problems(withBookingField(field, time))).toEqual([]);
    });

    it.each(['24:00', '9:30', '14:60', '14:5', '1400', '14:00 '])('reject %j, which is not a strict 24-hour HH:mm', (time) => {
      expect(problems(withBookingField(field, time))).not.toEqual([]);
    });
  });

  describe('bookings', () => {
    it('are required', () => {
      expect(problems(bodyWith((body) => delete body.bookings))).not.toEqual([]);
    });

    it('must hold at least one booking', () => {
      expect(problems(bodyWith((body) => (body.bookings = [])))).not.toEqual([]);
    });

    it('each require pax, the second booking as much as the first', () => {
      const body = bodyWith((b) => b.bookings.push({ date: '16-03-2025', startTime: '09:30' }));
      expect(problems(body).join('\n')).toMatch(/\/bookings\/1 must have required property 'pax'/);
      expect(problems(bodyWith((b) => delete b.bookings[0].pax)).join('\n')).toMatch(/\/bookings\/0 must have required property 'pax'/);
    });

    it.each([['a string of digits, as in the guide', '50'], ['an integer', 50], ['one attendee', 1]])('accept a pax given as %s', (_label, pax) => {
      expect(problems(withBookingField('pax', pax))).toEqual([]);
    });

    it.each([0, '0', -1, '-1', 1.5, '1.5', '050', 'fifty', '', ' 50', null, true])('reject a pax of %j', (pax) => {
      expect(problems(withBookingField('pax', pax))).not.toEqual([]);
    });
  });

  describe('contact', () => {
    it.each(['first_name', 'last_name', 'email'])('is refused without %s', (field) => {
      const body = bodyWith((b) => delete b.contact[field]);
      expect(problems(body).join('\n')).toMatch(new RegExp(`/contact must have required property '${field}'`));
    });

    it('is refused with an email that is not an address', () => {
      expect(problems(bodyWith((b) => (b.contact.email = 'ada at example dot com')))).not.toEqual([]);
    });

    it('can be replaced by the contact_id of an existing contact', () => {
      expect(problems(bodyWith((b) => { delete b.contact; b.contact_id = 'contact_5d1e9a'; }))).toEqual([]);
    });

    it('is refused when neither a contact nor a contact_id is sent', () => {
      expect(problems(bodyWith((b) => delete b.contact))).not.toEqual([]);
    });

    it('is refused when a contact and a contact_id are both sent', () => {
      expect(problems(bodyWith((b) => (b.contact_id = 'contact_5d1e9a')))).not.toEqual([]);
    });
  });

  describe('source', () => {
    it.each([['by slug', { source_slug: 'website' }], ['by ID', { source_id: 'src_8f2c41' }], ['left out', {}]])('is accepted %s', (_label, source) => {
      expect(problems({ ...validBody(), ...source })).toEqual([]);
    });

    it('is refused by slug and by ID at once', () => {
      expect(problems({ ...validBody(), source_slug: 'website', source_id: 'src_8f2c41' })).not.toEqual([]);
    });
  });

  describe('products', () => {
    it('are optional', () => {
      expect(problems(bodyWith((b) => delete b.products))).toEqual([]);
    });

    it.each(['title', 'quantity', 'price_without_tax', 'vat'])('each require %s', (field) => {
      const body = bodyWith((b) => delete b.products[0][field]);
      expect(problems(body).join('\n')).toMatch(new RegExp(`/products/0 must have required property '${field}'`));
    });

    it('refuse an empty title', () => {
      expect(problems(withProductField('title', ''))).not.toEqual([]);
    });

    it.each([1, 2, 50])('accept a quantity of %j', (quantity) => {
      expect(problems(withProductField('quantity', quantity))).toEqual([]);
    });

    it.each([0, -1, 1.5, '2'])('refuse a quantity of %j, as it must be a positive integer', (quantity) => {
      expect(problems(withProductField('quantity', quantity))).not.toEqual([]);
    });

    it.each([15000, 3550, 10000, 0])('accept a price_without_tax of %j cents', (price) => {
      expect(problems(withProductField('price_without_tax', price))).toEqual([]);
    });

    it.each([150.5, 35.5, '15000'])('refuse a price_without_tax of %j, as it must be a whole number of cents', (price) => {
      expect(problems(withProductField('price_without_tax', price))).not.toEqual([]);
    });

    it.each([0, 20, 550, 1000, 2000, 10000])('accept a vat of %j basis points', (vat) => {
      expect(problems(withProductField('vat', vat))).toEqual([]);
    });

    it.each([-1, -2000, 10001, 20000])('refuse a vat of %j basis points, outside 0 to 10000', (vat) => {
      expect(problems(withProductField('vat', vat))).not.toEqual([]);
    });

    it.each([5.5, 2000.5, '2000'])('refuse a vat of %j, as it must be a whole number of basis points', (vat) => {
      expect(problems(withProductField('vat', vat))).not.toEqual([]);
    });
  });
});

describe('the BookingShake rate limits', () => {
  const operations = operationsOf(spec);
  const limits = operations.map((op) => [op.method.toUpperCase(), op.path, op.method === 'post' ? 10 : 60, op] as const);

  it.each(limits)('are documented on %s %s as %i requests a minute', (_method, _path, limit, op) => {
    const tooMany = op.responses.get('429')!;
    expect(tooMany.node.description).toContain(`${limit} requests in a minute`);
    const [example] = namedExamplesOf(spec, jsonMediaType(tooMany));
    expect(example?.name).toBe('rate_limit_exceeded');
    expect((example?.value as Json).data.limit).toBe(limit);
    expect(deref<Json>(spec, tooMany.node.headers['X-RateLimit-Limit']).example).toBe(limit);
    expect(op.node.description).toContain(`${limit} requests a minute`);
  });

  it.each(limits)('repeat Retry-After in the body of the 429 on %s %s', (_method, _path, _limit, op) => {
    const tooMany = op.responses.get('429')!;
    const [example] = namedExamplesOf(spec, jsonMediaType(tooMany));
    const pointer = spec['x-error-catalog']!.profile.rateLimit!.bodyRetryAfter!;
    expect(valueAt(example?.value, toPath(pointer))).toBe(deref<Json>(spec, tooMany.node.headers['Retry-After']).example);
  });

  it('type every field of the 429 body data', () => {
    const data = deref<Json>(spec, { $ref: '#/components/schemas/RateLimitError' }).properties.data;
    expect(data.required).toEqual(['limit', 'window', 'remaining', 'resetAt', 'retryAfter']);
    expect(data.properties).toMatchObject({
      limit: { type: 'integer' },
      window: { type: 'string' },
      remaining: { type: 'integer' },
      resetAt: { type: 'string', format: 'date-time' },
      retryAfter: { type: 'integer' },
    });
  });

  it('accept the body the guide shows and refuse one with mistyped data', () => {
    const body = { message: 'Rate limit exceeded', data: { limit: 10, window: '60 seconds', remaining: 0, resetAt: '2025-11-17T14:30:00.000Z', retryAfter: 45 } };
    expect(validateRateLimitError(body)).toBe(true);
    for (const [field, value] of [['limit', '10'], ['remaining', -1], ['resetAt', 'in 45 seconds'], ['retryAfter', '45'], ['retryAfter', 4.5]] as const) {
      expect(validateRateLimitError({ ...body, data: { ...body.data, [field]: value } }), `${field}: ${JSON.stringify(value)}`).toBe(false);
    }
    expect(validateRateLimitError({ message: 'Rate limit exceeded' })).toBe(false);
  });
});

describe('the BookingShake error catalog', () => {
  const catalog = spec['x-error-catalog']!;
  const operations = operationsOf(spec);

  it('validates against the x-error-catalog JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(projectRoot, 'openapi', 'error-catalog.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(catalog), JSON.stringify(validate.errors)).toBe(true);
  });

  it('shows every error as an example named after its key, with its exact message, under its status wherever it occurs', () => {
    const missing: string[] = [];
    for (const [code, entry] of Object.entries(catalog.codes)) {
      for (const op of operations) {
        if (entry.operations !== 'all' && !entry.operations.includes(op.id)) continue;
        const example = namedExamplesOf(spec, jsonMediaType(op.responses.get(entry.status))).find((e) => e.name === code);
        if ((example?.value as Json | undefined)?.message !== entry.message) missing.push(`${op.id} ${entry.status} ${code}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names only operations and codes that exist in the spec', () => {
    const ids = new Set(operations.map((op) => op.id));
    for (const entry of Object.values(catalog.codes)) {
      if (entry.operations !== 'all') for (const id of entry.operations) expect(ids).toContain(id);
    }
    for (const reference of (catalog.profile.isolation as Json | undefined)?.foreignReferences ?? []) {
      expect(Object.keys(catalog.codes)).toContain(reference.code);
    }
  });
});
