/** "Did you mean...?" for a name the compiler could not find: the nearest known name by edit distance. */

/** Levenshtein distance, case-insensitive (a wrong capital letter is the commonest beginner typo). */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** Identifiers written in a piece of source, as candidates for a suggestion. */
export function namesIn(source: string): string[] {
  return [...new Set(source.match(/[A-Za-z_$][\w$]*/g) ?? [])];
}

/** Globals beginners reach for. */
const COMMON_GLOBALS = ['console', 'Math', 'Number', 'String', 'Array', 'Object', 'JSON', 'Date', 'parseInt', 'parseFloat'];

/**
 * The candidate closest to `name`, if it is close enough to be a plausible typo: at most one edit for names of up
 * to 5 letters (so `fetch` is not "corrected" to `catch`), two for longer ones. Exact matches are skipped (the
 * name itself appears in the source).
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const limit = name.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of [...candidates, ...COMMON_GLOBALS]) {
    if (candidate === name) continue;
    const d = distance(name, candidate);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
