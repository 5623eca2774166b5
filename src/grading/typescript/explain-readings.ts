/**
 * Plain-English readings of the TypeScript messages beginners meet most, keyed by error code. Each reading gets
 * the compiler's message (first line: the headline) and returns one or two kind sentences, or undefined when the
 * message is not in a shape we recognise (the learner then sees the compiler's own words).
 */
import { closestName } from './closest-name.ts';
import { mismatchTip, typePhrase } from './type-phrase.ts';

export interface ReadingContext {
  /** Names that appear in the learner's code, for "did you mean" suggestions. */
  names: readonly string[];
}

type Reading = (message: string, context: ReadingContext) => string | undefined;

const quoted = (message: string, pattern: RegExp) => pattern.exec(message.split('\n')[0] ?? '');
const list = (names: string[]) =>
  names.length <= 1 ? `\`${names[0]}\`` : `${names.slice(0, -1).map((n) => `\`${n}\``).join(', ')} and \`${names.at(-1)}\``;

const notAssignable: Reading = (message) => {
  const m = quoted(message, /Type '(.+)' is not assignable to type '(.+)'\./);
  if (!m) return undefined;
  return `This is ${typePhrase(m[1]!)}, but ${typePhrase(m[2]!)} is needed here.${mismatchTip(m[1]!, m[2]!)}`;
};

const argument: Reading = (message) => {
  const m = quoted(message, /Argument of type '(.+)' is not assignable to parameter of type '(.+)'\./);
  if (!m) return undefined;
  return `You passed ${typePhrase(m[1]!)}, but this function needs ${typePhrase(m[2]!)} here.${mismatchTip(m[1]!, m[2]!)}`;
};

const noProperty: Reading = (message) => {
  const m = quoted(message, /Property '(.+?)' does not exist on type '(.+)'\.(?: Did you mean '(.+)'\?)?/);
  if (!m) return undefined;
  const suggestion = m[3] ? ` Did you mean \`${m[3]}\`?` : ' Check the spelling and capital letters.';
  const subject = typePhrase(m[2]!);
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} has no property called \`${m[1]}\`.${suggestion}`;
};

const implicitAny: Reading = (message) => {
  const m = quoted(message, /(?:Parameter|Binding element) '(.+?)' implicitly has an '.+' type/);
  if (!m) return undefined;
  return `TypeScript can't tell what kind of value \`${m[1]}\` will be. Add a type after its name, for example \`${m[1]}: number\` or \`${m[1]}: string\`.`;
};

const cannotFind: Reading = (message, context) => {
  const m = quoted(message, /Cannot find name '(.+?)'\.(?: Did you mean '(.+?)'\?)?/);
  if (!m) return undefined;
  const suggestion = m[2] ?? closestName(m[1]!, context.names);
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : ' Check the spelling and capital letters, and that it is defined.';
  return `There is nothing called \`${m[1]}\` here.${hint}`;
};

const argumentCount: Reading = (message) => {
  const m = quoted(message, /Expected (at least |at most )?(\d+(?:-\d+)?) arguments?, but got (\d+)( or more)?\./);
  if (!m) return undefined;
  const takes = `${m[1] ?? ''}${m[2]!.replace('-', ' to ')}`;
  const noun = m[2] === '1' && !m[1] ? 'value' : 'values';
  return `This function takes ${takes} ${noun} in its brackets, but it was given ${m[3]}${m[4] ?? ''}.`;
};

const missingOne: Reading = (message) => {
  const m = quoted(message, /Property '(.+?)' is missing in type '.+' but required in type '(.+)'\./);
  if (!m) return undefined;
  return `This value is missing \`${m[1]}\`, which every \`${m[2]}\` must have.`;
};

const missingMany: Reading = (message) => {
  const m = quoted(message, /Type '.+' is missing the following properties from type '(.+?)': (.+?)(?:, and (\d+) more)?$/);
  if (!m) return undefined;
  const names = m[2]!.replace(/\.$/, '').split(', ');
  const more = m[3] ? ` (and ${m[3]} more)` : '';
  return `This value is missing ${list(names)}${more}, which every \`${m[1]}\` must have.`;
};

const possiblyMissing = (what: 'null' | 'undefined' | 'null or undefined'): Reading => (message) => {
  const named = quoted(message, /^'(.+?)' is possibly/);
  const subject = named ? `\`${named[1]}\`` : 'This value';
  const check = what === 'null' ? 'null' : 'undefined';
  const example = named ? `if (${named[1]} === ${check}) return ...` : `if (value === ${check}) return ...`;
  const shown = what === 'null or undefined' ? '`null` or `undefined`' : `\`${what}\``;
  return `${subject} might be ${shown} here, so TypeScript won't let you use it yet. Check for it first, for example \`${example}\`, or reach inside safely with \`?.\`.`;
};

const expected: Reading = (message) => {
  const m = quoted(message, /'(.+?)' expected\./);
  if (!m) return undefined;
  return `TypeScript expected to see \`${m[1]}\` here. Often the real slip is just before this point: a missing bracket, comma or quote.`;
};

const noModule: Reading = (message) => {
  const m = quoted(message, /Cannot find module '(.+?)'/);
  if (!m) return undefined;
  return `There is no module called \`${m[1]}\` here. Your code can import the exercise's own files, such as \`./types\`.`;
};

const mustReturn: Reading = () =>
  "This function says what type it returns, but some way through it ends without a `return`. Make sure every path returns a value.";

const constant: Reading = (message) => {
  const m = quoted(message, /Cannot assign to '(.+?)' because it is a constant\./);
  return m ? `\`${m[1]}\` was made with \`const\`, so it can't change. Use \`let\` if it needs to.` : undefined;
};

const noOverlap: Reading = (message) => {
  const m = quoted(message, /the types '(.+)' and '(.+)' have no overlap/);
  return m ? `This compares ${typePhrase(m[1]!)} with ${typePhrase(m[2]!)}, so they can never be equal.` : undefined;
};

const arithmetic: Reading = () => 'Arithmetic only works on numbers, and this side is not a `number`.';

export const readings: Readonly<Record<number, Reading>> = {
  2322: notAssignable,
  2345: argument,
  2339: noProperty,
  2551: noProperty,
  7006: implicitAny,
  7031: implicitAny,
  2304: cannotFind,
  2552: cannotFind,
  2554: argumentCount,
  2555: argumentCount,
  2556: () => 'The values passed to this function do not match what it takes.',
  2741: missingOne,
  2739: missingMany,
  2740: missingMany,
  2531: possiblyMissing('null'),
  2532: possiblyMissing('undefined'),
  2533: possiblyMissing('null or undefined'),
  18047: possiblyMissing('null'),
  18048: possiblyMissing('undefined'),
  18049: possiblyMissing('null or undefined'),
  1005: expected,
  1109: () => 'TypeScript expected a value here, such as a number, a name or a calculation.',
  1128: () => 'TypeScript expected a new statement here. Look for an extra or missing bracket just before.',
  1002: () => 'This text has an opening quote but no closing one. Add the matching quote at the end.',
  2307: noModule,
  2355: mustReturn,
  2366: mustReturn,
  2588: constant,
  2367: noOverlap,
  2362: arithmetic,
  2363: arithmetic,
  2349: () => 'This is not a function, so it cannot be called with `( )`.',
  2451: () => 'This name is declared twice. Give one of them a different name, or remove the extra one.',
  2393: () => 'This function is written twice. Remove one of the copies.',
};
