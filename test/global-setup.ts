// Starts one Prism mock per API for the whole test run, and stops them at the
// end. Tests read a mock's URL with `inject('mockUrls')[api]`.
import type { TestProject } from 'vitest/node';
import { listApis } from '../model/registry.js';
import { startPrism, type RunningPrism } from '../tools/mock/prism.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  const apis = listApis();
  const mocks: RunningPrism[] = await Promise.all(apis.map((api) => startPrism(api.bundle)));
  project.provide('mockUrls', Object.fromEntries(apis.map((api, index) => [api.name, mocks[index]!.url])));
  return async () => {
    await Promise.all(mocks.map((mock) => mock.stop()));
  };
}
