/**
 * localStorage storage: the fallback where IndexedDB is blocked. Each record is JSON text under its own key, so a
 * failed write (storage full) leaves every other record intact. Synchronous underneath, so updates are atomic.
 */
import { quarantineEntry, type QuarantineEntry } from '../../../schema/progress';
import type { StorageAdapter, UpdateStep } from './types';

export const RECORD_PREFIX = 'cwc-progress:';
export const QUARANTINE_PREFIX = 'cwc-progress-quarantine:';
const PROBE_KEY = 'cwc-progress-probe';

/** True when `storage` can be written and read back (it throws in some locked-down or private modes). */
export function localStorageWorks(storage: Storage | null | undefined): storage is Storage {
  if (!storage) return false;
  try {
    storage.setItem(PROBE_KEY, '1');
    const ok = storage.getItem(PROBE_KEY) === '1';
    storage.removeItem(PROBE_KEY);
    return ok;
  } catch {
    return false;
  }
}

function keysWithPrefix(storage: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

export function createLocalStorage(storage: Storage): StorageAdapter {
  let sequence = 0;
  const keep = (entry: QuarantineEntry) => {
    // Time first so the entries sort oldest first; the sequence keeps two in the same millisecond apart.
    const id = `${String(entry.at).padStart(15, '0')}-${(sequence++).toString().padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`;
    storage.setItem(QUARANTINE_PREFIX + id, JSON.stringify(entry));
  };
  const apply = (key: string, step: UpdateStep) => {
    // Quarantine first: if that write fails (storage full), the original is still where it was.
    if (step.quarantine) keep(step.quarantine);
    if (step.remove) storage.removeItem(RECORD_PREFIX + key);
    else if (step.put !== undefined) storage.setItem(RECORD_PREFIX + key, JSON.stringify(step.put));
  };
  return {
    kind: 'localstorage',
    async get(key) {
      return storage.getItem(RECORD_PREFIX + key) ?? undefined;
    },
    async entries() {
      return keysWithPrefix(storage, RECORD_PREFIX).map((k) => [k.slice(RECORD_PREFIX.length), storage.getItem(k)] as [string, unknown]);
    },
    async update(key, change) {
      apply(key, change(storage.getItem(RECORD_PREFIX + key) ?? undefined));
    },
    async replaceAll(entries, quarantine = []) {
      for (const entry of quarantine) keep(entry);
      // Write the new records before removing old ones, so a full storage fails before anything is lost.
      const incoming = new Set(entries.map(([k]) => RECORD_PREFIX + k));
      for (const [k, v] of entries) storage.setItem(RECORD_PREFIX + k, JSON.stringify(v));
      for (const k of keysWithPrefix(storage, RECORD_PREFIX)) if (!incoming.has(k)) storage.removeItem(k);
    },
    async keepAside(entries) {
      for (const entry of entries) keep(entry);
    },
    async quarantine() {
      const kept: QuarantineEntry[] = [];
      for (const k of keysWithPrefix(storage, QUARANTINE_PREFIX).sort()) {
        const text = storage.getItem(k) ?? '';
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        const entry = quarantineEntry.safeParse(parsed);
        kept.push(entry.success ? entry.data : { key: k, raw: text, reason: 'unreadable quarantine entry', at: 0 });
      }
      return kept;
    },
    async remove(key) {
      storage.removeItem(RECORD_PREFIX + key);
    },
    async clear() {
      for (const k of [...keysWithPrefix(storage, RECORD_PREFIX), ...keysWithPrefix(storage, QUARANTINE_PREFIX)]) {
        storage.removeItem(k);
      }
    },
    close() {},
  };
}
