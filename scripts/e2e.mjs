#!/usr/bin/env node
// Runs the Playwright suite on the production build. Uses a system Chromium or Chrome (CHROME_PATH, or
// /usr/bin/chromium ...) and only installs Playwright's own browser where none is found.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free port, so two runs on one machine (a developer's and CI's) never collide. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
if (!candidates.some((p) => p && existsSync(p))) {
  console.log('No system Chromium or Chrome found: installing Playwright\'s own Chromium.');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const base = process.env.E2E_BASE_PATH ?? '/cwc/';
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: base } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const args = ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2).filter((a) => a !== '--no-build')];
const port = process.env.E2E_PORT ?? String(await freePort());
const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, E2E_BASE_PATH: base, E2E_PORT: port } });
process.exit(run.status ?? 1);
