/**
 * Picks the best storage the browser allows: IndexedDB, else localStorage, else memory. Never throws: a blocked
 * storage is a reason recorded for the developer console, and the learner is told through the store's status.
 */
import { DEFAULT_DB_NAME, createIndexedDbStorage, openDatabase } from './indexeddb';
import { createLocalStorage, localStorageWorks } from './local-storage';
import { createMemoryStorage } from './memory';
import type { StorageAdapter } from './types';

export interface OpenStorageOptions {
  /** The IndexedDB factory; null to skip IndexedDB. */
  indexedDB?: IDBFactory | null;
  /** localStorage; null to skip it. */
  localStorage?: Storage | null;
  dbName?: string;
  /** How long to wait for IndexedDB to open before falling back (default 4000 ms). */
  openTimeoutMs?: number;
  /** Called when a newer version of the site in another tab upgrades the database (this tab should reload). */
  onVersionChange?: () => void;
}

export interface OpenedStorage {
  adapter: StorageAdapter;
  /** Why better storages were skipped, for the console. Empty when IndexedDB opened. */
  fallbackReasons: string[];
  /** When IndexedDB is in use and localStorage works: records there (from a fallback session or an early version)
   * are adopted into IndexedDB, and "erase all" clears them too. */
  secondary?: StorageAdapter;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

export async function openStorage(options: OpenStorageOptions): Promise<OpenedStorage> {
  const fallbackReasons: string[] = [];
  const local = localStorageWorks(options.localStorage) ? createLocalStorage(options.localStorage) : undefined;
  if (options.localStorage && !local) fallbackReasons.push('localStorage cannot be written');
  if (options.indexedDB) {
    try {
      const db = await openDatabase(options.indexedDB, options.dbName ?? DEFAULT_DB_NAME, options.openTimeoutMs ?? 4000);
      const adapter = createIndexedDbStorage(db, options.onVersionChange);
      return local ? { adapter, fallbackReasons: [], secondary: local } : { adapter, fallbackReasons: [] };
    } catch (error) {
      fallbackReasons.unshift(`IndexedDB unavailable (${describe(error)})`);
    }
  } else {
    fallbackReasons.unshift('IndexedDB is not available in this browser');
  }
  if (local) return { adapter: local, fallbackReasons };
  return { adapter: createMemoryStorage(), fallbackReasons };
}
