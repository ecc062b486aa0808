// The result types, derived from openapi-typescript's `paths` and nothing
// else: one variant per documented response, each with its literal `status`,
// so `if (result.status === 404)` narrows `error` to the 404 body.
import type { MaybeOptionalInit, ParseAsResponse } from 'openapi-fetch';
import type { HttpMethod, PathsWithMethod, Readable, RequiredKeysOf } from 'openapi-typescript-helpers';
import type { RetrySetting } from './retry.js';

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type ToNumber<Text> = Text extends `${infer N extends number}` ? N : never;
/** Every status code from 100 to 599. */
export type HttpStatus = ToNumber<`${1 | 2 | 3 | 4 | 5}${Digit}${Digit}`>;
type SuccessStatus = ToNumber<`2${Digit}${Digit}`>;

/** The statuses an operation lists explicitly. */
type Listed<Responses> = { [K in keyof Responses]: K extends number ? K : ToNumber<K> }[keyof Responses];

/** The statuses a response key stands for: `404`, a range such as `"4XX"`, or `default` (every status not listed). */
type StatusesOf<Responses, Key> = Key extends number
  ? Key
  : Key extends `${infer D extends 1 | 2 | 3 | 4 | 5}XX`
    ? Exclude<ToNumber<`${D}${Digit}${Digit}`>, Listed<Responses>>
    : Key extends 'default'
      ? Exclude<HttpStatus, Listed<Responses> | SuccessStatus>
      : ToNumber<Key>;

/** The body of a response object: its JSON content, else its only content, else undefined. */
type BodyOf<Response> = Response extends { content: infer Content }
  ? 'application/json' extends keyof Content
    ? Content['application/json']
    : Content[keyof Content]
  : undefined;

type IsSuccess<Key> = Key extends SuccessStatus | '2XX' ? true : false;

/** The keys of each member of a union (`keyof` of a union keeps only the shared ones); none for `never`. */
type KeysOf<T> = T extends unknown ? keyof T : never;
/** The keys a type declares, without its index signatures. */
type DeclaredKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };
/** The fields an operation takes: its JSON request body's properties and its query parameters. */
type FieldsOf<Operation> =
  | (Operation extends { requestBody?: infer Body } ? KeysOf<BodyOf<NonNullable<Body>>> : never)
  | (Operation extends { parameters: { query?: infer Query } } ? KeysOf<NonNullable<Query>> : never);

/**
 * An error body keyed by field (an index signature of message lists, such as
 * CampOne's ValidationError), keyed instead by the keys its schema declares
 * and the fields the operation takes. An index signature would claim every
 * key, `detail` included, so `'detail' in error` could not tell it from the
 * `{ detail }` body beside it in a union; without it, the union narrows.
 * Other bodies are left as they are. Keys outside the operation's fields
 * (a server's reply to an unknown property) stay readable in `HttpError.fieldErrors`.
 */
type FieldKeyed<Body, Operation> = Body extends object
  ? string extends keyof Body
    ? Body[string] extends readonly string[]
      ? { [K in DeclaredKeys<Body> | (FieldsOf<Operation> & string)]?: K extends keyof Body ? Body[K] : Body[string] }
      : Body
    : Body
  : Body;

type Variant<Operation, Responses, Key extends keyof Responses, Init> =
  IsSuccess<Key> extends true
    ? { status: StatusesOf<Responses, Key>; data: ParseAsResponse<Readable<BodyOf<Responses[Key]>>, Init>; error?: undefined; response: Response }
    : { status: StatusesOf<Responses, Key>; data?: undefined; error: FieldKeyed<Readable<BodyOf<Responses[Key]>>, Operation>; response: Response };

/**
 * What a call resolves with: a documented status and its body, as `data` for
 * 2xx and `error` otherwise. Anything the contract does not document rejects
 * with an ApiError instead.
 */
export type Outcome<Operation, Init = {}> = Operation extends { responses: infer Responses }
  ? { [Key in keyof Responses]-?: Variant<Operation, Responses, Key, Init> }[keyof Responses]
  : never;

/** The success body (any 2xx) of an operation. */
export type SuccessData<Operation, Init = {}> = Operation extends { responses: infer Responses }
  ? { [Key in keyof Responses]-?: IsSuccess<Key> extends true ? ParseAsResponse<Readable<BodyOf<Responses[Key]>>, Init> : never }[keyof Responses]
  : never;

/** A call in flight: await it for the outcome, or call `orThrow()` for the success data. */
export type OutcomePromise<Operation, Init> = Promise<Outcome<Operation, Init>> & {
  /** Resolves with the success data; rejects with an ApiError (an HttpError for error statuses). */
  orThrow(): Promise<SuccessData<Operation, Init>>;
};

/** Per-call options, besides openapi-fetch's own (`params`, `body`, `headers`, `parseAs`, ...). */
export interface CallOptions {
  /** Longest wait for each attempt's response, body included, in ms; `false` for none. Overrides the client's. */
  timeoutMs?: number | false;
  /** Retry limit or options for this call. Overrides the client's; `0` sends once. */
  retry?: RetrySetting;
  /** Cancels the call; a cancelled call rejects with the signal's reason and is never retried. */
  signal?: AbortSignal;
}

export type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & CallOptions & { [key: string]: unknown })?]
    : [Init & CallOptions & { [key: string]: unknown }];

export type ClientMethod<Paths extends Record<string, any>, Method extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  url: Path,
  ...init: InitParam<Init>
) => OutcomePromise<Paths[Path][Method], Init>;
