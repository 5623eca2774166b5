import { describe, expect, test } from 'vitest';
import { astroCspConfig, buildContentSecurityPolicy, buildWorkerContentSecurityPolicy } from '../../../src/lib/offline';
import { EARLY_WORKER_SCRIPT_HASH } from '../../../src/runners/python/early-worker';

function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('Content-Security-Policy', () => {
  test('scripts, workers, WebAssembly and connections come from our own origin only', () => {
    const p = parse(buildContentSecurityPolicy());
    expect(p['default-src']).toEqual(["'self'"]);
    expect(p['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-eval'"]);
    expect(p['connect-src']).toEqual(["'self'"]);
    expect(p['worker-src']).toEqual(["'self'", 'blob:']);
    expect(p['object-src']).toEqual(["'none'"]);
    expect(p['frame-src']).toEqual(["'none'"]);
  });

  test('nothing in any directive names another origin; eval only in scripts, never inline script', () => {
    for (const policy of [buildContentSecurityPolicy({ delivery: 'header' }), buildWorkerContentSecurityPolicy()]) {
      for (const [name, sources] of Object.entries(parse(policy))) {
        for (const source of sources) {
          expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|'unsafe-eval'|'unsafe-inline'|data:|blob:)$/);
        }
        if (name !== 'script-src') expect(sources, name).not.toContain("'unsafe-eval'");
        if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
      }
    }
  });

  test('frame-ancestors only in a header (a meta tag cannot carry it); extra script hashes are added', () => {
    expect(buildContentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(parse(buildContentSecurityPolicy({ delivery: 'header' }))['frame-ancestors']).toEqual(["'self'"]);
    const withHash = parse(buildContentSecurityPolicy({ scriptSources: ["'sha256-abc='"] }));
    expect(withHash['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-eval'", "'sha256-abc='"]);
  });

  test('the worker policy limits connections, since workers do not inherit the page policy', () => {
    const p = parse(buildWorkerContentSecurityPolicy());
    expect(p['connect-src']).toEqual(["'self'"]);
    expect(p['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-eval'"]);
  });

  test('the Astro security.csp form says the same as the meta tag', () => {
    const config = astroCspConfig();
    expect(config.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-eval'"]);
    expect(config.styleDirective.resources).toEqual(["'self'", "'unsafe-inline'"]);
    expect(config.directives).toContain("connect-src 'self'");
    expect(config.directives.some((d) => d.startsWith('script-src') || d.startsWith('style-src'))).toBe(false);
    const rebuilt = parse([...config.directives, `script-src ${config.scriptDirective.resources.join(' ')}`, `style-src ${config.styleDirective.resources.join(' ')}`].join('; '));
    expect(rebuilt).toEqual(parse(buildContentSecurityPolicy()));
  });

  test('the one inline script allowed, by its hash, is the one that starts Python while the page loads', () => {
    expect(astroCspConfig().scriptDirective.hashes).toEqual([EARLY_WORKER_SCRIPT_HASH]);
  });
});
