// A throw-away copy of the project for running the npm scripts as a user
// would, without touching the real one: HEAD's redocly.yaml, openapi/,
// generated/ and sandbox/ (so other people's uncommitted edits cannot make tests flaky),
// this tree's scripts, tools, model, rules, src and package.json (what is under
// test), node_modules linked. Its TypeScript is compiled beside each file, so
// its scripts run with plain node (support/compile-in-place.ts says why). As a
// git repository with everything committed, `status()` shows whatever a
// command changed.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import { compileInPlace } from './compile-in-place.ts';
import { entryArgs } from './script-entry.ts';
import { parse, stringify } from 'yaml';
import { projectRoot } from '../../../model/registry.js';

export interface ProjectCopy {
  dir: string;
  /** Run the script in the copy, as `npm run <script>` does (without npm's banner), from its compiled JavaScript (`lint` from scripts/lint.js, which loads TypeScript itself). */
  run(script: string, args?: string[], env?: Record<string, string>): Promise<{ exitCode: number | undefined; stdout: string; stderr: string }>;
  git(...args: string[]): Promise<string>;
  /** `git status --porcelain` (dist/ included: only node_modules is ignored), minus the stamps a run leaves. */
  status(): Promise<string>;
  write(path: string, content: string | Buffer): void;
  read(path: string): string;
  remove(): void;
}

const HEAD_FILES = ['redocly.yaml', 'openapi', 'generated', 'sandbox'];
const TREE_FILES = ['scripts', 'tools', 'model', 'rules', 'src', 'package.json'];
/** The folders whose TypeScript the copy's scripts import (generated/'s is the client's). */
const COMPILED = ['scripts', 'tools', 'sandbox', 'src'];

/** `apis`: keep only these entries of redocly.yaml (all when omitted). `git`: make it a repository (slower). */
export async function projectCopy({ apis, git = true }: { apis?: string[]; git?: boolean } = {}): Promise<ProjectCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'contract-copy-'));
  const archive = await execa('git', ['archive', '--format=tar', 'HEAD', '--', ...HEAD_FILES], { cwd: projectRoot, encoding: 'buffer' });
  await execa('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (apis) {
    const config = parse(readFileSync(join(dir, 'redocly.yaml'), 'utf8'));
    config.apis = Object.fromEntries(apis.map((name) => [name, config.apis[name]]));
    writeFileSync(join(dir, 'redocly.yaml'), stringify(config));
  }
  for (const path of TREE_FILES) cpSync(join(projectRoot, path), join(dir, path), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await compileInPlace(dir, COMPILED);
  const gitIn = (...args: string[]) =>
    execa('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir }).then((result) => result.stdout);
  if (git) {
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
    await gitIn('init', '-q');
    await gitIn('add', '-A');
    await gitIn('commit', '-q', '-m', 'copy');
  }
  return {
    dir,
    run: (script, args = [], env = {}) =>
      execa('node', [...entryArgs(script, dir), ...args], { cwd: dir, reject: false, env: { FORCE_COLOR: '0', ...env } }).then((result) => ({
        exitCode: result.exitCode,
        stdout: String(result.stdout).trim(),
        stderr: String(result.stderr).trim(),
      })),
    git: gitIn,
    status: () => gitIn('status', '--porcelain', '--untracked-files=all').then((text) => text.split('\n').filter((line) => line && !line.includes('dist/.stamps/')).join('\n')),
    write(path, content) {
      // The copy runs the JavaScript compiled when it was made: an edit here would never run.
      if (path.endsWith('.ts') && COMPILED.some((folder) => path.startsWith(`${folder}/`))) throw new Error(`${path}: the copy runs its TypeScript as compiled when it was made, so this edit would not run`);
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Edit a YAML file of the copy in place. */
export function editYaml(copy: ProjectCopy, path: string, edit: (value: any) => void): void {
  const value = parse(copy.read(path));
  edit(value);
  copy.write(path, stringify(value));
}
