/** Turns what the form holds into the options of buildInExcel. */
import type { BuildRequest } from './operations';
import type { FormValues } from './state';
import { parseFinancialYear, parseQuarter } from './periods';

/**
 * The authority is sent only when the analyst changed it: the prefilled value came from the
 * settings, and sending it back unchanged would pin it even after the Report Settings sheet
 * is edited between builds.
 */
export function toBuildRequest(form: FormValues, prefilledAuthority: string): BuildRequest {
  const request: BuildRequest = {
    financialYear: parseFinancialYear(form.financialYear),
    quarter: parseQuarter(form.quarter),
  };
  const authority = form.authority.trim();
  if (authority !== '' && authority !== prefilledAuthority.trim()) request.authority = authority;
  return request;
}
