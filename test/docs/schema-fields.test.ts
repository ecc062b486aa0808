import { describe, expect, it } from 'vitest';
import type { Spec } from '../../model/spec.js';
import { constraints, schemaFields, typeLabel } from '../../tools/docs/schema-fields.ts';

const spec: Spec = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  components: {
    schemas: {
      Pax: { oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^[1-9][0-9]*$' }] },
      Booking: { type: 'object', required: ['pax'], properties: { pax: { $ref: '#/components/schemas/Pax' }, date: { type: 'string', format: 'date' } } },
      Page: { type: 'object', required: ['count'], properties: { count: { type: 'integer', minimum: 0 } } },
      Node: { type: 'object', properties: { child: { $ref: '#/components/schemas/Node' } } },
      Event: {
        type: 'object',
        required: ['bookings'],
        oneOf: [{ title: 'New contact', required: ['contact'] }, { title: 'Existing contact', required: ['contact_id'] }],
        properties: {
          bookings: { type: 'array', items: { $ref: '#/components/schemas/Booking' }, description: 'At least <b>one</b>.' },
          contact: { type: 'object', properties: { email: { type: 'string', format: 'email' } } },
          contact_id: { type: 'string' },
        },
      },
    },
  },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('a schema as fields', () => {
  it('names types in words, following references', () => {
    expect(typeLabel(spec, ref('Pax'))).toBe('integer or string');
    expect(typeLabel(spec, { type: 'array', items: ref('Booking') })).toBe('array of Booking');
    expect(typeLabel(spec, { type: ['string', 'null'], format: 'uri' })).toBe('string (uri) or null');
    expect(typeLabel(spec, { allOf: [ref('Page')] })).toBe('object');
  });

  it('says the limits in words', () => {
    const text = (schema: object) => constraints(schema).map(String).join(' · ');
    expect(text({ minimum: 1, maximum: 100, default: 20 })).toBe('1 to 100 · default <code>20</code>');
    expect(text({ minItems: 2 })).toBe('at least 2 items');
    expect(text({ enum: ['tent', 'rv'], minLength: 1 })).toBe('one of <code>tent</code>, <code>rv</code> · at least 1 character');
  });

  it('lists nested fields under theirs, marks required ones, offers the alternatives and escapes text', () => {
    const fields = schemaFields(spec, ref('Event')).value;
    expect(fields).toContain('<p class="choices-intro">Send exactly one of:</p><ul class="choices"><li><strong>New contact</strong>: send <code>contact</code></li>');
    expect(fields).toMatch(/<code class="field-name">bookings<\/code> <span class="type">array of Booking<\/span> <span class="required">required<\/span>/);
    expect(fields).toContain('At least &lt;b&gt;one&lt;/b&gt;.');
    // Booking's own fields, nested under `bookings`.
    expect(fields).toMatch(/bookings<\/code>.*<ul class="fields">.*<code class="field-name">pax<\/code> <span class="type">integer or string<\/span> <span class="required">required/s);
  });

  it('stops at a schema that contains itself', () => {
    const fields = schemaFields(spec, ref('Node')).value;
    expect(fields.match(/field-name">child</g)).toHaveLength(1);
  });
});
