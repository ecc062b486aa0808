// The TypeScript samples must compile against this project's client, so a
// change to the client or the contract that breaks them fails here, not in a
// reader's editor. Runs for every API whose client exists in src/<api>/.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { listApis, projectRoot, readBundle } from '../../model/registry.js';
import { docsSpec } from '../../tools/docs/docs-spec.ts';
import { operationsOf } from '../../model/spec.js';

// Inside the project, so the samples resolve openapi-fetch and the client's imports as src/ does.
const scratch = join(projectRoot, 'test-results', 'typescript-samples');
const apis = listApis().filter((api) => existsSync(join(projectRoot, 'src', api.name, 'index.ts')));

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe.runIf(apis.length > 0)('the TypeScript code samples', () => {
  it(`compile against the client of ${apis.map((api) => api.name).join(', ')}`, { timeout: 60_000 }, async () => {
    const files: string[] = [];
    for (const api of apis) {
      const client = relative(join(scratch, api.name), join(projectRoot, 'src', api.name, 'index.ts'));
      await mkdir(join(scratch, api.name), { recursive: true });
      for (const operation of operationsOf(docsSpec(readBundle(api), api.name, 'booking-contracts'))) {
        const sample = operation.node['x-codeSamples'].find((s: { label: string }) => s.label === 'TypeScript').source as string;
        const file = join(scratch, api.name, `${operation.id}.ts`);
        // The package's own name only resolves once installed; point at the source instead.
        await writeFile(file, `${sample.replace(`'booking-contracts/${api.name}'`, `'${client}'`)}\nexport { data, error };\n`);
        files.push(file);
      }
    }
    const config = ts.getParsedCommandLineOfConfigFile(join(projectRoot, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const program = ts.createProgram(files, { ...config!.options, noEmit: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
      .map((diagnostic) => `${relative(scratch, diagnostic.file!.fileName)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
    expect(problems).toEqual([]);
  });
});
