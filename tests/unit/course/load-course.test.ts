import { afterEach, describe, expect, test } from 'vitest';
import { ContentError, type ContentProblem } from '../../../src/lib/course/content-error';
import { loadCourse } from '../../../src/lib/course/load-course';
import { makeCourse, type Fixture } from '../../support/course-fixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

function problemsOf(f: Fixture): ContentProblem[] {
  try {
    loadCourse(f.dir, f.dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

describe('a valid course', () => {
  test('loads modules, lessons and exercises in order', () => {
    fixture = makeCourse();
    const { course, exercises } = loadCourse(fixture.dir, fixture.dir);
    expect(course.modules.map((m) => m.id)).toEqual(['01-basics', '02-more']);
    expect(course.modules[0]?.lessons.map((l) => [l.id, l.slug])).toEqual([
      ['01-basics/01-first', 'first'],
      ['01-basics/02-second', 'second'],
    ]);
    expect(course.modules[0]?.slug).toBe('basics');
    expect(exercises.map((e) => e.id)).toEqual(['add', 'greet']);
  });

  test('resolves an exercise: starter, solution, tests, data files and defaults', () => {
    fixture = makeCourse();
    const add = loadCourse(fixture.dir, fixture.dir).exercises[0]!;
    expect(add.tests.path).toBe('test_add.py');
    expect(add.solution).toContain('return a + b');
    expect(add.files).toEqual([{ path: 'numbers.csv', content: 'a,b\n1,2\n' }]);
    expect(add.timeLimitSeconds).toBe(10);
    expect(add.showSolution).toBe('after-fail');
  });

  test('ignores <Exercise> tags inside code blocks', () => {
    fixture = makeCourse();
    const third = loadCourse(fixture.dir, fixture.dir).course.modules[1]!.lessons[0]!;
    expect(third.exercises).toEqual(['greet']);
  });
});

describe('tutor mistakes fail with file, field, expected, found and fix', () => {
  test('a missing title', () => {
    fixture = makeCourse();
    fixture.write('01-basics/01-first.mdx', '---\nsummary: S.\nobjectives: [x]\nminutes: 5\n---\n<Exercise id="add" />\n');
    const [problem] = problemsOf(fixture);
    expect(problem).toMatchObject({ file: '01-basics/01-first.mdx', field: 'title', expected: 'a string', found: 'nothing (the field is missing)' });
    expect(problem?.fix).toMatch(/add "title"/);
  });

  test('an unknown exercise id, with a suggestion', () => {
    fixture = makeCourse();
    fixture.write('01-basics/02-second.mdx', '---\ntitle: T\nsummary: S.\nobjectives: [x]\nminutes: 5\n---\n\n<Exercise id="ad" />\n');
    const problem = problemsOf(fixture).find((p) => p.field?.includes('Exercise'));
    expect(problem).toMatchObject({ file: '01-basics/02-second.mdx', field: '<Exercise id="ad" />', found: 'no exercise called "ad"' });
    expect(problem?.fix).toContain('"add"');
  });

  test('an exercise folder without a solution', () => {
    fixture = makeCourse();
    fixture.remove('01-basics/exercises/add/solution.py');
    const [problem] = problemsOf(fixture);
    expect(problem).toMatchObject({ file: '01-basics/exercises/add', field: 'solution.py', found: 'no such file' });
    expect(problem?.fix).toMatch(/add solution\.py/);
  });

  test('a solution in the wrong language says which file to rename', () => {
    fixture = makeCourse();
    fixture.remove('01-basics/exercises/add/solution.py');
    fixture.write('01-basics/exercises/add/solution.ts', 'export {}\n');
    const [problem] = problemsOf(fixture);
    expect(problem?.found).toBe('solution.ts');
    expect(problem?.fix).toMatch(/rename solution\.ts to solution\.py/);
  });

  test('a duplicate exercise id across modules', () => {
    fixture = makeCourse();
    for (const f of ['exercise.yaml', 'starter.py', 'solution.py', 'test_add.py']) {
      fixture.write(`02-more/exercises/add/${f}`, loadText(fixture, `01-basics/exercises/add/${f}`));
    }
    const problem = problemsOf(fixture).find((p) => p.field === 'folder name (the exercise id)');
    expect(problem).toMatchObject({ file: '02-more/exercises/add' });
    expect(problem?.found).toContain('01-basics/exercises/add already uses');
  });

  test('a lesson listed nowhere: a module folder missing from course.yaml', () => {
    fixture = makeCourse();
    fixture.write('03-extra/meta.yaml', 'title: Extra\nsummary: S.\noutcomes: [x]\n');
    fixture.write('03-extra/01-lost.mdx', '---\ntitle: Lost\nsummary: S.\nobjectives: [x]\nminutes: 5\n---\n');
    const [problem] = problemsOf(fixture);
    expect(problem).toMatchObject({ file: '03-extra', field: 'modules (in content/course.yaml)' });
    expect(problem?.fix).toContain('add "- 03-extra"');
  });

  test('a lesson listed nowhere: a file name without a number', () => {
    fixture = makeCourse();
    fixture.write('01-basics/extra.mdx', '---\ntitle: X\nsummary: S.\nobjectives: [x]\nminutes: 5\n---\n');
    const [problem] = problemsOf(fixture);
    expect(problem).toMatchObject({ file: '01-basics/extra.mdx', field: 'file name' });
    expect(problem?.found).toContain('listed nowhere');
  });

  test('a module in course.yaml that has no folder', () => {
    fixture = makeCourse();
    fixture.write('course.yaml', 'title: T\ntagline: P.\ndescription: D.\nmodules: [01-basics, 02-more, 03-missing]\n');
    const [problem] = problemsOf(fixture);
    expect(problem).toMatchObject({ file: 'course.yaml', field: 'modules', found: 'no such folder' });
    expect(problem?.expected).toContain('content/03-missing/');
  });

  test('an exercise no lesson uses', () => {
    fixture = makeCourse();
    fixture.write('02-more/01-third.mdx', '---\ntitle: Third\nsummary: S.\nobjectives: [x]\nminutes: 5\n---\n');
    const [problem] = problemsOf(fixture);
    expect(problem).toMatchObject({ file: '02-more/exercises/greet' });
    expect(problem?.fix).toContain('<Exercise id="greet" />');
  });

  test('an unknown field, a wrong type and a YAML colon trap', () => {
    fixture = makeCourse();
    fixture.write('01-basics/exercises/add/exercise.yaml', 'title: Add\nlanguage: pyton\ninstructions: Do it.\nhint: [x]\n');
    fixture.write('01-basics/meta.yaml', 'title: Basics\nsummary: S.\noutcomes:\n  - Run code: and check it\n');
    const problems = problemsOf(fixture);
    expect(problems.find((p) => p.field === 'language')).toMatchObject({ expected: 'one of "python", "typescript"', found: '"pyton"' });
    expect(problems.find((p) => p.found === 'hint')?.fix).toMatch(/remove or rename "hint"/);
    expect(problems.find((p) => p.field === 'outcomes[0]')?.fix).toMatch(/put the whole text .* in quotes/);
  });

  test('a YAML syntax error names the line', () => {
    fixture = makeCourse();
    fixture.write('course.yaml', 'title: T\n  tagline: [oops\n');
    const [problem] = problemsOf(fixture);
    expect(problem?.file).toBe('course.yaml');
    expect(problem?.found).toMatch(/YAML syntax error \(line \d+\)/);
  });

  test('a prerequisite that comes later, and one that does not exist', () => {
    fixture = makeCourse();
    fixture.write('01-basics/01-first.mdx', '---\ntitle: F\nsummary: S.\nobjectives: [x]\nminutes: 5\nprerequisites: [01-basics/02-second, 09-nope/01-x]\n---\n<Exercise id="add" />\n');
    const problems = problemsOf(fixture).filter((p) => p.field === 'prerequisites');
    expect(problems.map((p) => p.found)).toEqual(['"01-basics/02-second", which comes later', '"09-nope/01-x", which is no lesson']);
  });

  test('every problem is reported at once, and the message lists them all', () => {
    fixture = makeCourse();
    fixture.remove('01-basics/exercises/add/solution.py');
    fixture.write('02-more/meta.yaml', 'summary: S.\noutcomes: [x]\n');
    try {
      loadCourse(fixture.dir, fixture.dir);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/2 problems/);
      expect((error as Error).message).toContain('02-more/meta.yaml → title');
      expect((error as Error).message).toContain('01-basics/exercises/add → solution.py');
    }
  });
});

function loadText(f: Fixture, path: string): string {
  return readFileSync(join(f.dir, path), 'utf8');
}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
