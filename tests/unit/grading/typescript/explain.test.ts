/**
 * Each diagnostic beginners meet, produced by the real compiler from real code, then explained. This keeps the
 * readings honest: if a TypeScript upgrade rewords a message, these tests say which reading stopped matching.
 */
import { describe, expect, test } from 'vitest';
import { createTypeScriptCompiler } from '../../../../src/grading/typescript/compiler/compiler.ts';
import { explainDiagnostic, explainMessage } from '../../../../src/grading/typescript/explain.ts';
import { excerpt } from '../../../../src/grading/typescript/excerpt.ts';
import { closestName } from '../../../../src/grading/typescript/closest-name.ts';

const compiler = createTypeScriptCompiler();
const TYPES = `export interface HumanName { family: string; given: string[] }
export interface Patient { id: string; name: HumanName[]; birthDate: string }`;

/** The first diagnostic the compiler reports for `code`, explained. */
function firstDiagnostic(code: string) {
  const out = compiler.check({ code, files: [{ path: 'types.ts', content: TYPES }] });
  const raw = [...out.syntactic, ...out.semantic][0];
  if (!raw) throw new Error(`expected a diagnostic for:\n${code}`);
  return explainDiagnostic(raw, code);
}

describe('plain-English readings', () => {
  test.each([
    ['TS2322', 'const pulse: number = "88";', /^This is a `string`, but a `number` is needed here\. If it is a number written as text, remove the quotes/],
    ['TS2322', 'const label: string = 88;', /^This is a `number`, but a `string` is needed here\. To turn a number into text, use `String/],
    ['TS2322', 'const xs = [1, 2];\nconst first: number = xs.find((x) => x > 1);', /^This is a value of type `number \| undefined`, but a `number` is needed here\. It could be `undefined`/],
    ['TS2339', 'let pulse = 88;\npulse.family;', /^A `number` has no property called `family`\. Check the spelling/],
    ['TS2339', 'const pulse = 88;\npulse.family;', /^The number `88` has no property called `family`\./],
    ['TS2551', 'import type { Patient } from "./types";\nexport function f(p: Patient) { return p.birthdate; }', /^A `Patient` has no property called `birthdate`\. Did you mean `birthDate`\?/],
    ['TS7006', 'export function dose(weight) { return weight * 15; }', /^TypeScript can't tell what kind of value `weight` will be\. Add a type after its name, for example `weight: number`/],
    ['TS2345', 'function double(n: number) { return n * 2; }\ndouble("4");', /^You passed a `string`, but this function needs a `number` here\./],
    ['TS2552', 'const weightKg = 70;\nconsole.log(wieghtKg);', /^There is nothing called `wieghtKg` here\. Did you mean `weightKg`\?/],
    ['TS2304', 'console.log(totallyUnknown);', /^There is nothing called `totallyUnknown` here\. Check the spelling and capital letters/],
    ['TS2554', 'function bmi(w: number, h: number) { return w / h ** 2; }\nbmi(70);', /^This function takes 2 values in its brackets, but it was given 1\./],
    ['TS2741', 'import type { HumanName } from "./types";\nconst n: HumanName = { given: ["Jane"] };', /^This value is missing `family`, which every `HumanName` must have\./],
    ['TS2739', 'import type { Patient } from "./types";\nconst p: Patient = { id: "1" };', /^This value is missing `name` and `birthDate`, which every `Patient` must have\./],
    ['TS2531', 'declare function latest(): { value: number } | null;\nlatest().value;', /^This value might be `null` here/],
    ['TS18047', 'declare const reading: { value: number } | null;\nreading.value;', /^`reading` might be `null` here, so TypeScript won't let you use it yet/],
    ['TS18048', 'const xs = [{ value: 88 }];\nconst found = xs.find((x) => x.value > 100);\nfound.value;', /^`found` might be `undefined` here.*`\?\.`/],
    ['TS1005', 'const a = [1, 2;', /^TypeScript expected to see `,` here\. Often the real slip is just before this point/],
    ['TS2307', 'import fs from "fs";', /^There is no module called `fs` here\. Your code can import the exercise's own files/],
    ['TS2588', 'const dose = 1;\ndose = 2;', /^`dose` was made with `const`, so it can't change\. Use `let`/],
  ])('%s: %s', (code, source, reading) => {
    const diagnostic = firstDiagnostic(source);
    expect(diagnostic.code).toBe(code);
    expect(diagnostic.explanation).toMatch(reading);
  });

  test('a message we have no reading for keeps the compiler\'s words only', () => {
    expect(explainMessage(9999, 'Something unusual.')).toBeUndefined();
    expect(explainMessage(2322, 'A message in an unexpected shape')).toBeUndefined();
  });

  test('TS2304 suggests a near name from the learner\'s code when the compiler does not', () => {
    expect(explainMessage(2304, "Cannot find name 'heartrate'.", 'const heartRate = 88;')).toBe(
      'There is nothing called `heartrate` here. Did you mean `heartRate`?',
    );
  });

  test('TS2555 (at least) and TS2554 with one argument', () => {
    expect(explainMessage(2555, 'Expected at least 1 arguments, but got 0.')).toBe(
      'This function takes at least 1 values in its brackets, but it was given 0.',
    );
    expect(explainMessage(2554, 'Expected 1 arguments, but got 2.')).toBe('This function takes 1 value in its brackets, but it was given 2.');
  });
});

describe('diagnostic shape', () => {
  test('line, column, code, the compiler message and an excerpt with carets', () => {
    const diagnostic = firstDiagnostic('export function f() {\n  const pulse: number = "88";\n  return pulse;\n}');
    expect(diagnostic).toMatchObject({
      line: 2,
      column: 9,
      code: 'TS2322',
      message: "Type 'string' is not assignable to type 'number'.",
      excerpt: '  const pulse: number = "88";\n        ^^^^^',
    });
  });

  test('an error reported past the last line points at the end of the code', () => {
    const diagnostic = firstDiagnostic('export function f() {\n  return 1;\n\n');
    expect(diagnostic.line).toBe(2);
    expect(diagnostic.excerpt).toBe('  return 1;\n           ^');
  });

  test('excerpt keeps tabs under tabs and never runs past the line', () => {
    expect(excerpt('\tconst x = 1;', 1, 8, 50)).toBe('\tconst x = 1;\n\t      ^^^^^^');
    expect(excerpt('a', 5)).toBeUndefined();
  });

  test('closestName allows small typos only', () => {
    expect(closestName('Weight', ['weight', 'height'])).toBe('weight');
    expect(closestName('consol', [])).toBe('console');
    expect(closestName('xyz', ['weight'])).toBeUndefined();
  });
});
