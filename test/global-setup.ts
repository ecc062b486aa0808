// Starts one Prism mock per API and the sandbox (both APIs, one database) for
// the whole test run, and stops them at the end. Tests read a mock's URL with
// `inject('mockUrls')[api]` and the sandbox's with `inject('sandboxUrls')[api]`.
// Every answer the sandbox sends during the run is judged against its
// contract; any that breaks it fails the run, listed at the end.
import type { TestProject } from 'vitest/node';
import { listApis } from '../model/registry.js';
import { startMocks } from '../tools/mock/prism.ts';
import { startTestSandbox } from './sandbox/support/start-sandbox.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrls: Record<string, string>;
    sandboxUrls: Record<string, string>;
    /** `pglite`, or the PostgreSQL URL the sandbox runs on (SANDBOX_DATABASE_URL). */
    sandboxDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const apis = listApis();
  // All or none: when one fails to start, what did start is stopped before the
  // run fails, so that no server holds the run open after its error.
  // No ports given: each mock takes a free one.
  const [mocksStart, sandboxStart] = await Promise.allSettled([startMocks(apis, []), startTestSandbox()]);
  if (mocksStart.status === 'rejected' || sandboxStart.status === 'rejected') {
    // Settled, not all: a failing stop must not hide why the start failed.
    await Promise.allSettled([mocksStart.status === 'fulfilled' && mocksStart.value.stop(), sandboxStart.status === 'fulfilled' && sandboxStart.value.stop()]);
    throw mocksStart.status === 'rejected' ? mocksStart.reason : (sandboxStart as PromiseRejectedResult).reason;
  }
  const { mocks } = mocksStart.value;
  const sandbox = sandboxStart.value;
  project.provide('mockUrls', Object.fromEntries(apis.map((api, index) => [api.name, mocks[index]!.url])));
  project.provide('sandboxUrls', sandbox.urls);
  project.provide('sandboxDatabase', sandbox.database);
  return async () => {
    const [, problems] = await Promise.all([Promise.all(mocks.map((mock) => mock.stop())), sandbox.stop()]);
    if (problems.length > 0) {
      // vitest does not fail a run for an error thrown here; the exit code does.
      process.exitCode = 1;
      console.error(`\nThe sandbox sent ${problems.length} answer(s) that break the contract:\n${problems.slice(0, 50).map((line) => `  ${line}`).join('\n')}`);
    }
  };
}
