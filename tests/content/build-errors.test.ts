// The real build fails on bad content with the tutor-facing message (the unit tests cover each case in detail).
import { spawnSync } from 'node:child_process';
import { afterAll, expect, test } from 'vitest';
import { makeCourse } from '../support/course-fixture';

const fixture = makeCourse();
afterAll(() => fixture.cleanup());

test('`astro build` fails naming the file, the field and the fix', () => {
  fixture.write('01-basics/02-second.mdx', '---\nsummary: No title here.\nobjectives: [x]\nminutes: 5\n---\n\n<Exercise id="nope" />\n');
  const result = spawnSync('npx', ['astro', 'build', '--outDir', `${fixture.dir}/dist`], {
    env: { ...process.env, CWC_CONTENT_DIR: fixture.dir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const output = result.stdout + result.stderr;
  expect(result.status).not.toBe(0);
  expect(output).toContain('The course content has 2 problems');
  expect(output).toMatch(/01-basics\/02-second\.mdx → title\n\s+expected: a string\n\s+found:\s+nothing \(the field is missing\)\n\s+fix:\s+add "title"/);
  expect(output).toContain('<Exercise id="nope" />');
}, 120_000);
