// Bad input never gets a framework page or a crash: each kind is answered
// with a status the contract documents, in the API's own error shape (the
// run's answer check judges every one), and the sandbox keeps serving.
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { getApi } from '../../model/registry.js';
import { BODY_LIMIT, MAX_DEPTH } from '../../sandbox/http/body.ts';
import { readContract } from '../../sandbox/http/contract.ts';
import { campOne } from '../../sandbox/campone/index.ts';
import { bookingShake } from '../../sandbox/bookingshake/index.ts';
import { demoKey, demoTenant } from './support/demo-keys.ts';
import { sandboxOf } from './support/http.ts';

const apis = [
  { name: 'campone', create: '/api/v1/public/bookings/', read: `/api/v1/public/bookings/${demoTenant('campone', 0).bookingId}/`, domain: campOne },
  { name: 'bookingshake', create: '/api/events/create', read: '/api/spaces', domain: bookingShake },
];

describe.each(apis)('bad input to the $name sandbox', ({ name, create, read, domain }) => {
  const api = sandboxOf(name);
  const contract = readContract(getApi(name));
  const refusals = domain(contract).refusals;
  const key = demoKey(name, 0, 'load');
  const refusal = (reason: keyof typeof refusals) => contract.answer(refusals[reason], contract.operations.find((operation) => operation.method === 'post'));
  const expectServing = async () => expect((await api('GET', read, { key })).status).toBe(200);

  it(`answers a body over ${BODY_LIMIT} bytes with its documented refusal`, async () => {
    const reply = await api('POST', create, { key, json: { padding: 'x'.repeat(BODY_LIMIT) } });
    expect([reply.status, reply.body]).toEqual([refusal('bodyTooLarge').status, refusal('bodyTooLarge').body]);
    await expectServing();
  });

  it('reads an over-limit body to its end before refusing it, so a client still sending gets the answer on an open connection', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const chunks = Math.ceil(BODY_LIMIT / chunk.length) + 2;
    const answer = await new Promise<{ status?: number; body: string; connection?: string }>((resolve, reject) => {
      const request = httpRequest(
        new URL(create, inject('sandboxUrls')[name]),
        { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': chunk.length * chunks } },
        (response) => {
          let body = '';
          response.setEncoding('utf8').on('data', (text: string) => (body += text));
          response.on('end', () => resolve({ status: response.statusCode, body, connection: response.headers.connection }));
        },
      );
      request.on('error', reject);
      // Sent slowly, chunk by chunk: a server that answered before the end would cut the upload off.
      void (async () => {
        for (let i = 0; i < chunks; i++) {
          if (!request.write(chunk)) await once(request, 'drain');
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        request.end();
      })().catch(reject);
    });
    expect([answer.status, JSON.parse(answer.body)]).toEqual([refusal('bodyTooLarge').status, refusal('bodyTooLarge').body]);
    expect(answer.connection).not.toBe('close');
  });

  it.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/vnd.api+json', 'not a media type'])(
    'answers a body sent as %s with its refusal of the content type',
    async (contentType) => {
      const reply = await api('POST', create, { key, text: '{"bookings":[]}', contentType });
      expect([reply.status, reply.body]).toEqual([refusal('wrongMediaType').status, refusal('wrongMediaType').body]);
      await expectServing();
    },
  );

  it('answers a body without a content type as one of the wrong type', async () => {
    const reply = await api('POST', create, { key, text: new Uint8Array(Buffer.from('{}')) });
    expect([reply.status, reply.body]).toEqual([refusal('wrongMediaType').status, refusal('wrongMediaType').body]);
  });

  it('answers JSON that is not UTF-8 as malformed JSON', async () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from('{"guest_name": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]));
    const reply = await api('POST', create, { key, text: bytes, contentType: 'application/json' });
    expect([reply.status, reply.body]).toEqual([refusal('malformedJson').status, refusal('malformedJson').body]);
    await expectServing();
  });

  it(`answers JSON nested deeper than ${MAX_DEPTH} levels, however deep, with its refusal`, async () => {
    for (const depth of [MAX_DEPTH + 1, 100_000]) {
      const reply = await api('POST', create, { key, text: `{"notes": ${'['.repeat(depth)}${']'.repeat(depth)}}`, contentType: 'application/json' });
      expect(reply.status).toBe(400);
      expect([refusal('tooDeep').body, refusal('malformedJson').body]).toContainEqual(reply.body);
    }
    await expectServing();
  });

  it('drops a __proto__ key rather than letting it reach anything', async () => {
    const reply = await api('POST', create, { key, text: '{"__proto__": {"admin": true}}', contentType: 'application/json' });
    expect(reply.status).toBe(400);
    await expectServing();
  });

  it.each([
    ['an unknown path', 'GET', '/api/v2/everything'],
    ['a known path without its final slash, or with one too many', 'GET', read.endsWith('/') ? read.slice(0, -1) : `${read}/`],
    ['a wrong method', 'DELETE', read],
    ['OPTIONS', 'OPTIONS', read],
    ['HEAD', 'HEAD', read],
    ['a path that is not valid percent-encoding', 'GET', '/api/%E0%A4%A/x'],
  ])('answers %s with its refusal of an unknown route', async (_case, method, path) => {
    const reply = await api(method, path, { key });
    expect(reply.status).toBe(refusal('unknownRoute').status);
    if (method !== 'HEAD') expect(reply.body).toEqual(refusal('unknownRoute').body);
    await expectServing();
  });

  it('answers a request that is not HTTP in the API’s shape, then closes the connection', async () => {
    const { port } = new URL(inject('sandboxUrls')[name]!);
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${refusal('unknownRoute').status} `));
    expect(JSON.parse(body!)).toEqual(refusal('unknownRoute').body);
    await expectServing();
  });
});
