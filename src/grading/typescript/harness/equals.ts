/**
 * Deep equality with Jest's rules: `toEqual` ignores properties whose value is undefined and does not compare
 * classes; `toStrictEqual` does both. Primitives compare with Object.is (so NaN equals NaN, 0 differs from -0).
 * `firstDifference` names where two values part, so a failure can say "at name[0].family".
 */

type Path = string;

function isObject(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null;
}

function ownKeys(value: object, strict: boolean): PropertyKey[] {
  return Reflect.ownKeys(value).filter(
    (key) =>
      Object.prototype.propertyIsEnumerable.call(value, key) &&
      (strict || (value as Record<PropertyKey, unknown>)[key] !== undefined),
  );
}

function join(path: Path, key: PropertyKey): Path {
  if (typeof key === 'number' || (typeof key === 'string' && /^\d+$/.test(key))) return `${path}[${String(key)}]`;
  if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${typeof key === 'symbol' ? String(key) : JSON.stringify(key)}]`;
}

/** Where `a` and `b` first differ ("" for the values themselves), or undefined if they are equal. */
export function firstDifference(a: unknown, b: unknown, strict = false, path: Path = '', seen: unknown[] = []): Path | undefined {
  if (Object.is(a, b)) return undefined;
  if (!isObject(a) || !isObject(b)) return path;
  if (seen.includes(a)) return undefined;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime()) ? undefined : path;
  }
  if (a instanceof RegExp || b instanceof RegExp) return String(a) === String(b) ? undefined : path;
  if (a instanceof Error && b instanceof Error && a.message !== b.message) return join(path, 'message');
  const inner = [...seen, a];
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return path;
    for (const [key, value] of a) {
      if (!b.has(key) || firstDifference(value, b.get(key), strict, '', inner) !== undefined) return path;
    }
    return undefined;
  }
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set && b instanceof Set) || a.size !== b.size) return path;
    for (const value of a) {
      if (!b.has(value) && ![...b].some((other) => firstDifference(value, other, strict, '', inner) === undefined)) {
        return path;
      }
    }
    return undefined;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) {
    const shorter = Math.min(a.length, b.length);
    for (let i = 0; i < shorter; i++) {
      const d = firstDifference(a[i], b[i], strict, join(path, i), inner);
      if (d !== undefined) return d;
    }
    return join(path, 'length');
  }
  const keysA = ownKeys(a, strict);
  const keysB = ownKeys(b, strict);
  for (const key of keysA) {
    if (!keysB.includes(key)) return join(path, key);
    const d = firstDifference(a[key], b[key], strict, join(path, key), inner);
    if (d !== undefined) return d;
  }
  for (const key of keysB) if (!keysA.includes(key)) return join(path, key);
  if (strict && Array.isArray(a) && Array.isArray(b)) {
    // Sparse arrays differ from arrays holding undefined under toStrictEqual.
    for (let i = 0; i < a.length; i++) if (i in a !== i in b) return join(path, i);
  }
  return undefined;
}

/** Jest's `toEqual` (strict = false) and `toStrictEqual` (strict = true). */
export function equals(a: unknown, b: unknown, strict = false): boolean {
  return firstDifference(a, b, strict) === undefined;
}

/** `toMatchObject`: every property of `expected` is in `actual` with an equal (recursively matching) value. */
export function matchesObject(actual: unknown, expected: unknown): boolean {
  if (!isObject(actual) || !isObject(expected)) return equals(actual, expected);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matchesObject(actual[i], e));
  }
  return Reflect.ownKeys(expected).every((key) => key in actual && matchesObject(actual[key], expected[key]));
}
