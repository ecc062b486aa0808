// A GET whose body fails to arrive is retried like one whose headers never
// came: against a node:http server on 127.0.0.1 that breaks off or stalls the
// first answer's body and serves the second whole. The attempt's timeout
// covers the body.
import type { ServerResponse } from 'node:http';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCampOneClient, NetworkError, TimeoutError } from '../../../src/campone/index.js';
import { booking } from '../support/bookings.js';
import { loopbackServer } from '../../support/loopback.ts';

type Fault = 'reset-mid-body' | 'stall-after-headers' | 'none';
let faults: Fault[] = [];
let requests = 0;
const stalled: ServerResponse[] = [];

const server = loopbackServer((_, response) => {
  const fault = faults[requests++] ?? 'none';
  const json = JSON.stringify(booking);
  if (fault === 'none') return response.writeHead(200, { 'content-type': 'application/json' }).end(json);
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': `${json.length}` }).write(json.slice(0, 10));
  if (fault === 'reset-mid-body') setTimeout(() => response.socket?.destroy(), 5);
  else stalled.push(response);
});
beforeEach(() => {
  [faults, requests] = [[], 0];
  for (const response of stalled.splice(0)) response.socket?.destroy();
});

const getBooking = (retry: number) =>
  createCampOneClient({ apiKey: 'key', baseUrl: server.url, timeoutMs: 400, retry: { limit: retry, backoffMs: 1 } }).GET('/api/v1/public/bookings/{id}/', { params: { path: { id: 42 } } });

describe('a GET whose body fails to arrive', () => {
  it('is sent again when the connection resets mid-body, and returns the whole second answer', async () => {
    faults = ['reset-mid-body'];
    expect(await getBooking(2)).toMatchObject({ status: 200, data: booking });
    expect(requests).toBe(2);
  });

  it('is sent again when the body stalls after the headers, the attempt’s timeout covering the body', async () => {
    faults = ['stall-after-headers'];
    expect(await getBooking(2)).toMatchObject({ status: 200, data: booking });
    expect(requests).toBe(2);
  });

  it('gives up with the error of the last attempt, after the same number of attempts as a failure before the headers', async () => {
    faults = ['reset-mid-body', 'stall-after-headers', 'reset-mid-body'];
    await expect(getBooking(2)).rejects.toBeInstanceOf(NetworkError);
    faults = ['stall-after-headers', 'reset-mid-body', 'stall-after-headers'];
    requests = 0;
    await expect(getBooking(2)).rejects.toBeInstanceOf(TimeoutError);
    expect(requests).toBe(3);
  });

  it('is not sent again when retrying is off', async () => {
    faults = ['reset-mid-body'];
    await expect(getBooking(0)).rejects.toBeInstanceOf(NetworkError);
    expect(requests).toBe(1);
  });
});
