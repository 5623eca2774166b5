#!/usr/bin/env node
// `npm test`: every test. Unit and content tests (vitest), then the e2e suite on the production build
// (Playwright + Chromium). Prints one closing line, "Tests: N passed, N failed", over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const only = process.argv[2]; // optional: unit | content | e2e
mkdirSync('test-results', { recursive: true });
const counts = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) ok = false;
}

if (!only || only === 'unit') {
  // The whole project type-checks (astro sync writes the content collection types first).
  console.log('\n=== Type check (tsc) ===\n');
  const sync = spawnSync('npx', ['astro', 'sync'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tsc = sync.status === 0 ? spawnSync('npx', ['tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' }) : sync;
  if (tsc.status === 0) counts.passed += 1;
  else {
    counts.failed += 1;
    ok = false;
  }
}

if (!only || only === 'unit' || only === 'content') {
  rmSync('test-results/vitest.json', { force: true });
  const projects = only ? ['--project', only] : [];
  run('Unit and content tests (vitest)', 'npx', ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']);
  if (existsSync('test-results/vitest.json')) {
    const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests;
    counts.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (report.numTotalTestSuites > 0 && report.numFailedTestSuites > 0 && report.numFailedTests === 0) counts.failed += report.numFailedTestSuites;
  } else {
    counts.failed += 1;
  }
}

if (!only || only === 'e2e') {
  const json = 'tests/e2e/artifacts/results.json';
  rmSync(json, { force: true });
  run('End-to-end tests (Playwright, production build)', 'node', ['scripts/e2e.mjs']);
  if (existsSync(json)) {
    const { stats } = JSON.parse(readFileSync(json, 'utf8'));
    counts.passed += stats.expected;
    counts.failed += stats.unexpected + stats.flaky;
    counts.skipped += stats.skipped;
  } else {
    counts.failed += 1; // the suite could not start (build failed): count it, never hide it
  }
}

if (counts.failed > 0) ok = false;
console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
if (!ok) console.log('Some tests failed: the output above says which, and e2e failures keep a screenshot and the browser console in tests/e2e/artifacts/.');
process.exit(ok ? 0 : 1);
