import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // One worker per core (vitest's default leaves one core free, i.e. one
    // worker on a 2-core machine): many files spend their time waiting on a
    // child process or a server, so two of them side by side fill two cores.
    maxWorkers: availableParallelism(),
    // Files share their worker's loaded modules (Redocly, Spectral, ajv,
    // Fastify, the model) instead of loading them again per file; no test
    // mocks a module or leaves a global changed (fake timers are restored
    // after each test). Measured in bench/README.md.
    isolate: false,
  },
});
