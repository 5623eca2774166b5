/**
 * The storage behind the progress store. Three implementations, tried in this order: IndexedDB, localStorage, and
 * memory (which lasts only as long as the tab). The store never sees which one it has, except to tell the learner.
 */
import type { QuarantineEntry } from '../../../schema/progress';

export type PersistenceKind = 'indexeddb' | 'localstorage' | 'memory';

/** What one atomic update does to one record. */
export interface UpdateStep {
  /** The new value to store under the key. */
  put?: unknown;
  /** Remove the value under the key (only ever together with `quarantine`: data is moved aside, never dropped). */
  remove?: boolean;
  /** Keep this entry in the quarantine. */
  quarantine?: QuarantineEntry;
}

export interface StorageAdapter {
  readonly kind: PersistenceKind;
  /** The value stored under `key`, exactly as stored (localStorage holds JSON text), or undefined. */
  get(key: string): Promise<unknown>;
  /** Every stored record as [key, value] pairs (quarantine excluded). */
  entries(): Promise<Array<[string, unknown]>>;
  /**
   * Atomic read-modify-write of one record: `change` gets the current value and says what to do. It runs
   * synchronously inside the transaction, so two tabs updating the same record never lose each other's change.
   * Rejects with the storage's own error (e.g. a DOMException named QuotaExceededError).
   */
  update(key: string, change: (current: unknown) => UpdateStep): Promise<void>;
  /** Replaces every record with `entries` in one step; the quarantine is kept, plus any `quarantine` given. */
  replaceAll(entries: Array<[string, unknown]>, quarantine?: QuarantineEntry[]): Promise<void>;
  /** Adds entries to the quarantine (e.g. those an imported file carried). */
  keepAside(entries: QuarantineEntry[]): Promise<void>;
  /** Everything kept aside, oldest first. */
  quarantine(): Promise<QuarantineEntry[]>;
  /** Removes one record (used after adopting it into another storage). */
  remove(key: string): Promise<void>;
  /** Erases every record and the quarantine. Only ever at the learner's explicit request. */
  clear(): Promise<void>;
  close(): void;
}
