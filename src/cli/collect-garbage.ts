/**
 * A full garbage collection between two large lists, for the command line's memory peak.
 *
 * Why: V8 collects its old generation lazily, so after a list is parsed its raw values (garbage
 * by then) stay in the heap while the next list is read and parsed; at scale 10 that made the
 * process peak at ~640 MB where the live data never exceeds ~450 MB (docs/performance.md
 * "Whole process"). One full collection after each large list costs far less than it saves.
 * Node exposes `gc` only with --expose-gc; the flag is set here at run time and the function
 * taken from a fresh context, the documented way to reach it without a command-line flag. When
 * it is not available the build simply goes on without it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Lists with fewer rows than this are not worth a collection (scale 1's largest has ~23,000). */
export const LARGE_LIST_ROWS = 100_000;

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
