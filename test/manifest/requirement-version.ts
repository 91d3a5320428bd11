/**
 * The ExcelApi minimum version that src/office/requirements.ts declares, whatever shape the
 * constant takes there ("1.12", or { set: 'ExcelApi', version: '1.12' } and the like). Exactly
 * one version string must be found, so a second, conflicting constant also fails the test.
 */
const VERSION = /^1\.\d+$/;

function versionsIn(value: unknown): string[] {
  if (typeof value === 'string') return VERSION.test(value) ? [value] : [];
  if (typeof value === 'number') return VERSION.test(String(value)) ? [String(value)] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(versionsIn);
  return [];
}

export function excelApiMinVersion(requirementsModule: Record<string, unknown>): string {
  const found = [...new Set(Object.values(requirementsModule).flatMap(versionsIn))];
  if (found.length !== 1) throw new Error(`expected one ExcelApi version in requirements.ts, found ${JSON.stringify(found)}`);
  return found[0];
}
