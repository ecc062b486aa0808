// A `profile.violationMessages` template as a pattern that recognises the
// messages it makes: the text as written, `{limit}` standing for any number
// (captured). For tests that read a field-keyed example's messages back to the
// violations that produce them.
export function messagePattern(template: string): RegExp {
  const literal = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${literal.replace('{limit}', '(-?[\\d.]+)')}$`);
}
