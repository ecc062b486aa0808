// Runs the project's CLI tools (redocly, openapi-typescript, spectral, prism)
// from node_modules/.bin with execa, which handles PATH, quoting and signals.
import { execa, type Options } from 'execa';
import { projectRoot } from './apis.ts';

/** Output lines that only add noise: Redocly's Node 20 banner and npm's config warning. */
const NOISE = /Deprecation warning|Node\.js 20|Future Redocly|You are using Node|Update Node\.js|^\s*[╔╚║]|Unknown user config/;

export function quiet(text: string): string {
  return text
    .split('\n')
    .filter((line) => !NOISE.test(line))
    .join('\n')
    .trim();
}

/** Run a tool; resolves with its result whatever the exit code, so callers decide. */
export async function tool(bin: string, args: string[], options: Options = {}) {
  return execa(bin, args, { cwd: projectRoot, preferLocal: true, reject: false, all: true, ...options });
}
