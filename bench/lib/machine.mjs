/** What the figures were measured on: they mean little without the machine, the browser and the code's version. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export function describeMachine({ chromiumVersion = null, loadAtStart = null } = {}) {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? null,
    memory_bytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    // 1-minute load averages when the run began and ended: on a busy machine every time is longer (the ratio to
    // the floor holds up better), so a reader needs to know how busy it was.
    load_average_start: loadAtStart,
    load_average_end: round1(os.loadavg()[0]),
    chromium: chromiumVersion,
    commit: git(['rev-parse', '--short', 'HEAD']),
    // Uncommitted changes are measured too (the working tree is what gets built), so say so.
    working_tree_dirty: git(['status', '--porcelain', '--', 'src', 'content', 'astro.config.mjs', 'public']) !== '',
  };
}

export const currentLoad = () => round1(os.loadavg()[0]);

const round1 = (x) => Math.round(x * 10) / 10;

function git(args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
