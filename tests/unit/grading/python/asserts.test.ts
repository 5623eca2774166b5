import { describe, expect, test } from 'vitest';
import { check, py, usePyodide } from './helpers';

const pyodide = usePyodide();

/** The failure message of a one-test file `assert <expression>` against `code`. */
async function message(code: string, assertion: string, header = 'from solution import *'): Promise<string | undefined> {
  const result = await check(pyodide(), code, `${header}\n\ndef test_it():\n    ${assertion}\n`);
  expect(result.tests[0]?.status).toBe('fail');
  return result.tests[0]?.message;
}

const WRONG = py`
  def bmi(w, h):
      return w / h ** 2 * 100

  def label(bmi):
      return "healthy weight"

  def items():
      return [1, 2, 4]

  def nothing():
      return None

  def score():
      return 7
`;

describe('bare assert failures show both values, the learner\'s as "got"', () => {
  test.each([
    ['assert round(bmi(70, 1.75), 1) == 22.9', 'expected 22.9, got 2285.7'],
    ['assert 22.9 == round(bmi(70, 1.75), 1)', 'expected 22.9, got 2285.7'],
    ['assert score() != 7', 'expected something other than 7, got 7'],
    ['assert score() < 5', 'expected a value less than 5, got 7'],
    ['assert score() <= 5', 'expected a value at most 5, got 7'],
    ['assert score() > 9', 'expected a value more than 9, got 7'],
    ['assert score() >= 9', 'expected a value at least 9, got 7'],
    ['assert 9 <= score()', 'expected a value at least 9, got 7'],
    ['assert score() in (1, 2, 3)', 'expected one of (1, 2, 3), got 7'],
    ['assert 3 in items()', 'expected [1, 2, 4] to contain 3'],
    ['assert 4 not in items()', 'expected [1, 2, 4] not to contain 4'],
    ['assert score() is None', 'expected None, got 7'],
    ['assert nothing() is not None', 'expected something other than None, got None'],
    ['assert nothing()', 'expected `nothing()` to be true, got None'],
    ['assert not score()', 'expected `score()` to be false, got 7'],
    ['assert isinstance(score(), str)', 'expected a str, got 7 (an int)'],
  ])('%s', async (assertion, expected) => {
    expect(await message(WRONG, assertion)).toBe(expected);
  });

  test('strings that differ only in capitals or spaces say so', async () => {
    expect(await message(WRONG, 'assert label(22) == "Healthy weight"')).toBe(
      "expected 'Healthy weight', got 'healthy weight' (the capital letters differ)",
    );
    expect(await message('def f():\n    return "ok "\n', 'assert f() == "ok"')).toBe("expected 'ok', got 'ok ' (check for spaces at the start or end)");
  });

  test('values that print alike but differ in type name both types', async () => {
    expect(await message('def f():\n    return "7"\n', 'assert f() == 7')).toBe("expected 7, got '7'");
    expect(await message('def f():\n    return 1.0\n', 'assert f() is 1', 'import warnings\nwarnings.simplefilter("ignore")\nfrom solution import *')).toBe(
      'expected 1, got 1.0',
    );
  });

  test('lists point at the first difference', async () => {
    expect(await message(WRONG, 'assert items() == [1, 2, 3]')).toBe('expected [1, 2, 3], got [1, 2, 4] (first difference at item 2: expected 3, got 4)');
  });

  test("the tutor's own message comes first, then the values", async () => {
    expect(await message(WRONG, 'assert score() == 6, "NEWS2 total for these observations"')).toBe(
      'NEWS2 total for these observations\nexpected 6, got 7',
    );
    expect(await message(WRONG, 'x = 6\n    assert score() == x, f"score should be {x}"')).toBe('score should be 6\nexpected 6, got 7');
  });

  test('a passing assert evaluates each side exactly once', async () => {
    const code = 'calls = []\ndef f():\n    calls.append(1)\n    return 2\n';
    const tests = 'import solution\nfrom solution import f\n\ndef test_once():\n    assert f() == 2\n    assert solution.calls == [1]\n';
    expect((await check(pyodide(), code, tests)).status).toBe('pass');
  });
});

describe('pytest.approx', () => {
  test('passes within tolerance: default relative 1e-6, abs= and rel= as in pytest', async () => {
    const tests = py`
      import pytest
      from solution import f

      def test_default():
          assert f(0.1, 0.2) == pytest.approx(0.3)

      def test_abs():
          assert f(22.86, 0) == pytest.approx(22.9, abs=0.05)

      def test_rel():
          assert f(100, 1) == pytest.approx(100, rel=0.02)

      def test_sequences_and_dicts():
          assert [f(0.1, 0.2), 1] == pytest.approx([0.3, 1.0])
          assert {"bmi": f(0.1, 0.2)} == pytest.approx({"bmi": 0.3})

      def test_reversed():
          assert pytest.approx(0.3) == f(0.1, 0.2)
    `;
    const result = await check(pyodide(), 'def f(a, b):\n    return a + b\n', tests);
    expect(result.tests.map((t) => t.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
  });

  test.each([
    ['assert bmi(70, 1.75) == pytest.approx(22.9, abs=0.1)', 'expected 22.9 ± 0.1, got 2285.714285714286'],
    ['assert round(bmi(70, 1.75) / 100, 2) == pytest.approx(22.9)', 'expected 22.9 ± 0.000023, got 22.86'],
    ['assert [1.0, round(bmi(70, 1.75))] == pytest.approx([1.0, 22.9], abs=0.5)', 'item 1: expected 22.9 ± 0.5, got 2286 (in [1.0, 2286])'],
    ['assert {"bmi": 1.0} == pytest.approx({"bmi": 22.9}, abs=0.1)', "key 'bmi': expected 22.9 ± 0.1, got 1.0"],
    ['assert items() == pytest.approx([1, 2])', 'expected 2 items, got 3: [1, 2, 4]'],
    ['assert label(1) == pytest.approx(22.9)', "expected 22.9 ± 0.000023, got 'healthy weight' (a str, not a number)"],
  ])('%s', async (assertion, expected) => {
    expect(await message(WRONG, assertion, 'import pytest\nfrom solution import *')).toBe(expected);
  });
});

describe('pytest.raises', () => {
  const header = 'import pytest\nfrom solution import *';
  test('passes when the error is raised, and match= checks its message', async () => {
    const tests = `${header}\n\ndef test_raises():\n    with pytest.raises(ValueError, match="height"):\n        check_height(0)\n\ndef test_info():\n    with pytest.raises(ValueError) as info:\n        check_height(-1)\n    assert "height" in str(info.value)\n\ndef test_callable_form():\n    pytest.raises(ValueError, check_height, 0)\n`;
    const result = await check(pyodide(), 'def check_height(h):\n    if h <= 0:\n        raise ValueError("height must be positive")\n', tests);
    expect(result.status).toBe('pass');
  });

  test('no error, the wrong error, or the wrong message each fail with a plain sentence', async () => {
    expect(await message('def f(h):\n    return 1\n', 'with pytest.raises(ValueError):\n        f(0)', header)).toBe(
      'expected ValueError to be raised, but no error was raised',
    );
    expect(await message('def f(h):\n    return 1 / h\n', 'with pytest.raises(ValueError):\n        f(0)', header)).toBe(
      'expected ValueError to be raised, but got ZeroDivisionError: division by zero',
    );
    expect(await message('def f(h):\n    raise ValueError("nope")\n', 'with pytest.raises(ValueError, match="height"):\n        f(0)', header)).toBe(
      "expected the error message to match 'height', got 'nope'",
    );
  });

  test('pytest.fail fails the test with its reason', async () => {
    expect(await message('x = 1\n', 'pytest.fail("not finished")', header)).toBe('not finished');
  });
});

describe('unittest assertions read the same way', () => {
  test.each([
    ['self.assertEqual(score(), 6)', 'expected 6, got 7'],
    ['self.assertEqual(score(), 6, "total")', 'total\nexpected 6, got 7'],
    ['self.assertNotEqual(score(), 7)', 'expected something other than 7, got 7'],
    ['self.assertTrue(nothing())', 'expected a true value, got None'],
    ['self.assertFalse(score())', 'expected a false value, got 7'],
    ['self.assertIsNone(score())', 'expected None, got 7'],
    ['self.assertIsNotNone(nothing())', 'expected a value, got None'],
    ['self.assertIn(3, items())', 'expected [1, 2, 4] to contain 3'],
    ['self.assertIsInstance(score(), float)', 'expected a float, got 7 (an int)'],
    ['self.assertAlmostEqual(bmi(70, 1.75), 22.9, places=1)', 'expected 22.9 (to 1 decimal places), got 2285.714285714286'],
    ['self.assertAlmostEqual(score(), 6.5, delta=0.1)', 'expected 6.5 ± 0.1, got 7'],
    ['self.assertGreater(score(), 8)', 'expected a value more than 8, got 7'],
    ['self.assertLessEqual(score(), 6)', 'expected a value at most 6, got 7'],
  ])('%s', async (assertion, expected) => {
    const tests = `import unittest\nfrom solution import *\n\nclass TestIt(unittest.TestCase):\n    def test_it(self):\n        ${assertion}\n`;
    const result = await check(pyodide(), WRONG, tests);
    expect(result.tests[0]).toMatchObject({ status: 'fail', message: expected });
  });

  test('assertRaises works as a context manager and fails plainly when nothing is raised', async () => {
    const tests = py`
      import unittest
      from solution import f

      class TestRaises(unittest.TestCase):
          def test_raised(self):
              with self.assertRaises(ZeroDivisionError) as context:
                  f(0)
              self.assertIn("zero", str(context.exception))

          def test_not_raised(self):
              with self.assertRaises(ValueError):
                  f(1)
    `;
    const result = await check(pyodide(), 'def f(h):\n    return 1 / h\n', tests);
    expect(result.tests.map((t) => [t.status, t.message])).toEqual([
      ['pass', undefined],
      ['fail', 'expected ValueError to be raised, but no error was raised'],
    ]);
  });
});
