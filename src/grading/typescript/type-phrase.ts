/** Reading TypeScript's type names aloud, e.g. `string` -> "a `string`", `"70"` -> "the text `"70"`". */

const PRIMITIVES = new Set(['string', 'number', 'boolean', 'bigint', 'symbol', 'object']);

/** A phrase for a type as it appears in a compiler message. */
export function typePhrase(type: string): string {
  if (PRIMITIVES.has(type)) return `a \`${type}\``;
  if (type === 'undefined' || type === 'null' || type === 'true' || type === 'false') return `\`${type}\``;
  if (/^".*"$/.test(type) || /^'.*'$/.test(type)) return `the text \`${type}\` (a \`string\`)`;
  if (/^-?\d/.test(type)) return `the number \`${type}\``;
  if (/^[A-Z][\w.]*$/.test(type)) return `a \`${type}\``;
  return `a value of type \`${type}\``;
}

/** True when a type allows `undefined` or `null` (e.g. "number | undefined"). */
export function allowsMissing(type: string): 'undefined' | 'null' | undefined {
  const parts = type.split('|').map((part) => part.trim());
  if (parts.includes('undefined')) return 'undefined';
  if (parts.includes('null')) return 'null';
  return undefined;
}

/** A short extra tip for the commonest mismatches. */
export function mismatchTip(source: string, target: string): string {
  const isText = source === 'string' || /^".*"$/.test(source);
  if (isText && target === 'number') {
    return ' If it is a number written as text, remove the quotes, or convert it with `Number(...)`.';
  }
  if ((source === 'number' || /^-?\d/.test(source)) && target === 'string') {
    return ' To turn a number into text, use `String(...)` or a template like `${value}`.';
  }
  const missing = allowsMissing(source);
  if (missing && !allowsMissing(target)) {
    return ` It could be \`${missing}\`, so check for that first, for example with \`if (value === ${missing})\`.`;
  }
  return '';
}
