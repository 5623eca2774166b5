/**
 * Attempts to make failing code pass without solving the exercise. Each must leave the exercise failing (or
 * erroring), never passing. The wrong answer throughout: bmi() returns 0.
 */
import { describe, expect, test } from 'vitest';
import { BMI_SOLUTION, BMI_TESTS, check, py, run, usePyodide } from './helpers';

const pyodide = usePyodide();
const WRONG = 'def bmi(weight_kg, height_m):\n    return 0\n';
const statuses = (r: { tests: { status: string }[] }) => r.tests.map((t) => t.status);

async function expectNoPass(code: string, tests = BMI_TESTS) {
  const result = await check(pyodide(), code, tests);
  expect(result.status).not.toBe('pass');
  expect(statuses(result)).not.toContain('pass');
  return result;
}

describe('output cannot fake a pass', () => {
  test('printing PASS, OK or a fake summary changes nothing', async () => {
    const result = await expectNoPass(`print("PASS\\n3 passed")\n${WRONG}\ndef bmi(w, h):\n    print("PASSED ok")\n    return 0\n`);
    expect(result.tests[0]?.output).toBe('PASSED ok\n');
  });
});

describe('assertion machinery cannot be disabled', () => {
  test('replacing AssertionError in builtins, at load or during a test', async () => {
    await expectNoPass(`import builtins\nbuiltins.AssertionError = type("AssertionError", (Exception,), {})\n${WRONG}`);
    const during = await expectNoPass(
      'import builtins\n\ndef bmi(w, h):\n    builtins.AssertionError = KeyboardInterrupt\n    return 0\n',
      'from solution import bmi\n\ndef test_it():\n    assert bmi(70, 1.75) == 22.9\n',
    );
    expect(during.tests[0]).toMatchObject({ status: 'error', message: expect.stringContaining('`AssertionError`') });
  });

  test('defining AssertionError or assert helpers in the learner module', async () => {
    await expectNoPass(`AssertionError = None\napprox = lambda *a, **k: 0\n${WRONG}`);
  });

  test('an object that claims to equal everything', async () => {
    const code = py`
      class Anything:
          def __eq__(self, other):
              return True
          def __ne__(self, other):
              return False
          def __lt__(self, other):
              return True
          def __gt__(self, other):
              return True

      def bmi(weight_kg, height_m):
          return Anything()

      def many():
          return [Anything(), Anything()]
    `;
    const tests = py`
      import pytest
      import unittest
      from solution import bmi, many

      def test_equal():
          assert bmi(70, 1.75) == 22.9

      def test_approx():
          assert bmi(70, 1.75) == pytest.approx(22.9)

      def test_reversed():
          assert 22.9 == bmi(70, 1.75)

      def test_list():
          assert many() == [1, 2]

      def test_less():
          assert bmi(70, 1.75) < 30

      class TestUnit(unittest.TestCase):
          def test_equal(self):
              self.assertEqual(bmi(70, 1.75), 22.9)
    `;
    const result = await expectNoPass(code, tests);
    expect(result.tests[0]?.message).toBe('expected 22.9, got <solution.Anything object>');
  });
});

describe('built-ins cannot be replaced to rig the tests', () => {
  const lengthTests = 'from solution import names\n\ndef test_three():\n    assert len(names()) == 3\n\ndef test_type():\n    assert isinstance(names(), list)\n';

  test('replacing len, isinstance or print at load is undone before the tests run', async () => {
    const code = 'import builtins\nbuiltins.len = lambda x: 3\nbuiltins.isinstance = lambda *a: True\nbuiltins.print = lambda *a, **k: None\n\ndef names():\n    return "ab"\n';
    const result = await expectNoPass(code, lengthTests);
    expect(result.tests.map((t) => t.message)).toEqual(['expected 3, got 2', "expected a list, got 'ab' (a str)"]);
  });

  test('replacing them during a test makes that test an error naming what was changed', async () => {
    const code = 'import builtins\n\ndef names():\n    builtins.len = lambda x: 3\n    return "ab"\n\ndef other():\n    return "ab"\n';
    const tests = 'from solution import names, other\n\ndef test_rigged():\n    assert len(names()) == 3\n\ndef test_next():\n    assert len(other()) == 3\n';
    const result = await expectNoPass(code, tests);
    expect(result.tests[0]).toMatchObject({
      status: 'error',
      message: "Your code changed `len`, which the tests rely on, so this test can't be trusted. Remove the line that changes it.",
    });
    // Put back before the next test, which fails on its own merits.
    expect(result.tests[1]).toMatchObject({ status: 'fail', message: 'expected 3, got 2' });
  });

  test('print replaced during a test is caught too', async () => {
    const code = 'import builtins\n\ndef bmi(w, h):\n    builtins.print = lambda *a, **k: None\n    return 22.9\n';
    const result = await check(pyodide(), code, 'from solution import bmi\n\ndef test_it():\n    assert bmi(70, 1.75) == 22.9\n');
    expect(result.tests[0]).toMatchObject({ status: 'error', message: expect.stringContaining('`print`') });
  });

  test('a standard-library function the tests use (math.isclose) cannot be swapped mid-test', async () => {
    const code = 'import math\n\ndef bmi(w, h):\n    math.isclose = lambda *a, **k: True\n    return 0\n';
    const tests = 'import math\nfrom solution import bmi\n\ndef test_close():\n    value = bmi(70, 1.75)\n    assert math.isclose(value, 22.9)\n';
    const result = await expectNoPass(code, tests);
    expect(result.tests[0]?.message).toContain('`math.isclose`');
  });

  test.each([
    ['its code', 'statistics.fmean.__code__ = (lambda data, weights=None: 22.9).__code__'],
    ['its defaults', 'statistics.median_grouped.__defaults__ = (100.0,)'],
    ['its keyword defaults', 'statistics.fmean.__kwdefaults__ = {}'],
  ])('a standard-library function the tests use cannot have %s rewritten mid-test', async (_, line) => {
    const code = `import statistics\n\ndef bmi(w, h):\n    ${line}\n    return 0\n`;
    const tests = 'import statistics\nfrom solution import bmi\n\ndef test_it():\n    bmi(70, 1.75)\n    assert statistics.fmean([1]) == 22.9 or statistics.median_grouped([1, 2, 3]) != 2.0\n';
    const result = await expectNoPass(code, tests);
    expect(result.tests[0]).toMatchObject({ status: 'error', message: expect.stringMatching(/`statistics\.(fmean|median_grouped)`/) });
    // And the next Check sees the real functions again.
    const next = await check(pyodide(), WRONG, 'import statistics\n\ndef test_it():\n    assert statistics.fmean([1]) == 1 and statistics.median_grouped([1, 2, 3]) == 2.0\n');
    expect(statuses(next)).toEqual(['pass']);
  });

  test('a trace function or gc callback hidden by rebinding sys.gettrace or gc.callbacks is still found', async () => {
    const tests = 'from solution import bmi\n\ndef test_it():\n    assert bmi(1, 1) == 22.9\n\ndef test_again():\n    assert bmi(70, 1.75) == 22.9\n';
    const trace = 'import sys\n\ndef bmi(w, h):\n    sys.settrace(lambda *a: None)\n    sys.gettrace = lambda: None\n    sys.settrace = lambda f: None\n    return 22.9\n';
    const traced = await check(pyodide(), trace, tests);
    expect(traced.tests[0]).toMatchObject({ status: 'error', message: expect.stringContaining('`sys.settrace`') });
    // And sys is itself again in the next Check: settrace sets a trace, which is refused again.
    const again = await check(pyodide(), 'import sys\n\ndef bmi(w, h):\n    sys.settrace(lambda *a: None)\n    return 22.9\n', tests);
    expect(again.tests[0]).toMatchObject({ status: 'error', message: expect.stringContaining('`sys.settrace`') });
    const callback = 'import gc\n\ndef bmi(w, h):\n    gc.callbacks.append(lambda *a: None)\n    gc.callbacks = []\n    return 22.9\n';
    const collected = await check(pyodide(), callback, tests);
    expect(collected.tests[0]?.message).toContain('`gc.callbacks`');
  });

  test('modules the harness uses, changed by a passing test, change neither how the next test runs nor its report', async () => {
    const tests = py`
      from solution import bmi

      class TestBmi:
          def test_first(self):
              assert bmi(1, 1) == 1

          def test_second(self, sample):
              assert bmi(70, 1.75) == 22.9

          def test_third(self):
              assert bmi(70, 1.75) == 22.9

      import pytest

      @pytest.fixture
      def sample():
          return 1
    `;
    const code = py`
      import inspect, json, os, traceback, types, linecache

      def bmi(w, h):
          if w == 1:
              types.MethodType = lambda f, i: (lambda **k: None)
              inspect.signature = None
              inspect.iscoroutine = lambda value: False
              json.dumps = lambda *a, **k: '{"name": "x", "status": "pass", "output": "", "outputTruncated": false}'
              os.chdir = lambda path: None
              traceback.extract_tb = lambda *a, **k: []
              linecache.getline = lambda *a, **k: "rigged"
              return 1
          return 0
    `;
    const result = await check(pyodide(), code, tests);
    expect(statuses(result)).toEqual(['pass', 'fail', 'fail']);
    expect(result.tests[1]?.message).toContain('expected 22.9, got 0');
    expect(result.tests[2]?.message).toContain('expected 22.9, got 0');
  });

  test('a trace function set by the learner is refused', async () => {
    const code = 'import sys\n\ndef bmi(w, h):\n    sys.settrace(lambda *a: None)\n    return 22.9\n';
    const result = await check(pyodide(), code, 'from solution import bmi\n\ndef test_it():\n    assert bmi(1, 1) == 22.9\n');
    expect(result.tests[0]).toMatchObject({ status: 'error', message: expect.stringContaining('sys.settrace') });
  });
});

describe('pytest and unittest cannot be patched from the learner\'s code', () => {
  test('pytest.approx and pytest.raises replaced at load or mid-test', async () => {
    const atLoad = `import pytest\nclass Yes:\n    def __eq__(self, other):\n        return True\npytest.approx = lambda *a, **k: Yes()\npytest.raises = lambda *a, **k: __import__("contextlib").suppress(Exception)\n${WRONG}`;
    await expectNoPass(atLoad);
    const midTest = 'import pytest\n\ndef bmi(w, h):\n    pytest.approx = lambda *a, **k: 0\n    pytest.approx.__code__ = (lambda *a, **k: 0).__code__\n    return 0\n';
    await expectNoPass(midTest);
  });

  test('unittest.TestCase.assertEqual replaced at load or mid-test', async () => {
    const tests = 'import unittest\nfrom solution import bmi\n\nclass TestBmi(unittest.TestCase):\n    def test_it(self):\n        value = bmi(70, 1.75)\n        self.assertEqual(value, 22.9)\n';
    await expectNoPass(`import unittest\nunittest.TestCase.assertEqual = lambda *a, **k: None\n${WRONG}`, tests);
    await expectNoPass('import unittest\n\ndef bmi(w, h):\n    unittest.TestCase.assertEqual = lambda *a, **k: None\n    unittest.case.TestCase.assertEqual = lambda *a, **k: None\n    return 0\n', tests);
  });

  test('the private TestCase changed through frames in one Check is itself again in the next', async () => {
    const tests = 'import unittest\nfrom solution import bmi\n\nclass TestBmi(unittest.TestCase):\n    def test_it(self):\n        self.assertEqual(bmi(70, 1.75), 22.9)\n';
    const reach = 'import sys\n\ndef bmi(w, h):\n    case = type(sys._getframe(1).f_locals["self"]).__mro__[1]\n    case.assertEqual = lambda *a, **k: None\n    return 0\n';
    const first = await expectNoPass(reach, tests);
    expect(first.tests[0]?.message).toContain('`unittest.TestCase.assertEqual`');
    // The last test of that Check left the class changed; the next Check's guard must not take that as normal.
    const second = await expectNoPass(WRONG, tests);
    expect(second.tests[0]).toMatchObject({ status: 'fail', message: expect.stringContaining('expected 22.9, got 0') });
  });

  test('the tests\' own pytest changed through frames in one Check is itself again in the next', async () => {
    const tests = 'import pytest\nfrom solution import bmi\n\ndef test_it():\n    assert bmi(70, 1.75) == pytest.approx(22.9)\n';
    const reach = 'import sys\n\ndef bmi(w, h):\n    sys._getframe(1).f_globals["pytest"].approx = lambda *a, **k: 0\n    return 0\n';
    const first = await expectNoPass(reach, tests);
    expect(first.tests[0]?.message).toContain('`pytest.approx`');
    const second = await expectNoPass(WRONG, tests);
    expect(second.tests[0]).toMatchObject({ status: 'fail', message: expect.stringContaining('22.9') });
  });

  test('raising SkipTest from the learner\'s code is not a pass', async () => {
    await expectNoPass('import unittest\n\ndef bmi(w, h):\n    raise unittest.SkipTest("no")\n');
  });
});

describe('stopping Python cannot fake a pass', () => {
  test.each([
    ['sys.exit()', 'import sys\n\ndef bmi(w, h):\n    sys.exit(0)\n'],
    ['exit()', 'def bmi(w, h):\n    exit()\n'],
    ['raise SystemExit', 'def bmi(w, h):\n    raise SystemExit\n'],
    ['os._exit()', 'import os\n\ndef bmi(w, h):\n    os._exit(0)\n'],
    ['os.abort()', 'import os\n\ndef bmi(w, h):\n    os.abort()\n'],
  ])('%s inside the function is an error, and Python keeps working', async (_label, code) => {
    const result = await expectNoPass(code);
    expect(result.tests[0]).toMatchObject({ status: 'error', message: expect.stringContaining('called exit()') });
    expect((await check(pyodide(), BMI_SOLUTION, BMI_TESTS)).status).toBe('pass');
  });

  test('os._exit() at the top level of a Run does not end Python either', async () => {
    const result = await run(pyodide(), 'import os\nprint("bye")\nos._exit(1)\n');
    expect(result).toMatchObject({ status: 'error', problem: 'runtime', output: 'bye\n' });
    expect((await run(pyodide(), 'print(1 + 1)\n')).output).toBe('2\n');
  });
});

describe('the tests and the harness are out of the learner\'s reach', () => {
  test('neither the test module nor the harness is in sys.modules or importable', async () => {
    const code = py`
      import sys

      found = []
      for name, module in list(sys.modules.items()):
          for attr in list(getattr(module, "__dict__", {})):
              if attr.startswith("test_"):
                  found.append(name)
                  setattr(module, attr, lambda *a, **k: None)
      for name in ("harness", "cwc_check", "cwc_asserts", "cwc_sources", "test_exercise"):
          try:
              __import__(name)
              found.append(name)
          except ImportError:
              pass
      print(found)

      def bmi(w, h):
          return 0
    `;
    const result = await expectNoPass(code);
    expect(result.output).toBe('[]\n');
  });

  test('replacing sys.modules entries (solution, pytest, unittest) does not reach the tests', async () => {
    const code = 'import sys, types\nfake = types.ModuleType("pytest")\nfake.approx = lambda *a, **k: 0\nsys.modules["pytest"] = fake\nsys.modules["unittest"] = fake\n\ndef bmi(w, h):\n    return 0\n';
    await expectNoPass(code);
  });
});

describe('the tests cannot be rewritten from the learner\'s code', () => {
  const noOp = 'compile("def t(*a, **k):\\n    pass\\n", "<exercise tests>/test_exercise.py", "exec").co_consts[0]';

  test('a gc callback set at load that blanks every test_* function', async () => {
    const code = py`
      import gc, sys, types

      NOOP = ${noOp}

      def blank(phase, info):
          try:
              objects = gc.get_objects()
          except Exception:
              objects = []
          for obj in objects:
              if isinstance(obj, types.FunctionType) and obj.__name__.startswith("test_"):
                  obj.__code__ = NOOP.replace(co_name=obj.__code__.co_name)

      gc.callbacks.append(blank)
      gc.collect()

      def bmi(weight_kg, height_m):
          gc.collect()
          return 0
    `;
    const result = await expectNoPass(code);
    expect(result.tests.map((t) => t.status)).toEqual(['fail', 'fail', 'fail']);
  });

  test('a gc callback added during a test cannot reach later tests', async () => {
    const code = py`
      import gc, sys

      NOOP = ${noOp}

      def blank(phase, info):
          frame = sys._getframe()
          while frame is not None:
              for name, value in list(frame.f_globals.items()):
                  if name.startswith("test_") and hasattr(value, "__code__"):
                      value.__code__ = NOOP.replace(co_name=value.__code__.co_name)
              frame = frame.f_back

      def bmi(weight_kg, height_m):
          gc.callbacks.append(blank)
          return 0
    `;
    const result = await expectNoPass(code);
    expect(result.tests[0]).toMatchObject({ status: 'error', message: expect.stringContaining('`gc.callbacks`') });
  });

  test('walking frames to blank the remaining tests, or to swap the function under test', async () => {
    const code = py`
      import sys

      NOOP = ${noOp}

      def good(weight_kg, height_m):
          if height_m <= 0:
              raise ValueError("no")
          return round(weight_kg / height_m ** 2, 1)

      def bmi(weight_kg, height_m):
          frame = sys._getframe(1)
          while frame is not None:
              namespace = frame.f_globals
              for name, value in list(namespace.items()):
                  if name.startswith("test_") and hasattr(value, "__code__"):
                      value.__code__ = NOOP.replace(co_name=value.__code__.co_name)
              if "bmi" in namespace and namespace is not globals():
                  namespace["bmi"] = good
              frame = frame.f_back
          return 0
    `;
    await expectNoPass(code);
    // What it rewrote on the way (the harness's own functions too) is put back for the next request.
    expect((await check(pyodide(), BMI_SOLUTION, BMI_TESTS)).status).toBe('pass');
  });

  test('editing the test module\'s globals or its private built-ins mid-test', async () => {
    const tests = py`
      import pytest
      from pytest import approx
      from solution import bmi

      def test_approx():
          value = bmi(70, 1.75)
          assert value == approx(22.9)

      def test_module_approx():
          value = bmi(70, 1.75)
          assert value == pytest.approx(22.9)

      def test_plain():
          value = bmi(70, 1.75)
          assert value == 22.9
    `;
    const code = py`
      import sys, types

      class Yes:
          def __eq__(self, other):
              return True

      def bmi(weight_kg, height_m):
          frame = sys._getframe(1)
          frame.f_globals["approx"] = lambda *a, **k: Yes()
          fake = types.SimpleNamespace(approx=lambda *a, **k: Yes())
          frame.f_globals["pytest"] = fake
          for name in list(frame.f_builtins):
              if "@" in name:
                  frame.f_builtins[name] = lambda *a, **k: None
          return 0
    `;
    const result = await expectNoPass(code, tests);
    for (const outcome of result.tests) {
      expect(outcome).toMatchObject({ status: 'error', message: expect.stringContaining('which the tests rely on') });
    }
  });

  test('reaching the harness\'s results through frames does not make a pass', async () => {
    const code = py`
      import sys

      def bmi(weight_kg, height_m):
          frame = sys._getframe(1)
          while frame is not None:
              names = frame.f_locals
              if "outcomes" in names:
                  for outcome in names["outcomes"]:
                      outcome["status"] = "pass"
                  names["outcomes"].append({"name": "x", "status": "pass", "output": "", "outputTruncated": False})
              if "items" in names and isinstance(names["items"], list):
                  del names["items"][1:]
              frame = frame.f_back
          return 0
    `;
    const result = await expectNoPass(code);
    expect(result.status).toBe('fail');
  });
});
