/**
 * The `csc-report` command line. `main(argv, io)` returns the exit code: 0 success, 1 build error
 * (the message; the stack only with --debug), 2 bad arguments (with the usage).
 */
import { UsageError, parseCliArgs, type CliArgs } from './args';
import { runBuild } from './build-command';
import { processIo, type CliIo } from './console-io';
import { USAGE } from './usage';

export const EXIT_OK = 0;
export const EXIT_BUILD_ERROR = 1;
export const EXIT_BAD_ARGUMENTS = 2;

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`csc-report: ${error.message}\n\n${USAGE}`);
    return EXIT_BAD_ARGUMENTS;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  try {
    if (args.command === 'build') await runBuild(args, io);
    else await loadSampleCommand().runSample(args, io);
    return EXIT_OK;
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    io.stderr(`csc-report: ${err.message}`);
    if (args.debug && err.stack) io.stderr(err.stack);
    return EXIT_BUILD_ERROR;
  }
}

/**
 * `sample` writes its workbook with exceljs, some 600 modules that take about 0.4 s to load:
 * required only when `sample` runs, so that `build` never pays for them.
 */
function loadSampleCommand(): typeof import('./sample-command') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./sample-command') as typeof import('./sample-command');
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
