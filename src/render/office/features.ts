/**
 * Which optional Excel API pieces the host offers. The add-in requires ExcelApi 1.8
 * (src/office/requirements.ts); print setup and suspending screen updating need 1.9 and are
 * skipped (with a log line) on hosts without it.
 */

export interface HostFeatures {
  /** ExcelApi 1.9: worksheet.pageLayout, application.suspendScreenUpdatingUntilNextSync. */
  pageLayout: boolean;
  suspendScreenUpdating: boolean;
}

export function isExcelApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

export function detectFeatures(): HostFeatures {
  const has19 = isExcelApiSupported('1.9');
  return { pageLayout: has19, suspendScreenUpdating: has19 };
}
