import { describe, expect, test } from 'vitest';
import { BMI_TESTS, check, run, usePyodide } from './helpers';

const pyodide = usePyodide();

describe('code that does not parse is one clear error, never a failed test', () => {
  test('a missing colon: line, column, the line with a caret, and a plain reading', async () => {
    const result = await check(pyodide(), 'def bmi(weight, height)\n    return weight / height ** 2\n', BMI_TESTS);
    expect(result).toMatchObject({
      status: 'error',
      problem: 'syntax',
      message: "Python couldn't read your code: there's a mistake on line 1.",
      tests: [],
    });
    expect(result.diagnostics).toEqual([
      {
        line: 1,
        column: 24,
        code: 'SyntaxError',
        message: "SyntaxError: expected ':'",
        excerpt: 'def bmi(weight, height)\n                       ^',
        explanation: expect.stringContaining('Python expected a colon `:` at the end of this line'),
      },
    ]);
  });

  test.each([
    ['x = (1,\ny = 2\n', 1, "'(' was never closed", 'never closed'],
    ['name = "Jane\n', 1, 'unterminated string literal', 'closing quote'],
    ['x = “hi”\n', 1, "invalid character '“' (U+201C)", 'curly quote'],
    ["print 'hello'\n", 1, "Missing parentheses in call to 'print'", 'print needs brackets'],
    ['if x = 2:\n    pass\n', 1, "Maybe you meant '==' or ':=' instead of '='?", 'to compare two values, use `==`'],
    ['total = 2x\n', 1, 'invalid decimal literal', '2 * x'],
  ])('%j', async (code, line, pythonSays, weSay) => {
    const result = await check(pyodide(), code, BMI_TESTS);
    expect(result.problem).toBe('syntax');
    expect(result.diagnostics[0]?.line).toBe(line);
    expect(result.diagnostics[0]?.message).toContain(pythonSays);
    expect(result.diagnostics[0]?.explanation).toContain(weSay);
    expect(result.diagnostics[0]?.excerpt).toMatch(/\n *\^+$/);
  });

  test('indentation errors are syntax problems too, with their own reading', async () => {
    const unexpected = await check(pyodide(), 'x = 1\n    y = 2\n', BMI_TESTS);
    expect(unexpected.diagnostics[0]).toMatchObject({
      code: 'IndentationError',
      line: 2,
      message: 'IndentationError: unexpected indent',
      excerpt: '    y = 2\n    ^',
      explanation: expect.stringContaining('indented more than Python expected'),
    });
    const missing = await check(pyodide(), 'def bmi(w, h):\nreturn w / h ** 2\n', BMI_TESTS);
    expect(missing.diagnostics[0]).toMatchObject({ code: 'IndentationError', line: 2, explanation: expect.stringContaining('expected the next line to be indented') });
  });

  test('Run reports a syntax error the same way, without running anything', async () => {
    const result = await run(pyodide(), 'print("never")\ndef f(\n');
    expect(result).toMatchObject({ status: 'error', problem: 'syntax', output: '' });
    expect(result.diagnostics[0]?.line).toBe(2);
  });
});

describe('a function the tests need but the code lacks', () => {
  test('says so by name, and suggests a near miss', async () => {
    const result = await check(pyodide(), 'def BMI(weight, height):\n    return weight / height ** 2\n', BMI_TESTS);
    expect(result).toMatchObject({ status: 'error', problem: 'missing-definition', message: "Your code doesn't define `bmi()` yet", tests: [] });
    expect(result.diagnostics[0]?.explanation).toContain('Your code defines `BMI`: did you mean `bmi`?');
  });

  test('names every missing name, as functions when the tests call them', async () => {
    const tests = 'from solution import bmi, category, LIMIT\n\ndef test_it():\n    assert category(bmi(1, 1)) < LIMIT\n';
    const result = await check(pyodide(), 'x = 1\n', tests);
    expect(result.message).toBe("Your code doesn't define `bmi()`, `category()` or `LIMIT` yet");
  });

  test('also for `import solution` then `solution.name`', async () => {
    const result = await check(pyodide(), 'x = 1\n', 'import solution\n\ndef test_it():\n    assert solution.bmi(1, 1) == 1\n');
    expect(result.message).toBe("Your code doesn't define `bmi()` yet");
  });
});

describe('top-level code that stops before the tests can run', () => {
  test('an error while loading is a runtime problem with its line and explanation', async () => {
    const result = await check(pyodide(), 'print("loading")\nratio = 70 / 0\n\ndef bmi(w, h):\n    return 1\n', BMI_TESTS);
    expect(result).toMatchObject({
      status: 'error',
      problem: 'runtime',
      message: expect.stringContaining('Your code stopped with an error on line 2 while it was loading'),
      output: 'loading\n',
      tests: [],
    });
    expect(result.diagnostics[0]).toMatchObject({
      line: 2,
      code: 'ZeroDivisionError',
      message: 'ZeroDivisionError: division by zero',
      excerpt: 'ratio = 70 / 0\n        ^^^^^^',
      explanation: expect.stringContaining('divided by zero'),
    });
  });

  test('exit() while loading is explained, not a crash of the grader', async () => {
    for (const code of ['import sys\nsys.exit()\n', 'exit(0)\n', 'raise SystemExit(3)\n']) {
      const result = await check(pyodide(), code, BMI_TESTS);
      expect(result).toMatchObject({ status: 'error', problem: 'runtime', message: expect.stringContaining('called exit()') });
    }
  });

  test('input() at the top level with no input to give explains itself', async () => {
    const result = await check(pyodide(), 'weight = float(input("Weight: "))\n', BMI_TESTS);
    expect(result).toMatchObject({ status: 'error', problem: 'input', output: 'Weight: ' });
    expect(result.message).toMatch(/^This exercise can't ask you for input here/);
  });
});
