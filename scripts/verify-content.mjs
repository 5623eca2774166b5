#!/usr/bin/env node
// `npm run verify`: every exercise proves itself (solution passes, starter does not, each known-wrong answer gets
// its recorded results). `npm run verify -- --update` records those results into wrong/<name>.expected.json.
import { spawnSync } from 'node:child_process';

const update = process.argv.includes('--update');
if (update) console.log('Recording the results of every known-wrong answer (wrong/<name>.expected.json).\n');
const result = spawnSync('npx', ['vitest', 'run', '--project', 'content'], {
  stdio: 'inherit',
  env: { ...process.env, ...(update ? { UPDATE_GOLDEN: '1' } : {}) },
});
if (update && result.status === 0) console.log('\nRead the recorded files: each is the feedback a learner with that mistake will see.');
process.exit(result.status ?? 1);
