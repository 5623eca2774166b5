import { describe, expect, test } from 'vitest';
import { expect as jestExpect } from '../../../../src/grading/typescript/harness/expect.ts';
import { AssertionError } from '../../../../src/grading/typescript/harness/assertion-error.ts';

/** The failure message a harness assertion throws, or undefined if it held. */
function failure(assertion: () => void): string | undefined {
  try {
    assertion();
  } catch (error) {
    if (error instanceof AssertionError) return error.message;
    throw error;
  }
  return undefined;
}

async function asyncFailure(assertion: () => Promise<void>): Promise<string | undefined> {
  try {
    await assertion();
  } catch (error) {
    if (error instanceof AssertionError) return error.message;
    throw error;
  }
  return undefined;
}

class Patient {
  constructor(readonly name: string) {}
}

describe('toBe', () => {
  test('passes on Object.is equality and fails with Jest\'s message', () => {
    expect(failure(() => jestExpect(3).toBe(3))).toBeUndefined();
    expect(failure(() => jestExpect(4).toBe(3))).toBe(
      'expect(received).toBe(expected) // Object.is equality\n\nExpected: 3\nReceived: 4',
    );
  });
  test('.not inverts and says "not"', () => {
    expect(failure(() => jestExpect(4).not.toBe(3))).toBeUndefined();
    expect(failure(() => jestExpect(3).not.toBe(3))).toBe(
      'expect(received).not.toBe(expected) // Object.is equality\n\nExpected: not 3',
    );
  });
  test('suggests toStrictEqual for equal objects that are not the same object', () => {
    expect(failure(() => jestExpect({ a: 1 }).toBe({ a: 1 }))).toContain('replace "toBe" with "toStrictEqual"');
  });
  test('tells NaN equal and 0 from -0, as Object.is does', () => {
    expect(failure(() => jestExpect(NaN).toBe(NaN))).toBeUndefined();
    expect(failure(() => jestExpect(0).toBe(-0))).toContain('Expected: -0\nReceived: 0');
  });
});

describe('toEqual and toStrictEqual', () => {
  test('toEqual compares deeply, ignores undefined properties and names the first difference', () => {
    expect(failure(() => jestExpect({ a: [1, { b: 2 }], c: undefined }).toEqual({ a: [1, { b: 2 }] }))).toBeUndefined();
    const message = failure(() => jestExpect({ name: [{ family: 'Smith' }] }).toEqual({ name: [{ family: 'SMITH' }] }));
    expect(message).toContain('expect(received).toEqual(expected) // deep equality');
    expect(message).toContain('Expected: {"name": [{"family": "SMITH"}]}');
    expect(message).toContain('Received: {"name": [{"family": "Smith"}]}');
    expect(message).toContain('First difference at name[0].family');
  });
  test('.not.toEqual', () => {
    expect(failure(() => jestExpect([1]).not.toEqual([2]))).toBeUndefined();
    expect(failure(() => jestExpect([1]).not.toEqual([1]))).toContain('Expected: not [1]');
  });
  test('toStrictEqual also checks undefined properties and classes', () => {
    expect(failure(() => jestExpect({ a: 1 }).toStrictEqual({ a: 1 }))).toBeUndefined();
    expect(failure(() => jestExpect({ a: 1, b: undefined }).toStrictEqual({ a: 1 }))).toContain('First difference at b');
    expect(failure(() => jestExpect(new Patient('x')).toStrictEqual({ name: 'x' }))).toContain('toStrictEqual');
    expect(failure(() => jestExpect(new Patient('x')).toEqual({ name: 'x' }))).toBeUndefined();
    expect(failure(() => jestExpect({ a: 1 }).not.toStrictEqual({ a: 2 }))).toBeUndefined();
  });
  test('compares Maps, Sets and Dates by content', () => {
    expect(failure(() => jestExpect(new Map([['a', 1]])).toEqual(new Map([['a', 1]])))).toBeUndefined();
    expect(failure(() => jestExpect(new Set([1, 2])).toEqual(new Set([2, 1])))).toBeUndefined();
    expect(failure(() => jestExpect(new Date(0)).toEqual(new Date(1)))).toContain('1970-01-01T00:00:00.000Z');
  });
});

describe('toBeCloseTo', () => {
  test('passes within half a unit of the last digit (2 by default)', () => {
    expect(failure(() => jestExpect(0.1 + 0.2).toBeCloseTo(0.3))).toBeUndefined();
    expect(failure(() => jestExpect(22.94).toBeCloseTo(22.9, 1))).toBeUndefined();
  });
  test('fails with precision and differences', () => {
    const message = failure(() => jestExpect(2290).toBeCloseTo(22.9, 1));
    expect(message).toContain('expect(received).toBeCloseTo(expected, precision)');
    expect(message).toContain('Expected: 22.9\nReceived: 2290');
    expect(message).toContain('Expected precision:  1');
    expect(message).toContain('Received difference: 2267.1');
  });
  test('.not and a non-number', () => {
    expect(failure(() => jestExpect(1).not.toBeCloseTo(2))).toBeUndefined();
    expect(failure(() => jestExpect('22.9').toBeCloseTo(22.9))).toContain('Matcher error: received value must be a number');
  });
});

describe('toThrow', () => {
  const boom = () => {
    throw new RangeError('weight must be positive');
  };
  test('with no argument', () => {
    expect(failure(() => jestExpect(boom).toThrow())).toBeUndefined();
    expect(failure(() => jestExpect(() => 1).toThrow())).toBe('expect(received).toThrow()\n\nReceived function did not throw');
  });
  test('with a substring', () => {
    expect(failure(() => jestExpect(boom).toThrow('positive'))).toBeUndefined();
    expect(failure(() => jestExpect(boom).toThrow('negative'))).toBe(
      'expect(received).toThrow(expected)\n\nExpected substring: "negative"\nReceived message:   "weight must be positive"',
    );
  });
  test('with a pattern', () => {
    expect(failure(() => jestExpect(boom).toThrow(/must be/))).toBeUndefined();
    expect(failure(() => jestExpect(boom).toThrow(/^kg/))).toContain('Expected pattern: /^kg/');
  });
  test('with a class', () => {
    expect(failure(() => jestExpect(boom).toThrow(RangeError))).toBeUndefined();
    const message = failure(() => jestExpect(boom).toThrow(TypeError));
    expect(message).toContain('Expected constructor: TypeError');
    expect(message).toContain('Received constructor: RangeError');
  });
  test('.not.toThrow, and a value that is not a function', () => {
    expect(failure(() => jestExpect(() => 1).not.toThrow())).toBeUndefined();
    expect(failure(() => jestExpect(boom).not.toThrow())).toContain('Received message: "weight must be positive"');
    expect(failure(() => jestExpect(42).toThrow())).toContain('received value must be a function');
  });
});

describe('collections and properties', () => {
  test('toContain on arrays and strings', () => {
    expect(failure(() => jestExpect([1, 2, 3]).toContain(2))).toBeUndefined();
    expect(failure(() => jestExpect('Jane SMITH').toContain('SMITH'))).toBeUndefined();
    expect(failure(() => jestExpect([1, 2]).toContain(3))).toBe(
      'expect(received).toContain(expected) // indexOf\n\nExpected value: 3\nReceived array: [1, 2]',
    );
    expect(failure(() => jestExpect('Jane').toContain('SMITH'))).toContain('Expected substring: "SMITH"');
    expect(failure(() => jestExpect([1]).not.toContain(1))).toContain('Expected value: not 1');
    expect(failure(() => jestExpect(5).toContain(5))).toContain('Matcher error');
  });
  test('toContainEqual', () => {
    expect(failure(() => jestExpect([{ a: 1 }]).toContainEqual({ a: 1 }))).toBeUndefined();
    expect(failure(() => jestExpect([{ a: 1 }]).toContainEqual({ a: 2 }))).toContain('Expected value: {"a": 2}');
  });
  test('toHaveLength', () => {
    expect(failure(() => jestExpect([1, 2]).toHaveLength(2))).toBeUndefined();
    expect(failure(() => jestExpect('abc').not.toHaveLength(2))).toBeUndefined();
    expect(failure(() => jestExpect([1, 2]).toHaveLength(3))).toContain('Expected length: 3\nReceived length: 2');
    expect(failure(() => jestExpect(7).toHaveLength(1))).toContain('Matcher error');
  });
  test('toHaveProperty with a path, an array path and a value', () => {
    const patient = { name: [{ family: 'SMITH', given: ['Jane'] }] };
    expect(failure(() => jestExpect(patient).toHaveProperty('name[0].family'))).toBeUndefined();
    expect(failure(() => jestExpect(patient).toHaveProperty(['name', 0, 'given', 0], 'Jane'))).toBeUndefined();
    expect(failure(() => jestExpect(patient).toHaveProperty('name.0.family', 'SMITH'))).toBeUndefined();
    const missing = failure(() => jestExpect(patient).toHaveProperty('name[0].prefix'));
    expect(missing).toContain('Expected path: "name[0].prefix"');
    expect(missing).toContain('Received path: "name.0"');
    expect(failure(() => jestExpect(patient).toHaveProperty('name[0].family', 'Smith'))).toContain(
      'Expected value: "Smith"',
    );
    expect(failure(() => jestExpect(patient).not.toHaveProperty('birthDate'))).toBeUndefined();
    expect(failure(() => jestExpect(null).toHaveProperty('a'))).toContain('Matcher error');
  });
  test('toMatchObject', () => {
    expect(failure(() => jestExpect({ a: 1, b: { c: 2, d: 3 } }).toMatchObject({ b: { c: 2 } }))).toBeUndefined();
    expect(failure(() => jestExpect({ a: 1 }).toMatchObject({ a: 2 }))).toContain('toMatchObject');
  });
});

describe('single-value matchers', () => {
  test.each([
    ['toBeTruthy', 1, 0],
    ['toBeFalsy', '', 'x'],
    ['toBeNull', null, undefined],
    ['toBeUndefined', undefined, null],
    ['toBeDefined', 0, undefined],
    ['toBeNaN', NaN, 1],
  ] as const)('%s passes, fails with "Received:", and inverts with .not', (name, passing, failing) => {
    expect(failure(() => jestExpect(passing)[name]())).toBeUndefined();
    expect(failure(() => jestExpect(failing)[name]())).toMatch(new RegExp(`^expect\\(received\\)\\.${name}\\(\\)\n\nReceived: `));
    expect(failure(() => jestExpect(failing).not[name]())).toBeUndefined();
    expect(failure(() => jestExpect(passing).not[name]())).toContain(`.not.${name}()`);
  });
});

describe('comparisons', () => {
  test.each([
    ['toBeGreaterThan', 5, 3, 3, '>'],
    ['toBeGreaterThanOrEqual', 3, 3, 2, '>='],
    ['toBeLessThan', 3, 5, 5, '<'],
    ['toBeLessThanOrEqual', 5, 5, 6, '<='],
  ] as const)('%s', (name, received, passingBound, failingReceived, operator) => {
    expect(failure(() => jestExpect(received)[name](passingBound))).toBeUndefined();
    const message = failure(() => jestExpect(failingReceived)[name](name.startsWith('toBeGreater') ? passingBound + 1 : passingBound - 1));
    expect(message).toContain(`Expected: ${operator} `);
    expect(failure(() => jestExpect(received).not[name](passingBound))).toContain(`Expected: not ${operator} `);
    expect(failure(() => jestExpect('5')[name](1))).toContain('Matcher error: received value must be a number or bigint');
  });
});

describe('toMatch and toBeInstanceOf', () => {
  test('toMatch with a pattern or a substring', () => {
    expect(failure(() => jestExpect('943 476 5919').toMatch(/^\d{3} \d{3} \d{4}$/))).toBeUndefined();
    expect(failure(() => jestExpect('9434765919').toMatch(/ /))).toContain('Expected pattern: / /\nReceived string:  "9434765919"');
    expect(failure(() => jestExpect('abc').toMatch('b'))).toBeUndefined();
    expect(failure(() => jestExpect('abc').not.toMatch('z'))).toBeUndefined();
    expect(failure(() => jestExpect(5).toMatch('5'))).toContain('Matcher error');
  });
  test('toBeInstanceOf', () => {
    expect(failure(() => jestExpect(new Patient('a')).toBeInstanceOf(Patient))).toBeUndefined();
    expect(failure(() => jestExpect({}).toBeInstanceOf(Patient))).toContain(
      'Expected constructor: Patient\nReceived constructor: Object',
    );
    expect(failure(() => jestExpect({}).not.toBeInstanceOf(Patient))).toBeUndefined();
  });
});

describe('resolves and rejects', () => {
  test('.resolves unwraps a fulfilled promise', async () => {
    expect(await asyncFailure(() => jestExpect(Promise.resolve(3)).resolves.toBe(3))).toBeUndefined();
    expect(await asyncFailure(() => jestExpect(Promise.resolve(4)).resolves.toBe(3))).toContain(
      'expect(received).resolves.toBe(expected)',
    );
    expect(await asyncFailure(() => jestExpect(Promise.resolve(4)).resolves.not.toBe(3))).toBeUndefined();
  });
  test('.resolves on a rejected promise says so', async () => {
    const message = await asyncFailure(() => jestExpect(Promise.reject(new Error('no'))).resolves.toBe(3));
    expect(message).toContain('Received promise rejected instead of resolved');
  });
  test('.rejects unwraps the reason, and works with toThrow', async () => {
    expect(await asyncFailure(() => jestExpect(Promise.reject(new Error('no heart rate'))).rejects.toThrow('heart rate'))).toBeUndefined();
    expect(await asyncFailure(() => jestExpect(Promise.resolve(1)).rejects.toThrow())).toContain(
      'Received promise resolved instead of rejected',
    );
    expect(await asyncFailure(() => jestExpect(5).resolves.toBe(5))).toContain('received value must be a promise');
  });
});
