// The scopes an API's keys can hold, from its contract: every scope an
// operation asks for, and those of its read (GET) operations.
import type { Contract } from './http/contract.ts';
import { scopesOf } from './http/contract.ts';

export function scopesIn(contract: Contract): { all: string[]; read: string[] } {
  const of = (operations: Contract['operations']) => [...new Set(operations.flatMap((operation) => scopesOf(operation).flat()))].sort();
  return { all: of(contract.operations), read: of(contract.operations.filter((operation) => operation.method === 'get')) };
}
