/**
 * Installing the harness into a Pyodide instance and calling it: the only code that talks to Pyodide directly.
 *
 * Each module is run under its own name with a private copy of the built-ins, then removed from sys.modules, so
 * the learner's code can neither import the harness nor reach it by replacing a built-in. What stays reachable is
 * the one `main` function, held here on the JavaScript side.
 */
import type { PyodideAPI } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import { HARNESS_INSTALL_ORDER, type HarnessSources } from './harness-modules.ts';

/** What the harness may call back: streamed Run output, a line for input(), and a Check's progress. */
export interface HarnessHost {
  output(text: string, stream: 'stdout' | 'stderr'): void;
  read_line(prompt: string): string | undefined;
  collected(namesJson: string): void;
  /** `outcome`: the test's result as a Python dict of strings and booleans (see src/schema/results.ts). */
  test_done(index: number, outcome: PyProxy): void;
}

const INSTALL = `
def install(sources, order):
    import builtins, sys, types
    private = dict(builtins.__dict__)
    holder = types.ModuleType("cwc_sources")
    holder.SOURCES = sources
    installed = {"cwc_sources": holder}
    sys.modules["cwc_sources"] = holder
    try:
        for name in order:
            module = types.ModuleType(name)
            module.__dict__["__builtins__"] = private
            sys.modules[name] = installed[name] = module
            exec(compile(sources[name], f"<harness {name}>", "exec", dont_inherit=True), module.__dict__)
        return installed["harness"].main
    finally:
        for name in installed:
            sys.modules.pop(name, None)
install
`;

type HarnessMain = PyProxy & ((requestJson: string, host: HarnessHost) => string);

const installed = new WeakMap<PyodideAPI, HarnessMain>();

/** Install the harness once per Pyodide instance; returns its `main(request_json, host)`. */
export function installHarness(pyodide: PyodideAPI, sources: HarnessSources): HarnessMain {
  const existing = installed.get(pyodide);
  if (existing) return existing;
  const scope = pyodide.globals.get('dict')();
  try {
    const install = pyodide.runPython(INSTALL, { globals: scope });
    const pySources = pyodide.toPy(sources);
    const pyOrder = pyodide.toPy([...HARNESS_INSTALL_ORDER]);
    try {
      const main = install(pySources, pyOrder) as HarnessMain;
      installed.set(pyodide, main);
      return main;
    } finally {
      pySources.destroy();
      pyOrder.destroy();
      install.destroy();
    }
  } finally {
    scope.destroy();
  }
}

/** Send one request to the harness; returns the raw JSON text it produced. Throws only if Pyodide itself failed. */
export function callHarness(
  pyodide: PyodideAPI,
  sources: HarnessSources,
  payload: object,
  host: HarnessHost,
): string {
  const main = installHarness(pyodide, sources);
  return main(JSON.stringify(payload), host);
}
