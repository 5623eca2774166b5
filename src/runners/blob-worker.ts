/**
 * Starts a module worker through a one-line blob: bootstrap that imports the real worker script. A worker loaded
 * from a URL takes its Content-Security-Policy from its own response headers, which a plain static host does not
 * send; a worker started from a blob: URL inherits the page's policy instead. So learner code in the worker is held
 * to the page's rules (connections and scripts from this site only) on any host, with or without the service worker.
 */
export function startBlobModuleWorker(scriptUrl: string, name: string): Worker {
  const absolute = new URL(scriptUrl, location.href).href;
  const bootstrap = new Blob([`import ${JSON.stringify(absolute)};\n`], { type: 'text/javascript' });
  const blobUrl = URL.createObjectURL(bootstrap);
  const worker = new Worker(blobUrl, { type: 'module', name });
  // The worker has fetched the bootstrap by the time it runs; the blob URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(blobUrl), 30_000);
  return worker;
}
