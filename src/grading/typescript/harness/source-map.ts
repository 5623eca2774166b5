/**
 * Just enough source-map reading to turn a position in the emitted JavaScript back into the learner's TypeScript
 * line, so a traceback says "solution.ts:4" and means line 4 of what they wrote.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) return values;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Per generated line (0-based), its segments as [generatedColumn, originalLine, originalColumn], all 0-based. */
export type LineMappings = [number, number, number][][];

export function decodeMappings(mappings: string): LineMappings {
  const lines: LineMappings = [];
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const line of mappings.split(';')) {
    const segments: [number, number, number][] = [];
    let column = 0;
    for (const text of line.split(',')) {
      if (!text) continue;
      const [dColumn = 0, , dLine, dSourceColumn] = decodeSegment(text);
      column += dColumn;
      if (dLine === undefined) continue;
      sourceLine += dLine;
      sourceColumn += dSourceColumn ?? 0;
      segments.push([column, sourceLine, sourceColumn]);
    }
    lines.push(segments);
  }
  return lines;
}

/** The original 1-based position for a generated 1-based position, if the map covers it. */
export function originalPosition(lines: LineMappings, line: number, column: number): { line: number; column: number } | undefined {
  const segments = lines[line - 1];
  if (!segments || segments.length === 0) return undefined;
  let best = segments[0]!;
  for (const segment of segments) if (segment[0] <= column - 1) best = segment;
  return { line: best[1] + 1, column: best[2] + 1 };
}
