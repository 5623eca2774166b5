/**
 * Test names for `test.each(table)(name, fn)`, with Jest's placeholders: %s %d %i %f %p %j %o %# %%, and
 * `$key` when each row is an object.
 */
import { formatValue } from './format.ts';

function placeholder(token: string, value: unknown): string {
  switch (token) {
    case '%d':
    case '%i':
      return String(token === '%i' ? Math.trunc(Number(value)) : Number(value));
    case '%f':
      return String(Number(value));
    case '%s':
      return typeof value === 'string' ? value : formatValue(value);
    default: // %p %j %o %O: a formatted value
      return formatValue(value);
  }
}

/** The arguments one row passes to the test function. */
export function rowArguments(row: unknown): unknown[] {
  return Array.isArray(row) ? row : [row];
}

/** The test name for one row (0-based index). */
export function eachName(template: string, row: unknown, index: number): string {
  if (!Array.isArray(row) && typeof row === 'object' && row !== null && !/%[sdifpjoO]/.test(template)) {
    return template
      .replace(/\$([A-Za-z_]\w*(?:\.\w+)*)/g, (_, path: string) => {
        const value = path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], row);
        return typeof value === 'string' ? value : formatValue(value);
      })
      .replace(/%#/g, String(index));
  }
  const values = rowArguments(row);
  let next = 0;
  return template.replace(/%[sdifpjoO#%]/g, (token) => {
    if (token === '%%') return '%';
    if (token === '%#') return String(index);
    return next < values.length ? placeholder(token, values[next++]) : token;
  });
}
