import { describe, expect, test } from 'vitest';
import { explainCapabilities, type Environment } from '../../../src/lib/offline';

const everything: Environment = {
  secureContext: true,
  serviceWorker: true,
  serviceWorkerControlling: true,
  workers: true,
  webAssembly: true,
  indexedDB: true,
  localStorage: true,
  crossOriginIsolated: true,
};

const problems = (env: Partial<Environment>) => explainCapabilities({ ...everything, ...env }).problems;

describe('capability explanations', () => {
  test('a capable browser has nothing to explain', () => {
    const report = explainCapabilities(everything);
    expect(report.problems).toEqual([]);
    expect(report.capabilities.map((c) => c.id)).toEqual(['run-code', 'python', 'saving', 'offline', 'stop-and-input']);
  });

  test('no workers: Run and Check cannot work, and the learner is told what still does', () => {
    const [runCode, python] = problems({ workers: false });
    expect(runCode).toMatchObject({ id: 'run-code', level: 'unavailable' });
    expect(runCode?.explanation).toMatch(/Run and Check buttons can't work here/);
    expect(runCode?.explanation).toMatch(/You can still read every lesson/);
    expect(python).toMatchObject({ id: 'python', level: 'unavailable' });
  });

  test('no WebAssembly: only Python is affected; TypeScript still works', () => {
    const found = problems({ webAssembly: false });
    expect(found.map((c) => c.id)).toEqual(['python']);
    expect(found[0]?.explanation).toMatch(/TypeScript exercises, every lesson and saving your progress still work/);
  });

  test('no storage at all: progress lasts until the tab closes, with export as the way out', () => {
    const found = problems({ indexedDB: false, localStorage: false });
    expect(found).toEqual([expect.objectContaining({ id: 'saving', level: 'unavailable' })]);
    expect(found[0]?.explanation).toMatch(/until you close this tab.*Export my progress/);
    expect(problems({ indexedDB: false })).toEqual([]);
  });

  test('no service worker: offline use is limited, everything works online; plain http is explained', () => {
    expect(problems({ serviceWorker: false })[0]?.explanation).toMatch(/Everything works while you are connected/);
    expect(problems({ serviceWorkerFailed: true })[0]).toMatchObject({ id: 'offline', level: 'limited' });
    expect(problems({ secureContext: false })[0]?.explanation).toMatch(/without https/);
  });

  test('not isolated: Stop and input() are limited; before the first install it says it will sort itself out', () => {
    const later = problems({ crossOriginIsolated: false });
    expect(later).toEqual([expect.objectContaining({ id: 'stop-and-input', level: 'limited' })]);
    expect(later[0]?.explanation).not.toMatch(/sorts itself out/);
    expect(problems({ crossOriginIsolated: false, serviceWorkerControlling: false })[0]?.explanation).toMatch(/sorts itself out/);
  });

  test('unavailable things are listed before limited ones, and every explanation is plain and kind', () => {
    const all = problems({ workers: false, serviceWorker: false, crossOriginIsolated: false, indexedDB: false, localStorage: false });
    const levels = all.map((c) => c.level);
    expect(levels).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === 'unavailable' ? -1 : 1)));
    for (const c of all) {
      expect(c.explanation.length).toBeGreaterThan(40);
      expect(c.explanation).not.toMatch(/error|fatal|failed|exception|SharedArrayBuffer|COOP|COEP/i);
    }
  });
});
