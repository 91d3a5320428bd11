/**
 * The one-screen summary printed at the end of a build: authority, period, each list read,
 * indicators available (with the reasons for those that are not), problems, files written.
 * Problem values are printed only when the engine kept them (child-identifying ones are null).
 */
import { ukFromDay } from '../engine/dates';
import { LIST_NAMES, LIST_NUMBERS, type Problem } from '../engine/types';
import type { BuildOutput } from './engine-modules';
import { scorecardLines } from './scorecard';

const PROBLEMS_SHOWN = 5;

export interface SummaryExtras {
  settingsSources: string[];
  written: string[];
}

export function formatSummary(output: BuildOutput, extras: SummaryExtras): string {
  const { results, period, parsed } = output;
  const lines = [
    `Authority:  ${results.authority}`,
    `Period:     ${period.label} (${ukFromDay(period.start)} to ${ukFromDay(period.end)})`,
    `Settings:   ${extras.settingsSources.join(', ')}`,
    'Lists:',
    ...LIST_NUMBERS.map((list) => {
      const info = parsed.info[list];
      const name = `  List ${list} ${LIST_NAMES[list]}`.padEnd(28);
      return info ? `${name}sheet "${info.sheet}": ${info.rowsRead} rows read, ${info.rowsExcluded} excluded` : `${name}not found`;
    }),
    ...indicatorLines(output),
    ...scorecardLines(results.summary ?? [], results.threshold),
    ...problemLines(results.problems.count, results.problems.items),
    ...extras.written.map((path, i) => `${i === 0 ? 'Written:    ' : '            '}${path}`),
  ];
  return lines.join('\n');
}

function indicatorLines({ results }: BuildOutput): string[] {
  const unavailable = results.indicators.filter((ind) => !ind.available);
  return [
    `Indicators: ${results.indicators.length - unavailable.length}/${results.indicators.length} available`,
    ...unavailable.map((ind) => `  #${ind.id} ${ind.title}: ${ind.reason ?? 'not available'}`),
  ];
}

function problemLines(count: number, items: Problem[]): string[] {
  const errors = items.filter((p) => p.severity === 'error').length;
  const header = `Problems:   ${count}${count > items.length ? ` (first ${items.length} listed in the Build Log)` : ''}${errors > 0 ? `, ${errors} errors among those listed` : ''}`;
  const shown = items.slice(0, PROBLEMS_SHOWN).map((p) => `  ${describeProblem(p)}`);
  const more = count > shown.length ? [`  … and ${count - shown.length} more`] : [];
  return [header, ...shown, ...more];
}

export function describeProblem(problem: Problem): string {
  const where = [
    problem.list !== null ? `List ${problem.list}` : problem.sheet,
    problem.row !== null ? `row ${problem.row}` : null,
    problem.column,
  ].filter((part) => part !== null && part !== '');
  const value = problem.value !== null && problem.value !== '' ? ` "${problem.value}"` : '';
  return `${problem.severity === 'error' ? 'Error' : 'Warning'}: ${where.join(', ')}${value}: ${problem.message}`;
}
