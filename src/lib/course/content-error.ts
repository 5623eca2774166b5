/**
 * Errors that speak to tutors: every problem names the file, the field, what was expected, what was found and
 * how to fix it. A build collects every problem it can find before failing, so a tutor fixes them in one pass.
 */
export interface ContentProblem {
  /** Path relative to the project root, e.g. "content/02-python-first-steps/03-functions.mdx". */
  file: string;
  /** The field or element at fault, e.g. "title" or "<Exercise id>". */
  field?: string;
  /** What the schema expected. */
  expected?: string;
  /** What the file has instead. */
  found?: string;
  /** One sentence on how to fix it. */
  fix: string;
}

export function formatProblem(p: ContentProblem): string {
  const lines = [`${p.file}${p.field ? ` → ${p.field}` : ''}`];
  if (p.expected !== undefined) lines.push(`  expected: ${p.expected}`);
  if (p.found !== undefined) lines.push(`  found:    ${p.found}`);
  lines.push(`  fix:      ${p.fix}`);
  return lines.join('\n');
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    super(`The course content has ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Short, readable rendering of a value found in a tutor's file. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}..."` : `"${value}"`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}
