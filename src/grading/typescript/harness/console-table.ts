/** `console.table` as text, drawn like Node's: an (index) column, then one column per property. */
import { formatValue } from './format.ts';

const cell = (value: unknown) => (value === undefined ? '' : formatValue(value));

export function renderTable(data: unknown, columns?: readonly string[]): string {
  if (typeof data !== 'object' || data === null) return formatValue(data);
  const rows = Object.entries(data as Record<string, unknown>);
  const keys: string[] = [];
  let hasValues = false;
  for (const [, row] of rows) {
    if (typeof row === 'object' && row !== null) {
      for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
    } else {
      hasValues = true;
    }
  }
  const shown = columns ? [...columns] : keys;
  const header = ['(index)', ...shown, ...(hasValues ? ['Values'] : [])];
  const body = rows.map(([index, row]) => {
    const isObject = typeof row === 'object' && row !== null;
    const values = shown.map((key) => (isObject ? cell((row as Record<string, unknown>)[key]) : ''));
    return [index, ...values, ...(hasValues ? [isObject ? '' : cell(row)] : [])];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((r) => r[i]!.length)) + 2);
  const line = (left: string, middle: string, right: string) =>
    left + widths.map((w) => '─'.repeat(w)).join(middle) + right;
  const row = (cells: string[]) => `│${cells.map((c, i) => ` ${c.padEnd(widths[i]! - 1)}`).join('│')}│`;
  return [line('┌', '┬', '┐'), row(header), line('├', '┼', '┤'), ...body.map(row), line('└', '┴', '┘')].join('\n');
}
