import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OUTPUT_LIMIT, OUTPUT_TRUNCATED_NOTICE } from '../../../../src/schema/results';
import { check, run, usePyodide } from './helpers';

const pyodide = usePyodide();

describe('captured output', () => {
  test('the Python harness uses the same cap and notice as src/schema/results.ts', () => {
    const source = readFileSync(new URL('../../../../src/grading/python/cwc_capture.py', import.meta.url), 'utf8');
    const scope = pyodide().toPy({});
    pyodide().runPython(source, { globals: scope });
    expect(scope.get('OUTPUT_LIMIT')).toBe(OUTPUT_LIMIT);
    expect(scope.get('OUTPUT_TRUNCATED_NOTICE')).toBe(OUTPUT_TRUNCATED_NOTICE);
    scope.destroy();
  });

  test('each test keeps its own output; output while loading is kept apart', async () => {
    const code = 'print("loading")\n\ndef f(x):\n    print("f got", x)\n    return x\n';
    const tests = 'from solution import f\n\ndef test_one():\n    assert f(1) == 1\n\ndef test_two():\n    print("from the test")\n    assert f(2) == 2\n';
    const result = await check(pyodide(), code, tests);
    expect(result.output).toBe('loading\n');
    expect(result.tests.map((t) => t.output)).toEqual(['f got 1\n', 'from the test\nf got 2\n']);
  });

  test('stdout and stderr are interleaved in the order printed', async () => {
    const chunks: [string, string][] = [];
    const code = 'import sys\nprint("one")\nprint("two", file=sys.stderr)\nprint("three")\n';
    const result = await run(pyodide(), code, { hooks: { onOutput: (text, stream) => chunks.push([stream, text]) } });
    expect(result.output).toBe('one\ntwo\nthree\n');
    expect(chunks).toEqual([
      ['stdout', 'one\n'],
      ['stderr', 'two\n'],
      ['stdout', 'three\n'],
    ]);
  });

  test('a Run streams output in batches, not one message per print', async () => {
    const chunks: string[] = [];
    const result = await run(pyodide(), 'for i in range(2000):\n    print(i)\n', { hooks: { onOutput: (text) => chunks.push(text) } });
    expect(chunks.join('')).toBe(result.output);
    expect(chunks.length).toBeLessThan(100);
  });

  test('a Run that prints without end is cut at the limit with the notice, and streaming stops there', async () => {
    let streamed = 0;
    const code = 'for i in range(300_000):\n    print("xxxxxxxxx")\nprint("finished")\n';
    const result = await run(pyodide(), code, { hooks: { onOutput: (text) => (streamed += text.length) } });
    expect(result.status).toBe('ok');
    expect(result.outputTruncated).toBe(true);
    expect(result.output).toBe('xxxxxxxxx\n'.repeat(OUTPUT_LIMIT / 10) + OUTPUT_TRUNCATED_NOTICE);
    expect(streamed).toBe(result.output.length);
  });

  test('a test that prints too much is cut on its own; the next test starts afresh', async () => {
    const code = 'def f(n):\n    print("y" * n)\n    return n\n';
    const tests = `from solution import f\n\ndef test_big():\n    assert f(${OUTPUT_LIMIT + 50}) > 0\n\ndef test_small():\n    assert f(3) == 3\n`;
    const result = await check(pyodide(), code, tests);
    expect(result.tests[0]).toMatchObject({ status: 'pass', outputTruncated: true, output: 'y'.repeat(OUTPUT_LIMIT) + OUTPUT_TRUNCATED_NOTICE });
    expect(result.tests[1]).toMatchObject({ output: 'yyy\n', outputTruncated: false });
  });
});

describe('Run', () => {
  test('a program that finishes, or calls exit() with 0, is ok', async () => {
    expect(await run(pyodide(), 'print("hi")\n')).toMatchObject({ status: 'ok', output: 'hi\n', diagnostics: [] });
    expect(await run(pyodide(), 'import sys\nprint("bye")\nsys.exit(0)\nprint("never")\n')).toMatchObject({ status: 'ok', output: 'bye\n' });
  });

  test('exit with a message or a code is reported, with the message printed as Python would', async () => {
    const result = await run(pyodide(), 'import sys\nsys.exit("Height must be positive")\n');
    expect(result).toMatchObject({ status: 'error', problem: 'runtime', output: 'Height must be positive\n' });
  });

  test('an error prints the learner-only traceback into the output and explains it', async () => {
    const result = await run(pyodide(), 'def half(x):\n    return x / 0\n\nprint("start")\nhalf(4)\n');
    expect(result.status).toBe('error');
    expect(result.problem).toBe('runtime');
    expect(result.message).toBe('Your program stopped with an error on line 2.');
    expect(result.output).toBe(
      'start\nTraceback (most recent call last):\n  your code, line 5\n    half(4)\n  your code, line 2, in half\n    return x / 0\n           ^^^^^\nZeroDivisionError: division by zero\n',
    );
    expect(result.diagnostics[0]).toMatchObject({ line: 2, explanation: expect.stringContaining('divided by zero') });
  });

  test('the program runs as __main__', async () => {
    expect((await run(pyodide(), 'if __name__ == "__main__":\n    print("main")\n')).output).toBe('main\n');
  });
});
