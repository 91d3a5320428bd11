/**
 * The request context of the fake Excel: queues every write, load and method call until
 * `sync()`, then applies them in order to the plain-data workbook state, like Office does.
 * Reads of properties that were not loaded-and-synced throw PropertyNotLoaded.
 */
import { FakeOfficeError, type FakeWorkbookState } from './fake-state';

/** Excel on the web's limit on one request (and one response). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Fixed per-operation overhead of the request JSON (object path, method name). */
const OPERATION_OVERHEAD_BYTES = 40;

export interface FakeOperation {
  /** Running number over the whole fake (1-based). */
  seq: number;
  /** Sync (1-based, over the whole fake) that flushed it; 0 while queued. */
  sync: number;
  kind: 'set' | 'call' | 'load';
  /** What it acted on, e.g. "worksheet(Report)/range(A1:C3)". */
  target: string;
  member: string;
  /** Estimated request bytes of this operation. */
  bytes: number;
}

export interface SyncRecord {
  sync: number;
  operations: number;
  requestBytes: number;
  responseBytes: number;
}

export interface FailureInjection {
  /** Fail the Nth sync from now (1-based), before any of its operations is applied. */
  atSync?: number;
  /** Fail at the Nth operation from now (1-based) while applying it: earlier operations of that sync stay applied, as in Office. */
  atOperation?: number;
  /** With atSync: apply this many of that sync's operations first, then fail (a failure part-way through a batch). */
  afterOperations?: number;
  message?: string;
}

interface QueuedOperation {
  record: FakeOperation;
  apply: () => void;
  /** For loads: bytes of the response, measured after applying. */
  responseBytes?: () => number;
}

/** Shared bookkeeping of one fake workbook across all its contexts (Excel.run calls). */
export class FakeHost {
  readonly operations: FakeOperation[] = [];
  readonly syncs: SyncRecord[] = [];
  private opCounter = 0;
  private idCounter = 0;
  private failure: { atSync?: number; atOperation?: number; afterOperations?: number; message: string } | null = null;

  constructor(public state: FakeWorkbookState) {}

  get syncCount(): number {
    return this.syncs.length;
  }

  nextOperationSeq(): number {
    this.opCounter += 1;
    return this.opCounter;
  }

  newId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}${this.idCounter}`;
  }

  injectFailure(injection: FailureInjection): void {
    this.failure = {
      atSync: injection.atSync === undefined ? undefined : this.syncs.length + injection.atSync,
      atOperation: injection.atOperation === undefined ? undefined : this.opCounter + injection.atOperation,
      afterOperations: injection.afterOperations,
      message: injection.message ?? 'injected failure',
    };
  }

  clearFailure(): void {
    this.failure = null;
  }

  /** Throws when the injected failure is due at this sync number, after `applied` of its operations. */
  checkSyncFailure(syncNumber: number, applied: number): void {
    if (this.failure?.atSync === syncNumber && (this.failure.afterOperations ?? 0) === applied) {
      const message = this.failure.message;
      this.failure = null;
      throw new FakeOfficeError('GeneralException', message);
    }
  }

  checkOperationFailure(seq: number): void {
    if (this.failure?.atOperation === seq) {
      const message = this.failure.message;
      this.failure = null;
      throw new FakeOfficeError('GeneralException', message);
    }
  }
}

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  const text = JSON.stringify(value) ?? '';
  // UTF-8 length without Node's Buffer (the fake also runs in the browser).
  return new TextEncoder().encode(text).length;
}

export class FakeContext {
  private queue: QueuedOperation[] = [];
  /** Placeholder so code that checks `context.trackedObjects` does not crash. */
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  /** Set by fake-excel.ts (avoids an import cycle with the workbook proxy). */
  workbook!: unknown;

  constructor(readonly host: FakeHost) {}

  get state(): FakeWorkbookState {
    return this.host.state;
  }

  enqueue(kind: FakeOperation['kind'], target: string, member: string, payload: unknown, apply: () => void, responseBytes?: () => number): void {
    const record: FakeOperation = {
      seq: this.host.nextOperationSeq(),
      sync: 0,
      kind,
      target,
      member,
      bytes: OPERATION_OVERHEAD_BYTES + jsonBytes(payload),
    };
    this.host.operations.push(record);
    this.queue.push({ record, apply, responseBytes });
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const syncNumber = this.host.syncs.length + 1;
    const requestBytes = batch.reduce((sum, op) => sum + op.record.bytes, 0);
    const record: SyncRecord = { sync: syncNumber, operations: batch.length, requestBytes, responseBytes: 0 };
    this.host.syncs.push(record);
    for (const op of batch) op.record.sync = syncNumber;
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes exceeds 5 MB`);
    }
    let applied = 0;
    for (const op of batch) {
      this.host.checkSyncFailure(syncNumber, applied);
      this.host.checkOperationFailure(op.record.seq);
      op.apply();
      applied += 1;
      if (op.responseBytes) record.responseBytes += op.responseBytes();
    }
    this.host.checkSyncFailure(syncNumber, applied);
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${record.responseBytes} bytes exceeds 5 MB`);
    }
    await Promise.resolve();
  }
}

/**
 * Base of every proxy: holds what the last synced load brought back, and throws like Office on
 * reading anything else.
 */
export abstract class FakeProxy {
  protected readonly loadedValues = new Map<string, unknown>();
  protected loadedAny = false;

  constructor(
    protected readonly context: FakeContext,
    readonly describe: string,
  ) {}

  protected read<T>(property: string): T {
    if (!this.loadedValues.has(property)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${property}' of ${this.describe} is not available. Call load() and context.sync() before reading it.`,
      );
    }
    return this.loadedValues.get(property) as T;
  }

  protected write(member: string, payload: unknown, apply: () => void): void {
    this.context.enqueue('set', this.describe, member, payload, apply);
  }

  protected call(member: string, payload: unknown, apply: () => void): void {
    this.context.enqueue('call', this.describe, member, payload, apply);
  }

  /** Scalar properties that `load()` with no argument brings back. */
  protected abstract defaultLoadProperties(): string[];

  /** Reads one property from the state (at sync time). */
  protected abstract snapshotProperty(property: string): unknown;

  load(properties?: string | string[] | { select?: string }): this {
    const names = normaliseLoadArgument(properties, this.defaultLoadProperties());
    let response: Record<string, unknown> = {};
    this.context.enqueue(
      'load',
      this.describe,
      `load(${names.join(',')})`,
      names,
      () => {
        response = {};
        for (const name of names) {
          const value = this.snapshotProperty(name);
          response[name] = value;
          this.loadedValues.set(name, value);
        }
        this.loadedAny = true;
      },
      () => jsonBytes(response),
    );
    return this;
  }
}

export function normaliseLoadArgument(properties: string | string[] | { select?: string } | undefined, defaults: string[]): string[] {
  if (properties === undefined) return defaults;
  if (typeof properties === 'string') return splitProperties(properties);
  if (Array.isArray(properties)) return properties.flatMap(splitProperties);
  return properties.select ? splitProperties(properties.select) : defaults;
}

function splitProperties(text: string): string[] {
  return text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
