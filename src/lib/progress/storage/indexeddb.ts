/**
 * IndexedDB storage: one database, a `records` store (one value per key) and a `quarantine` store (append-only).
 * Each update is one readwrite transaction over both stores, so moving a record aside and writing its replacement
 * happen together or not at all.
 */
import type { QuarantineEntry } from '../../../schema/progress';
import type { StorageAdapter, UpdateStep } from './types';

export const DEFAULT_DB_NAME = 'clinicians-who-code-progress';
const DB_VERSION = 1;
const RECORDS = 'records';
const QUARANTINE = 'quarantine';

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new DOMException('IndexedDB transaction aborted', 'AbortError'));
  });
}

/**
 * Opens (creating on first use) the database. Rejects when IndexedDB is blocked or broken, and after `timeoutMs`
 * when the browser never answers (seen in some private modes), so the store can fall back instead of hanging.
 */
export function openDatabase(factory: IDBFactory, name: string, timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => finish(new Error('IndexedDB did not open in time')), timeoutMs);
    function finish(error: unknown, db?: IDBDatabase) {
      if (settled) {
        db?.close();
        return;
      }
      settled = true;
      clearTimeout(timer);
      if (db) resolve(db);
      else reject(error);
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      finish(error);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS);
      if (!db.objectStoreNames.contains(QUARANTINE)) db.createObjectStore(QUARANTINE, { autoIncrement: true });
    };
    request.onsuccess = () => finish(undefined, request.result);
    request.onerror = () => finish(request.error ?? new Error('IndexedDB failed to open'));
    // Another tab holds an older version open; with one version this only happens mid-upgrade of a future version.
    request.onblocked = () => finish(new Error('IndexedDB is blocked by another tab'));
  });
}

export function createIndexedDbStorage(db: IDBDatabase, onVersionChange?: () => void): StorageAdapter {
  // A newer version of the site in another tab wants to upgrade: let it, and tell the store this tab must reload.
  db.onversionchange = () => {
    db.close();
    onVersionChange?.();
  };
  const apply = (tx: IDBTransaction, key: string, step: UpdateStep) => {
    if (step.quarantine) tx.objectStore(QUARANTINE).add(step.quarantine);
    if (step.remove) tx.objectStore(RECORDS).delete(key);
    else if (step.put !== undefined) tx.objectStore(RECORDS).put(step.put, key);
  };
  return {
    kind: 'indexeddb',
    async get(key) {
      return requestResult(db.transaction(RECORDS, 'readonly').objectStore(RECORDS).get(key));
    },
    async entries() {
      const store = db.transaction(RECORDS, 'readonly').objectStore(RECORDS);
      const [keys, values] = await Promise.all([requestResult(store.getAllKeys()), requestResult(store.getAll())]);
      return keys.map((k, i) => [String(k), values[i]] as [string, unknown]);
    },
    async update(key, change) {
      const tx = db.transaction([RECORDS, QUARANTINE], 'readwrite');
      const done = transactionDone(tx);
      let failure: unknown;
      const read = tx.objectStore(RECORDS).get(key);
      read.onsuccess = () => {
        try {
          apply(tx, key, change(read.result));
        } catch (error) {
          // A put can throw synchronously (e.g. DataCloneError); abort so nothing half-done is committed.
          failure = error;
          tx.abort();
        }
      };
      try {
        await done;
      } catch (error) {
        throw failure ?? error;
      }
    },
    async replaceAll(entries, quarantine = []) {
      const tx = db.transaction([RECORDS, QUARANTINE], 'readwrite');
      const done = transactionDone(tx);
      try {
        const records = tx.objectStore(RECORDS);
        records.clear();
        for (const [k, v] of entries) records.put(v, k);
        for (const entry of quarantine) tx.objectStore(QUARANTINE).add(entry);
      } catch (error) {
        // Never commit the clear without the new records.
        tx.abort();
        await done.catch(() => undefined);
        throw error;
      }
      await done;
    },
    async keepAside(entries) {
      const tx = db.transaction(QUARANTINE, 'readwrite');
      const done = transactionDone(tx);
      for (const entry of entries) tx.objectStore(QUARANTINE).add(entry);
      await done;
    },
    async quarantine() {
      return requestResult(db.transaction(QUARANTINE, 'readonly').objectStore(QUARANTINE).getAll());
    },
    async remove(key) {
      const tx = db.transaction(RECORDS, 'readwrite');
      const done = transactionDone(tx);
      tx.objectStore(RECORDS).delete(key);
      await done;
    },
    async clear() {
      const tx = db.transaction([RECORDS, QUARANTINE], 'readwrite');
      const done = transactionDone(tx);
      tx.objectStore(RECORDS).clear();
      tx.objectStore(QUARANTINE).clear();
      await done;
    },
    close() {
      db.close();
    },
  };
}
