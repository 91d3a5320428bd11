/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/components/App';
import type { ListsSurvey, NewQuarterPlan } from '../../src/taskpane/operations';
import { deferred, fakeOperations, sampleOutcome } from './fixtures';

jest.mock('../../src/taskpane/operations', () => ({ officeOperations: null }));

const STALE = 'List 8: Children in care on sheet "CLA": its latest date is 30/06/2021, more than a quarter before the latest date of the other lists (30/09/2021): is it last quarter\'s extract? Paste this quarter\'s list and build again';
const REPEATED = 'List 1: Contacts on sheet "List 1": 600 rows between rows 1502 and 2101 repeat earlier rows of the list (the same Child Unique ID and Date of Contact), in blocks of 20 or more.';

function survey(): ListsSurvey {
  return {
    lists: [
      { list: 1, name: 'Contacts', sheet: 'List 1', rows: 2100, rowsExcluded: 0, earliest: '2020-04-01', latest: '2021-09-30', warnings: [REPEATED] },
      { list: 3, name: 'Referrals', sheet: 'List 3', rows: 1234, rowsExcluded: 2, earliest: '2020-04-03', latest: '2021-09-29', warnings: [] },
      { list: 8, name: 'Children in care', sheet: 'CLA', rows: 56, rowsExcluded: 0, earliest: '2015-01-01', latest: '2021-06-30', warnings: [STALE] },
      { list: 9, name: 'Care leavers', sheet: 'List 9', rows: 7, rowsExcluded: 0, earliest: null, latest: null, warnings: [] },
    ],
    missing: [4, 6, 7],
    errors: [],
  };
}

const PLAN: NewQuarterPlan = {
  entries: [
    { list: 1, name: 'Contacts', sheet: 'List 1', headingRow: 1, rows: 2100 },
    { list: 8, name: 'Children in care', sheet: 'CLA', headingRow: 2, rows: 56 },
  ],
};

function renderPane(operations = fakeOperations()) {
  render(<App inExcel operations={operations} authority="Worcestershire" />);
  return operations;
}

describe('pre-build list summary', () => {
  test('shows each list with its sheet, rows and date range, the lists not found, and the warnings', async () => {
    renderPane(fakeOperations({ surveyLists: jest.fn().mockResolvedValue(survey()) }));
    const table = await screen.findByRole('table', { name: 'Lists the build will read' });
    const row = (list: number) => within(table).getByTestId(`list-${list}`);
    expect(within(row(1)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1 Contacts', 'List 1', '2,100', '01/04/2020 – 30/09/2021']);
    expect(within(row(8)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['8 Children in care', 'CLA', '56', '01/01/2015 – 30/06/2021']);
    // List 9's only dates are dates of birth: no range is shown.
    expect(within(row(9)).getAllByRole('cell').map((c) => c.textContent)).toEqual(['9 Care leavers', 'List 9', '7', '–']);
    expect(screen.getByText(/Not found: List 4 \(Assessments\), List 6 \(Children in need\), List 7 \(Child protection\)/)).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Lists found' });
    expect(within(section).getByText(STALE)).toBeInTheDocument();
    expect(within(section).getByText(REPEATED)).toBeInTheDocument();
  });

  test('asks again after a build and on "Check again"', async () => {
    const user = userEvent.setup();
    const operations = renderPane(fakeOperations({ surveyLists: jest.fn().mockResolvedValue(survey()), buildInExcel: jest.fn().mockResolvedValue(sampleOutcome()) }));
    await screen.findByRole('table', { name: 'Lists the build will read' });
    expect(operations.surveyLists).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Build report' }));
    await screen.findByTestId('indicators-available');
    await waitFor(() => expect(operations.surveyLists).toHaveBeenCalledTimes(2));
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(operations.surveyLists).toHaveBeenCalledTimes(3));
  });

  test('an empty workbook: says what to do', async () => {
    renderPane();
    expect(await screen.findByText(/No Annex A lists yet/)).toBeInTheDocument();
  });

  test('a failed read is a warning in the pane, not a failed session', async () => {
    renderPane(fakeOperations({ surveyLists: jest.fn().mockRejectedValue(new Error('The workbook is busy')) }));
    expect(await screen.findByText('Could not read the lists: The workbook is busy')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Build report' })).toBeEnabled();
  });
});

describe('Start a new quarter', () => {
  test('confirms with the sheets and row counts, then clears and reads the lists again', async () => {
    const user = userEvent.setup();
    const clearing = deferred<{ cleared: { sheet: string; rows: number }[] }>();
    const operations = renderPane(
      fakeOperations({
        surveyLists: jest.fn().mockResolvedValue(survey()),
        planNewQuarter: jest.fn().mockResolvedValue(PLAN),
        startNewQuarter: jest.fn(() => clearing.promise),
      }),
    );
    await screen.findByRole('table', { name: 'Lists the build will read' });
    await user.click(screen.getByRole('button', { name: 'Start a new quarter' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Start a new quarter?' });
    expect(dialog).toHaveTextContent('This clears 2,156 rows from 2 lists:');
    const items = within(dialog).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Sheet “List 1” (List 1: Contacts): 2,100 rows below the headings in row 1',
      'Sheet “CLA” (List 8: Children in care): 56 rows below the headings in row 2',
    ]);
    expect(dialog).toHaveTextContent('Headings, Report Settings, lookups and your other sheets are kept.');
    // Nothing cleared until confirmed.
    expect(operations.startNewQuarter).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Clear 2 lists' }));
    expect(operations.startNewQuarter).toHaveBeenCalledWith(PLAN);
    expect(within(dialog).getByRole('button', { name: 'Clear 2 lists' })).toBeDisabled();
    clearing.resolve({ cleared: [{ sheet: 'List 1', rows: 2100 }, { sheet: 'CLA', rows: 56 }] });
    expect(await screen.findByText(/Cleared "List 1" \(2,100 rows\), "CLA" \(56 rows\)\. Paste this quarter's extracts/)).toBeInTheDocument();
    await waitFor(() => expect(operations.surveyLists).toHaveBeenCalledTimes(2));
  });

  test('Cancel leaves the workbook alone', async () => {
    const user = userEvent.setup();
    const operations = renderPane(fakeOperations({ planNewQuarter: jest.fn().mockResolvedValue(PLAN) }));
    await user.click(screen.getByRole('button', { name: 'Start a new quarter' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Start a new quarter?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(operations.startNewQuarter).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Start a new quarter' })).toBeEnabled();
  });

  test('no rows anywhere: nothing to clear, no confirmation', async () => {
    const user = userEvent.setup();
    const operations = renderPane();
    await user.click(screen.getByRole('button', { name: 'Start a new quarter' }));
    expect(await screen.findByText('No list holds any rows: nothing to clear.')).toBeInTheDocument();
    expect(operations.startNewQuarter).not.toHaveBeenCalled();
  });

  test('a failure is shown with its reason', async () => {
    const user = userEvent.setup();
    renderPane(fakeOperations({ planNewQuarter: jest.fn().mockResolvedValue(PLAN), startNewQuarter: jest.fn().mockRejectedValue(new Error('Sheet is protected')) }));
    await user.click(screen.getByRole('button', { name: 'Start a new quarter' }));
    await user.click(await screen.findByRole('button', { name: 'Clear 2 lists' }));
    expect(await screen.findByText('Could not start a new quarter: Sheet is protected')).toBeInTheDocument();
  });
});
