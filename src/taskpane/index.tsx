/**
 * Task-pane entry: waits for Office.js, then renders the pane. When the page is opened outside
 * Excel (a plain browser tab, or another Office app) Office.onReady still resolves, with a host
 * other than Excel, and the pane explains where to open it instead.
 */
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { officeOperations } from './operations';
import { DEFAULT_AUTHORITY } from './authority';
import { readConfiguredAuthority } from '../office/configured-authority';

function mount(inExcel: boolean, authority = DEFAULT_AUTHORITY): void {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container');
  createRoot(container).render(<App inExcel={inExcel} operations={officeOperations} authority={authority} />);
}

/** In Excel, the form shows the authority of the workbook's Report Settings (else the default). */
async function mountInExcel(): Promise<void> {
  const configured = await readConfiguredAuthority().catch(() => null);
  mount(true, configured ?? DEFAULT_AUTHORITY);
}

if (typeof Office === 'undefined') {
  // office.js did not load (opened from disk, or the CDN is blocked): explain rather than stay blank.
  mount(false);
} else {
  void Office.onReady((info) => (info.host === Office.HostType.Excel ? mountInExcel() : mount(false)));
}
