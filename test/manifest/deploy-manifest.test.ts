/** @jest-environment jsdom */
/**
 * The deployable manifest (`npm run build -- --env publicUrl=…`): webpack.config.js copies
 * manifest.xml into dist/ with every URL under the hosting address. These tests take the
 * transform from the webpack configuration itself (so the wiring from --env to dist/ is what is
 * tested, without bundling), then check the result's URLs and its structure offline: the
 * office-addin-manifest package's own reader (its schema validation is an online service) and our
 * XML checks of what Office requires.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = join(__dirname, '..', '..');
const DEV_MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const PUBLIC_URL = 'https://example.org/csc/';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { normalisePublicUrl } = require('../../scripts/manifest-for-host') as { normalisePublicUrl: (text: string) => string };

interface CopyPattern {
  from: string;
  to: string;
  transform?: (content: Buffer) => string | Buffer;
}
interface WebpackConfig {
  plugins: object[];
}

/** webpack.config.js's configuration for these --env values, as `webpack --mode production` gets it. */
async function webpackConfig(env: Record<string, string>): Promise<WebpackConfig> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require('../../webpack.config.js') as (env: object, argv: object) => Promise<WebpackConfig>;
  return configure(env, { mode: 'production' });
}

function copyPatterns(config: WebpackConfig): CopyPattern[] {
  const copy = config.plugins.find((plugin) => plugin.constructor.name === 'CopyPlugin') as { patterns: CopyPattern[] } | undefined;
  if (!copy) throw new Error('no CopyWebpackPlugin in webpack.config.js');
  return copy.patterns;
}

/** What the build writes as dist/manifest.xml. */
async function builtManifest(env: Record<string, string>): Promise<string> {
  const pattern = copyPatterns(await webpackConfig(env)).find((p) => p.to === 'manifest.xml');
  if (!pattern) throw new Error('manifest.xml is not copied into dist/');
  return String(pattern.transform ? pattern.transform(Buffer.from(DEV_MANIFEST)) : DEV_MANIFEST);
}

/** Files the build puts in dist/: the two HTML pages it generates and what it copies. */
async function distFiles(): Promise<(path: string) => boolean> {
  const config = await webpackConfig({ publicUrl: PUBLIC_URL });
  const pages = config.plugins
    .filter((plugin) => plugin.constructor.name === 'HtmlWebpackPlugin')
    .map((plugin) => (plugin as { userOptions: { filename: string } }).userOptions.filename);
  const copied = copyPatterns(config);
  return (path) =>
    pages.includes(path) ||
    copied.some((p) => (p.to === path && existsSync(join(ROOT, p.from))) || (path.startsWith(`${p.to}/`) && existsSync(join(ROOT, p.from, path.slice(p.to.length + 1)))));
}

/**
 * office-addin-manifest's reader (OfficeAddinManifest.readManifestFile), run in plain Node: its
 * module graph loads an ES module that jest's CommonJS runtime cannot (and jest.config.js maps the
 * package to officeApp.js for that reason).
 */
function readWithOfficeAddinManifest(file: string): { id?: string; version?: string; officeAppType?: string; hosts?: string[]; iconUrl?: string; supportUrl?: string; defaultSettings?: { sourceLocation?: string } } {
  const script = "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((info) => process.stdout.write(JSON.stringify(info)))";
  return JSON.parse(execFileSync(process.execPath, ['-e', script, file], { cwd: ROOT, encoding: 'utf8' })) as ReturnType<typeof readWithOfficeAddinManifest>;
}

function parse(text: string): Document {
  return new DOMParser().parseFromString(text, 'application/xml');
}

/** Every URL the manifest gives Office: attribute values and element text (namespace declarations are names, not addresses). */
function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name !== 'xmlns' && !attr.name.startsWith('xmlns:') && /^[a-z]+:\/\//i.test(attr.value)) found.push(attr.value);
    }
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === node.TEXT_NODE && /^\s*[a-z]+:\/\//i.test(node.textContent ?? '')) found.push((node.textContent ?? '').trim());
    }
  }
  return found;
}

/** The order of OfficeApp's children that the TaskPaneApp schema's sequence requires (those we use). */
const OFFICE_APP_ORDER = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
const BASIC_TYPES_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

/** Structural problems Office would refuse the manifest for, as messages (empty: none found). */
function structureProblems(text: string): string[] {
  const doc = parse(text);
  if (doc.getElementsByTagName('parsererror').length > 0) return ['not well-formed XML'];
  const problems: string[] = [];
  const root = doc.documentElement;
  if (root.localName !== 'OfficeApp' || root.getAttribute('xsi:type') !== 'TaskPaneApp') problems.push('root is not OfficeApp of type TaskPaneApp');
  const children = Array.from(root.children).map((el) => el.localName);
  const unknown = children.filter((name) => !OFFICE_APP_ORDER.includes(name));
  if (unknown.length > 0) problems.push(`unexpected OfficeApp children: ${unknown.join(', ')}`);
  const positions = children.filter((name) => OFFICE_APP_ORDER.includes(name)).map((name) => OFFICE_APP_ORDER.indexOf(name));
  if (positions.some((p, i) => i > 0 && p <= positions[i - 1])) problems.push(`OfficeApp children out of the schema's order: ${children.join(', ')}`);
  for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings']) {
    if (!children.includes(required)) problems.push(`OfficeApp has no ${required}`);
  }
  const text1 = (name: string) => root.getElementsByTagNameNS('*', name)[0]?.textContent ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text1('Id'))) problems.push('Id is not a GUID');
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text1('Version'))) problems.push('Version is not n.n.n.n');
  // Resources: unique ids of at most 32 characters; every resid names one; string lengths within Office's limits.
  const resources = Array.from(doc.getElementsByTagNameNS(BASIC_TYPES_NS, '*')).filter((el) => el.hasAttribute('id'));
  const ids = resources.map((el) => el.getAttribute('id') ?? '');
  for (const id of ids) {
    if (id.length > 32) problems.push(`resource id longer than 32 characters: ${id}`);
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`resource id used twice: ${id}`);
  }
  for (const el of Array.from(doc.getElementsByTagName('*')).filter((e) => e.hasAttribute('resid'))) {
    const resid = el.getAttribute('resid') ?? '';
    if (!ids.includes(resid)) problems.push(`${el.localName} refers to the undefined resource ${resid}`);
  }
  for (const [group, limit] of [['ShortStrings', 125], ['LongStrings', 250]] as const) {
    for (const group1 of Array.from(doc.getElementsByTagNameNS(BASIC_TYPES_NS, group))) {
      for (const el of Array.from(group1.children)) {
        if ((el.getAttribute('DefaultValue') ?? '').length > limit) problems.push(`${group} ${el.getAttribute('id')} is longer than ${limit} characters`);
      }
    }
  }
  if (urls(doc).some((url) => !url.startsWith('https://'))) problems.push('a URL is not https');
  return problems;
}

describe('normalisePublicUrl', () => {
  it('gives the address with exactly one trailing slash', () => {
    expect(normalisePublicUrl('https://example.org/csc')).toBe('https://example.org/csc/');
    expect(normalisePublicUrl(' https://example.org/csc// ')).toBe('https://example.org/csc/');
    expect(normalisePublicUrl('https://reports.example.gov.uk')).toBe('https://reports.example.gov.uk/');
  });

  it('refuses what Office cannot load from, saying why', () => {
    expect(() => normalisePublicUrl('http://example.org/csc/')).toThrow('publicUrl must start with https://');
    expect(() => normalisePublicUrl('example.org/csc')).toThrow('publicUrl must be an absolute address');
    expect(() => normalisePublicUrl('https://example.org/csc/?v=2')).toThrow('must not have a query or a fragment');
  });

  it('stops the webpack configuration before anything is built', async () => {
    await expect(webpackConfig({ publicUrl: 'http://example.org/' })).rejects.toThrow('publicUrl must start with https://');
  });
});

describe('dist/manifest.xml built with --env publicUrl=https://example.org/csc/', () => {
  let text: string;
  beforeAll(async () => {
    text = await builtManifest({ publicUrl: PUBLIC_URL });
  });

  it('has every URL under that address, and every one of them', () => {
    const found = urls(parse(text));
    // 2 top-level icons, the support page, the task pane source, 3 ribbon icons, 3 ribbon URLs.
    expect(found).toHaveLength(10);
    expect(found.filter((url) => !url.startsWith(PUBLIC_URL))).toEqual([]);
    expect(text).not.toContain('localhost');
  });

  it('points each URL at a file the build puts in dist/', async () => {
    const inDist = await distFiles();
    const missing = urls(parse(text))
      .map((url) => url.slice(PUBLIC_URL.length))
      .filter((path) => !inDist(path));
    expect(missing).toEqual([]);
    expect(inDist('no-such-page.html')).toBe(false);
  });

  it('passes our structure checks', () => {
    expect(structureProblems(text)).toEqual([]);
  });

  it("reads back through office-addin-manifest's own manifest reader", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'csc-manifest-')), 'manifest.xml');
    writeFileSync(file, text);
    const info = readWithOfficeAddinManifest(file);
    expect(info.id).toBe('4c3e2b71-8d5a-4f0e-9b6c-2a7d1e5f9c30');
    expect(info.version).toBe('0.1.0.0');
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.defaultSettings?.sourceLocation).toBe(`${PUBLIC_URL}taskpane.html`);
    expect(info.iconUrl).toBe(`${PUBLIC_URL}assets/icon-32.png`);
    expect(info.supportUrl).toBe(`${PUBLIC_URL}support.html`);
  });

  it('keeps everything else of the development manifest (only the URLs and the note differ)', () => {
    const strip = (xml: string) => xml.replace(/<!--[\s\S]*?-->/, '').split('https://localhost:3000/').join('').split(PUBLIC_URL).join('');
    expect(strip(text)).toBe(strip(DEV_MANIFEST));
  });
});

describe('the development build', () => {
  it('copies manifest.xml as it is (https://localhost:3000)', async () => {
    expect(await builtManifest({})).toBe(DEV_MANIFEST);
  });

  it('manifest.xml passes the same structure checks', () => {
    expect(structureProblems(DEV_MANIFEST)).toEqual([]);
  });
});

describe('the structure checks find what they look for', () => {
  it('an element out of order, an undefined resource, a long id, a non-https URL', () => {
    const broken = DEV_MANIFEST.replace('<Version>0.1.0.0</Version>', '')
      .replace('<DefaultLocale>', '<Version>0.1.0.0</Version><DefaultLocale>')
      .replace('resid="Taskpane.Url"', 'resid="No.Such.Url"')
      .replace('<bt:Url id="Commands.Url"', '<bt:Url id="Commands.Url.With.A.Very.Long.Name"')
      .replace('https://localhost:3000/support.html"/>\n  <Hosts>', 'http://localhost:3000/support.html"/>\n  <Hosts>');
    expect(structureProblems(broken)).toEqual([
      'OfficeApp children out of the schema\'s order: Id, ProviderName, Version, DefaultLocale, DisplayName, Description, IconUrl, HighResolutionIconUrl, SupportUrl, Hosts, Requirements, DefaultSettings, Permissions, VersionOverrides',
      'resource id longer than 32 characters: Commands.Url.With.A.Very.Long.Name',
      'FunctionFile refers to the undefined resource Commands.Url',
      'SourceLocation refers to the undefined resource No.Such.Url',
      'a URL is not https',
    ]);
  });
});
