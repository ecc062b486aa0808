// Answers that come from Prism itself, not from the contract, in the only
// situations where the mock cannot follow a contract (see test/README.md).
// Each is recognised by Prism's own body, and only for the kind of broken
// request that causes it.
import type { Operation } from '../../../model/spec.js';
import type { Answer } from '../../../tools/conformance/check-response.ts';
import type { PlannedRequest } from '../../../tools/conformance/requests.ts';

export interface MockException {
  id: string;
  /** Why the mock answers this way although the contract says otherwise. */
  reason: string;
  matches(operation: Operation, request: PlannedRequest, answer: Answer): boolean;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function jsonBody(answer: Answer): any {
  try {
    return JSON.parse(answer.text);
  } catch {
    return undefined;
  }
}

export const MOCK_EXCEPTIONS: MockException[] = [
  {
    id: 'prism-invalid-json',
    reason: 'Prism rejects a body that is not JSON before any contract lookup, with its own 400 {"error":{"code":"invalid_json"}}.',
    matches: (_operation, request, answer) =>
      request.body !== undefined && !parses(request.body) && answer.status === 400 && jsonBody(answer)?.error?.code === 'invalid_json',
  },
  {
    id: 'prism-no-validation-response',
    reason:
      'For an invalid request to an operation that documents neither 422 nor 400, Prism invents a 422 problem+json. The contract answers such requests (a malformed ID) with 404 not_found, which Prism cannot choose.',
    matches: (operation, request, answer) =>
      (request.breaks === 'path' || request.breaks === 'query' || request.breaks === 'body') &&
      answer.status === 422 &&
      !operation.responses.has('400') &&
      !operation.responses.has('422') &&
      /UNPROCESSABLE_ENTITY/.test(jsonBody(answer)?.type ?? ''),
  },
  {
    id: 'prism-security-401',
    reason:
      'Prism answers a request without valid credentials with a 401, using the contract’s 401 example when there is one and its own problem+json otherwise. An API that reports authentication failures with another status cannot be mocked faithfully here.',
    matches: (operation, request, answer) =>
      request.breaks === 'auth' &&
      answer.status === 401 &&
      !operation.responses.has('401') &&
      /application\/problem\+json/.test(answer.headers.get('content-type') ?? ''),
  },
];

export function mockExceptionFor(operation: Operation, request: PlannedRequest, answer: Answer): MockException | undefined {
  return MOCK_EXCEPTIONS.find((exception) => exception.matches(operation, request, answer));
}
