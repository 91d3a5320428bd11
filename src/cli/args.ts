/**
 * Command-line arguments → a checked command. Every mistake becomes a UsageError (exit code 2)
 * whose message says what was wrong; values are checked here so later steps can trust them.
 */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export interface BuildArgs {
  command: 'build';
  input: string;
  financialYear: number | null;
  quarter: 1 | 2 | 3 | 4 | null;
  out: string | null;
  json: string | null;
  settings: string | null;
  threshold: number | null;
  debug: boolean;
}

export interface SampleArgs {
  command: 'sample';
  out: string | null;
  scale: number;
  messy: boolean;
  seed: number | null;
  debug: boolean;
}

export type CliArgs = BuildArgs | SampleArgs | { command: 'help' };

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  switch (command) {
    case 'build':
      return parseBuild(rest);
    case 'sample':
      return parseSample(rest);
    case 'help':
    case '--help':
    case '-h':
      return { command: 'help' };
    case undefined:
      throw new UsageError('no command given');
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function parse(args: string[], options: Record<string, { type: 'string' | 'boolean' }>): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parseBuild(args: string[]): BuildArgs {
  const { values, positionals } = parse(args, {
    year: { type: 'string' },
    quarter: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'string' },
    settings: { type: 'string' },
    threshold: { type: 'string' },
    debug: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'build needs an input workbook or folder' : `build takes one input, got ${positionals.length}`);
  return {
    command: 'build',
    input: positionals[0],
    financialYear: values.year === undefined ? null : financialYearFlag(String(values.year)),
    quarter: values.quarter === undefined ? null : quarterFlag(String(values.quarter)),
    out: stringFlag(values.out),
    json: stringFlag(values.json),
    settings: stringFlag(values.settings),
    threshold: values.threshold === undefined ? null : wholeNumberFlag('--threshold', String(values.threshold), 0),
    debug: values.debug === true,
  };
}

function parseSample(args: string[]): SampleArgs {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    scale: { type: 'string' },
    messy: { type: 'boolean' },
    seed: { type: 'string' },
    debug: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`sample takes no input, got "${positionals[0]}"`);
  return {
    command: 'sample',
    out: stringFlag(values.out),
    scale: values.scale === undefined ? 1 : positiveNumberFlag('--scale', String(values.scale)),
    messy: values.messy === true,
    seed: values.seed === undefined ? null : wholeNumberFlag('--seed', String(values.seed), 0),
    debug: values.debug === true,
  };
}

function stringFlag(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** "2021/22" (also "2021-22") → 2021; the second half must be the next year. */
export function financialYearFlag(text: string): number {
  const match = /^(\d{4})[/-](\d{2})$/.exec(text.trim());
  if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) {
    throw new UsageError(`--year expects a financial year such as 2021/22, got "${text}"`);
  }
  return Number(match[1]);
}

function quarterFlag(text: string): 1 | 2 | 3 | 4 {
  if (!/^[1-4]$/.test(text.trim())) throw new UsageError(`--quarter expects 1, 2, 3 or 4, got "${text}"`);
  return Number(text) as 1 | 2 | 3 | 4;
}

function wholeNumberFlag(flag: string, text: string, min: number): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isInteger(n) || n < min) throw new UsageError(`${flag} expects a whole number ${min} or more, got "${text}"`);
  return n;
}

function positiveNumberFlag(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} expects a number greater than 0, got "${text}"`);
  return n;
}
