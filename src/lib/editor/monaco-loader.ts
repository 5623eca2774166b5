/**
 * Loads Monaco once, on demand (first focus or click on an editor), as a separate chunk with its own CSS. The
 * lesson page's initial script only carries this tiny function.
 */
export type MonacoModule = typeof import('./monaco-setup');

let loading: Promise<MonacoModule> | undefined;

export function loadMonaco(): Promise<MonacoModule> {
  loading ??= import('./monaco-setup').catch((error: unknown) => {
    loading = undefined; // a failed download (offline, flaky Wi-Fi) may succeed next time
    throw error;
  });
  return loading;
}
