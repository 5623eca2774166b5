import { describe, expect, test } from 'vitest';
import { check, py, run, usePyodide } from './helpers';

const pyodide = usePyodide();
const names = (r: { tests: { name: string }[] }) => r.tests.map((t) => t.name);
const DOUBLE = 'def double(x):\n    return 2 * x\n';

describe('test discovery', () => {
  test('pytest functions and unittest classes run in the order the file declares them, interleaved', async () => {
    const tests = py`
      import unittest
      from solution import double

      def test_zero():
          assert double(0) == 0

      class TestDoubling(unittest.TestCase):
          def test_two(self):
              self.assertEqual(double(2), 4)

          def test_negative(self):
              self.assertEqual(double(-3), -6)

      def test_ten():
          assert double(10) == 20
    `;
    const result = await check(pyodide(), DOUBLE, tests);
    expect(result.status).toBe('pass');
    expect(names(result)).toEqual(['zero', 'doubling: two', 'doubling: negative', 'ten']);
  });

  test('unittest setUp, tearDown, setUpClass and tearDownClass run around the tests', async () => {
    const tests = py`
      import unittest
      from solution import double

      class TestWithFixtures(unittest.TestCase):
          @classmethod
          def setUpClass(cls):
              print("class set up")

          def setUp(self):
              self.value = 21

          def test_uses_set_up(self):
              self.assertEqual(double(self.value), 42)

          def tearDown(self):
              print("tear down")

          @classmethod
          def tearDownClass(cls):
              print("class torn down")
    `;
    const result = await check(pyodide(), DOUBLE, tests);
    expect(result.status).toBe('pass');
    expect(result.tests[0]?.output).toBe('class set up\ntear down\nclass torn down\n');
  });

  test('pytest-style Test classes are collected, with setup_method', async () => {
    const tests = py`
      from solution import double

      class TestDouble:
          def setup_method(self, method):
              self.base = 5

          def test_five(self):
              assert double(self.base) == 10
    `;
    const result = await check(pyodide(), DOUBLE, tests);
    expect(result).toMatchObject({ status: 'pass', tests: [{ name: 'double: five', status: 'pass' }] });
  });

  test('only tests defined in the test file count: the learner cannot add passing tests of their own', async () => {
    const code = 'def double(x):\n    return 0\n\ndef test_always_passes():\n    pass\n';
    const tests = 'from solution import *\n\ndef test_two():\n    assert double(2) == 4\n';
    const result = await check(pyodide(), code, tests);
    expect(result.status).toBe('fail');
    expect(names(result)).toEqual(['two']);
  });

  test('a test file with no tests is the course team\'s problem, not the learner\'s', async () => {
    const result = await check(pyodide(), DOUBLE, 'from solution import double\n');
    expect(result).toMatchObject({ status: 'error', problem: 'internal' });
    expect(result.message).toContain('not your fault');
  });
});

describe('what tests may use', () => {
  test('unittest.mock can stand in for input() during a test, and is undone afterwards', async () => {
    const tests = py`
      from unittest import mock
      import unittest.mock
      from solution import ask_weight

      def test_reads_weight():
          with mock.patch("builtins.input", return_value="72.5"):
              assert ask_weight() == 72.5

      def test_patch_decorator():
          with unittest.mock.patch("builtins.input", side_effect=["80"]):
              assert ask_weight() == 80.0
    `;
    const result = await check(pyodide(), 'def ask_weight():\n    return float(input("Weight: "))\n', tests);
    expect(result.tests.map((t) => t.status)).toEqual(['pass', 'pass']);
  });

  test('a playground Run can import the pytest stand-in too', async () => {
    const result = await run(pyodide(), 'import pytest\nprint(0.1 + 0.2 == pytest.approx(0.3))\n');
    expect(result.output).toBe('True\n');
  });
});

describe('test names shown to learners', () => {
  test('the function name without test_, underscores as spaces; or the docstring\'s first line', async () => {
    const tests = py`
      from solution import double

      def test_rejects_zero_height():
          pass

      def test_with_docstring():
          """Doubles a negative number.

          More detail that learners do not need in the name.
          """
          assert double(-1) == -2
    `;
    const result = await check(pyodide(), DOUBLE, tests);
    expect(names(result)).toEqual(['rejects zero height', 'Doubles a negative number.']);
  });

  test('unittest classes prefix their label; a class docstring replaces it; methods may have docstrings', async () => {
    const tests = py`
      import unittest
      from solution import double

      class TestBMICategory(unittest.TestCase):
          def test_one(self):
              self.assertEqual(double(1), 2)

      class Anything(unittest.TestCase):
          """Doubling"""
          def test_two(self):
              """two makes four"""
              self.assertEqual(double(2), 4)
    `;
    const result = await check(pyodide(), DOUBLE, tests);
    expect(names(result)).toEqual(['BMI category: one', 'Doubling: two makes four']);
  });
});

describe('@pytest.mark.parametrize', () => {
  test('each case is its own test, named like pytest, in declaration order', async () => {
    const tests = py`
      import pytest
      from solution import double

      @pytest.mark.parametrize("x, expected", [(1, 2), (2.5, 5.0), (-3, -6), ("ab", "abab"), (None, None)])
      def test_doubles(x, expected):
          assert double(x) == expected

      def test_after():
          assert double(0) == 0
    `;
    const code = 'def double(x):\n    return None if x is None else 2 * x\n';
    const result = await check(pyodide(), code, tests);
    expect(result.status).toBe('pass');
    expect(names(result)).toEqual([
      'doubles[1-2]',
      'doubles[2.5-5.0]',
      'doubles[-3--6]',
      'doubles[ab-abab]',
      'doubles[None-None]',
      'after',
    ]);
  });

  test('ids= names the cases; pytest.param(id=...) too; one argument needs no tuple', async () => {
    const tests = py`
      import pytest
      from solution import double

      @pytest.mark.parametrize("x", [1, 2], ids=["one", "two"])
      def test_ids(x):
          assert double(x) == x * 2

      @pytest.mark.parametrize("x, expected", [pytest.param(18.5, 37.0, id="lower boundary"), (3, 6)])
      def test_params(x, expected):
          assert double(x) == expected
    `;
    const result = await check(pyodide(), DOUBLE, tests);
    expect(names(result)).toEqual(['ids[one]', 'ids[two]', 'params[lower boundary]', 'params[3-6]']);
  });

  test('a failing case fails on its own and says which values it got', async () => {
    const tests = py`
      import pytest
      from solution import double

      @pytest.mark.parametrize("x, expected", [(1, 2), (5, 10)])
      def test_doubles(x, expected):
          assert double(x) == expected
    `;
    const result = await check(pyodide(), 'def double(x):\n    return 2 if x == 1 else x\n', tests);
    expect(result.status).toBe('fail');
    expect(result.tests.map((t) => [t.name, t.status, t.message])).toEqual([
      ['doubles[1-2]', 'pass', undefined],
      ['doubles[5-10]', 'fail', 'expected 10, got 5'],
    ]);
  });

  test('objects get pytest\'s argname-and-index ids, and repeated ids are numbered', async () => {
    const tests = py`
      import pytest
      from solution import double

      @pytest.mark.parametrize("x", [[1], [2], 3, 3])
      def test_lists(x):
          assert double(x) == x + x
    `;
    const result = await check(pyodide(), DOUBLE, tests);
    expect(names(result)).toEqual(['lists[x0]', 'lists[x1]', 'lists[30]', 'lists[31]']);
  });
});

describe('pytest fixtures', () => {
  test('a test gets fixtures by parameter name; yield fixtures are finished afterwards', async () => {
    const tests = py`
      import pytest
      from solution import double

      @pytest.fixture
      def base():
          return 4

      @pytest.fixture
      def doubled(base):
          print("before")
          yield double(base)
          print("after")

      def test_uses_fixtures(doubled, base):
          assert doubled == base * 2
    `;
    const result = await check(pyodide(), DOUBLE, tests);
    expect(result.tests[0]).toMatchObject({ status: 'pass', output: 'before\nafter\n' });
  });

  test('an unknown fixture is reported as the test file\'s mistake', async () => {
    const tests = 'from solution import double\n\ndef test_needs(tmp_path):\n    pass\n';
    const result = await check(pyodide(), DOUBLE, tests);
    expect(result.tests[0]?.status).toBe('error');
    expect(result.tests[0]?.message).toContain("fixture called 'tmp_path'");
  });
});
