/**
 * Telling other tabs that a record changed, so a second tab on the same lesson can refresh instead of later
 * overwriting newer work with what it has on screen. Uses BroadcastChannel where the browser has it; without it,
 * tabs still never lose data (writes are per-record read-modify-write), they just are not told.
 */
export const CHANNEL_NAME = 'cwc-progress';

export type SyncMessage = { type: 'changed'; sender: string; keys: string[] } | { type: 'changed-all'; sender: string };

/** The part of BroadcastChannel we use, so tests and browsers without it can pass something else. */
export interface ChannelLike {
  postMessage(message: SyncMessage): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export function openChannel(name: string = CHANNEL_NAME): ChannelLike | undefined {
  try {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    return new BroadcastChannel(name) as unknown as ChannelLike;
  } catch {
    return undefined;
  }
}

export function isSyncMessage(data: unknown): data is SyncMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (typeof m.sender !== 'string') return false;
  return m.type === 'changed-all' || (m.type === 'changed' && Array.isArray(m.keys));
}
