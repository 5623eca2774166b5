/** Opening the progress store with the best storage this browser allows. */
import { openStorage, type OpenStorageOptions } from './storage/open';
import { ProgressStore } from './store';
import { openChannel, type ChannelLike } from './sync';

export interface ProgressStoreOptions extends Omit<OpenStorageOptions, 'onVersionChange'> {
  /** The clock (default Date.now); tests pass their own. */
  now?: () => number;
  /** How to tell other tabs about changes; default a BroadcastChannel where available; null for none. */
  channel?: ChannelLike | null;
  /** navigator.storage, for requestPersistentStorage(); null for none. */
  storageManager?: StorageManager | null;
}

/** Reads a browser global that may be missing or may throw (localStorage does in some locked-down modes). */
function fromGlobal<T>(read: () => T | undefined): T | undefined {
  try {
    return read() ?? undefined;
  } catch {
    return undefined;
  }
}

/** Opens the store. Never rejects: at worst the store keeps progress in memory and says so in `status`. */
export async function openProgressStore(options: ProgressStoreOptions = {}): Promise<ProgressStore> {
  let store: ProgressStore | undefined;
  const opened = await openStorage({
    ...options,
    indexedDB: options.indexedDB !== undefined ? options.indexedDB : fromGlobal(() => globalThis.indexedDB),
    localStorage: options.localStorage !== undefined ? options.localStorage : fromGlobal(() => globalThis.localStorage),
    onVersionChange: () => store?.needsReload(),
  });
  if (opened.fallbackReasons.length) console.info(`[progress] using ${opened.adapter.kind}: ${opened.fallbackReasons.join('; ')}`);
  const channel = options.channel === null ? undefined : (options.channel ?? openChannel());
  const storageManager =
    options.storageManager !== undefined ? (options.storageManager ?? undefined) : fromGlobal(() => globalThis.navigator?.storage);
  store = new ProgressStore(opened.adapter, options.now ?? Date.now, channel, opened.secondary, storageManager);
  if (opened.secondary) await store.adoptFrom(opened.secondary);
  return store;
}
