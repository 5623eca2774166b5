/** What every matcher shares: its context, its result, and Jest's message header. */
import { formatValue } from './format.ts';

export interface MatcherContext {
  /** `.not` was used. */
  isNot: boolean;
  /** `.resolves` / `.rejects`, or '' for a plain value. */
  promise: '' | 'resolves' | 'rejects';
}

export interface MatcherResult {
  /** Whether the un-negated check held. */
  pass: boolean;
  /** The failure message, built only when needed. */
  message: () => string;
}

export type Matcher = (context: MatcherContext, received: unknown, ...expected: unknown[]) => MatcherResult;

/** Jest's first line, e.g. `expect(received).not.toBe(expected) // Object.is equality`. */
export function header(context: MatcherContext, name: string, args = 'expected', comment = ''): string {
  const chain = `${context.promise ? `.${context.promise}` : ''}${context.isNot ? '.not' : ''}`;
  return `expect(received)${chain}.${name}(${args})${comment ? ` // ${comment}` : ''}`;
}

/** Label-aligned lines, e.g. `Expected: 3` / `Received: 4`. */
export function lines(...rows: [label: string, value: string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`).join('\n');
}

export const show = formatValue;

/** The standard "Expected / Received" failure for a value comparison. */
export function compared(context: MatcherContext, name: string, expected: unknown, received: unknown, comment = ''): string {
  const expectedText = `${context.isNot ? 'not ' : ''}${show(expected)}`;
  const rows: [string, string][] = [['Expected', expectedText]];
  if (!context.isNot) rows.push(['Received', show(received)]);
  return `${header(context, name, 'expected', comment)}\n\n${lines(...rows)}`;
}

/** A matcher used on the wrong kind of value, e.g. toBeGreaterThan on text. */
export function matcherError(context: MatcherContext, name: string, problem: string, received: unknown): MatcherResult {
  return {
    pass: context.isNot, // never passes, with or without .not
    message: () => `${header(context, name)}\n\nMatcher error: ${problem}\n\n${lines(['Received', show(received)])}`,
  };
}

export const isNumeric = (value: unknown): value is number | bigint => typeof value === 'number' || typeof value === 'bigint';
