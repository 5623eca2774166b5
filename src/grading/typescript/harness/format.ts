/**
 * A readable picture of any value, for failure messages and console output: strings in double quotes, objects
 * and arrays on one line when short, indented over several lines when long (FHIR resources are long).
 */

const MAX_DEPTH = 8;
const MAX_ITEMS = 100;
const ONE_LINE = 72;

interface Seen {
  stack: unknown[];
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function keyText(key: string | symbol): string {
  return typeof key === 'symbol' ? `[${String(key)}]` : quote(key);
}

function constructorName(value: object): string | undefined {
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return '[Object: null prototype]';
  const name = typeof proto.constructor === 'function' ? proto.constructor.name : undefined;
  return name === 'Object' || name === 'Array' ? undefined : name;
}

/** Join parts into `{a, b}` when short or nested lines when long. */
function wrap(open: string, close: string, parts: string[], indent: string, prefix = ''): string {
  const head = prefix ? `${prefix} ${open}` : open;
  if (parts.length === 0) return `${head}${close}`;
  const flat = `${head}${parts.join(', ')}${close}`;
  if (flat.length <= ONE_LINE && !flat.includes('\n')) return flat;
  const inner = `${indent}  `;
  return `${head}\n${parts.map((p) => `${inner}${p.replace(/\n/g, `\n${inner}`)},`).join('\n')}\n${indent}${close}`;
}

function formatPrimitive(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function ${value.name || 'anonymous'}]`;
    default:
      return value === null ? 'null' : undefined;
  }
}

function formatObject(value: object, seen: Seen, depth: number): string {
  if (seen.stack.includes(value)) return '[Circular]';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Date { Invalid }' : value.toISOString();
  if (value instanceof RegExp) return String(value);
  if (value instanceof Error) return `[${value.name}: ${value.message}]`;
  const name = constructorName(value);
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[Array]' : `[${name ?? 'Object'}]`;
  seen.stack.push(value);
  try {
    const child = (v: unknown) => format(v, seen, depth + 1);
    const more = (n: number) => (n > MAX_ITEMS ? [`... ${n - MAX_ITEMS} more`] : []);
    if (Array.isArray(value)) {
      const parts = value.slice(0, MAX_ITEMS).map(child).concat(more(value.length));
      return wrap('[', ']', parts, '', name);
    }
    if (value instanceof Map) {
      const parts = [...value].slice(0, MAX_ITEMS).map(([k, v]) => `${child(k)} => ${child(v)}`);
      return wrap('{', '}', parts.concat(more(value.size)), '', 'Map');
    }
    if (value instanceof Set) {
      return wrap('{', '}', [...value].slice(0, MAX_ITEMS).map(child).concat(more(value.size)), '', 'Set');
    }
    const keys = Reflect.ownKeys(value).filter((k) => Object.prototype.propertyIsEnumerable.call(value, k));
    const parts = keys.slice(0, MAX_ITEMS).map((k) => `${keyText(k)}: ${child((value as Record<PropertyKey, unknown>)[k])}`);
    return wrap('{', '}', parts.concat(more(keys.length)), '', name);
  } finally {
    seen.stack.pop();
  }
}

function format(value: unknown, seen: Seen, depth: number): string {
  const primitive = formatPrimitive(value);
  if (primitive !== undefined) return primitive;
  try {
    return formatObject(value as object, seen, depth);
  } catch {
    // A getter or proxy that throws must not crash the report.
    return '[unreadable value]';
  }
}

/** The value as it appears in "Expected:" and "Received:" lines. */
export function formatValue(value: unknown): string {
  return format(value, { stack: [] }, 0);
}

/** Console-style: strings as they are, everything else formatted. */
export function formatLogArgument(value: unknown): string {
  return typeof value === 'string' ? value : formatValue(value);
}
