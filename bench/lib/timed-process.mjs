/**
 * Runs a command as a child process and measures its wall-clock time and peak memory. Peak memory comes from
 * GNU time (/usr/bin/time -f %M: the largest resident set of the process or any child it waited for); without
 * GNU time it is null with the reason, never guessed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';

/** Resolves with { ok, code, ms, peakRssBytes, peakRssReason, output } (output: the last 16 KB, for errors). */
export async function timedProcess(command, args, { cwd = process.cwd(), env = {}, tmpDir } = {}) {
  const timeFile = tmpDir ? path.join(tmpDir, `time-${process.pid}-${Date.now()}.txt`) : null;
  const useTime = timeFile && existsSync(GNU_TIME);
  const [cmd, cmdArgs] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  let output = '';
  const started = performance.now();
  const code = await new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk) => { output = (output + chunk).slice(-16384); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - started;
  let peakRssBytes = null;
  let peakRssReason = useTime ? null : `${GNU_TIME} is not installed`;
  if (useTime) {
    // GNU time writes "Command exited with non-zero status N" before the figure when the command fails.
    const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
    const kb = Number(lines.at(-1));
    if (Number.isFinite(kb)) peakRssBytes = kb * 1024;
    else peakRssReason = `could not read ${GNU_TIME} output: ${lines.at(-1)}`;
    rmSync(timeFile, { force: true });
  }
  return { ok: code === 0, code, ms, peakRssBytes, peakRssReason, output };
}
