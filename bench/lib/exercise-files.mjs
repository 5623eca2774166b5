/** Reads an exercise's reference solution from the course folder, by the id the built page carries. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const SOLUTION = { python: 'solution.py', typescript: 'solution.ts' };

export function exerciseSolution(contentDir, id, language) {
  for (const moduleDir of readdirSync(contentDir, { withFileTypes: true })) {
    if (!moduleDir.isDirectory()) continue;
    const file = path.join(contentDir, moduleDir.name, 'exercises', id, SOLUTION[language]);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error(`no ${SOLUTION[language]} for exercise "${id}" in ${contentDir}`);
}

/** The id of the first exercise in `language` on a built page. */
export function firstExerciseId(html, language) {
  const match = html.match(new RegExp(`data-exercise(?:-id)?="([^"]+)"[^>]*?data-language="${language}"`));
  return match?.[1];
}
