import { describe, expect, test } from 'vitest';
import { formatValue } from '../../../../src/grading/typescript/harness/format.ts';
import { equals, firstDifference } from '../../../../src/grading/typescript/harness/equals.ts';
import { eachName } from '../../../../src/grading/typescript/harness/each.ts';
import { renderTable } from '../../../../src/grading/typescript/harness/console-table.ts';
import { createCapturingConsole, OutputBuffer } from '../../../../src/grading/typescript/harness/console-capture.ts';
import { OUTPUT_LIMIT, OUTPUT_TRUNCATED_NOTICE } from '../../../../src/schema/results.ts';

describe('formatValue', () => {
  test.each([
    ['text', '"text"'],
    ['say "hi"\n', '"say \\"hi\\"\\n"'],
    [3, '3'],
    [-0, '-0'],
    [NaN, 'NaN'],
    [10n, '10n'],
    [undefined, 'undefined'],
    [null, 'null'],
    [true, 'true'],
    [Symbol('s'), 'Symbol(s)'],
    [function bmi() {}, '[Function bmi]'],
    [new Date(0), '1970-01-01T00:00:00.000Z'],
    [/a+/g, '/a+/g'],
    [new TypeError('bad'), '[TypeError: bad]'],
    [[1, 'a', [2]], '[1, "a", [2]]'],
    [{ family: 'SMITH', given: ['Jane'] }, '{"family": "SMITH", "given": ["Jane"]}'],
    [new Map([['hr', 88]]), 'Map {"hr" => 88}'],
    [new Set([1, 2]), 'Set {1, 2}'],
  ])('%s', (value, shown) => {
    expect(formatValue(value)).toBe(shown);
  });

  test('long values go over several indented lines', () => {
    const patient = { resourceType: 'Patient', id: 'example-patient-1', name: [{ use: 'official', family: 'SMITH', given: ['Jane'] }] };
    expect(formatValue(patient)).toBe(
      [
        '{',
        '  "resourceType": "Patient",',
        '  "id": "example-patient-1",',
        '  "name": [{"use": "official", "family": "SMITH", "given": ["Jane"]}],',
        '}',
      ].join('\n'),
    );
  });

  test('class instances are named, cycles are marked, getters that throw do not crash', () => {
    class Reading {
      value = 88;
    }
    expect(formatValue(new Reading())).toBe('Reading {"value": 88}');
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(formatValue(loop)).toBe('{"a": 1, "self": [Circular]}');
    const hostile = Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(formatValue(hostile)).toBe('[unreadable value]');
  });

  test('very long arrays are shortened', () => {
    expect(formatValue(Array.from({ length: 150 }, () => 0))).toContain('... 50 more');
  });
});

describe('equals and firstDifference', () => {
  test('primitives compare with Object.is', () => {
    expect(equals(NaN, NaN)).toBe(true);
    expect(equals(0, -0)).toBe(false);
    expect(equals('1', 1)).toBe(false);
  });
  test('arrays: length, order and holes', () => {
    expect(equals([1, 2], [1, 2])).toBe(true);
    expect(firstDifference([1, 2], [1, 2, 3])).toBe('length');
    expect(firstDifference([1, 2], [2, 1])).toBe('[0]');
    expect(equals([, 1], [undefined, 1])).toBe(true);
    expect(equals([, 1], [undefined, 1], true)).toBe(false);
  });
  test('objects: nested paths, quoted keys, undefined properties', () => {
    expect(firstDifference({ a: { 'b-c': [1] } }, { a: { 'b-c': [2] } })).toBe('a["b-c"][0]');
    expect(equals({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(equals({ a: 1, b: undefined }, { a: 1 }, true)).toBe(false);
    expect(firstDifference({ a: 1 }, { a: 1, extra: 2 })).toBe('extra');
  });
  test('errors compare by message; cycles do not hang', () => {
    expect(equals(new Error('x'), new Error('x'))).toBe(true);
    expect(equals(new Error('x'), new Error('y'))).toBe(false);
    const a: Record<string, unknown> = {};
    a.self = a;
    const b: Record<string, unknown> = {};
    b.self = b;
    expect(equals(a, b)).toBe(true);
  });
});

describe('test.each names', () => {
  test('printf placeholders and %#', () => {
    expect(eachName('temperature %f scores %i (row %#)', [35.1, 1], 3)).toBe('temperature 35.1 scores 1 (row 3)');
    expect(eachName('%s and %p', ['text', 'text'], 0)).toBe('text and "text"');
    expect(eachName('100%% of %d', [5], 0)).toBe('100% of 5');
  });
  test('$name for object rows, and a single value row', () => {
    expect(eachName('$pulse beats scores $score', { pulse: 131, score: 3 }, 0)).toBe('131 beats scores 3');
    expect(eachName('value %s', 'only', 0)).toBe('value only');
  });
});

describe('console capture', () => {
  test('formats like a console, with substitutions', () => {
    const capture = createCapturingConsole();
    const buffer = new OutputBuffer();
    capture.use(buffer);
    capture.console.log('pulse', 88, { unit: '/min' });
    capture.console.error('%s is %d%%', 'SpO2', 95);
    capture.console.info('plain');
    expect(buffer.read()).toEqual({ output: 'pulse 88 {"unit": "/min"}\nSpO2 is 95%\nplain\n', outputTruncated: false });
  });
  test('streams each line with its stream name', () => {
    const seen: string[] = [];
    const capture = createCapturingConsole((text, stream) => seen.push(`${stream}:${text}`));
    capture.console.log('a');
    capture.console.warn('b');
    expect(seen).toEqual(['stdout:a\n', 'stderr:b\n']);
  });
  test('output is capped at OUTPUT_LIMIT with the notice', () => {
    const capture = createCapturingConsole();
    const buffer = new OutputBuffer();
    capture.use(buffer);
    const line = 'x'.repeat(999);
    for (let i = 0; i < 150; i++) capture.console.log(line);
    const { output, outputTruncated } = buffer.read();
    expect(outputTruncated).toBe(true);
    expect(output).toHaveLength(OUTPUT_LIMIT + OUTPUT_TRUNCATED_NOTICE.length);
    expect(output.endsWith(OUTPUT_TRUNCATED_NOTICE)).toBe(true);
  });
  test('console.table draws a table', () => {
    expect(renderTable([{ obs: 'pulse', value: 88 }, { obs: 'rr', value: 22 }])).toBe(
      [
        '┌─────────┬─────────┬───────┐',
        '│ (index) │ obs     │ value │',
        '├─────────┼─────────┼───────┤',
        '│ 0       │ "pulse" │ 88    │',
        '│ 1       │ "rr"    │ 22    │',
        '└─────────┴─────────┴───────┘',
      ].join('\n'),
    );
    expect(renderTable({ a: 1 })).toContain('Values');
  });
});
