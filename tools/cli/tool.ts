// Runs the project's CLI tools (redocly, prism, tsx) from node_modules/.bin
// with execa, which handles PATH, quoting and signals, and reads the one line
// that says why one failed.
import type { Options } from 'execa';
import { projectRoot } from '../../model/registry.js';

/** Output lines that only add noise: Redocly's Node 20 banner, progress and hints, npm's config warning. */
const NOISE = /Deprecation warning|Node\.js 20|Future Redocly|You are using Node|Update Node\.js|^\s*[╔╚║]|Unknown user config|^\s*$/;

/** The output without noise lines. */
export function quiet(text: string): string {
  return text
    .split('\n')
    .filter((line) => !NOISE.test(line))
    .join('\n')
    .trim();
}

/**
 * The line of a tool's output that says what went wrong: the first that
 * reads like an error, else the last meaningful one (a tool's final word is
 * usually its verdict; its first is usually progress), else `fallback`.
 */
export function problemLine(output: string, fallback: string): string {
  const lines = quiet(output).split('\n').map((line) => line.trim()).filter(Boolean);
  return (lines.find((line) => /\berror\b|✗|×|cannot|can't|failed|invalid|not found|ENOENT/i.test(line)) ?? lines.at(-1) ?? fallback).replace(`${projectRoot}/`, '');
}

/** Run a tool; resolves with its result whatever the exit code, so callers decide. */
export async function tool(bin: string, args: string[], options: Options = {}) {
  // Loaded here, not above: `quiet` and `problemLine` serve commands that start no tool.
  const { execa } = await import('execa');
  return execa(bin, args, { cwd: projectRoot, preferLocal: true, reject: false, all: true, ...options });
}
