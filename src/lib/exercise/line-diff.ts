/**
 * A small line diff (longest common subsequence) for showing the solution beside the learner's code. The learner's
 * code is never changed by it: the diff is only drawn.
 */

/** `same`: in both; `yours`: only in the learner's code; `solution`: only in the solution. */
export type DiffKind = 'same' | 'yours' | 'solution';

export interface DiffLine {
  kind: DiffKind;
  text: string;
  /** 1-based line in the learner's code, for `same` and `yours`. */
  yourLine?: number;
  /** 1-based line in the solution, for `same` and `solution`. */
  solutionLine?: number;
}

/** Beyond this many cells the table would be slow on an old PC; then we compare line by line instead. */
const MAX_CELLS = 2_000_000;

export function splitLines(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const lines = normalised.split('\n');
  // A final newline does not make a visible extra line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Lines differing only in trailing spaces count as the same: they look the same to a learner. */
const key = (line: string) => line.replace(/\s+$/, '');

export function diffLines(yours: string, solution: string): DiffLine[] {
  const a = splitLines(yours);
  const b = splitLines(solution);
  // Common prefix and suffix first: most of a near-solution is unchanged, and this keeps the table small.
  let start = 0;
  while (start < a.length && start < b.length && key(a[start]!) === key(b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && key(a[endA - 1]!) === key(b[endB - 1]!)) {
    endA--;
    endB--;
  }
  const out: DiffLine[] = [];
  for (let i = 0; i < start; i++) out.push({ kind: 'same', text: a[i]!, yourLine: i + 1, solutionLine: i + 1 });
  out.push(...middle(a, b, start, endA, endB));
  for (let i = endA, j = endB; i < a.length; i++, j++) out.push({ kind: 'same', text: a[i]!, yourLine: i + 1, solutionLine: j + 1 });
  return out;
}

function middle(a: string[], b: string[], start: number, endA: number, endB: number): DiffLine[] {
  const n = endA - start;
  const m = endB - start;
  const out: DiffLine[] = [];
  const yoursLine = (i: number): DiffLine => ({ kind: 'yours', text: a[i]!, yourLine: i + 1 });
  const solutionLine = (j: number): DiffLine => ({ kind: 'solution', text: b[j]!, solutionLine: j + 1 });
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    for (let i = start; i < endA; i++) out.push(yoursLine(i));
    for (let j = start; j < endB; j++) out.push(solutionLine(j));
    return out;
  }
  // lcs[i][j]: length of the longest common subsequence of a[start+i..endA) and b[start+j..endB).
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        key(a[start + i]!) === key(b[start + j]!)
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (key(a[start + i]!) === key(b[start + j]!)) {
      out.push({ kind: 'same', text: a[start + i]!, yourLine: start + i + 1, solutionLine: start + j + 1 });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      // Show what the learner wrote before what the solution has instead: it reads as "change this to that".
      out.push(yoursLine(start + i++));
    } else {
      out.push(solutionLine(start + j++));
    }
  }
  while (i < n) out.push(yoursLine(start + i++));
  while (j < m) out.push(solutionLine(start + j++));
  return out;
}

export interface DiffSummary {
  same: number;
  onlyYours: number;
  onlySolution: number;
  identical: boolean;
}

export function summariseDiff(lines: DiffLine[]): DiffSummary {
  const count = (kind: DiffKind) => lines.filter((l) => l.kind === kind).length;
  const onlyYours = count('yours');
  const onlySolution = count('solution');
  return { same: count('same'), onlyYours, onlySolution, identical: onlyYours === 0 && onlySolution === 0 };
}

/** One sentence for the top of the diff, read by screen readers too. */
export function diffSummaryText(summary: DiffSummary): string {
  if (summary.identical) return 'Your code and the solution are the same, line for line.';
  const lines = (n: number) => `${n} line${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (summary.onlyYours) parts.push(`${lines(summary.onlyYours)} only in your code`);
  if (summary.onlySolution) parts.push(`${lines(summary.onlySolution)} only in the solution`);
  return `${parts.join(' and ')}; ${lines(summary.same)} the same.`;
}
