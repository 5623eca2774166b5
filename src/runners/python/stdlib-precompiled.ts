/**
 * Pyodide's standard library, compiled ahead of time.
 *
 * Pyodide ships the standard library as Python source (python_stdlib.zip holds only .py files), so every module
 * Python imports while it starts, and every module the harness and the learner import afterwards, is compiled from
 * source on the learner's machine, every visit. That compiling is most of Python's start-up time. This module makes
 * the same zip with each module already compiled (.pyc, by the same Pyodide, so the bytecode always matches the
 * interpreter) and serves it in place of the original: the site ships it (pyodide-assets.ts) and the Node runner
 * uses it (node/pyodide-thread.ts), so tests run exactly what the browser runs.
 *
 * Only the compiled files are kept (no .py beside them): the zip stays small (about 4.5 MB against 2.5 MB), and
 * nothing the learner sees needs the standard library's source (tracebacks show only the learner's own lines).
 * The bytecode is "unchecked hash-based" (PEP 552): zipimport uses it as it is, without looking for a source.
 *
 * Made once per Pyodide version and recipe, then kept in node_modules/.cache; a lock stops parallel test workers
 * from all making it at once.
 *
 *   const zip = await precompiledStdlib();   // absolute path of the compiled zip
 *   loadPyodide({ stdLibURL: zip });          // under Node; the browser gets it as <indexURL>python_stdlib.zip
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Runs inside Pyodide: reads the source zip, writes a zip of the same modules compiled. Files that are not Python
 * source are copied unchanged. A source Python itself can't compile (none today) is kept as source.
 */
const RECIPE = `
def precompile(source_path, target_path):
    import importlib._bootstrap_external as external
    import importlib.util
    import sys
    import zipfile
    # Where Pyodide mounts the standard library (e.g. /lib/python314.zip): compiled code carries file names under it.
    zip_root = next(p for p in sys.path if p.endswith(".zip")) + "/"
    kept_as_source = []
    with zipfile.ZipFile(source_path) as source, zipfile.ZipFile(target_path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if not info.filename.endswith(".py"):
                target.writestr(info, data)
                continue
            try:
                # The file name Python would give the module when compiling it from the zip itself.
                code = compile(data, zip_root + info.filename, "exec", dont_inherit=True)
            except SyntaxError:
                target.writestr(info, data)
                kept_as_source.append(info.filename)
                continue
            pyc = external._code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
            entry = zipfile.ZipInfo(info.filename + "c", info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, bytes(pyc))
    return kept_as_source
precompile
`;

export interface PrecompileOptions {
  /** Folder for the compiled zip; defaults to node_modules/.cache/clinicians-who-code. */
  cacheDir?: string;
  /** How long to wait for another process that is making the same zip. */
  waitMs?: number;
}

function pyodideDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
}

function defaultCacheDir(): string {
  // node_modules/pyodide -> node_modules/.cache/clinicians-who-code (CWC_STDLIB_CACHE_DIR for another folder)
  return process.env.CWC_STDLIB_CACHE_DIR || join(dirname(pyodideDir()), '.cache', 'clinicians-who-code');
}

const targets = new Map<string, Promise<{ path: string; source: string }>>();

/**
 * The compiled zip's path for this Pyodide and this recipe (a change to either makes a new one). Worked out once
 * per process and folder: it hashes the 2.5 MB source zip, and the dev server asks on every request for the zip.
 */
function targetPath(cacheDir: string): Promise<{ path: string; source: string }> {
  let found = targets.get(cacheDir);
  if (!found) targets.set(cacheDir, (found = computeTargetPath(cacheDir)));
  return found;
}

async function computeTargetPath(cacheDir: string): Promise<{ path: string; source: string }> {
  const dir = pyodideDir();
  const { version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version: string };
  const source = join(dir, 'python_stdlib.zip');
  const hash = createHash('sha256').update(RECIPE).update(await readFile(source)).digest('hex').slice(0, 16);
  return { path: join(cacheDir, `python_stdlib-${version}-${hash}.zip`), source };
}

/** Makes the compiled zip (if it isn't there yet) and returns its absolute path. */
export async function precompiledStdlib(options: PrecompileOptions = {}): Promise<string> {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const { path, source } = await targetPath(cacheDir);
  if (existsSync(path)) return path;
  await mkdir(cacheDir, { recursive: true });
  const lock = `${path}.lock`;
  const deadline = Date.now() + (options.waitMs ?? 180_000);
  for (;;) {
    if (existsSync(path)) return path;
    const held = await tryLock(lock);
    if (held) {
      try {
        if (!existsSync(path)) await make(source, path);
        return path;
      } finally {
        await rm(lock, { force: true });
      }
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock} (another process making the compiled standard library). Delete the file if no such process is running.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Takes the lock file; a lock left by a process that died (older than 5 minutes) is taken over. */
async function tryLock(lock: string): Promise<boolean> {
  try {
    const handle = await open(lock, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > 5 * 60_000) await rm(lock, { force: true });
    return false;
  }
}

/**
 * Compiles in a child Node process: Pyodide stays out of the process asking (an Astro dev server or build, where a
 * dynamic import would go through Vite's module runner, or a test worker), and its memory goes when it is done.
 */
const CHILD = `
import { readFileSync, writeFileSync } from 'node:fs';
const { loadPyodide } = await import(process.env.CWC_PYODIDE_MODULE);
const pyodide = await loadPyodide();
pyodide.setStdout({ batched: () => {} });
pyodide.FS.writeFile('/tmp/source.zip', readFileSync(process.env.CWC_STDLIB_SOURCE));
const precompile = pyodide.runPython(process.env.CWC_STDLIB_RECIPE);
const kept = precompile('/tmp/source.zip', '/tmp/compiled.zip').toJs();
writeFileSync(process.env.CWC_STDLIB_TARGET, pyodide.FS.readFile('/tmp/compiled.zip'));
if (kept.length) console.error('Kept as source (Python could not compile them): ' + kept.join(', '));
`;

async function make(source: string, path: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
    env: {
      ...process.env,
      CWC_PYODIDE_MODULE: pathToFileURL(join(pyodideDir(), 'pyodide.mjs')).href,
      CWC_STDLIB_SOURCE: source,
      CWC_STDLIB_TARGET: temporary,
      CWC_STDLIB_RECIPE: RECIPE,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    await rm(temporary, { force: true });
    throw new Error(`Could not precompile Pyodide's standard library (exit ${code}): ${errors.trim().split('\n').slice(-5).join('\n')}`);
  }
  await rename(temporary, path);
}
