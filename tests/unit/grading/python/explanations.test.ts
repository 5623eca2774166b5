import { describe, expect, test } from 'vitest';
import { check, py, usePyodide } from './helpers';

const pyodide = usePyodide();

/** Runs `body` as the learner's function f() and returns the single test's result. */
async function errorFrom(body: string, call = 'f()') {
  const code = `def f():\n${body.split('\n').map((l) => `    ${l}`).join('\n')}\n`;
  const result = await check(pyodide(), code, `from solution import f\n\ndef test_it():\n    ${call}\n`);
  return result.tests[0]!;
}

describe('plain-English readings beside Python\'s own message', () => {
  test.each([
    ['weight = 70\nreturn wieght', 'NameError', "Python doesn't know the name `wieght`. Did you mean `weight`?"],
    ['return lenght([1])', 'NameError', 'Did you mean `len`?'],
    ['return true', 'NameError', 'Python writes it with a capital letter: `True`'],
    ['return "BMI: " + 22', 'TypeError', 'You tried to add text (a str) and a number together'],
    ['return 22 + "kg"', 'TypeError', 'You tried to add text (a str) and a number together'],
    ['return "70" / 2', 'TypeError', 'is text (a str), not a number'],
    ['x = 2\nreturn x(3 + 1)', 'TypeError', 'as if it were a function'],
    ['return round(1, 2, 3)', 'TypeError', 'different number of values than its `def` line has parameters'],
    ['return "5" < 3', 'TypeError', 'You compared text (a str) with a number'],
    ['return 70 / 0', 'ZeroDivisionError', 'Your code divided by zero'],
    ['return [1, 2, 3][3]', 'IndexError', 'Positions count from 0'],
    ['return {"sbp": 120}["SBP"]', 'KeyError', "The dictionary has no key 'SBP'"],
    ['return "abc".uper()', 'AttributeError', 'Did you mean `.upper`?'],
    ['import math\nreturn math.sqroot(4)', 'AttributeError', 'The math module has nothing called `.sqroot`. Did you mean `.sqrt`?'],
    ['return int("72.5")', 'ValueError', 'has a decimal point. Use float(...)'],
    ['return int("seventy")', 'ValueError', "int() couldn't turn the text 'seventy' into a whole number"],
    ['return float("abc")', 'ValueError', "float() couldn't turn the text 'abc' into a number"],
    ['return f()', 'RecursionError', 'kept calling itself'],
    ['import numpy', 'ModuleNotFoundError', "There's no module called 'numpy' here"],
    ['return open("ward.csv").read()', 'FileNotFoundError', "There's no file called 'ward.csv'"],
    ['total = total + 1', 'UnboundLocalError', '`total` is used inside a function before the function gives it a value'],
  ])('%j -> %s', async (body, code, reading) => {
    const result = await errorFrom(body);
    expect(result.status).toBe('error');
    expect(result.message).toMatch(new RegExp(`^${code}: `));
    expect(result.explanation).toContain(reading);
  });

  test('a function called with the wrong number of arguments', async () => {
    const code = 'def bmi(weight):\n    return weight\n';
    const result = await check(pyodide(), code, 'from solution import bmi\n\ndef test_it():\n    assert bmi(70, 1.75) == 22.9\n');
    expect(result.tests[0]).toMatchObject({
      status: 'error',
      message: 'TypeError: bmi() takes 1 positional argument but 2 were given',
      explanation: expect.stringContaining('Check the parameters in your `def` line'),
    });
  });
});

describe('a function that never returns its answer', () => {
  const tests = 'from solution import bmi\n\ndef test_it():\n    assert bmi(70, 1.75) == 22.9\n';

  test('printing instead of returning is named as such', async () => {
    const code = 'def bmi(weight, height):\n    print(round(weight / height ** 2, 1))\n';
    const result = await check(pyodide(), code, tests);
    expect(result.tests[0]).toMatchObject({
      status: 'fail',
      message: 'expected 22.9, got None',
      explanation: "`bmi()` prints its answer but doesn't `return` it, so the test gets None. Change `print(...)` to `return ...`.",
      output: '22.9\n',
    });
  });

  test('computing without returning, even when the None then breaks arithmetic in the test', async () => {
    const code = 'def bmi(weight, height):\n    value = weight / height ** 2\n';
    const result = await check(pyodide(), code, 'from solution import bmi\n\ndef test_it():\n    assert bmi(70, 1.75) * 2 == 45.8\n');
    expect(result.tests[0]).toMatchObject({
      status: 'error',
      message: "TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'",
      explanation: "`bmi()` doesn't `return` anything, so the test gets None. End the function with `return` and the answer.",
    });
  });

  test('a function that does return is not blamed when its answer is legitimately None', async () => {
    const code = 'def bmi(weight, height):\n    if height > 0:\n        return None\n';
    const result = await check(pyodide(), code, tests);
    expect(result.tests[0]?.explanation).toBeUndefined();
  });
});

describe('tracebacks show only the learner\'s lines', () => {
  test('frames from the harness, the tests and the standard library are left out', async () => {
    const code = py`
      import statistics

      def average(values):
          return statistics.mean(values)

      def report(values):
          return f"mean {average(values)}"
    `;
    const result = await check(pyodide(), code, 'from solution import report\n\ndef test_empty():\n    assert report([]) == "mean 0"\n');
    expect(result.tests[0]?.traceback).toBe(
      [
        'Traceback (most recent call last):',
        '  your code, line 7, in report',
        '    return f"mean {average(values)}"',
        '                   ^^^^^^^^^^^^^^^',
        '  your code, line 4, in average',
        '    return statistics.mean(values)',
        '           ^^^^^^^^^^^^^^^^^^^^^^^',
        'statistics.StatisticsError: mean requires at least one data point',
      ].join('\n'),
    );
    expect(result.tests[0]?.traceback).not.toMatch(/harness|cwc_|test_exercise|statistics\.py/);
  });

  test('a function calling itself for ever shows its line a few times, then counts the rest', async () => {
    const code = 'def countdown(n):\n    return countdown(n - 1)\n';
    const result = await check(pyodide(), code, 'from solution import countdown\n\ndef test_it():\n    assert countdown(3) == 0\n');
    const lines = result.tests[0]?.traceback?.split('\n') ?? [];
    expect(lines.filter((l) => l === '  your code, line 2, in countdown')).toHaveLength(3);
    expect(lines.at(-2)).toMatch(/^ {2}\[the lines above repeated \d+ more times\]$/);
    expect(lines.at(-1)).toBe('RecursionError: maximum recursion depth exceeded');
    expect(result.tests[0]?.explanation).toContain('kept calling itself');
  });

  test('a huge error message is cut short', async () => {
    const result = await check(pyodide(), 'def f():\n    raise ValueError("x" * 100000)\n', 'from solution import f\n\ndef test_it():\n    f()\n');
    expect(result.tests[0]?.message?.length).toBeLessThan(1100);
  });

  test('an error in the test itself, with no learner line involved, has no traceback', async () => {
    const result = await check(pyodide(), 'def f():\n    return 1\n', 'from solution import f\n\ndef test_it():\n    assert f() + "x"\n');
    expect(result.tests[0]?.status).toBe('error');
    expect(result.tests[0]?.traceback).toBeUndefined();
  });
});
