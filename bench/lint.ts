// `npm run bench:lint [-- --runs 3 --sizes 100,1000,5000]`: how long linting
// takes as a spec grows. Builds CampOne-style specs (bench/lint-spec.ts) and
// times, side by side on the same file, interleaved run by run:
//   - Redocly lint alone (redocly.yaml's rules),
//   - `spectral lint` with spectral:oas alone,
//   - the full `npm run lint` (Redocly and the contract ruleset),
//   - and, for comparison, the contract ruleset alone through the Spectral CLI.
// Prints the median of each and the ratios the issue sets targets for.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { readSpecFile } from '../model/input.js';
import { getApi, projectRoot } from '../model/registry.js';
import { runMain, UserError } from '../tools/cli/run-main.ts';
import { quiet, tool } from '../tools/cli/tool.ts';
import { scaleSpec } from './lint-spec.ts';

const WORK = join(projectRoot, 'bench', '.work', 'lint');

interface Contender {
  name: string;
  command(spec: string): [string, string[]];
}

const contenders: Contender[] = [
  { name: 'Redocly lint', command: (spec) => ['redocly', ['lint', spec, '--format', 'summary']] },
  { name: 'spectral:oas', command: (spec) => ['spectral', ['lint', '-r', join(WORK, 'spectral-oas.yaml'), spec, '--quiet']] },
  // Not a target, for comparison: the contract ruleset through the Spectral CLI, as rules/README.md shows it.
  {
    name: 'spectral -r rules',
    command: (spec) => ['spectral', ['lint', '-r', join(projectRoot, 'rules', 'ruleset.js'), '--resolver', join(projectRoot, 'rules', 'no-ref-resolver.cjs'), spec, '--quiet']],
  },
  { name: 'npm run lint', command: (spec) => ['npm', ['run', '--silent', 'lint', '--', spec]] },
];

async function time(contender: Contender, spec: string): Promise<number> {
  const [bin, args] = contender.command(spec);
  const started = performance.now();
  const result = await tool(bin, args);
  const seconds = (performance.now() - started) / 1000;
  // spectral:oas finds real (if minor) problems in CampOne; the others must pass.
  if (result.exitCode !== 0 && contender.name !== 'spectral:oas') {
    throw new UserError(`${contender.name} failed on ${relative(projectRoot, spec)}: ${quiet(String(result.all ?? '')).split('\n').slice(-3).join(' ')}`);
  }
  return seconds;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (value: number) => `${value.toFixed(2)} s`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, sizes: { type: 'string', default: '100,1000,5000' } } });
  const runs = Number(values.runs);
  const sizes = values.sizes.split(',').map(Number);
  if (!Number.isInteger(runs) || runs < 1 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new UserError('--runs takes a whole number, --sizes a comma-separated list of operation counts');
  }
  await mkdir(WORK, { recursive: true });
  await writeFile(join(WORK, 'spectral-oas.yaml'), 'extends: ["spectral:oas"]\n');
  const base = readSpecFile(getApi('campone').bundle);
  const specs = new Map<number, string>();
  for (const size of sizes) {
    const file = join(WORK, `campone-${size}.json`);
    await writeFile(file, `${JSON.stringify(scaleSpec(base, size), null, 2)}\n`);
    specs.set(size, file);
  }
  const timings = new Map<string, number[]>();
  for (let run = 1; run <= runs; run++) {
    for (const size of sizes) {
      for (const contender of contenders) {
        const key = `${size} ${contender.name}`;
        const taken = await time(contender, specs.get(size)!);
        timings.set(key, [...(timings.get(key) ?? []), taken]);
        process.stderr.write(`run ${run}/${runs}: ${key}: ${seconds(taken)}\n`);
      }
    }
  }
  const at = (size: number, name: string) => median(timings.get(`${size} ${name}`)!);
  console.log(`Median of ${runs} runs each, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.\n`);
  console.log('| Operations | Redocly lint | spectral:oas | spectral -r rules (CLI) | npm run lint | lint ÷ Redocly (≤ 2) | lint ÷ spectral:oas (≤ 0.5) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const [redocly, oas, cli, lint] = contenders.map((contender) => at(size, contender.name)) as [number, number, number, number];
    console.log(`| ${size} | ${seconds(redocly)} | ${seconds(oas)} | ${seconds(cli)} | ${seconds(lint)} | ${(lint / redocly).toFixed(2)} | ${(lint / oas).toFixed(2)} |`);
  }
  if (sizes.length > 1) {
    const [small, large] = [sizes.at(-2)!, sizes.at(-1)!];
    const growth = contenders.map((contender) => `${contender.name} ${(at(large, contender.name) / at(small, contender.name)).toFixed(2)}×`);
    console.log(`\n${large / small}× the operations (${small} → ${large}): ${growth.join(', ')} the time (target for npm run lint: ≤ 6×).`);
  }
}

runMain(main);
