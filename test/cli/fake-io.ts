import type { CliIo } from '../../src/cli/console-io';

/** An in-memory CliIo: what main() printed, line by line. */
export function fakeIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    now: () => new Date(2021, 9, 15),
  };
}
