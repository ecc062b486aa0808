// The copy of a bundled spec that the reference page is built from: the same
// contract plus what readers need but the contract must not repeat, namely the
// error table (from x-error-catalog) and code samples (from the examples).
// The committed bundle is never modified.
import { readCatalog, type Catalog } from '../../model/catalog.js';
import { operationsOf, type Spec } from '../../model/spec.js';
import { codeSamples, serverUrlOf, type CodeSample, type SampleContext } from './code-samples.ts';
import { errorRows, withErrorSection } from './error-table.ts';
import { requestExample } from './request-example.ts';

export function docsSpec(spec: Spec, apiName: string, packageName: string): Spec {
  const catalog = checkedCatalog(spec);
  const copy = structuredClone(spec);
  copy.info = { ...copy.info, description: withErrorSection(copy.info?.description ?? '', catalog, errorRows(copy, catalog)) };
  const context: SampleContext = { apiName, title: copy.info.title, packageName, serverUrl: serverUrlOf(copy) };
  for (const operation of operationsOf(copy)) {
    // Samples someone wrote by hand stay, first; the generated ones follow.
    operation.node['x-codeSamples'] = [...(operation.node['x-codeSamples'] ?? []), ...codeSamples(requestExample(copy, operation), context)];
  }
  return copy;
}

/** The distinct languages of the spec's code samples, in order of first use. */
export function sampleLanguages(spec: Spec): { lang: string; label: string }[] {
  const samples: CodeSample[] = operationsOf(spec).flatMap((operation) => operation.node['x-codeSamples'] ?? []);
  const byLabel = new Map(samples.map((sample) => [sample.label ?? sample.lang, sample.lang]));
  return [...byLabel].map(([label, lang]) => ({ lang, label }));
}

/**
 * The spec's catalog, checked against openapi/error-catalog.schema.json by the
 * same reader the lint rules use: the table is only as good as its data.
 */
function checkedCatalog(spec: Spec): Catalog {
  if (!spec['x-error-catalog']) throw new Error('has no x-error-catalog, so its error table cannot be generated');
  const { catalog, problem } = readCatalog(spec);
  if (problem) throw new Error(problem.message.replace(/^x-error-catalog is malformed: /, ''));
  return catalog as Catalog;
}
