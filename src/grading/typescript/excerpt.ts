/**
 * The offending source line with carets under the problem, so a learner sees exactly where to look:
 *
 *     const weight: number = "70";
 *                            ^^^^
 */

/** One line of `source` (1-based), without its line ending; undefined if there is no such line. */
export function sourceLine(source: string, line: number): string | undefined {
  return source.split(/\r?\n/)[line - 1];
}

/**
 * A position past the end of the code (TypeScript reports "'}' expected" on the empty last line) moved to just
 * after the last character written, where the learner can see it.
 */
export function clampToContent(source: string, line: number, column = 1): { line: number; column: number } {
  const lines = source.split(/\r?\n/);
  let last = lines.length;
  while (last > 1 && lines[last - 1]!.trim() === '') last--;
  if (line <= last) return { line, column };
  return { line: last, column: (lines[last - 1] ?? '').trimEnd().length + 1 };
}

/** The line and a caret marker under columns [column, column + length); at least one caret, never past the line. */
export function excerpt(source: string, line: number, column = 1, length = 1): string | undefined {
  const text = sourceLine(source, line);
  if (text === undefined) return undefined;
  const start = Math.min(Math.max(column, 1), text.length + 1);
  const width = Math.max(1, Math.min(length, text.length - start + 1));
  // Keep tabs as tabs under tabs, so the carets line up however the tab is displayed.
  const padding = text.slice(0, start - 1).replace(/[^\t]/g, ' ');
  return `${text.trimEnd()}\n${padding}${'^'.repeat(width)}`;
}
