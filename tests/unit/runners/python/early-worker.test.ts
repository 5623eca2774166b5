/**
 * The inline script that starts the Python worker while the page loads, run in a stand-in page (node:vm), and the
 * runner taking that worker over.
 */
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startBlobModuleWorker } from '../../../../src/runners/blob-worker';
import {
  EARLY_WORKERS,
  EARLY_WORKER_SCRIPT,
  EARLY_WORKER_SCRIPT_HASH,
  EARLY_WORKER_URL_ATTRIBUTE,
  takeEarlyWorker,
} from '../../../../src/runners/python/early-worker';
import { createPythonRunner } from '../../../../src/runners/python/python-runner';

class FakeWorker {
  static started: FakeWorker[] = [];
  posted: unknown[] = [];
  listeners: Record<string, ((event: unknown) => void)[]> = {};
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(
    readonly url: string,
    readonly options: { type?: string; name?: string },
  ) {
    FakeWorker.started.push(this);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  fail() {
    for (const listener of this.listeners.error ?? []) listener({ message: 'could not load' });
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

/** A stand-in page: blobs remember their text, so the bootstrap can be read back. */
function fakePage(overrides: Record<string, unknown> = {}) {
  const blobs = new Map<string, string>();
  let next = 0;
  class FakeBlob {
    constructor(readonly parts: string[]) {}
  }
  const URLWithBlobs = Object.assign(
    class extends URL {},
    {
      createObjectURL: (blob: FakeBlob) => {
        const url = `blob:https://course.example/${next++}`;
        blobs.set(url, blob.parts.join(''));
        return url;
      },
      revokeObjectURL: () => {},
    },
  );
  const script = { getAttribute: (name: string) => (name === EARLY_WORKER_URL_ATTRIBUTE ? '/cwc/_astro/python.worker-abc.js' : null) };
  const page: Record<string, unknown> = {
    document: { currentScript: script },
    location: { href: 'https://course.example/cwc/python-first-steps/functions/' },
    Worker: FakeWorker,
    WebAssembly: {},
    Blob: FakeBlob,
    URL: URLWithBlobs,
    JSON,
    setTimeout: () => 0,
    ...overrides,
  };
  page.window = page;
  return { page, blobs };
}

afterEach(() => {
  FakeWorker.started = [];
  delete (globalThis as Record<string, unknown>)[EARLY_WORKERS];
  vi.unstubAllGlobals();
});

describe('the inline script that starts Python while the page loads', () => {
  test('its hash, which the page\'s security policy allows, is the hash of the script itself', () => {
    expect(EARLY_WORKER_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(EARLY_WORKER_SCRIPT).digest('base64')}`);
  });

  test('starts one module worker, through the same blob: bootstrap as every other worker of the site', () => {
    const { page, blobs } = fakePage();
    runInNewContext(EARLY_WORKER_SCRIPT, page);
    expect(FakeWorker.started).toHaveLength(1);
    const [worker] = FakeWorker.started;
    expect(worker!.options).toEqual({ type: 'module', name: 'python' });
    expect(blobs.get(worker!.url)).toBe('import "https://course.example/cwc/_astro/python.worker-abc.js";\n');

    // What startBlobModuleWorker writes for the same script, from the same page.
    const theirs = fakePage();
    vi.stubGlobal('location', theirs.page.location);
    vi.stubGlobal('Blob', theirs.page.Blob);
    vi.stubGlobal('URL', theirs.page.URL);
    vi.stubGlobal('Worker', FakeWorker);
    const started = startBlobModuleWorker('/cwc/_astro/python.worker-abc.js', 'python') as unknown as FakeWorker;
    expect(theirs.blobs.get(started.url)).toBe(blobs.get(worker!.url));
  });

  test('a second Python block on the page starts no second worker', () => {
    const { page } = fakePage();
    runInNewContext(EARLY_WORKER_SCRIPT, page);
    runInNewContext(EARLY_WORKER_SCRIPT, page);
    expect(FakeWorker.started).toHaveLength(1);
  });

  test('a browser that blocks workers or WebAssembly gets no worker (the block explains why Python cannot run)', () => {
    runInNewContext(EARLY_WORKER_SCRIPT, fakePage({ Worker: undefined }).page);
    runInNewContext(EARLY_WORKER_SCRIPT, fakePage({ WebAssembly: undefined }).page);
    expect(FakeWorker.started).toHaveLength(0);
  });
});

describe('the runner takes over the worker started early', () => {
  function startEarly(): FakeWorker {
    const { page } = fakePage();
    runInNewContext(EARLY_WORKER_SCRIPT, page);
    (globalThis as Record<string, unknown>)[EARLY_WORKERS] = page[EARLY_WORKERS];
    return FakeWorker.started[0]!;
  }

  test('once: a restart after Stop starts a new worker', () => {
    const early = startEarly();
    expect(takeEarlyWorker()).toBe(early);
    expect(takeEarlyWorker()).toBeUndefined();
  });

  test('not when it already failed to load (nobody heard its error): it is ended instead', () => {
    const early = startEarly();
    early.fail();
    expect(takeEarlyWorker()).toBeUndefined();
    expect(early.terminated).toBe(true);
  });

  test('the Python runner sends its init message to the early worker instead of starting another', () => {
    const early = startEarly();
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('location', { href: 'https://course.example/cwc/python-first-steps/functions/' });
    const runner = createPythonRunner({ crossOriginIsolated: false });
    runner.warmUp();
    expect(FakeWorker.started).toEqual([early]);
    expect(early.posted).toEqual([expect.objectContaining({ type: 'init' })]);
    runner.dispose();
  });
});
