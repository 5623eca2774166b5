import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAutosave } from '../../../src/lib/progress';

class FakeDocument extends EventTarget {
  visibilityState = 'visible';
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const saved: string[] = [];
  const win = new EventTarget();
  const doc = new FakeDocument();
  const autosave = createAutosave<string>({ save: (v) => void saved.push(v), window: win, document: doc });
  return { saved, win, doc, autosave };
}

describe('autosave', () => {
  test('saves only the latest value, once typing has paused for 500 ms', async () => {
    const { saved, autosave } = setup();
    autosave.schedule('p');
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule('pr');
    autosave.schedule('print');
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    expect(autosave.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['print']);
    expect(autosave.pending).toBe(false);
  });

  test('saves at once when the page is hidden or left', async () => {
    const { saved, win, doc, autosave } = setup();
    autosave.schedule('typed just before switching app');
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await autosave.flush();
    expect(saved).toEqual(['typed just before switching app']);
    autosave.schedule('typed just before closing');
    win.dispatchEvent(new Event('pagehide'));
    await autosave.flush();
    expect(saved).toEqual(['typed just before switching app', 'typed just before closing']);
  });

  test('becoming visible does not save, and nothing is saved twice', async () => {
    const { saved, doc, autosave } = setup();
    autosave.schedule('x');
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(saved).toEqual([]);
    await autosave.flush();
    await autosave.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['x']);
  });

  test('saves never overlap or go out of order, even when a save is slow', async () => {
    const order: string[] = [];
    const autosave = createAutosave<string>({
      window: null,
      document: null,
      save: async (v) => {
        order.push(`start ${v}`);
        await new Promise((r) => setTimeout(r, v === 'a' ? 1000 : 10));
        order.push(`end ${v}`);
      },
    });
    autosave.schedule('a');
    const first = autosave.flush();
    autosave.schedule('b');
    const second = autosave.flush();
    await vi.advanceTimersByTimeAsync(2000);
    await Promise.all([first, second]);
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  test('dispose flushes and stops listening', async () => {
    const { saved, win, autosave } = setup();
    autosave.schedule('last');
    await autosave.dispose();
    expect(saved).toEqual(['last']);
    autosave.schedule('after dispose');
    win.dispatchEvent(new Event('pagehide'));
    expect(saved).toEqual(['last']);
  });
});
