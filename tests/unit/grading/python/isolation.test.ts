/** Every request starts from the same clean interpreter, in its own folder holding the exercise's files. */
import { describe, expect, test } from 'vitest';
import { tidyPython } from '../../../../src/grading/python/grade';
import { BMI_SOLUTION, BMI_TESTS, check, py, run, usePyodide } from './helpers';

const pyodide = usePyodide();

describe('a fresh namespace for every request', () => {
  test('the previous solution is gone: a later attempt without the function is told so', async () => {
    expect((await check(pyodide(), BMI_SOLUTION, BMI_TESTS)).status).toBe('pass');
    expect((await check(pyodide(), 'x = 1\n', BMI_TESTS)).problem).toBe('missing-definition');
  });

  test('modules, built-ins and globals the learner created do not leak into the next run', async () => {
    const first = py`
      import builtins, sys, types
      builtins.secret = "leaked"
      sys.modules["helper"] = types.ModuleType("helper")
      with open("made_here.py", "w") as f:
          f.write("VALUE = 1\\n")
      import made_here
      counter = 1
    `;
    expect((await run(pyodide(), first)).status).toBe('ok');
    const second = py`
      import os, sys
      print("secret" in dir(__builtins__) if isinstance(__builtins__, type(os)) else "secret" in __builtins__)
      print("helper" in sys.modules, "made_here" in sys.modules, os.path.exists("made_here.py"))
      print("counter" in globals())
    `;
    expect((await run(pyodide(), second)).output).toBe('False\nFalse False False\nFalse\n');
  });

  test('standard-library functions replaced by one request are back for the next', async () => {
    await run(pyodide(), 'import math, json\nmath.sqrt = lambda x: 0\njson.dumps = None\n');
    expect((await run(pyodide(), 'import math, json\nprint(math.sqrt(16), json.dumps([1]))\n')).output).toBe('4.0 [1]\n');
  });

  test('once a result is passed on, tidying puts the whole standard library back; the next request still checks', async () => {
    await run(pyodide(), 'import math, statistics\nmath.sqrt = lambda x: 0\nstatistics.mean = None\n');
    // The request itself put back only what the harness runs on (statistics); the rest waits for the tidy.
    expect(pyodide().runPython('import math, statistics\n(math.sqrt(16), statistics.mean is None)').toJs()).toEqual([0, false]);
    await tidyPython(pyodide());
    expect(pyodide().runPython('import math\nmath.sqrt(16)')).toBe(4);
  });

  test('code of the learner\'s that runs between requests cannot rig the next Check\'s tests', async () => {
    // asyncio's loop (or js.setTimeout) can run learner code after a request has ended, even after the tidy.
    await run(pyodide(), 'print(1)\n');
    await tidyPython(pyodide());
    pyodide().runPython('import math\nmath.isclose = lambda *a, **k: True');
    const tests = 'import math\nfrom solution import bmi\n\ndef test_bmi():\n    assert math.isclose(bmi(70, 1.75), 22.9)\n';
    const result = await check(pyodide(), 'def bmi(weight, height):\n    return 0\n', tests);
    expect(result.tests[0]).toMatchObject({ status: 'fail' });
  });

  test('code that breaks the traceback module still gets its own error explained, in a Run and while loading', async () => {
    const rig = 'import traceback, linecache\ntraceback.extract_tb = lambda *a, **k: []\nlinecache.getline = lambda *a, **k: "rigged"\n';
    const ran = await run(pyodide(), `${rig}print(1 / 0)\n`);
    expect(ran.output).toContain('line 4');
    expect(ran.output).toContain('ZeroDivisionError');
    expect(ran.output).not.toContain('rigged');
    const checked = await check(pyodide(), `${rig}x = 1 / 0\n`, 'from solution import x\n\ndef test_x():\n    assert x\n');
    expect(checked).toMatchObject({ status: 'error', problem: 'runtime', message: expect.stringContaining('line 4') });
  });

  test('a test file changed under the same name is graded as it is now, never from an earlier Check', async () => {
    const code = 'def dose(kg):\n    return kg * 2\n';
    const first = await check(pyodide(), code, 'from solution import dose\n\ndef test_dose():\n    assert dose(10) == 20\n');
    expect(first.status).toBe('pass');
    const changed = await check(pyodide(), code, 'from solution import dose\n\ndef test_dose():\n    assert dose(10) == 25\n');
    expect(changed.tests[0]).toMatchObject({ status: 'fail', message: expect.stringContaining('expected 25, got 20') });
    const wants = await check(pyodide(), code, 'from solution import dose, volume\n\ndef test_volume():\n    assert volume(1) == 1\n');
    expect(wants).toMatchObject({ status: 'error', problem: 'missing-definition' });
    const broken = await check(pyodide(), code, 'from solution import dose\n\ndef test_dose(:\n    pass\n');
    expect(broken).toMatchObject({ status: 'error', problem: 'internal', message: expect.stringContaining('syntax error (line 3)') });
    expect((await check(pyodide(), code, 'from solution import dose\n\ndef test_dose():\n    assert dose(10) == 20\n')).status).toBe('pass');
  });

  test('sys.path, the recursion limit, the working folder and the standard streams are restored', async () => {
    const before = (await run(pyodide(), 'import sys\nprint(len(sys.path), sys.getrecursionlimit())\n')).output;
    const messy = 'import os, sys, io\nsys.path.append("/nowhere")\nsys.setrecursionlimit(50)\nos.chdir("/")\nsys.stdout = io.StringIO()\n';
    await run(pyodide(), messy);
    expect((await run(pyodide(), 'import sys\nprint(len(sys.path), sys.getrecursionlimit())\n')).output).toBe(before);
    const cwd = (await run(pyodide(), 'import os\nprint(os.getcwd())\n')).output;
    expect(cwd).toMatch(/^\/home\/pyodide\/cwc-request-\d+\n$/);
  });

  test('a stdout replaced inside one test does not swallow the next test\'s output', async () => {
    const code = 'import io, sys\n\ndef quiet():\n    sys.stdout = io.StringIO()\n    return 1\n\ndef loud():\n    print("heard")\n    return 2\n';
    const tests = 'from solution import quiet, loud\n\ndef test_quiet():\n    assert quiet() == 1\n\ndef test_loud():\n    assert loud() == 2\n';
    const result = await check(pyodide(), code, tests);
    expect(result.tests[1]).toMatchObject({ status: 'pass', output: 'heard\n' });
  });
});

describe('data files', () => {
  const ward = { path: 'ward.csv', content: 'bed,news2\n1,3\n2,7\n' };

  test('open the exercise\'s files by relative path, also in subfolders', async () => {
    const code = py`
      import csv

      def highest(path="ward.csv"):
          with open(path) as handle:
              return max(int(row["news2"]) for row in csv.DictReader(handle))
    `;
    const tests = 'from solution import highest\n\ndef test_ward():\n    assert highest() == 7\n\ndef test_nested():\n    assert highest("data/other.csv") == 1\n';
    const result = await check(pyodide(), code, tests, { files: [ward, { path: 'data/other.csv', content: 'bed,news2\n9,1\n' }] });
    expect(result.status).toBe('pass');
  });

  test('a support module among the files can be imported by the code and the tests alike', async () => {
    const helpers = { path: 'clinical.py', content: 'class Patient:\n    def __init__(self, name):\n        self.name = name\n' };
    const code = 'from clinical import Patient\n\ndef make(name):\n    return Patient(name)\n';
    const tests = 'from clinical import Patient\nfrom solution import make\n\ndef test_same_class():\n    assert isinstance(make("A"), Patient)\n';
    expect((await check(pyodide(), code, tests, { files: [helpers] })).status).toBe('pass');
  });

  test('files written by one request are gone in the next; the data file is fresh again', async () => {
    await run(pyodide(), 'with open("ward.csv", "w") as f:\n    f.write("overwritten")\n', { files: [ward] });
    expect((await run(pyodide(), 'print(open("ward.csv").read())\n', { files: [ward] })).output).toBe(`${ward.content}\n`);
  });
});

describe('input()', () => {
  test('reads the exercise\'s stdin lines in order, echoing them after the prompt as a terminal would', async () => {
    const code = 'weight = float(input("Weight in kg: "))\nheight = float(input("Height in m: "))\nprint(round(weight / height ** 2, 1))\n';
    const result = await run(pyodide(), code, { stdin: ['70', '1.75'] });
    expect(result).toMatchObject({ status: 'ok', output: 'Weight in kg: 70\nHeight in m: 1.75\n22.9\n' });
  });

  test('with no lines and no way to ask, says so clearly instead of hanging', async () => {
    const result = await run(pyodide(), 'name = input("Your name: ")\nprint(name)\n');
    expect(result).toMatchObject({ status: 'error', problem: 'input', output: 'Your name: ' });
    expect(result.message).toMatch(/^This exercise can't ask you for input here/);
  });

  test('asking for more lines than the exercise gives says how many it gives', async () => {
    const result = await run(pyodide(), 'input()\ninput()\n', { stdin: ['one'] });
    expect(result).toMatchObject({ status: 'error', problem: 'input' });
    expect(result.message).toContain('more times than this exercise provides (1 line)');
  });

  test('in a Check, input inside a test reads the lines too; running out is that test\'s error', async () => {
    const code = 'def ask():\n    return input("? ")\n';
    const tests = 'from solution import ask\n\ndef test_first():\n    assert ask() == "yes"\n\ndef test_second():\n    assert ask() == "no"\n';
    const result = await check(pyodide(), code, tests, { stdin: ['yes'] });
    expect(result.tests.map((t) => t.status)).toEqual(['pass', 'error']);
    expect(result.tests[1]?.message).toContain('more times than this exercise provides');
  });

  test('sys.stdin reads the same lines and then ends', async () => {
    const result = await run(pyodide(), 'import sys\nfor line in sys.stdin:\n    print(line.strip().upper())\n', { stdin: ['a', 'b'] });
    expect(result.output).toBe('A\nB\n');
  });

  test('when the host can ask the learner, each prompt goes to it', async () => {
    const prompts: string[] = [];
    const answers = ['Ada', '36'];
    const result = await run(pyodide(), 'name = input("Name: ")\nage = int(input("Age: "))\nprint(name, age + 1)\n', {
      hooks: { readLine: (prompt) => (prompts.push(prompt), answers.shift()) },
    });
    expect(prompts).toEqual(['Name: ', 'Age: ']);
    expect(result.output).toBe('Name: Ada\nAge: 36\nAda 37\n');
  });
});
