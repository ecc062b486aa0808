// The gate's findings come from JSON bundles; atSource() moves them onto the
// hand-written YAML line a reviewer edits, or for a removal onto the nearest
// parent that today's spec still has. A small hand-written spec in a temp
// folder, laid out as openapi/README.md describes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atSource, formatFinding, pointerPath, type Finding } from '../../tools/report/annotations.ts';

const dir = mkdtempSync(join(tmpdir(), 'contract-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files: Record<string, string> = {
  'openapi.yaml': ['openapi: 3.1.0', 'info:', '  title: T', '  version: 1.0.0', 'paths:', '  /bookings/{id}:', '    $ref: ./paths/bookings_{id}.yaml', 'x-error-catalog:', '  $ref: ./error-catalog.yaml', ''].join('\n'),
  'paths/bookings_{id}.yaml': ['get:', '  operationId: getBooking', '  responses:', "    '200':", '      description: The booking.', ''].join('\n'),
  'components/schemas/Booking.yaml': ['type: object', 'required: [id]', 'properties:', '  id:', '    type: string', ''].join('\n'),
  'error-catalog.yaml': ['codeField: detail', 'codes:', '  not_found:', "    status: '404'", ''].join('\n'),
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
const toSource = atSource(join(dir, 'openapi.yaml'));
const finding = (path: string[] | undefined): Finding => ({ impact: 'major', rule: 'r', message: 'm', file: 'generated/x/openapi.json', line: 900, col: 3, path });
const place = (path: string[] | undefined) => {
  const { file, line, col } = toSource(finding(path));
  return `${file.replace(`${dir}/`, '')}:${line}:${col}`;
};

describe('breaking-change findings on the hand-written files', () => {
  it('reads a JSON pointer as redocly diff reports it', () => {
    expect(pointerPath('#/paths/~1bookings~1%7Bid%7D/get/responses/404')).toEqual(['paths', '/bookings/{id}', 'get', 'responses', '404']);
  });

  it('point at the changed key, following $refs and the components/<kind>/<Name>.yaml layout', () => {
    expect(place(['paths', '/bookings/{id}', 'get', 'responses', '200'])).toBe('paths/bookings_{id}.yaml:4:5');
    expect(place(['components', 'schemas', 'Booking', 'required'])).toBe('components/schemas/Booking.yaml:2:1');
    expect(place(['x-error-catalog', 'codes', 'not_found'])).toBe('error-catalog.yaml:3:3');
  });

  it('point a removal at the nearest parent that today’s spec still has', () => {
    expect(place(['paths', '/bookings/{id}', 'get', 'responses', '404'])).toBe('paths/bookings_{id}.yaml:3:3');
    expect(place(['components', 'schemas', 'Booking', 'properties', 'gone'])).toBe('components/schemas/Booking.yaml:3:1');
    expect(place(['x-error-catalog', 'codes', 'removed_code'])).toBe('error-catalog.yaml:2:1');
    expect(place(['paths', '/gone', 'get'])).toBe('openapi.yaml:5:1');
  });

  it('leave a finding without a JSON path where it was', () => {
    expect(place(undefined)).toBe('generated/x/openapi.json:900:3');
  });

  it('become a GitHub annotation on that file and line', () => {
    const annotation = formatFinding({ ...toSource(finding(['paths', '/bookings/{id}', 'get', 'responses', '404'])), file: 'openapi/x/paths/a.yaml' }, 'github-actions');
    expect(annotation).toBe('::error file=openapi/x/paths/a.yaml,line=3,col=3,title=r::m');
  });
});
