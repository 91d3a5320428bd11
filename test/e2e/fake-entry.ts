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

// Typed loosely on purpose: this fills in a stand-in for Office, not the real typed namespace.
const page = globalThis as unknown as { __e2e?: E2eControl; Office?: Record<string, unknown> };

// An empty workbook, as an analyst would open the add-in in a new file.
const fake = installFakeExcel(globalThis, []);

/**
 * The fake defines Office.onReady and requirements; fill in what it leaves out (actions, enums)
 * in case the pane or a dependency touches them.
 */
function ensureOfficeGlobal(): void {
  const office = page.Office ?? {};
  page.Office = {
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    actions: { associate: () => undefined },
    ...office,
    HostType: { Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', ...(office.HostType as object), Excel: 'Excel' },
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
  state: () => fake.state,
  holdWhenProgress: (min: number) => {
    holdThreshold = min;
  },
  isHeld: () => releaseHeld !== null,
  release: () => releaseHeld?.(),
};
