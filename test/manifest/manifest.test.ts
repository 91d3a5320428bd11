/** @jest-environment jsdom */
/**
 * The manifest is what Excel reads before any of our code runs: a typo there means the add-in
 * silently does not appear. These checks parse it with the browser's XML parser (jsdom) and
 * cross-check it against the code (requirement set) and the assets folder (icon sizes).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { getOfficeAppForManifestHost } from 'office-addin-manifest';
import { REQUIRED_EXCEL_API } from '../../src/office/requirements';
import { pngSize } from './png-size';

const ROOT = join(__dirname, '..', '..');
const DEV_ORIGIN = 'https://localhost:3000';
const OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const BASIC_TYPES_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

function parseManifest(): Document {
  const text = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  return new DOMParser().parseFromString(text, 'application/xml');
}

const manifest = parseManifest();

/** Elements by local name anywhere in the document (the manifest mixes three namespaces). */
function all(localName: string): Element[] {
  return Array.from(manifest.getElementsByTagNameNS('*', localName));
}

function only(localName: string): Element {
  const found = all(localName);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The DefaultValue of the bt:Url / bt:Image resource with this id. */
function resource(id: string): string {
  const match = all('Url')
    .concat(all('Image'))
    .find((el) => el.namespaceURI === BASIC_TYPES_NS && el.getAttribute('id') === id);
  if (!match) throw new Error(`resource ${id} not in manifest`);
  return match.getAttribute('DefaultValue') ?? '';
}

describe('manifest.xml', () => {
  test('is well-formed XML with OfficeApp of type TaskPaneApp at the root', () => {
    expect(manifest.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(manifest.documentElement.localName).toBe('OfficeApp');
    expect(manifest.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  test('the well-formedness check does catch a broken document', () => {
    const broken = new DOMParser().parseFromString('<OfficeApp><Id></OfficeApp>', 'application/xml');
    expect(broken.getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  });

  test('identity: fixed GUID, version 0.1.0.0, en-GB, display name', () => {
    expect(only('Id').textContent).toBe('4c3e2b71-8d5a-4f0e-9b6c-2a7d1e5f9c30');
    expect(only('Version').textContent).toBe('0.1.0.0');
    expect(only('DefaultLocale').textContent).toBe('en-GB');
    expect(only('DisplayName').getAttribute('DefaultValue')).toBe("Children's Services Report Builder");
    expect(only('Permissions').textContent).toBe('ReadWriteDocument');
  });

  test('hosts only Workbook, which office-addin-manifest maps to Excel', () => {
    const hosts = all('Host').filter((el) => el.parentElement?.parentElement === manifest.documentElement);
    expect(hosts.map((el) => el.getAttribute('Name'))).toEqual(['Workbook']);
    expect(getOfficeAppForManifestHost('Workbook')).toBe('excel');
  });

  test('declares the ExcelApi requirement set that src/office/requirements.ts uses', () => {
    const sets = all('Set').filter((el) => el.getAttribute('Name') === 'ExcelApi');
    expect(sets).toHaveLength(1);
    expect(sets[0].getAttribute('MinVersion')).toBe(REQUIRED_EXCEL_API);
    expect(REQUIRED_EXCEL_API).toBe('1.8');
    expect(only('Sets').getAttribute('DefaultMinVersion')).toBe('1.1');
  });

  test('task pane opens taskpane.html from the dev server', () => {
    const source = only('DefaultSettings').getElementsByTagNameNS('*', 'SourceLocation');
    expect(source).toHaveLength(1);
    expect(source[0].getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  test('Home tab has a "Build report" button that shows the task pane', () => {
    const tab = only('OfficeTab');
    expect(tab.namespaceURI).toBe(OVERRIDES_NS);
    expect(tab.getAttribute('id')).toBe('TabHome');
    const button = all('Control').find((el) => el.getAttribute('xsi:type') === 'Button');
    if (!button) throw new Error('no button');
    const labelId = button.getElementsByTagNameNS(OVERRIDES_NS, 'Label')[0].getAttribute('resid');
    const label = all('String').find((el) => el.getAttribute('id') === labelId);
    expect(label?.getAttribute('DefaultValue')).toBe('Build report');
    const action = button.getElementsByTagNameNS(OVERRIDES_NS, 'Action')[0];
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(action.getElementsByTagNameNS(OVERRIDES_NS, 'TaskpaneId')[0].textContent).toBe('CscReport.Taskpane');
    const urlId = action.getElementsByTagNameNS(OVERRIDES_NS, 'SourceLocation')[0].getAttribute('resid') ?? '';
    expect(resource(urlId)).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  test('function file is commands.html', () => {
    const resid = only('FunctionFile').getAttribute('resid') ?? '';
    expect(resource(resid)).toBe(`${DEV_ORIGIN}/commands.html`);
  });

  test('every icon URL names a PNG in assets/ of the stated pixel size', () => {
    const stated: { url: string; size: number }[] = [
      { url: only('IconUrl').getAttribute('DefaultValue') ?? '', size: 32 },
      { url: only('HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', size: 64 },
    ];
    for (const image of all('Image').filter((el) => el.getAttribute('size'))) {
      stated.push({ url: resource(image.getAttribute('resid') ?? ''), size: Number(image.getAttribute('size')) });
    }
    // 2 top-level icons + 3 sizes for the group + 3 for the button.
    expect(stated).toHaveLength(8);
    for (const { url, size } of stated) {
      expect(url.startsWith(`${DEV_ORIGIN}/assets/`)).toBe(true);
      const file = join(ROOT, url.slice(DEV_ORIGIN.length + 1));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });
});
