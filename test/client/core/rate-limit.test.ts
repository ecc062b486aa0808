import { describe, expect, it } from 'vitest';
import { readRateLimit } from '../../../src/core/rate-limit.js';
import { contract } from '../../../generated/campone/contract.js';

const NOW = Date.parse('2030-01-01T00:00:00Z');

describe('readRateLimit', () => {
  it('parses the contract’s headers, with a Unix-time reset', () => {
    const headers = new Headers({ 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '87', 'X-RateLimit-Reset': '1767225600' });
    expect(readRateLimit(headers, contract.rateLimit, NOW)).toEqual({ limit: 120, remaining: 87, reset: new Date('2026-01-01T00:00:00Z') });
  });

  it('reads a small reset as seconds from now', () => {
    const headers = new Headers({ 'X-RateLimit-Reset': '60' });
    expect(readRateLimit(headers, contract.rateLimit, NOW)?.reset).toEqual(new Date(NOW + 60_000));
  });

  it('leaves out values that are not numbers', () => {
    const headers = new Headers({ 'X-RateLimit-Limit': 'lots', 'X-RateLimit-Remaining': '3' });
    expect(readRateLimit(headers, contract.rateLimit, NOW)).toEqual({ limit: undefined, remaining: 3, reset: undefined });
  });

  it('gives nothing for a response without rate-limit headers, or an API without them', () => {
    expect(readRateLimit(new Headers(), contract.rateLimit, NOW)).toBeUndefined();
    expect(readRateLimit(new Headers({ 'X-RateLimit-Limit': '1' }), null, NOW)).toBeUndefined();
  });
});
