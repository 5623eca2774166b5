/**
 * Debounced autosave: saves the latest value once typing pauses (500 ms by default), and at once when the page is
 * being hidden or left (`visibilitychange` to hidden, `pagehide`), which is the last moment a browser reliably lets
 * us write (mobile browsers often kill a hidden tab without `unload`).
 *
 *   const autosave = createAutosave({ save: (code) => store.saveCode('bmi', code) });
 *   editor.onDidChangeModelContent(() => autosave.schedule(editor.getValue()));
 */
export interface AutosaveOptions<T> {
  /** Persists a value. Called with the latest value only; calls never overlap. */
  save: (value: T) => unknown;
  /** Quiet time before saving (default 500 ms). */
  delayMs?: number;
  /** Where to listen for pagehide (default globalThis.window); null for none. */
  window?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  /** Where to listen for visibilitychange (default globalThis.document); null for none. */
  document?: (Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { visibilityState: string }) | null;
}

export interface Autosave<T> {
  /** A new value: saved after the quiet time, unless another comes first. */
  schedule(value: T): void;
  /** Saves any pending value now; resolves when every save so far has finished. */
  flush(): Promise<void>;
  /** True while a value is waiting to be saved. */
  readonly pending: boolean;
  /** Flushes, then stops listening. */
  dispose(): Promise<void>;
}

export function createAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const delay = options.delayMs ?? 500;
  const win = options.window !== undefined ? options.window : (globalThis as { window?: EventTarget }).window;
  const doc = options.document !== undefined ? options.document : (globalThis as { document?: AutosaveOptions<T>['document'] }).document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: { value: T } | undefined;
  let chain: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (waiting) {
      const { value } = waiting;
      waiting = undefined;
      // Chained so an older value can never be written after a newer one.
      chain = chain.then(async () => {
        try {
          await options.save(value);
        } catch (error) {
          console.warn('[autosave] save failed', error);
        }
      });
    }
    return chain;
  };
  const onPageHide = () => void flush();
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') void flush();
  };
  win?.addEventListener('pagehide', onPageHide);
  doc?.addEventListener('visibilitychange', onVisibility);

  return {
    schedule(value) {
      waiting = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    get pending() {
      return waiting !== undefined;
    },
    async dispose() {
      win?.removeEventListener('pagehide', onPageHide);
      doc?.removeEventListener('visibilitychange', onVisibility);
      await flush();
    },
  };
}
