/**
 * CommonJS-style loading of the compiled files: each is evaluated as a function of (exports, require, module,
 * console) in global scope, so it can reach nothing of the harness. Only the test file's `require` knows
 * '@jest/globals'; the learner's code asking for it (or for the test file) gets "Cannot find module".
 */

export interface ModuleSource {
  /** Exercise path of the source, e.g. "solution.ts", "types.ts", "patient.json". */
  path: string;
  kind: 'js' | 'json';
  /** JavaScript (compiled from `path`) or JSON text. */
  text: string;
}

interface ModuleRecord {
  exports: unknown;
}

export interface LoaderOptions {
  /** The console the code sees. */
  console: unknown;
  /** Modules only `privileged` may require, by specifier (the Jest API for the test file). */
  privileged?: { path: string; modules: Readonly<Record<string, unknown>> };
}

// Indirect eval runs in global scope: the wrapped code cannot see this module's variables.
const globalEval = eval;

function dirname(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut < 0 ? '' : path.slice(0, cut);
}

function normalise(parts: string[]): string {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

export class ModuleNotFoundError extends Error {
  constructor(specifier: string) {
    super(`Cannot find module '${specifier}'`);
    Object.defineProperty(this, 'name', { value: 'Error', configurable: true });
  }
}

export function createLoader(sources: readonly ModuleSource[], options: LoaderOptions) {
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const cache = new Map<string, ModuleRecord>();

  function resolve(specifier: string, from: string): ModuleSource | undefined {
    if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
    const base = normalise([...dirname(from).split('/'), ...specifier.split('/')]);
    const stem = base.replace(/\.(js|ts)$/, '');
    for (const candidate of [base, `${stem}.ts`, `${base}.json`, `${base}/index.ts`]) {
      const found = byPath.get(candidate);
      if (found) return found;
    }
    return undefined;
  }

  function evaluate(source: ModuleSource): unknown {
    const cached = cache.get(source.path);
    if (cached) return cached.exports;
    const record: ModuleRecord = { exports: {} };
    cache.set(source.path, record);
    if (source.kind === 'json') {
      record.exports = JSON.parse(source.text);
      return record.exports;
    }
    const require = (specifier: string): unknown => {
      const privileged = options.privileged;
      if (privileged?.path === source.path && Object.hasOwn(privileged.modules, specifier)) return privileged.modules[specifier];
      const target = resolve(String(specifier), source.path);
      if (!target || target.path === privileged?.path) throw new ModuleNotFoundError(String(specifier));
      return evaluate(target);
    };
    // The code starts on the wrapper's first line, so stack line numbers match the emitted file's.
    const code = source.text.replace(/\n\/\/# sourceMappingURL=.*$/m, '');
    const wrapper = globalEval(
      `(function (exports, require, module, __filename, __dirname, console) {${code}\n})\n//# sourceURL=${source.path}`,
    ) as (...args: unknown[]) => void;
    wrapper.call(record.exports, record.exports, require, record, source.path, dirname(source.path), options.console);
    return record.exports;
  }

  return {
    /** Load a module by its exercise path, running it (once) if it has not run yet. */
    load(path: string): unknown {
      const source = byPath.get(path);
      if (!source) throw new ModuleNotFoundError(`./${path}`);
      return evaluate(source);
    },
  };
}
