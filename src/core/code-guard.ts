// The type of each API's `isErrorCode`: one guard that narrows the code and,
// from the generated code → status map (generated/<api>/contract.ts,
// `ErrorStatus`), the status with it, so `isErrorCode(e, 'not_found')` leaves
// `e.status` typed `404`. The run-time check is errors.ts's `isErrorCode`,
// which matches a code only at its own status, so the narrowing is earned.
import type { HttpError } from './errors.js';

export type ErrorCodeGuard<Statuses extends { readonly [code: string]: number }> = <Code extends keyof Statuses & string>(
  error: unknown,
  code: Code,
) => error is HttpError<keyof Statuses & string> & { readonly code: Code; readonly status: Statuses[Code] };
