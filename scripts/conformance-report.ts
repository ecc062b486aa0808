// `npm run conformance:report`: starts each API's mock, runs the conformance
// matrix through the client and writes test-results/conformance-report.md, a
// table of operations × statuses showing what is covered. Exits non-zero when a
// case fails or anything documented is left unexercised.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseCommand, type CommandSpec } from '../tools/cli/command.ts';
import { runMain } from '../tools/cli/run-main.ts';

const COMMAND = {
  name: 'conformance:report',
  summary: 'Starts a Prism mock per API, runs the conformance matrix through the typed client and writes\ntest-results/conformance-report.md (operations × statuses, what was exercised).',
  usage: '',
  options: {},
  exitCodes: { 0: 'every case passed and everything documented was exercised', 1: 'a case failed, something documented was not exercised, or bad input' },
  examples: ['npm run conformance:report'],
} satisfies CommandSpec;

async function main(): Promise<void> {
  parseCommand(COMMAND);
  const { listApis, projectRoot, readBundle } = await import('../model/registry.js');
  const { buildMatrix } = await import('../tools/conformance/matrix.ts');
  const { coverageTable } = await import('../tools/conformance/report.ts');
  const { loadClientFactory, runCase } = await import('../tools/conformance/run-matrix.ts');
  const { mapLimited } = await import('../tools/conformance/send.ts');
  const { startPrism } = await import('../tools/mock/prism.ts');
  const sections: string[] = ['# Conformance coverage', '', 'Each cell lists the named examples the matrix exercised through the client against the Prism mock.', ''];
  let ok = true;
  const apis = listApis();
  const specs = apis.map((api) => readBundle(api));
  for (const [index, api] of apis.entries()) {
    const spec = specs[index]!;
    const mock = await startPrism(api.bundle);
    try {
      const client = (await loadClientFactory(api.name))({ apiKey: 'report-key', baseUrl: mock.url });
      const results = await mapLimited(buildMatrix(spec), 8, (c) => runCase(client, c));
      const { markdown, missing } = coverageTable(api.name, spec, results);
      sections.push(markdown);
      for (const failure of results.filter((r) => r.problems.length > 0)) console.error(`${api.name}: ${failure.case.id}: ${failure.problems.join('; ')}`);
      ok &&= missing.length === 0 && results.every((r) => r.problems.length === 0);
      console.log(`${api.name}: ${results.length} cases, ${results.filter((r) => r.problems.length === 0).length} passed, ${missing.length} documented items not exercised`);
    } finally {
      await mock.stop();
    }
  }
  const file = join(projectRoot, 'test-results', 'conformance-report.md');
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, sections.join('\n'));
  console.log(`wrote ${relative(projectRoot, file)}`);
  if (!ok) process.exitCode = 1;
}

runMain(main);
