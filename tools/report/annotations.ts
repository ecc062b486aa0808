// How the breaking-change gate reports a finding: a log line, or a GitHub
// Actions workflow command that annotates a file and line. Findings come from
// the JSON bundles (the released snapshot, the base ref's bundle, today's
// bundle), but a reviewer edits the hand-written YAML, so atSource() moves each
// finding to the place in today's hand-written files that its JSON path
// reaches (tools/bundle/source-location.ts). For a removal that place is the
// nearest parent still in today's spec, e.g. the `responses` key.
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { toPath } from '../../model/pointer.js';
import { projectRoot } from '../../model/registry.js';
import { createSourceLocator } from '../bundle/source-location.ts';

export type Impact = 'major' | 'minor' | 'patch';
export type Format = 'stylish' | 'github-actions' | 'sarif' | 'junit';
export const FORMATS: Format[] = ['stylish', 'github-actions', 'sarif', 'junit'];
export type Level = 'error' | 'warning' | 'notice';

/** One change that a rule rated, with the place a reviewer should look at. */
export interface Finding {
  impact: Impact;
  rule: string;
  message: string;
  /** Relative to the project root when the file is inside it. */
  file: string;
  line?: number;
  col?: number;
  /** Where the change is in the bundle, as JSON path segments. */
  path?: string[];
}

/** A file as messages name it: relative to the project root when inside it. */
export function rel(file: string): string {
  const relativePath = relative(projectRoot, resolve(projectRoot, file));
  return relativePath.startsWith('..') ? resolve(projectRoot, file) : relativePath;
}

/** A JSON pointer (`#/paths/~1a/get`, as redocly diff reports it) as path segments. */
export function pointerPath(pointer: string | undefined): string[] | undefined {
  return pointer === undefined ? undefined : toPath(pointer);
}

/**
 * Returns a mapper that moves a finding onto the hand-written files under
 * `rootFile`, or leaves it as it is when it has no path or the place cannot be
 * traced.
 */
export function atSource(rootFile: string): (finding: Finding) => Finding {
  const locate = createSourceLocator(rootFile);
  return (finding) => {
    const place = finding.path && locate(finding.path);
    if (!place) return finding;
    return { ...finding, file: rel(place.file), line: place.line + 1, col: place.character + 1 };
  };
}

/** A finding as a log line, or as a GitHub Actions annotation on its file and line. */
export function formatFinding(finding: Finding, format: Format, level: Level = 'error'): string {
  if (format === 'github-actions') {
    const properties = [`file=${finding.file}`, finding.line && `line=${finding.line}`, finding.col && `col=${finding.col}`, `title=${finding.rule}`]
      .filter(Boolean)
      .map((property) => escapeProperty(property as string));
    return `::${level} ${properties.join(',')}::${escapeData(finding.message)}`;
  }
  const place = [finding.file, finding.line, finding.col].filter((part) => part !== undefined).join(':');
  return `  ${place}  ${finding.message} (${finding.rule})`;
}

/** Where a verdict points: the `version:` line of `versionFile` (where the fix is made) when it has one, else the file. */
export function versionPlace(versionFile?: string): { file: string; line?: number } {
  let text: string[] = [];
  try {
    text = versionFile && existsSync(versionFile) ? readFileSync(versionFile, 'utf8').split('\n') : [];
  } catch {
    // Unreadable (a folder, no permission): the file alone is the place.
  }
  const at = text.findIndex((candidate) => /^\s+version\s*:/.test(candidate));
  return versionFile && at >= 0 ? { file: rel(versionFile), line: at + 1 } : { file: versionFile ? rel(versionFile) : '' };
}

/** A verdict as a GitHub Actions annotation on the `version:` line of `versionFile`, where the fix is made. */
export function annotateVerdict(line: string, versionFile?: string, level: Level = 'error'): string {
  return formatFinding({ impact: 'major', rule: 'breaking-change-gate', message: line, ...versionPlace(versionFile) }, 'github-actions', level);
}

// GitHub's workflow-command escaping: data escapes % CR LF; property values also : and ,.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(property: string): string {
  const [key, ...value] = property.split('=');
  return `${key}=${escapeData(value.join('=')).replace(/:/g, '%3A').replace(/,/g, '%2C')}`;
}
