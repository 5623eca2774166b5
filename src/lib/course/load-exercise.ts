/** Reads one exercise folder into a resolved Exercise, recording every problem on the way. */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  exerciseAuthoring,
  exerciseId,
  extensionFor,
  results,
  type Exercise,
  type ExerciseFile,
  type WrongAnswer,
} from '../../schema';
import type { ContentProblem } from './content-error';
import { listDir, listFilesDeep, readText, readYaml, rel } from './read-files';
import { validate } from './zod-problems';

/** Data files bigger than this are a mistake in a browser course (they are shipped to every learner). */
const MAX_DATA_FILE_BYTES = 512 * 1024;

const TEST_FILE: Record<Exercise['language'], { pattern: RegExp; example: string }> = {
  python: { pattern: /^test_.*\.py$/, example: 'test_bmi.py' },
  typescript: { pattern: /\.test\.ts$/, example: 'bmi.test.ts' },
};

export function loadExercise(dir: string, moduleId: string, root: string, problems: ContentProblem[]): Exercise | undefined {
  const id = basename(dir);
  const display = rel(root, dir);
  const before = problems.length;
  if (!exerciseId.safeParse(id).success) {
    problems.push({
      file: display,
      field: 'folder name (the exercise id)',
      expected: 'lower-case letters, digits and single hyphens, e.g. "bmi-category"',
      found: `"${id}"`,
      fix: 'rename the folder; the folder name is the id you use in <Exercise id="..." />.',
    });
  }
  const yamlFile = join(dir, 'exercise.yaml');
  const config = validate(exerciseAuthoring, readYaml(yamlFile, rel(root, yamlFile), problems), rel(root, yamlFile), problems);
  if (!config) return undefined;

  const ext = extensionFor[config.language];
  const { files, dirs } = listDir(dir);
  const readRequired = (name: string, what: string): string => {
    if (files.includes(name)) return readText(join(dir, name));
    const wrongExt = files.find((f) => f.startsWith(`${name.split('.')[0]}.`));
    problems.push({
      file: display,
      field: name,
      expected: `${what} in ${name} (the exercise's language is ${config.language})`,
      found: wrongExt ? `${wrongExt}` : 'no such file',
      fix: wrongExt ? `rename ${wrongExt} to ${name}, or change "language" in exercise.yaml.` : `add ${name} to ${display}.`,
    });
    return '';
  };
  const starter = readRequired(`starter.${ext}`, 'the code the learner starts from');
  const solution = readRequired(`solution.${ext}`, 'the reference solution');

  const testNames = files.filter((f) => TEST_FILE[config.language].pattern.test(f));
  if (testNames.length !== 1) {
    problems.push({
      file: display,
      field: 'test file',
      expected: `exactly one test file named like ${TEST_FILE[config.language].example}`,
      found: testNames.length === 0 ? 'none' : testNames.join(', '),
      fix: testNames.length === 0 ? `add the tests as ${TEST_FILE[config.language].example}.` : 'keep one test file per exercise.',
    });
  }
  const testName = testNames[0];
  const tests: ExerciseFile = { path: testName ?? '', content: testName ? readText(join(dir, testName)) : '' };

  const reserved = new Set(['exercise.yaml', `starter.${ext}`, `solution.${ext}`, testName]);
  const dataFiles: ExerciseFile[] = [];
  for (const path of [...files.filter((f) => !reserved.has(f)), ...dirs.filter((d) => d !== 'wrong').flatMap((d) => listFilesDeep(join(dir, d), `${d}/`))]) {
    const content = readText(join(dir, path));
    if (Buffer.byteLength(content) > MAX_DATA_FILE_BYTES) {
      problems.push({
        file: `${display}/${path}`,
        expected: `a data file under ${MAX_DATA_FILE_BYTES / 1024} KB (every learner downloads it)`,
        found: `${Math.round(Buffer.byteLength(content) / 1024)} KB`,
        fix: 'use a smaller sample of the data.',
      });
    }
    dataFiles.push({ path, content });
  }

  const wrong = loadWrongAnswers(join(dir, 'wrong'), ext, root, problems);
  if (problems.length > before) return undefined;
  return { ...config, id, module: moduleId, dir: display, starter, solution, tests, files: dataFiles, wrong };
}

function loadWrongAnswers(dir: string, ext: string, root: string, problems: ContentProblem[]): WrongAnswer[] {
  if (!existsSync(dir)) return [];
  const { files } = listDir(dir);
  const answers: WrongAnswer[] = [];
  for (const name of files.filter((f) => f.endsWith(`.${ext}`))) {
    const goldenName = name.replace(new RegExp(`\\.${ext}$`), '.expected.json');
    let expected: WrongAnswer['expected'];
    if (files.includes(goldenName)) {
      const goldenPath = join(dir, goldenName);
      let json: unknown;
      try {
        json = JSON.parse(readText(goldenPath));
      } catch (error) {
        problems.push({
          file: rel(root, goldenPath),
          expected: 'the JSON results recorded by `npm run verify -- --update`',
          found: `invalid JSON: ${(error as Error).message}`,
          fix: 'delete the file and record it again with `npm run verify -- --update`.',
        });
      }
      if (json !== undefined) expected = validate(results, json, rel(root, goldenPath), problems);
    }
    answers.push({ name, code: readText(join(dir, name)), expected });
  }
  for (const stray of files.filter((f) => !f.endsWith(`.${ext}`) && !f.endsWith('.expected.json'))) {
    problems.push({
      file: rel(root, join(dir, stray)),
      expected: `known-wrong answers as *.${ext}, each with its *.expected.json`,
      found: stray,
      fix: `rename it to end in .${ext}, or move it out of wrong/.`,
    });
  }
  return answers;
}
