// The scaling figures build generated courses; they mean something only if the course loader accepts them as
// it accepts a tutor's course. This proves it with the project's own loader.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeSyntheticCourse } from '../../../bench/lib/synthetic-course.mjs';
import { loadCourse } from '../../../src/lib/course/load-course';

describe('writeSyntheticCourse', () => {
  test('writes a valid course with one Python exercise per lesson, 25 lessons to a module', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'cwc-bench-course-')), 'course');
    expect(writeSyntheticCourse(dir, 30)).toMatchObject({ lessons: 30, modules: 2 });
    const { course, exercises } = loadCourse(dir);
    expect(course.modules.map((m) => m.lessons.length)).toEqual([25, 5]);
    expect(exercises).toHaveLength(30);
    expect(new Set(exercises.map((e) => e.language))).toEqual(new Set(['python']));
  });
});
