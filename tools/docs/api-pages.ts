// The pages of one API: its reference, its error reference and its
// changelog, all from the committed bundle, its release history and the
// sandbox's demo data.
import { readCatalog, type Catalog } from '../../model/catalog.js';
import type { ApiEntry } from '../../model/registry.js';
import { operationsOf, type Json, type Operation, type Spec } from '../../model/spec.js';
import { changelogPageHtml } from './changelog-page.ts';
import type { Sample } from './code-blocks.ts';
import { codeSamples, serverUrlOf, type SampleContext } from './code-samples.ts';
import { errorPageHtml } from './error-page.ts';
import { quickstart, type Quickstart } from './quickstart.ts';
import type { QuickstartContext } from './quickstart-section.ts';
import { referencePageHtml } from './reference-page.ts';
import { requestExample } from './request-example.ts';
import { releaseHistory, type Release } from './release-history.ts';
import type { LocalServer } from './sandbox.ts';

export interface ApiPages {
  /** File name in the API's folder → content. */
  files: Record<string, string>;
  quickstart: Quickstart;
  releases: Release[];
  catalog: Catalog;
}

export interface SiteContext {
  /** npm package that exports the client, e.g. `booking-contracts`. */
  packageName: string;
  install: string;
  sandboxCommand: string;
  /** Holds the release snapshots the changelog compares. */
  scratch: string;
}

/** `server`: where the samples send requests (the API's sandbox, or its mock). */
export async function apiPages(api: ApiEntry, spec: Spec, site: SiteContext, server: LocalServer): Promise<ApiPages> {
  const catalog = checkedCatalog(spec);
  // First, as it checks that every operation the catalog names exists.
  const errorPage = errorPageHtml(spec, catalog);
  const context: SampleContext = { apiName: api.name, title: spec.info.title, packageName: site.packageName, serverUrl: server.baseUrl };
  const start = quickstart(spec, catalog, api.name, context, server);
  const quickstartContext: QuickstartContext = { title: spec.info.title, apiName: api.name, install: site.install };
  const servers = [
    { label: `Local ${server.kind} (used by the samples)`, url: server.baseUrl },
    ...(spec.servers?.length ? [{ label: firstSentence(spec.servers[0].description) ?? 'Server', url: serverUrlOf(spec) }] : []),
  ];
  const releases = await releaseHistory(api, site.scratch);
  return {
    files: {
      'index.html': referencePageHtml({ spec, catalog, samples: (operation) => samplesOf(spec, operation, context), quickstart: start, quickstartContext, servers }),
      'errors.html': errorPage,
      'changelog.html': changelogPageHtml({ title: spec.info.title, version: spec.info.version }, releases),
    },
    quickstart: start,
    releases,
    catalog,
  };
}

/** Samples someone wrote into the spec (`x-codeSamples`) first, then curl and TypeScript built from its examples. */
export function samplesOf(spec: Spec, operation: Operation, context: SampleContext): Sample[] {
  const written: Json[] = Array.isArray(operation.node['x-codeSamples']) ? operation.node['x-codeSamples'] : [];
  return [
    ...written.map((sample) => ({ label: String(sample.label ?? sample.lang), source: String(sample.source) })),
    ...codeSamples(requestExample(spec, operation), context),
  ];
}

/**
 * The spec's catalog, checked against openapi/error-catalog.schema.json by the
 * same reader the lint rules use: the error reference is only as good as its data.
 */
function checkedCatalog(spec: Spec): Catalog {
  if (!spec['x-error-catalog']) throw new Error('has no x-error-catalog, so its error reference cannot be generated');
  const { catalog, problem } = readCatalog(spec);
  if (problem) throw new Error(problem.message.replace(/^x-error-catalog is malformed: /, ''));
  return catalog as Catalog;
}

function firstSentence(text: unknown): string | undefined {
  return typeof text === 'string' && text ? text.split(/\.\s/)[0]!.replace(/\.$/, '') : undefined;
}
