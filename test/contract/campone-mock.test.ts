// The CampOne mock answers as the error guide says, for the requests an
// integrator sends first. Prism is started once for the run (global-setup).
import { describe, expect, inject, it } from 'vitest';
import { getApi, readBundle } from '../../model/registry.js';
import { deref } from '../../model/spec.js';

const spec = readBundle(getApi('campone'));
const baseUrl = inject('mockUrls').campone!;
const auth = { Authorization: 'Bearer test-key' };

async function send(path: string, init: RequestInit = {}) {
  const response = await fetch(`${baseUrl}${path}`, init);
  return { status: response.status, body: await response.json() };
}

describe('the CampOne mock', () => {
  it('answers a request without a key with 401 invalid_key', async () => {
    const { status, body } = await send('/api/v1/public/bookings/');
    expect(status).toBe(401);
    expect(body).toEqual({ detail: 'invalid_key' });
  });

  it('answers a create with an empty body with a field-keyed 400 naming every required field', async () => {
    const required: string[] = deref(spec, { $ref: '#/components/schemas/BookingCreate' }).required;
    const { status, body } = await send('/api/v1/public/bookings/', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(status).toBe(400);
    expect(body).not.toHaveProperty('detail');
    expect(Object.keys(body).sort()).toEqual([...required].sort());
    for (const field of required) expect(body[field]).toEqual([expect.any(String)]);
  });

  it('answers Prefer: code=404 on get-booking with not_found', async () => {
    const { status, body } = await send('/api/v1/public/bookings/42/', { headers: { ...auth, Prefer: 'code=404' } });
    expect(status).toBe(404);
    expect(body).toEqual({ detail: 'not_found' });
  });

  it('answers a valid get-booking with the documented booking', async () => {
    const { status, body } = await send('/api/v1/public/bookings/42/', { headers: auth });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 42, status: 'confirmed' });
  });
});
