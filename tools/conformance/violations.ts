// Reads Prism proxy's `sl-violations` header. Only violations located in the
// response count against a server: request violations are expected, since the
// probes send invalid requests on purpose.
export interface Violation {
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}

export function responseViolations(headers: Headers): Violation[] {
  const raw = headers.get('sl-violations');
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [{ location: ['response'], severity: 'Error', message: `unreadable sl-violations header: ${raw.slice(0, 80)}` }];
  }
  return (Array.isArray(parsed) ? (parsed as Violation[]) : []).filter((violation) => violation.location?.[0] === 'response');
}
