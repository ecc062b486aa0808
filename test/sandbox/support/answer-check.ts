// Judges every answer the sandbox sends during a test run against its
// contract: an operation's answer as the conformance checker does (status
// documented, body schema, required headers and each header's value against
// its schema); an answer to a request no operation matched
// against the error shapes the catalog's profile allows for its status. An
// unexpected fault (a 500 nobody asked for) is a problem too, even though its
// shape is documented.
import { createSchemaValidator } from '../../../model/ajv.js';
import { catalogOf } from '../../../model/catalog.js';
import { readBundle, type ApiEntry } from '../../../model/registry.js';
import type { SentAnswer } from '../../../sandbox/http/sent.ts';
import { createResponseChecker } from '../../../tools/conformance/check-response.ts';

export interface AnswerCheck {
  /** Judges one answer; its problems, each naming the request. */
  check(answer: SentAnswer): string[];
}

export function createAnswerCheck(api: ApiEntry): AnswerCheck {
  const spec = readBundle(api);
  const catalog = catalogOf(spec)!;
  const validator = createSchemaValidator(spec);
  const checker = createResponseChecker(spec, validator);
  return {
    check(answer) {
      const where = `${api.name} ${answer.method} ${answer.url} → ${answer.status}`;
      const problems: string[] = [];
      if (answer.unexpected) problems.push('an unexpected fault (see the server’s stderr line for it)');
      const { operation } = answer;
      if (operation) {
        problems.push(...checker.check(operation, answer));
      } else {
        const names = catalog.profile.schemas[String(answer.status) as `${number}`];
        if (!names) problems.push(`status ${answer.status} is not an error status of the API's profile`);
        else {
          let body: unknown;
          try {
            body = JSON.parse(answer.text);
          } catch {
            problems.push(`body is not JSON: ${answer.text.slice(0, 80)}`);
          }
          const fits = names.some((name) => validator.check(`#/components/schemas/${name}`, body).length === 0);
          if (body !== undefined && !fits) problems.push(`body fits none of ${names.join(', ')}: ${answer.text.slice(0, 120)}`);
        }
      }
      return problems.map((problem) => `${where}: ${problem}`);
    },
  };
}
