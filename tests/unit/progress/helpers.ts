/** Test doubles for browser storage: an in-memory Web Storage, optionally with a size limit, like a full device. */
export class MemoryWebStorage implements Storage {
  private readonly data = new Map<string, string>();
  constructor(private readonly limitChars = Infinity) {}
  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.limitChars) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  clear(): void {
    this.data.clear();
  }
}

/** A Web Storage that refuses everything, as in some locked-down browsers. */
export class BlockedWebStorage extends MemoryWebStorage {
  override setItem(): void {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  }
}

/** A clock the test moves by hand. */
export function manualClock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => number } {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

let channelCounter = 0;
/** A BroadcastChannel name no other test uses, so tests running together do not hear each other. */
export function uniqueChannelName(): string {
  channelCounter += 1;
  return `cwc-progress-test-${process.pid}-${channelCounter}`;
}
