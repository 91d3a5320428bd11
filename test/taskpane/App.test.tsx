/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/components/App';
import type { BuildOutcome } from '../../src/taskpane/operations';
import { DATE_PROBLEM, deferred, fakeOperations, sampleOutcome } from './fixtures';

// The real src/office modules need Office.js; the pane receives the operations as a prop, and
// this guards against a component importing them directly.
jest.mock('../../src/taskpane/operations', () => ({ officeOperations: null }));

function renderPane(operations = fakeOperations(), inExcel = true) {
  render(<App inExcel={inExcel} operations={operations} authority="Worcestershire" />);
  return operations;
}

describe('task pane', () => {
  test('idle: period form with defaults, authority prefilled, Build report enabled', () => {
    renderPane();
    expect(screen.getByLabelText('Financial year')).toHaveValue('');
    expect(screen.getByRole('option', { name: 'From the data' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '2019/20' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '2026/27' })).toBeInTheDocument();
    expect(screen.getByLabelText('Quarter')).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Last complete quarter' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Authority/)).toHaveValue('Worcestershire');
    expect(screen.getByRole('button', { name: 'Build report' })).toBeEnabled();
    expect(screen.queryByRole('progressbar', { name: /^Build progress/ })).not.toBeInTheDocument();
  });

  test('building: progress bar shows the step text and the fraction, then the summary', async () => {
    const user = userEvent.setup();
    const held = deferred<BuildOutcome>();
    let report: (step: string, fraction: number) => void = () => undefined;
    const operations = renderPane(
      fakeOperations({
        buildInExcel: jest.fn((_options, onProgress) => {
          report = onProgress;
          return held.promise;
        }),
      }),
    );
    await user.selectOptions(screen.getByLabelText('Financial year'), '2021');
    await user.selectOptions(screen.getByLabelText('Quarter'), '2');
    await user.click(screen.getByRole('button', { name: 'Build report' }));

    // Same authority as the prefill: not sent, so the Report Settings sheet stays in charge.
    expect(operations.buildInExcel).toHaveBeenCalledWith({ financialYear: 2021, quarter: 2 }, expect.any(Function));
    expect(screen.getByRole('button', { name: /Building/ })).toBeDisabled();
    expect(screen.getByLabelText('Financial year')).toBeDisabled();

    act(() => report('Reading List 3 (Referrals)', 0.35));
    expect(screen.getByText('Reading List 3 (Referrals)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: /^Build progress/ })).toHaveAttribute('aria-valuenow', '0.35');
    expect(screen.getByRole('progressbar', { name: /^Build progress/ })).toHaveAttribute('aria-valuemax', '1');

    // A step reporting a smaller fraction does not move the bar back.
    act(() => report('Writing charts', 0.2));
    expect(screen.getByText('Writing charts')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: /^Build progress/ })).toHaveAttribute('aria-valuenow', '0.35');

    await act(async () => held.resolve(sampleOutcome()));
    expect(screen.queryByRole('progressbar', { name: /^Build progress/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('indicators-available')).toHaveTextContent('21/23');
  });

  test('a changed authority is sent with the build', async () => {
    const user = userEvent.setup();
    const operations = renderPane(fakeOperations({ buildInExcel: jest.fn().mockResolvedValue(sampleOutcome()) }));
    const authority = screen.getByLabelText(/^Authority/);
    await user.clear(authority);
    await user.type(authority, 'Herefordshire');
    await user.click(screen.getByRole('button', { name: 'Build report' }));
    expect(operations.buildInExcel).toHaveBeenCalledWith(
      { financialYear: null, quarter: null, authority: 'Herefordshire' },
      expect.any(Function),
    );
  });

  test('done: summary numbers, lists read, problems; clicking a problem selects its cell', async () => {
    const user = userEvent.setup();
    const operations = renderPane(fakeOperations({ buildInExcel: jest.fn().mockResolvedValue(sampleOutcome()) }));
    await user.click(screen.getByRole('button', { name: 'Build report' }));

    expect(await screen.findByTestId('indicators-available')).toHaveTextContent('21/23');
    expect(screen.getByTestId('problems-count')).toHaveTextContent('3');
    expect(screen.getByText('Quarter 2 2021/22')).toBeInTheDocument();
    expect(screen.getByText('2.5 s')).toBeInTheDocument();
    const lists = within(screen.getByRole('table', { name: 'Lists read' }));
    expect(lists.getByRole('row', { name: /1 Contacts Contacts 1,234 2/ })).toBeInTheDocument();
    expect(lists.getByRole('row', { name: /3 Referrals List 3 56 1/ })).toBeInTheDocument();

    const problems = within(screen.getByRole('region', { name: 'Problems' }));
    expect(problems.getByText('First 2 of 3 problems — click one to go to the cell.')).toBeInTheDocument();
    // The missing-list warning names no cell, so it is text, not a button.
    expect(problems.getAllByRole('button')).toHaveLength(1);
    expect(problems.getByText('List 8 (Children in care) was not found in the workbook')).toBeInTheDocument();

    await user.click(problems.getByRole('button', { name: /List 3 · row 17 · Date of Referral\s*not a date/ }));
    expect(operations.selectProblemCell).toHaveBeenCalledTimes(1);
    expect(operations.selectProblemCell).toHaveBeenCalledWith(DATE_PROBLEM);
  });

  test('a problem cell that cannot be selected leaves the summary and shows a warning', async () => {
    const user = userEvent.setup();
    renderPane(
      fakeOperations({
        buildInExcel: jest.fn().mockResolvedValue(sampleOutcome()),
        selectProblemCell: jest.fn().mockRejectedValue(new Error('The sheet "List 3" was deleted')),
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Build report' }));
    await user.click(await screen.findByRole('button', { name: /row 17/ }));
    expect(await screen.findByText('Could not select that cell: The sheet "List 3" was deleted')).toBeInTheDocument();
    expect(screen.getByTestId('indicators-available')).toHaveTextContent('21/23');
  });

  test('failed: the error message is shown and the analyst can build again', async () => {
    const user = userEvent.setup();
    const buildInExcel = jest
      .fn()
      .mockRejectedValueOnce(new Error('A sheet named "District Summary" exists and was not made by the add-in'))
      .mockResolvedValueOnce(sampleOutcome());
    renderPane(fakeOperations({ buildInExcel }));
    await user.click(screen.getByRole('button', { name: 'Build report' }));

    expect(await screen.findByText('The report was not built')).toBeInTheDocument();
    expect(screen.getByText('A sheet named "District Summary" exists and was not made by the add-in')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Build report' }));
    expect(await screen.findByTestId('indicators-available')).toHaveTextContent('21/23');
    expect(screen.queryByText('The report was not built')).not.toBeInTheDocument();
    expect(buildInExcel).toHaveBeenCalledTimes(2);
  });

  test('secondary actions call their operation and confirm', async () => {
    const user = userEvent.setup();
    const operations = renderPane();
    await user.click(screen.getByRole('button', { name: 'Insert sample data' }));
    expect(operations.insertSampleData).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Sample data inserted/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Create blank source sheets' }));
    expect(operations.createBlankSourceSheets).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Blank source sheets created/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(operations.openSettings).toHaveBeenCalledTimes(1);
    expect(operations.buildInExcel).not.toHaveBeenCalled();
  });

  test('a failing secondary action shows its message', async () => {
    const user = userEvent.setup();
    renderPane(fakeOperations({ openSettings: jest.fn().mockRejectedValue(new Error('The workbook is protected')) }));
    await user.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(await screen.findByText('The workbook is protected')).toBeInTheDocument();
  });

  test('outside Excel: explains where to open it, no build controls, no host check', () => {
    const operations = renderPane(fakeOperations(), false);
    expect(screen.getByRole('heading', { name: 'Open this add-in from Excel: Home → Build report' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Build report' })).not.toBeInTheDocument();
    expect(operations.detectHost).not.toHaveBeenCalled();
  });

  test('an Excel too old for the requirement set shows the host message', () => {
    renderPane(fakeOperations({ detectHost: jest.fn().mockReturnValue({ ok: false, message: 'Excel API 1.12 is not supported here.' }) }));
    expect(screen.getByRole('heading', { name: 'This version of Excel cannot build the report' })).toBeInTheDocument();
    expect(screen.getByText('Excel API 1.12 is not supported here.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Build report' })).not.toBeInTheDocument();
  });
});
