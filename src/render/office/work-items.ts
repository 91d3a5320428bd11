/**
 * An item of queued Office.js work with its estimated request size. The batch runner puts items
 * into syncs so that each request stays well under Excel on the web's 5 MB limit.
 */

export interface WorkItem {
  /** Estimated bytes of the request this item adds. */
  bytes: number;
  /** Queues the item's operations on the context (no sync). */
  queue: () => void;
}

/** Rough request bytes of one queued operation besides its payload (object path, ids, method). */
export const OPERATION_BYTES = 200;

/** Budget for one sync: well under 5 MB, leaving room for the estimate's error. */
export const REQUEST_BUDGET_BYTES = 1_500_000;

export function workItem(operations: number, payloadBytes: number, queue: () => void): WorkItem {
  return { bytes: operations * OPERATION_BYTES + payloadBytes, queue };
}

/**
 * Queues the items in order, syncing whenever the next item would take the batch over the budget
 * (an item bigger than the budget goes alone). `beginBatch` runs at the start of every batch (to
 * suspend screen updating again: it lasts only until the next sync). Returns the syncs made.
 */
export async function runInBatches(
  context: Excel.RequestContext,
  items: readonly WorkItem[],
  beginBatch: () => void,
  budgetBytes = REQUEST_BUDGET_BYTES,
  onSync?: (done: number, total: number) => void,
): Promise<number> {
  let syncs = 0;
  let used = 0;
  let started = false;
  for (let i = 0; i < items.length; i++) {
    const next = items[i];
    if (started && used + next.bytes > budgetBytes) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~1 MB chunk is the point: it keeps requests under 5 MB
      await context.sync();
      syncs += 1;
      onSync?.(i, items.length);
      started = false;
      used = 0;
    }
    if (!started) {
      beginBatch();
      started = true;
    }
    next.queue();
    used += next.bytes;
  }
  if (started) {
    await context.sync();
    syncs += 1;
    onSync?.(items.length, items.length);
  }
  return syncs;
}
