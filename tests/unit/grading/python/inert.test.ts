/**
 * The learner's module is "inert" when running it can only bind its own names: then the harness skips putting
 * back every standard-library name before the tests (the guards around each test still run). Anything not known
 * to be harmless must count as not inert, and whatever it changed must still be put back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { check, usePyodide } from './helpers';

const pyodide = usePyodide();
const SOURCE = readFileSync(new URL('../../../../src/grading/python/cwc_inert.py', import.meta.url), 'utf8');

function inert(code: string): boolean {
  const scope = pyodide().globals.get('dict')();
  try {
    pyodide().runPython(SOURCE, { globals: scope });
    scope.set('code', code);
    return pyodide().runPython('import ast\ninert(ast.parse(code))', { globals: scope }) as boolean;
  } finally {
    scope.destroy();
  }
}

describe('which modules are inert', () => {
  test.each([
    ['weight = 70\nheight = 1.75\n'],
    ['oral_ml = 350\niv_ml = 1000\ntotal_intake_ml = oral_ml + iv_ml\n'],
    ['import math\nfrom statistics import mean\n\ndef bmi(weight, height=1.0, *, digits=1):\n    math.pi = 3\n    return round(weight / height ** 2, digits)\n'],
    ['"""A docstring."""\nBANDS = [(0, 18.5, "underweight"), (18.5, 25, "healthy")]\nNAMES = {name for _, _, name in BANDS}\nlabel = f"{len}"\n'],
    ['class Patient:\n    """Plain."""\n    ward = "A"\n    def describe(self):\n        return self.ward\n'],
    ['if True:\n    x = 1\nelse:\n    x = 2\nfor a, b in [(1, 2)]:\n    pass\ntry:\n    y = 1 / 1\nexcept ZeroDivisionError:\n    y = 0\n'],
    ['square = lambda n: n * n\n'],
  ])('inert: %j', (code) => {
    expect(inert(code)).toBe(true);
  });

  test.each([
    ['import math\nmath.pi = 3\n'],
    ['import math\nsetattr(math, "pi", 3)\n'],
    ['import math\nd = math.__dict__\nd |= {"pi": 3}\n'],
    ['import math\nvars(math)["pi"] = 3\n'],
    ['import math\ndel math.pi\n'],
    ['class A:\n    def __class_getitem__(cls, item):\n        return item\nA[0]\n'],
    ['import functools\n\n@functools.cache\ndef f():\n    return 1\n'],
    ['class Meta(type):\n    pass\nclass A(metaclass=Meta):\n    pass\n'],
    ['class Base:\n    pass\nclass A(Base):\n    pass\n'],
    ['def f(x=print("hi")):\n    return x\n'],
    ['import io\nwith io.StringIO() as s:\n    pass\n'],
    ['total = 0\ntotal += 1\n'],
    ['print("hello")\n'],
    ['x = [1, 2]\nx[0] = 3\n'],
  ])('not inert: %j', (code) => {
    expect(inert(code)).toBe(false);
  });
});

describe('what a module that is not inert changed is put back before the tests', () => {
  const tests = 'import math\nfrom solution import bmi\n\ndef test_bmi():\n    assert math.isclose(bmi(70, 1.75), 22.9)\n';
  test.each([
    ['an attribute assignment', 'import math\nmath.isclose = lambda *a, **k: True\n'],
    ['an in-place operator on a module dict', 'import math\nd = math.__dict__\nd |= {"isclose": lambda *a, **k: True}\n'],
    ['a subscript reaching __class_getitem__', 'import math\nclass A:\n    def __class_getitem__(cls, item):\n        math.isclose = lambda *a, **k: True\nA[0]\n'],
  ])('%s at the top level', async (_, rig) => {
    const result = await check(pyodide(), `${rig}\ndef bmi(weight, height):\n    return 0\n`, tests);
    expect(result.status).toBe('fail');
    expect(result.tests[0]).toMatchObject({ status: 'fail' });
  });
});
