/**
 * Browser bundle for the end-to-end test (built into test-output/dist-e2e/fake-excel.js and
 * injected by Playwright's addInitScript before the task pane's own script runs). It installs
 * the fake Excel as the page's `Excel`/`Office` globals, starting from an empty workbook, and
 * exposes a small control surface on window.__e2e for the test:
 *   state()                 the fake workbook's plain-data state (sheets, charts, selection)
 *   holdWhenProgress(min)   pause the next sync once the pane's progress bar reaches `min`
 *   isHeld() / release()    for the "during the build" screenshot
 */
import { installFakeExcel } from '../fakes/fake-excel';
import { FakeContext } from '../fakes/fake-context';
import type { FakeWorkbookState } from '../fakes/fake-state';

interface E2eControl {
  state(): FakeWorkbookState;
  holdWhenProgress(min: number): void;
  isHeld(): boolean;
  release(): void;
}

type Global = typeof globalThis & { __e2e?: E2eControl; Office?: unknown };
const page = globalThis as Global;

const installed = installFakeExcel(globalThis, []) as unknown;

/** The fake's state, wherever installFakeExcel put it (returned host or state). */
function workbookState(): FakeWorkbookState {
  const handle = installed as { state?: FakeWorkbookState; host?: { state: FakeWorkbookState } } & Partial<FakeWorkbookState>;
  if (handle.host?.state) return handle.host.state;
  if (handle.state) return handle.state;
  if (Array.isArray(handle.sheets)) return handle as FakeWorkbookState;
  throw new Error('installFakeExcel returned no workbook state');
}

/** A minimal Office global when the fake does not provide one: Excel on the web, every requirement set supported. */
function ensureOfficeGlobal(): void {
  const existing = page.Office as Record<string, unknown> | undefined;
  if (existing && typeof existing.onReady === 'function') return;
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  page.Office = {
    ...(existing ?? {}),
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: { requirements: { isSetSupported: () => true }, diagnostics: { host: 'Excel', platform: 'OfficeOnline', version: 'e2e' } },
    actions: { associate: () => undefined },
  };
}

/** Holding a sync freezes the build between two progress reports, like a slow workbook would. */
let holdThreshold: number | null = null;
let releaseHeld: (() => void) | null = null;

function progressNow(): number {
  const bar = document.querySelector('[role="progressbar"][aria-label^="Build progress"]');
  return Number(bar?.getAttribute('aria-valuenow') ?? 0);
}

const realSync = FakeContext.prototype.sync;
FakeContext.prototype.sync = async function heldSync(this: FakeContext): Promise<void> {
  if (holdThreshold !== null && progressNow() >= holdThreshold) {
    holdThreshold = null;
    await new Promise<void>((resolve) => {
      releaseHeld = resolve;
    });
    releaseHeld = null;
  }
  return realSync.call(this);
};

ensureOfficeGlobal();
page.__e2e = {
  state: workbookState,
  holdWhenProgress: (min: number) => {
    holdThreshold = min;
  },
  isHeld: () => releaseHeld !== null,
  release: () => releaseHeld?.(),
};
