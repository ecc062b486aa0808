// Every script's command line, through one small helper over node:util
// parseArgs: `--help` (usage, options, exit codes, an example), one-line
// errors that name a wrong option and point at `--help`, and, for scripts
// that wrap another tool, the words after a bare `--` passed through as they
// are. parseArgs itself answers an unknown option with a hint about `--` that
// reads as nonsense after `npm run`, so options are checked here first.
import { parseArgs } from 'node:util';
import { UserError } from '../../model/input.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given more than once; the value is then a list. */
  multiple?: boolean;
  default?: string | boolean;
  /** How --help names the value, e.g. `<url>`. */
  value?: string;
  /** One line for --help. */
  description: string;
}

export interface CommandSpec {
  /** The npm script: `npm run <name>`, or `npm start` for `start`. */
  name: string;
  /** What the command does, for the top of --help. */
  summary: string;
  /** The arguments after `npm run <name> --`, e.g. `[<api>…] [options]`. */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Positional arguments, for --help; without this, none are accepted. */
  positionals?: { name: string; description: string };
  /** Words after a bare `--` go to another tool, described here; without this, they count as positionals. */
  passThrough?: { name: string; description: string };
  /** Exit code → what it means. */
  exitCodes: Record<number, string>;
  examples: string[];
  /** Paragraphs shown after the summary: what a user must know before running it. */
  notes?: string[];
}

export interface ParsedCommand {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  /** The words after a bare `--` (commands with `passThrough` only). */
  passThrough: string[];
}

/** Thrown after --help was printed: runMain ends the process with code 0 and prints nothing more. */
export class HelpShown extends Error {
  name = 'HelpShown';
}

/** How the user runs the command, for usage lines and hints. */
export function invocation(spec: Pick<CommandSpec, 'name'>): string {
  return spec.name === 'start' ? 'npm start' : `npm run ${spec.name}`;
}

/** Parse `argv` by `spec`; prints --help to stdout and throws HelpShown when asked for it. */
export function parseCommand(spec: CommandSpec, argv: string[] = process.argv.slice(2)): ParsedCommand {
  const split = spec.passThrough ? argv.indexOf('--') : -1;
  const own = split >= 0 ? argv.slice(0, split) : argv;
  const passThrough = split >= 0 ? argv.slice(split + 1) : [];
  const options: Record<string, OptionSpec> = { ...spec.options, help: { type: 'boolean', short: 'h', description: 'Show this help.' } as OptionSpec };
  // parseArgs refuses keys that are present but undefined, so only those given are passed on.
  const config = Object.fromEntries(
    Object.entries(options).map(([name, { type, short, multiple, default: value }]) => [
      name,
      { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}), ...(value !== undefined ? { default: value } : {}) },
    ]),
  );
  const hint = `see ${invocation(spec)} -- --help`;

  // A lenient pass first, to read each option as written and name it in the error.
  const { tokens } = parseArgs({ args: own, options: config, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (!option) throw new UserError(`unknown option ${token.rawName} (${hint})`);
    if (option.type === 'string' && token.value === undefined) throw new UserError(`${token.rawName} needs a value${option.value ? ` ${option.value}` : ''} (${hint})`);
    if (option.type === 'boolean' && token.inlineValue) throw new UserError(`${token.rawName} takes no value (${hint})`);
  }
  const { values, positionals } = parseArgs({ args: own, options: config, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(helpText(spec));
    throw new HelpShown('help shown');
  }
  if (!spec.positionals && positionals.length > 0) throw new UserError(`unexpected argument "${positionals[0]}" (${hint})`);
  delete values.help;
  return { values: values as ParsedCommand['values'], positionals, passThrough };
}

/** The --help text: usage, summary, notes, arguments, options, exit codes, examples. */
export function helpText(spec: CommandSpec): string {
  const flag = (name: string, option: OptionSpec) => `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` ${option.value ?? '<value>'}` : ''}`;
  const rows: [string, string][] = Object.entries(spec.options).map(([name, option]) => {
    const fallback = option.default !== undefined && option.type === 'string' ? ` (default: ${option.default})` : '';
    return [flag(name, option), `${option.description}${fallback}`];
  });
  rows.push(['-h, --help', 'Show this help.']);
  const table = (entries: [string, string][]) => {
    const width = Math.max(...entries.map(([left]) => left.length));
    return entries.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
  };
  const sections = [
    [`Usage: ${invocation(spec)}${spec.usage ? ` -- ${spec.usage}` : ''}`],
    [spec.summary],
    ...(spec.notes ?? []).map((note) => [note]),
    ...(spec.positionals || spec.passThrough
      ? [['Arguments:', ...table([...(spec.positionals ? [[spec.positionals.name, spec.positionals.description] as [string, string]] : []), ...(spec.passThrough ? [[`-- ${spec.passThrough.name}`, spec.passThrough.description] as [string, string]] : [])])]]
      : []),
    ['Options:', ...table(rows)],
    ['Exit codes:', ...table(Object.entries(spec.exitCodes).map(([code, meaning]) => [code, meaning]))],
    [spec.examples.length > 1 ? 'Examples:' : 'Example:', ...spec.examples.map((example) => `  ${example}`)],
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
