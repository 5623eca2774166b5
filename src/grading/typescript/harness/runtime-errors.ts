/**
 * Errors thrown while code runs, made readable: the message as "TypeError: ...", a plain-English reading of the
 * common ones, and a traceback showing only the learner's own lines, mapped back to their TypeScript.
 */
import { originalPosition, type LineMappings } from './source-map.ts';

export interface ErrorReport {
  /** e.g. "TypeError: Cannot read properties of undefined (reading 'family')" */
  message: string;
  explanation?: string;
  /** Frames in the learner's file, innermost first, e.g. "  at displayName (solution.ts:6:20)". */
  traceback?: string;
  /** Where in the learner's file the error happened (innermost frame). */
  line?: number;
  column?: number;
  /** The error's class name, e.g. "TypeError". */
  name: string;
}

const READINGS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /Cannot read propert(?:y|ies) of (undefined|null)(?: \(reading '(.+?)'\))?|can't access property "(.+?)", .+ is (undefined|null)|(.+) is (undefined|null)$/,
    (m) => {
      const missing = m[1] ?? m[4] ?? m[6];
      const property = m[2] ?? m[3];
      return `Your code tried to read ${property ? `\`${property}\`` : 'a property'} from something that is \`${missing}\`. Check that the value exists before reaching inside it (\`?.\` can help).`;
    },
  ],
  [/(.+) is not a function/, (m) => `\`${m[1]}\` is not a function, so it can't be called. Check its name and what it holds.`],
  [/(.+) is not defined/, (m) => `There is nothing called \`${m[1]}\`. Check the spelling, and that it is defined before it is used.`],
  [
    /Maximum call stack size exceeded|too much recursion/,
    () => 'A function kept calling itself and never stopped. Check that it has a case where it returns without calling itself again.',
  ],
  [/Invalid array length/, () => 'An array was given an impossible length, such as a negative number.'],
  [/(.+) is not iterable/, (m) => `\`${m[1]}\` is not a list, so it can't be looped over with \`for...of\` or spread with \`...\`.`],
];

export function explainRuntimeMessage(message: string): string | undefined {
  for (const [pattern, read] of READINGS) {
    const m = pattern.exec(message);
    if (m) return read(m);
  }
  return undefined;
}

/** Maps from file name ("solution.ts") to decoded source maps, for the files we show frames of. */
export type LearnerMaps = ReadonlyMap<string, LineMappings>;

const FRAME = /^\s*(?:at\s+)?(?:(.*?)\s*\(|(.*?)@)?([\w./-]+\.ts):(\d+):(\d+)\)?\s*$/;

function learnerFrames(stack: string, maps: LearnerMaps): { text: string; line: number; column: number }[] {
  const frames: { text: string; line: number; column: number }[] = [];
  for (const raw of stack.split('\n')) {
    const m = FRAME.exec(raw);
    if (!m) continue;
    const file = m[3]!;
    const map = maps.get(file);
    if (!map) continue;
    const original = originalPosition(map, Number(m[4]), Number(m[5])) ?? { line: Number(m[4]), column: Number(m[5]) };
    const name = (m[1] ?? m[2] ?? '').replace(/^Object\./, '').replace(/^eval$/, '');
    const where = `${file}:${original.line}:${original.column}`;
    frames.push({ text: name && name !== '<anonymous>' ? `  at ${name} (${where})` : `  at ${where}`, ...original });
  }
  return frames;
}

/** Describe any thrown value (learners can throw strings, or objects that misbehave). */
export function reportError(error: unknown, maps: LearnerMaps): ErrorReport {
  let name = 'Error';
  let text: string;
  let stack = '';
  try {
    if (error instanceof Error) {
      name = error.name || 'Error';
      text = `${name}: ${error.message}`;
      stack = typeof error.stack === 'string' ? error.stack : '';
    } else {
      text = `Thrown value: ${typeof error === 'string' ? error : String(error)}`;
    }
  } catch {
    text = 'An unreadable value was thrown.';
  }
  const report: ErrorReport = { message: text, name };
  const explanation = error instanceof Error ? explainRuntimeMessage(error.message) : undefined;
  if (explanation) report.explanation = explanation;
  const frames = learnerFrames(stack, maps);
  if (frames.length > 0) {
    report.traceback = frames.map((f) => f.text).join('\n');
    report.line = frames[0]!.line;
    report.column = frames[0]!.column;
  }
  return report;
}
