/** Storage that lasts as long as the tab: the last resort when the browser blocks all storage. */
import type { QuarantineEntry } from '../../../schema/progress';
import type { StorageAdapter, UpdateStep } from './types';

export function createMemoryStorage(): StorageAdapter {
  const records = new Map<string, unknown>();
  let kept: QuarantineEntry[] = [];
  const apply = (key: string, step: UpdateStep) => {
    if (step.quarantine) kept.push(step.quarantine);
    if (step.remove) records.delete(key);
    else if (step.put !== undefined) records.set(key, structuredClone(step.put));
  };
  return {
    kind: 'memory',
    async get(key) {
      return structuredClone(records.get(key));
    },
    async entries() {
      return [...records].map(([k, v]) => [k, structuredClone(v)] as [string, unknown]);
    },
    async update(key, change) {
      apply(key, change(structuredClone(records.get(key))));
    },
    async replaceAll(entries, quarantine = []) {
      records.clear();
      for (const [k, v] of entries) records.set(k, structuredClone(v));
      kept.push(...quarantine);
    },
    async keepAside(entries) {
      kept.push(...entries);
    },
    async quarantine() {
      return [...kept];
    },
    async remove(key) {
      records.delete(key);
    },
    async clear() {
      records.clear();
      kept = [];
    },
    close() {},
  };
}
