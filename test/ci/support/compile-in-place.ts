// Compiles a project copy's TypeScript to JavaScript beside each file, so the
// copy's scripts run with plain `node` instead of tsx's loader. The loader
// costs about 0.35 CPU-s a run (its start and a hook on every module), and a
// test run starts scripts in copies dozens of times; in a copy, whose paths
// are new, its transpile cache never hits either.
//
// Each file stays its own module, in its own folder (so `import.meta.url`
// finds the files beside it, as under tsx): esbuild compiles every file as an
// entry with all of its imports left external, and a relative `./x.ts`
// becomes `./x.js`. What runs is the same source as under tsx, compiled by
// the same esbuild. An import this cannot rewrite (a computed specifier ending
// in `.ts`) fails in the run with Node's unknown-extension error, never
// silently. The entries as `npm run` starts them, with tsx, run on the real
// tree in test/ci/cli.test.ts and signals.test.ts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, stop, type Plugin } from 'esbuild';

/** Relative imports point at the compiled sibling; every import stays an import. */
const keepImports: Plugin = {
  name: 'keep-imports',
  setup(context) {
    context.onResolve({ filter: /.*/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path.startsWith('.') ? args.path.replace(/\.ts$/, '.js') : args.path, external: true }));
  },
};

/** Builds under way: esbuild's service process is stopped when none is, so that it never outlives the test run. */
let building = 0;

/**
 * What earlier copies compiled to, by a hash of their sources (each file's path
 * in the copy and its text): the copies of one test run hold the same sources,
 * so each process compiles them once and later copies write the same output.
 */
const outputs = new Map<string, Array<[path: string, text: string]>>();

/** Every `.ts` file (not `.d.ts`) under `folders` of `dir` gets a `.js` beside it. */
export async function compileInPlace(dir: string, folders: string[]): Promise<void> {
  const entryPoints = folders.flatMap((folder) =>
    readdirSync(join(dir, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort(),
  );
  const hash = createHash('sha256');
  for (const path of entryPoints) hash.update(`${path}\0${readFileSync(join(dir, path), 'utf8')}\0`);
  const key = hash.digest('hex');
  let files = outputs.get(key);
  if (!files) {
    building++;
    try {
      // Paths relative to the copy (absWorkingDir), so that the output names no copy's folder.
      const result = await build({ absWorkingDir: dir, entryPoints, outdir: '.', outbase: '.', bundle: true, format: 'esm', platform: 'node', target: 'node20', plugins: [keepImports], logLevel: 'silent', write: false });
      files = result.outputFiles.map((file) => [relative(dir, file.path), file.text]);
      outputs.set(key, files);
    } finally {
      if (--building === 0) await stop();
    }
  }
  for (const [path, text] of files) writeFileSync(join(dir, path), text);
}
