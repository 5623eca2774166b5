import { afterEach, expect, test } from 'vitest';
import { loadCourse } from '../../../src/lib/course/load-course';
import { breadcrumbs, flattenLessons, formatMinutes, neighbours, withBase } from '../../../src/lib/course/navigation';
import { makeCourse, type Fixture } from '../../support/course-fixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

test('withBase joins any base path with a path inside the site', () => {
  expect(withBase('/', 'a/b/')).toBe('/a/b/');
  expect(withBase('/course', '/a/')).toBe('/course/a/');
  expect(withBase('/course/')).toBe('/course/');
});

test('previous and next follow course order across module boundaries', () => {
  fixture = makeCourse();
  const { course } = loadCourse(fixture.dir, fixture.dir);
  const second = neighbours(course, '/base/', '01-basics/02-second');
  expect(second.previous?.url).toBe('/base/basics/first/');
  expect(second.next?.url).toBe('/base/more/third/');
  expect(second.position).toBe(2);
  expect(second.total).toBe(3);
  const first = neighbours(course, '/', '01-basics/01-first');
  expect(first.previous).toBeUndefined();
  expect(neighbours(course, '/', '02-more/01-third').next).toBeUndefined();
  expect(flattenLessons(course, '/').map((l) => l.lesson.id)).toEqual(['01-basics/01-first', '01-basics/02-second', '02-more/01-third']);
});

test('breadcrumbs link the course and module, and end at the lesson', () => {
  fixture = makeCourse();
  const { course } = loadCourse(fixture.dir, fixture.dir);
  const module = course.modules[0]!;
  expect(breadcrumbs(course, '/', module, module.lessons[0])).toEqual([
    { label: 'Course', url: '/' },
    { label: 'Basics', url: '/basics/' },
    { label: 'First' },
  ]);
});

test('formatMinutes reads naturally', () => {
  expect(formatMinutes(1)).toBe('1 minute');
  expect(formatMinutes(45)).toBe('45 minutes');
  expect(formatMinutes(60)).toBe('1 hour');
  expect(formatMinutes(125)).toBe('2 hours 5 minutes');
});
