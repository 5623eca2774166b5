/** The harness's Python sources read from disk, for Node (the browser gets them bundled through grade.ts). */
import { readFileSync } from 'node:fs';
import { HARNESS_MODULES, type HarnessSources } from '../../../grading/python/harness-modules.ts';

const folder = new URL('../../../grading/python/', import.meta.url);

export function readHarnessSources(): HarnessSources {
  const entries = HARNESS_MODULES.map((name) => [name, readFileSync(new URL(`${name}.py`, folder), 'utf8')] as const);
  return Object.fromEntries(entries) as HarnessSources;
}
