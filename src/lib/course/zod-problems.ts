/** Turns zod issues into tutor-facing problems (file, field, expected, found, fix). */
import type { z } from 'zod';
import { describeFound, type ContentProblem } from './content-error';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('') || '(the whole file)';
}

function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? 'some text (it must not be empty)'
          : `a number of at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `at most ${String(issue.maximum)} items` : `a number of at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.message;
    case 'unrecognized_keys':
      return 'only the documented fields (see content/README.md)';
    default:
      return issue.message;
  }
}

function describeFix(issue: z.core.$ZodIssue, field: string, found: unknown, schemaHelp: Record<string, string>): string {
  const help = schemaHelp[field.split(/[.[]/)[0] ?? ''];
  if (issue.code === 'unrecognized_keys') {
    return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}: it is not a field this file can have (check the spelling).`;
  }
  if (issue.code === 'invalid_type' && found === undefined) {
    return `add "${field}"${help ? `: ${help}` : ''}.`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && found !== null && typeof found === 'object' && !Array.isArray(found)) {
    return `YAML reads text containing ": " (a colon and a space) as a field: put the whole text of "${field}" in quotes.`;
  }
  return `change "${field}"${help ? ` (${help})` : ''} to ${describeExpected(issue)}.`;
}

/** Validates `data` from `file` with `schema`; returns the parsed value or pushes problems and returns undefined. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  problems: ContentProblem[],
): z.infer<S> | undefined {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const shape = (schema as unknown as { shape?: Record<string, { description?: string }> }).shape ?? {};
  const schemaHelp = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.description ?? '']));
  for (const issue of parsed.error.issues) {
    const field = fieldName(issue.path);
    const found = valueAt(data, issue.path);
    problems.push({
      file,
      field,
      expected: describeExpected(issue),
      found: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : describeFound(found),
      fix: describeFix(issue, field, found, schemaHelp),
    });
  }
  return undefined;
}
