/** The command line's usage text (printed with exit code 2 on bad arguments, and by `help`). */
export const USAGE = `Usage:
  csc-report build <input.xlsx | folder-of-csv> [--year 2021/22] [--quarter 2] [--out report.xlsx]
                   [--json results.json] [--settings settings.xlsx] [--threshold 10] [--debug]
  csc-report sample [--out sample-extracts.xlsx] [--scale 1] [--messy] [--seed N]
  csc-report help

build   reads Annex A lists (an .xlsx workbook, or a folder of .csv files) and writes the report
        workbook (default: <input name>-report.xlsx beside the input) and, with --json, the
        results as JSON. --json without --out writes the JSON only (no workbook).
sample  writes a synthetic Annex A workbook (default: sample-extracts.xlsx).

Exit codes: 0 success, 1 build error, 2 bad arguments.`;
