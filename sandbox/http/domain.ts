// What a sandbox needs from an API-specific module: its behaviour (what a
// booking or an event is, how tenants own things), and the choices its
// contract leaves to the server. The generic server (app.ts) does the rest
// from the contract.
import type { Violation } from '../../model/ajv.js';
import type { Operation } from '../../model/spec.js';
import type { Database } from '../db/database.ts';
import type { Seed } from '../db/prepare.ts';
import type { Answer, AnswerRef, Contract } from './contract.ts';

/** The key a request came with, once accepted. */
export interface Caller {
  token: string;
  tenantId: number;
  scopes: string[];
}

/** One request that reached its operation's logic, validated against the contract. */
export interface Call {
  operation: Operation;
  caller: Caller;
  /** Path and query values, converted to their schema types, with defaults filled in. */
  params: Record<string, any>;
  query: Record<string, any>;
  body: any;
  db: Database;
  /** Where the request was sent, for links to other pages of a list. */
  url: URL;
  contract: Contract;
}

export type Handler = (call: Call) => Promise<Answer>;

/** The state of a key's rate-limit window, after counting this request. */
export interface Window {
  limit: number;
  remaining: number;
  /** Unix time, in seconds, when the window ends. */
  resetAt: number;
  windowSeconds: number;
  /** Seconds until the window ends, rounded up. */
  retryAfter: number;
}

/** How an API refuses what its contract leaves to the server, each a reference into the contract or prose. */
export interface Refusals {
  /** A body that is not JSON (or not UTF-8). */
  malformedJson: AnswerRef;
  /** A body sent with another content type than application/json. */
  wrongMediaType: AnswerRef;
  /** A body over the sandbox's size limit. */
  bodyTooLarge: AnswerRef;
  /** JSON nested deeper than the sandbox reads. */
  tooDeep: AnswerRef;
  /** A path (or method) no operation has. */
  unknownRoute: AnswerRef;
  /** An unexpected fault, or one asked for. */
  serverFault: AnswerRef;
  /** No key at all (no Authorization header, or an empty one). */
  missingKey: AnswerRef;
  /** A key that cannot be read (not `Bearer <key>`), or that the API does not know. */
  unknownKey: AnswerRef;
  /** A revoked or expired key. */
  inactiveKey: AnswerRef;
}

/** An API's behaviour, made once from its contract (whose examples it may read its wording from). */
export type DomainFactory = (contract: Contract) => Domain;

export interface Domain {
  /** The API's name in redocly.yaml. */
  api: string;
  /** The window of the API's rate limits, and whether it counts every request of a key (`key`) or each operation's apart (`operation`). */
  rateLimit: { windowSeconds: number; per: 'key' | 'operation' };
  refusals: Refusals;
  /** The 429 body, for a window that is used up. */
  tooManyRequests(window: Window): unknown;
  /** The message of a field-keyed violation, when the API words it (else ajv's wording is used). */
  fieldMessage?(violation: Violation): string | undefined;
  /**
   * Problems with a request body as a whole (rules across fields), for an API
   * whose errors are field-keyed: listed under the whole-request key beside
   * the schema's field errors, and refused on their own when the schema passes.
   */
  wholeBodyProblems?(operation: Operation, body: unknown): string[];
  /** Prose for a violation no catalog code answers, in an API whose errors carry one message. */
  describe?(violation: Violation): string | undefined;
  /** The operations' logic, by operationId. */
  handlers: Record<string, Handler>;
  /** The API's seed rows. */
  seed: Seed;
  /** Copy-paste commands that show the API's behaviour against a sandbox at `baseUrl`, for its start-up banner. */
  showcases(baseUrl: string): Showcase[];
}

export interface Showcase {
  /** What the command shows, e.g. `another tenant's booking: 404 not_found`. */
  what: string;
  command: string;
  /** Text its output contains when the sandbox behaves as `what` says (checked by the test suite, ignoring case). */
  shows: string[];
}
