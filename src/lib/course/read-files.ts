/** Small file helpers for reading tutor content, each reporting problems instead of throwing. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ContentProblem } from './content-error';

/** Files and folders that are never content (editor and tool litter). */
const IGNORED = /^(\.|__pycache__$|node_modules$|.*\.pyc$|Thumbs\.db$)/;

export function listDir(dir: string): { files: string[]; dirs: string[] } {
  const files: string[] = [];
  const dirs: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (IGNORED.test(name)) continue;
    (statSync(join(dir, name)).isDirectory() ? dirs : files).push(name);
  }
  return { files, dirs };
}

/** Every file below `dir`, as paths relative to it, in a stable order. */
export function listFilesDeep(dir: string, prefix = ''): string[] {
  const { files, dirs } = listDir(dir);
  return [
    ...files.map((f) => prefix + f),
    ...dirs.flatMap((d) => listFilesDeep(join(dir, d), `${prefix}${d}/`)),
  ];
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** Reads and parses a YAML file; on a syntax error records a problem with the line. */
export function readYaml(path: string, display: string, problems: ContentProblem[]): unknown {
  if (!existsSync(path)) {
    problems.push({ file: display, expected: 'this file to exist', found: 'no such file', fix: `create ${display}.` });
    return undefined;
  }
  try {
    return parseYaml(readText(path)) ?? {};
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    problems.push({
      file: display,
      expected: 'valid YAML',
      found: `a YAML syntax error${where}: ${(error as Error).message.split('\n')[0]}`,
      fix: 'check the indentation and quoting on that line; text with a colon in it needs quotes.',
    });
    return undefined;
  }
}

export function rel(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}
