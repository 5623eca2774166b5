import { defineConfig } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './browser';

/** The e2e suite runs on the production build, served under a base path like any static host would. */
export const BASE_PATH = process.env.E2E_BASE_PATH ?? '/cwc/';
const PORT = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: './artifacts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: './artifacts/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    screenshot: 'only-on-failure',
    // The service worker reloads a page once to make it cross-origin isolated; the offline suite turns it on.
    serviceWorkers: 'block',
    trace: 'off',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node ../../scripts/serve.mjs`,
    cwd: '.',
    env: { PORT: String(PORT), BASE_PATH, SERVE_DIR: '../../dist' },
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
