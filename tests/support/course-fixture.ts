/** Writes a small valid course into a temporary folder, so each test can break one thing and see the message. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const VALID_COURSE: Record<string, string> = {
  'course.yaml': 'title: Test course\ntagline: A promise.\ndescription: Words.\nmodules:\n  - 01-basics\n  - 02-more\n',
  '01-basics/meta.yaml': 'title: Basics\nsummary: The basics.\noutcomes:\n  - Do a thing\n',
  '01-basics/01-first.mdx': '---\ntitle: First\nsummary: The first lesson.\nobjectives: [do one thing]\nminutes: 5\n---\n\nHello.\n\n<Exercise id="add" />\n',
  '01-basics/02-second.mdx': '---\ntitle: Second\nsummary: The second lesson.\nobjectives: [do two things]\nminutes: 10\nprerequisites: [01-basics/01-first]\n---\n\nAgain.\n',
  '01-basics/exercises/add/exercise.yaml': 'title: Add two numbers\nlanguage: python\ninstructions: Write `add(a, b)`.\nhints: [Use +.]\n',
  '01-basics/exercises/add/starter.py': 'def add(a, b):\n    pass\n',
  '01-basics/exercises/add/solution.py': 'def add(a, b):\n    return a + b\n',
  '01-basics/exercises/add/test_add.py': 'from solution import add\n\ndef test_adds():\n    assert add(1, 2) == 3\n',
  '01-basics/exercises/add/numbers.csv': 'a,b\n1,2\n',
  '02-more/meta.yaml': 'title: More\nsummary: More things.\noutcomes:\n  - Do more\n',
  '02-more/01-third.mdx': '---\ntitle: Third\nsummary: The third lesson.\nobjectives: [do three things]\nminutes: 7\n---\n\n```mdx\n<Exercise id="not-real" />\n```\n\n<Exercise id="greet" />\n',
  '02-more/exercises/greet/exercise.yaml': 'title: Greet\nlanguage: typescript\ninstructions: Write `greet(name)`.\n',
  '02-more/exercises/greet/starter.ts': 'export function greet(name: string): string {\n  return "";\n}\n',
  '02-more/exercises/greet/solution.ts': 'export function greet(name: string): string {\n  return `Hello ${name}`;\n}\n',
  '02-more/exercises/greet/greet.test.ts': "import { greet } from './solution';\ntest('greets', () => expect(greet('A')).toBe('Hello A'));\n",
};

export interface Fixture {
  dir: string;
  write(path: string, content: string): void;
  remove(path: string): void;
  cleanup(): void;
}

export function makeCourse(files: Record<string, string> = VALID_COURSE): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'cwc-course-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  return { dir, write, remove: (path) => rmSync(join(dir, path), { recursive: true, force: true }), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
