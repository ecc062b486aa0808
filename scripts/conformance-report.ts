// `npm run conformance:report`: starts each API's mock, runs the conformance
// matrix through the client and writes test-results/conformance-report.md, a
// table of operations × statuses showing what is covered. Exits non-zero when a
// case fails or anything documented is left unexercised.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { readSpecFile } from '../model/input.js';
import { listApis, projectRoot } from '../model/registry.js';
import { runMain } from '../tools/cli/run-main.ts';
import { buildMatrix } from '../tools/conformance/matrix.ts';
import { coverageTable } from '../tools/conformance/report.ts';
import { loadClientFactory, runCase } from '../tools/conformance/run-matrix.ts';
import { mapLimited } from '../tools/conformance/send.ts';
import { startPrism } from '../tools/mock/prism.ts';

async function main(): Promise<void> {
  const sections: string[] = ['# Conformance coverage', '', 'Each cell lists the named examples the matrix exercised through the client against the Prism mock.', ''];
  let ok = true;
  for (const api of listApis()) {
    const spec = readSpecFile(api.bundle);
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
