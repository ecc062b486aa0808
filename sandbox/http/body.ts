// Reading request bodies, and refusing the ones that cannot be read, in the
// API's own words (see Refusals): only application/json is read; a body must
// be UTF-8, JSON, at most BODY_LIMIT bytes and MAX_DEPTH levels deep. Fastify's
// own parsers are removed, so that no framework answer slips through.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Refused } from './answers.ts';

/** The largest body read, in bytes (documented in sandbox/README.md). */
export const BODY_LIMIT = 1024 * 1024;
/** The deepest nesting of arrays and objects read (documented in sandbox/README.md). */
export const MAX_DEPTH = 32;
/** The largest body over BODY_LIMIT read to its end before it is refused; a larger one is refused at once. */
const DRAIN_LIMIT = 16 * BODY_LIMIT;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export const bodies = fp(async (app: FastifyInstance) => {
  // Keys such as `__proto__` are dropped rather than refused: the body stays the JSON that was sent.
  const parseJson = app.getDefaultJsonParser('remove', 'remove');
  app.removeAllContentTypeParsers();
  // A body whose Content-Length is over the limit is refused here, after reading it to its end
  // (up to DRAIN_LIMIT), not by the parser's bodyLimit: Fastify's parser answers at once with
  // `Connection: close`, and a client still sending its body then gets a broken pipe (EPIPE)
  // instead of the answer. Read to the end, the client always gets the refusal, and the
  // connection stays open. A body without a Content-Length still meets the parser's limit.
  app.addHook('preParsing', async (request, _reply, payload) => {
    const length = Number(request.headers['content-length']);
    if (!(length > BODY_LIMIT)) return payload;
    if (length <= DRAIN_LIMIT) for await (const _chunk of payload);
    throw new Refused('bodyTooLarge');
  });
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (request, raw, done) => {
    const buffer = raw as Buffer;
    if (buffer.length === 0) return done(null, undefined);
    let text: string;
    try {
      text = utf8.decode(buffer);
    } catch {
      return done(new Refused('malformedJson'), undefined);
    }
    parseJson(request, text, (error, value) => {
      if (error) return done(new Refused('malformedJson'), undefined);
      if (deeperThan(value, MAX_DEPTH)) return done(new Refused('tooDeep'), undefined);
      done(null, value);
    });
  });
  // Anything else, a missing content type with a body included.
  app.addContentTypeParser('*', (_request, _payload, done) => done(new Refused('wrongMediaType'), undefined));
});

/** Whether arrays and objects nest deeper than `limit`, found without recursion. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
