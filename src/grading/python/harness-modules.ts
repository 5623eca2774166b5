/**
 * The Python files that make up the grading harness (src/grading/python/*.py), by module name.
 *
 * Installed in this order (each only imports modules listed before it); `harness` last, its `main` is the entry.
 * `cwc_pytest` is not installed: it is a template the harness runs afresh for every request, so each request's
 * tests get their own pytest stand-in. Kept free of Vite-only syntax so Node can import it directly.
 */
export const HARNESS_INSTALL_ORDER = [
  'cwc_capture',
  'cwc_syntax',
  'cwc_explain_values',
  'cwc_explain',
  'cwc_traceback',
  'cwc_trust',
  'cwc_asserts',
  'cwc_snapshot',
  'cwc_guard',
  'cwc_inert',
  'cwc_results',
  'cwc_returns',
  'cwc_fixtures',
  'cwc_collect',
  'cwc_unittest',
  'cwc_request',
  'cwc_testmodule',
  'cwc_check',
  'harness',
] as const;

export const HARNESS_TEMPLATES = ['cwc_pytest'] as const;

export const HARNESS_MODULES = [...HARNESS_INSTALL_ORDER, ...HARNESS_TEMPLATES] as const;
export type HarnessModule = (typeof HARNESS_MODULES)[number];

/** The source text of every harness module, keyed by module name. */
export type HarnessSources = Record<HarnessModule, string>;
