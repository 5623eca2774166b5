/**
 * The engine under the progress store: per-record reads and atomic writes over whichever storage opened, with
 * everything that can go wrong turned into status the UI shows, never an exception thrown into the UI.
 * - Unreadable records are moved to the quarantine (kept, never deleted) and the learner starts that record afresh.
 * - Records written by a newer site version are left untouched, and never overwritten by this tab.
 * - When a write fails (storage full, connection lost) the record is kept in memory for the tab, shown as such, and
 *   retried with the next write to the same record.
 */
import type { QuarantineEntry } from '../../schema/progress';
import { mergeRecord } from './merge';
import { problem, isQuotaError, type StoreProblem, type StoreProblemKind } from './messages';
import { quarantineFor, readRecord, type StoredRecord } from './records';
import { isSyncMessage, type ChannelLike } from './sync';
import type { PersistenceKind, StorageAdapter, UpdateStep } from './storage/types';

export interface StoreStatus {
  /** Where progress is kept: IndexedDB, localStorage (fallback), or memory (this tab only). */
  persistence: PersistenceKind;
  /** False when some or all progress will be lost when the tab closes: show the problems' messages. */
  savedBeyondThisTab: boolean;
  /** What the learner should be told, most serious first. Empty when all is well. */
  problems: StoreProblem[];
}

/** A record changed: `key` is e.g. "exercise/bmi" or "lesson/02-python-first-steps/03-functions"; "*" is all. */
export interface ProgressChange {
  key: string;
  source: 'this-tab' | 'other-tab';
}

const severity: StoreProblemKind[] = ['not-saved-beyond-tab', 'reload-needed', 'storage-full', 'write-failed', 'newer-version', 'data-set-aside'];

export class StoreCore {
  readonly instanceId = Math.random().toString(36).slice(2);
  /** Records changed this session that storage refused; they win over storage until saved. */
  protected readonly unsaved = new Map<string, StoredRecord>();
  /** The last value read from or written to storage, per key: the base for a change when storage fails. */
  protected readonly known = new Map<string, StoredRecord>();
  /** Keys holding data from a newer site version: never written by this tab. */
  protected readonly held = new Set<string>();
  private readonly problems = new Map<StoreProblemKind, StoreProblem>();
  private readonly statusListeners = new Set<(status: StoreStatus) => void>();
  private readonly changeListeners = new Set<(change: ProgressChange) => void>();

  constructor(
    protected readonly adapter: StorageAdapter,
    protected readonly now: () => number,
    private readonly channel: ChannelLike | undefined,
  ) {
    if (adapter.kind === 'memory') this.problems.set('not-saved-beyond-tab', problem('not-saved-beyond-tab'));
    channel?.addEventListener('message', (event) => this.receive(event.data));
  }

  get status(): StoreStatus {
    const problems = severity.flatMap((kind) => this.problems.get(kind) ?? []);
    const lossy = problems.some((p) => p.kind !== 'data-set-aside' && p.kind !== 'newer-version');
    return { persistence: this.adapter.kind, savedBeyondThisTab: !lossy, problems };
  }

  /** Called with the new status whenever it changes. Returns an unsubscribe function. */
  onStatusChange(listener: (status: StoreStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Called when a record changes in this tab or another. Returns an unsubscribe function. */
  onChange(listener: (change: ProgressChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Closes the storage connection and stops listening to other tabs (page unload, tests). */
  close(): void {
    this.channel?.close();
    this.adapter.close();
  }

  protected report(kind: StoreProblemKind, detail?: string): void {
    this.problems.set(kind, problem(kind, detail));
    if (detail) console.warn(`[progress] ${kind}: ${detail}`);
    for (const listener of this.statusListeners) listener(this.status);
  }

  protected resolve(...kinds: StoreProblemKind[]): void {
    if (!kinds.some((k) => this.problems.delete(k))) return;
    for (const listener of this.statusListeners) listener(this.status);
  }

  protected announce(key: string, source: ProgressChange['source'] = 'this-tab', tellOtherTabs = true): void {
    if (source === 'this-tab' && tellOtherTabs) {
      try {
        this.channel?.postMessage(key === '*' ? { type: 'changed-all', sender: this.instanceId } : { type: 'changed', sender: this.instanceId, keys: [key] });
      } catch {
        // A closed channel only means other tabs are not told; the data itself is safe.
      }
    }
    for (const listener of this.changeListeners) listener({ key, source });
  }

  private receive(data: unknown): void {
    if (!isSyncMessage(data) || data.sender === this.instanceId) return;
    const keys = data.type === 'changed-all' ? ['*'] : data.keys;
    for (const key of keys) {
      if (key === '*') this.known.clear();
      else this.known.delete(key);
      this.announce(key, 'other-tab');
    }
  }

  /** Reads one record; an unreadable one is set aside and reads as absent. Never rejects. */
  protected async read(key: string): Promise<StoredRecord | undefined> {
    let raw: unknown;
    try {
      raw = await this.adapter.get(key);
    } catch (error) {
      this.report('write-failed', String(error));
      return this.unsaved.get(key) ?? this.known.get(key);
    }
    return this.accept(key, raw);
  }

  /** Turns a stored value into a record (merged with any unsaved change), setting aside what cannot be read. */
  protected async accept(key: string, raw: unknown): Promise<StoredRecord | undefined> {
    const pending = this.unsaved.get(key);
    if (raw === undefined) return pending;
    const outcome = readRecord(key, raw);
    if (outcome.state === 'ok') {
      this.known.set(key, outcome.record);
      return pending ? mergeRecord(outcome.record, pending) : outcome.record;
    }
    if (outcome.state === 'newer') {
      this.held.add(key);
      this.report('newer-version', `${key} is version ${outcome.version}`);
      return pending;
    }
    await this.setAside(key);
    return pending;
  }

  private async setAside(key: string): Promise<void> {
    let reason = '';
    try {
      // Check again inside the transaction: another tab may have replaced the bad value meanwhile.
      await this.adapter.update(key, (raw): UpdateStep => {
        const outcome = readRecord(key, raw);
        if (raw === undefined || outcome.state !== 'corrupt') return {};
        reason = outcome.reason;
        return { remove: true, quarantine: quarantineFor(key, raw, outcome.reason, this.now()) };
      });
      if (reason) this.report('data-set-aside', `${key}: ${reason}`);
    } catch (error) {
      this.report('write-failed', `could not set aside ${key}: ${String(error)}`);
    }
  }

  /**
   * Atomically changes one record. `change` gets the current record (undefined if none) and returns the new one, or
   * the same object when nothing changes. Resolves with the record as it now stands; never rejects.
   */
  protected async write<T extends StoredRecord>(key: string, change: (current: T | undefined) => T): Promise<T> {
    if (this.held.has(key)) return this.keepUnsaved(key, change);
    let result: T | undefined;
    let setAside: QuarantineEntry | undefined;
    let newer = false;
    try {
      await this.adapter.update(key, (raw): UpdateStep => {
        result = undefined;
        setAside = undefined;
        const outcome = raw === undefined ? undefined : readRecord(key, raw);
        if (outcome?.state === 'newer') {
          newer = true;
          return {};
        }
        if (outcome?.state === 'corrupt') setAside = quarantineFor(key, raw, outcome.reason, this.now());
        const stored = outcome?.state === 'ok' ? (outcome.record as T) : undefined;
        const pending = this.unsaved.get(key) as T | undefined;
        const base = stored && pending ? (mergeRecord(stored, pending) as T) : (stored ?? pending);
        result = change(base);
        if (result === stored && !setAside) return {};
        return setAside ? { put: result, quarantine: setAside } : { put: result };
      });
    } catch (error) {
      this.report(isQuotaError(error) ? 'storage-full' : 'write-failed', String(error));
      return this.keepUnsaved(key, change, result);
    }
    if (newer || result === undefined) {
      this.held.add(key);
      this.report('newer-version', `${key} was written by a newer version`);
      return this.keepUnsaved(key, change);
    }
    this.known.set(key, result);
    this.unsaved.delete(key);
    if (this.unsaved.size === 0) this.resolve('storage-full', 'write-failed');
    if (setAside) this.report('data-set-aside', `${key}: ${setAside.reason}`);
    this.announce(key);
    return result;
  }

  private keepUnsaved<T extends StoredRecord>(key: string, change: (current: T | undefined) => T, computed?: T): T {
    const result = computed ?? change((this.unsaved.get(key) ?? this.known.get(key)) as T | undefined);
    this.unsaved.set(key, result);
    // Only this tab has it, so only this tab is told.
    this.announce(key, 'this-tab', false);
    return result;
  }
}
