/**
 * Chromium for the benchmarks: the same executable and flags as the e2e tests, headless, and a brand-new profile
 * (user-data-dir) for every launch, so "cold" means an empty HTTP cache, no service worker and no compiled-code
 * cache. A "warm" figure is a later navigation in the same profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../tests/e2e/browser.ts';

/** A fresh profile. `prepare(context)` may add init scripts before any page opens. Close with `done()`. */
export async function freshProfile({ prepare } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cwc-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
  if (prepare) await prepare(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async done() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The Chromium version string, e.g. "156.0.8078.79". */
export async function chromiumVersion() {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}
