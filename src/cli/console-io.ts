/** What the command line talks to, injected so tests can run main() in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Folder that relative paths and default outputs are resolved against. */
  cwd: string;
  /** "Today" for the period default and the build log. */
  now(): Date;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
