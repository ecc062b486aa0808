// The TypeScript samples must compile against this project's client, so a
// change to the client or the contract that breaks them fails here, not in a
// reader's editor: every operation's sample and the quickstart's program.
// Runs for every API whose client exists in src/<api>/.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { listApis, projectRoot, readBundle } from '../../model/registry.js';
import { operationsOf } from '../../model/spec.js';
import { samplesOf } from '../../tools/docs/api-pages.ts';
import type { SampleContext } from '../../tools/docs/code-samples.ts';
import { quickstart } from '../../tools/docs/quickstart.ts';
import { localServers } from '../../tools/docs/sandbox.ts';

// Inside the project, so the samples resolve openapi-fetch and the client's imports as src/ does.
const scratch = join(projectRoot, 'test-results', 'typescript-samples');
const apis = listApis().filter((api) => existsSync(join(projectRoot, 'src', api.name, 'index.ts')));
const servers = localServers(listApis().map((api) => api.name));

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the TypeScript code samples', () => {
  it(`compile against the client of ${apis.map((api) => api.name).join(', ')}`, { timeout: 60_000 }, async () => {
    expect(apis.length).toBeGreaterThan(0);
    const files: string[] = [];
    for (const api of apis) {
      const spec = readBundle(api);
      const server = servers.get(api.name)!;
      const context: SampleContext = { apiName: api.name, title: spec.info.title, packageName: 'booking-contracts', serverUrl: server.baseUrl };
      const client = relative(join(scratch, api.name), join(projectRoot, 'src', api.name, 'index.ts'));
      await mkdir(join(scratch, api.name), { recursive: true });
      const sources = [
        ...operationsOf(spec).map((operation) => [operation.id, samplesOf(spec, operation, context).find((sample) => sample.label === 'TypeScript')!.source] as const),
        ['quickstart', quickstart(spec, spec['x-error-catalog']!, api.name, context, server).typescript] as const,
      ];
      for (const [name, sample] of sources) {
        const file = join(scratch, api.name, `${name}.ts`);
        // The package's own name only resolves once installed; point at the source instead.
        await writeFile(file, `${sample.replace(`'booking-contracts/${api.name}'`, `'${client}'`)}\nexport { data, error };\n`);
        files.push(file);
      }
    }
    const config = ts.getParsedCommandLineOfConfigFile(join(projectRoot, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const program = ts.createProgram(files, { ...config!.options, noEmit: true });
    // Only the samples are diagnosed: checking the client's own sources too would find
    // nothing here (`npm run typecheck` holds them) and cost a fifth of the compile.
    const problems = files
      .map((file) => program.getSourceFile(file)!)
      .flatMap((source) => [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)])
      .map((diagnostic) => `${relative(scratch, diagnostic.file!.fileName)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
    expect(problems).toEqual([]);
  });
});
