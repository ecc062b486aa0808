// The server for `npm run bench:client`, in its own process so that it does
// not share an event loop (or a core) with the clients being measured.
// Answers every request with one booking and the rate-limit headers.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readSpecFile } from '../model/input.js';
import { getApi } from '../model/registry.js';
import { jsonMediaType, namedExamplesOf, operationById } from '../model/spec.js';

// The contract's own example of a booking, so the bench serves what the spec documents.
const spec = readSpecFile(getApi('campone').bundle);
const getBooking = operationById(spec, 'getBooking')!;
const body = JSON.stringify(namedExamplesOf(spec, jsonMediaType(getBooking.responses.get('200')))[0]!.value);
const headers = {
  'content-type': 'application/json',
  'content-length': Buffer.byteLength(body),
  'x-ratelimit-limit': '120',
  'x-ratelimit-remaining': '119',
  'x-ratelimit-reset': '1767225600',
};

const server = createServer((_, response) => response.writeHead(200, headers).end(body));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.((server.address() as AddressInfo).port));
process.on('disconnect', () => server.close(() => process.exit(0)));
