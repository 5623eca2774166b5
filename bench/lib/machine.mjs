/** What the figures were measured on: they mean little without the machine, the browser and the code's version. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export function describeMachine({ chromiumVersion = null } = {}) {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? null,
    memory_bytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    commit: git(['rev-parse', '--short', 'HEAD']),
    // Uncommitted changes are measured too (the working tree is what gets built), so say so.
    working_tree_dirty: git(['status', '--porcelain', '--', 'src', 'content', 'astro.config.mjs', 'public']) !== '',
  };
}

function git(args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
