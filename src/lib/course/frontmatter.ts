/** Reads an MDX lesson's frontmatter and the exercise ids it embeds, without compiling it. */
import { parse as parseYaml } from 'yaml';

export interface SplitMdx {
  /** Parsed frontmatter, or undefined when there is none. */
  data: unknown;
  /** Set when the frontmatter is not valid YAML. */
  yamlError?: string;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

export function splitFrontmatter(source: string): SplitMdx {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: undefined, body: source, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length;
  try {
    return { data: parseYaml(match[1] ?? '') ?? {}, body: source.slice(match[0].length), bodyLine };
  } catch (error) {
    return { data: undefined, yamlError: (error as Error).message.split('\n')[0], body: '', bodyLine };
  }
}

export interface ExerciseRef {
  /** The id as written, or undefined when the tag has no literal id. */
  id: string | undefined;
  /** 1-based line in the .mdx file. */
  line: number;
}

/** Finds `<Exercise id="..." />` tags outside fenced code blocks. */
export function findExerciseRefs(body: string, bodyLine: number): ExerciseRef[] {
  const refs: ExerciseRef[] = [];
  let inFence = false;
  body.split('\n').forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    for (const tag of text.matchAll(/<Exercise\b([^>]*)>/g)) {
      const id = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag[1] ?? '');
      refs.push({ id: id ? (id[1] ?? id[2]) : undefined, line: bodyLine + index });
    }
  });
  return refs;
}
