/** Is the add-in running in an Excel that offers the API it needs? */
import { REQUIRED_EXCEL_API } from './requirements';

export const OLD_HOST_MESSAGE =
  `This add-in needs Excel with the ExcelApi ${REQUIRED_EXCEL_API} requirement set: Microsoft 365, Excel 2019 or later, or Excel on the web. ` +
  'Update Excel, or build the report with the command line instead (npx csc-report build).';

export function detectHost(): { ok: boolean; message?: string } {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.context?.requirements) return { ok: false, message: 'Open this add-in from Excel: Home → Build report.' };
  return office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API) ? { ok: true } : { ok: false, message: OLD_HOST_MESSAGE };
}
