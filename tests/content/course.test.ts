// The real course in content/: it is valid, and every lesson and exercise meets the course's quality bar.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../src/lib/course/load-course';

const { course, exercises } = loadCourse('content');
const lessons = course.modules.flatMap((m) => m.lessons.map((l) => ({ ...l, body: readFileSync(l.file, 'utf8') })));
const CLINICAL_MODULES = new Set(['03-clinical-calculators', '04-working-with-data', '05-typescript-and-fhir']);

describe('the course in content/', () => {
  test('loads with no content problems', () => {
    expect(course.modules.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeGreaterThan(0);
  });

  test.each(lessons.map((l) => [l.id, l] as const))('%s: objectives and 5-15 minutes', (_id, lesson) => {
    expect(lesson.objectives.length).toBeGreaterThan(0);
    expect(lesson.minutes).toBeGreaterThanOrEqual(5);
    expect(lesson.minutes).toBeLessThanOrEqual(15);
  });

  test.each(lessons.filter((l) => CLINICAL_MODULES.has(l.module)).map((l) => [l.id, l] as const))(
    '%s: clinical lesson says it is not for clinical use and cites its sources',
    (_id, lesson) => {
      expect(lesson.body, 'a <Callout type="safety">').toMatch(/<Callout[^>]*type="safety"/);
      expect(lesson.body, 'a Sources section').toMatch(/^#{2,3} Sources/m);
    },
  );

  test.each(exercises.filter((e) => !e.dir.startsWith('content/01-')).map((e) => [e.id, e] as const))(
    '%s: graduated hints and a known-wrong answer',
    (_id, exercise) => {
      expect(exercise.hints.length, 'hints').toBeGreaterThanOrEqual(2);
      expect(exercise.hints.length, 'hints').toBeLessThanOrEqual(4);
      expect(exercise.wrong.length, 'wrong answers').toBeGreaterThanOrEqual(1);
    },
  );

  test('only NHS numbers from the published examples or the 999 test range appear in content', () => {
    const allowed = new Set(['9434765919', '9000000009', '9912003888', '9876544321', '4123456879', '9912003814', '0000000000']);
    const texts = [
      ...lessons.map((l) => [l.file, l.body] as const),
      ...exercises.flatMap((e) => [e.starter, e.solution, e.tests.content, ...e.files.map((f) => f.content), ...e.wrong.map((w) => w.code)].map((t) => [e.dir, t] as const)),
    ];
    for (const [where, text] of texts) {
      for (const match of text.matchAll(/(?<![\d.])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d.A-Za-z])/g)) {
        const digits = match.slice(1).join('');
        if (digits.startsWith('999') || allowed.has(digits)) continue;
        // Ten digits that pass the NHS checksum outside the test range could be a real person's number.
        expect(passesModulus11(digits), `${where}: ${match[0]} looks like a real NHS number`).toBe(false);
      }
    }
  });
});

function passesModulus11(digits: string): boolean {
  const sum = [...digits.slice(0, 9)].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9]);
}
