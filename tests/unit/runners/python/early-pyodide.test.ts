import { describe, expect, test, vi } from 'vitest';
import { earlyPyodide } from '../../../../src/runners/python/early-pyodide';

describe('Pyodide starts loading before the worker is asked for it', () => {
  test('loading starts at once, from the worker\'s own folder', () => {
    const start = vi.fn(async (url: string) => url);
    earlyPyodide('https://course.example/vendor/pyodide/1/', start);
    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith('https://course.example/vendor/pyodide/1/');
  });

  test('the page asking for that folder gets the load already under way, once', async () => {
    const start = vi.fn(async (url: string) => ({ url }));
    const early = earlyPyodide('/py/', start);
    const first = early.load('/py/');
    expect(start).toHaveBeenCalledTimes(1);
    expect(await first).toEqual({ url: '/py/' });
    // A second instance (this worker never asks twice, but a restart must not share one) starts afresh.
    const again = early.load('/py/');
    expect(start).toHaveBeenCalledTimes(2);
    expect(again).not.toBe(first);
  });

  test('another folder gets a load of its own; the early one is dropped', async () => {
    const start = vi.fn(async (url: string) => url);
    const early = earlyPyodide('/py/', start);
    await expect(early.load('/other/')).resolves.toBe('/other/');
    expect(start.mock.calls.map(([url]) => url)).toEqual(['/py/', '/other/']);
  });

  test('an early load that fails and is never asked for raises no unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      earlyPyodide('/py/', async () => {
        throw new Error('offline');
      });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  test('the one who asks still hears that it failed', async () => {
    const early = earlyPyodide('/py/', async () => {
      throw new Error('offline');
    });
    await expect(early.load('/py/')).rejects.toThrow('offline');
  });
});
