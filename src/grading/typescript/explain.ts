/**
 * Compiler diagnostics as learners see them: where (line, column, the line with carets), the compiler's own
 * words, its code, and a plain-English reading for the messages beginners meet most.
 */
import type { Diagnostic } from '../../schema/results.ts';
import type { RawDiagnostic } from './compiler/raw-diagnostic.ts';
import { namesIn } from './closest-name.ts';
import { clampToContent, excerpt } from './excerpt.ts';
import { readings } from './explain-readings.ts';

/** A plain-English reading of one compiler message, or undefined when we have none. */
export function explainMessage(code: number, message: string, source = ''): string | undefined {
  const reading = readings[code];
  return reading?.(message, { names: namesIn(source) });
}

/**
 * One diagnostic in the results format. `source` is the text of the file the diagnostic points into; it gives the
 * excerpt and the names for "did you mean" suggestions.
 */
export function explainDiagnostic(given: RawDiagnostic, source?: string): Diagnostic {
  const raw = source !== undefined && given.line !== undefined ? { ...given, ...clampToContent(source, given.line, given.column) } : given;
  const diagnostic: Diagnostic = { message: raw.message, code: `TS${raw.code}` };
  if (raw.line !== undefined) diagnostic.line = raw.line;
  if (raw.column !== undefined) diagnostic.column = raw.column;
  const explanation = explainMessage(raw.code, raw.message, source);
  if (explanation) diagnostic.explanation = explanation;
  if (source !== undefined && raw.line !== undefined) {
    const shown = excerpt(source, raw.line, raw.column, raw.length);
    if (shown) diagnostic.excerpt = shown;
  }
  return diagnostic;
}

/** Explain a list of diagnostics, looking up each one's file text by its path. */
export function explainAll(list: readonly RawDiagnostic[], sources: ReadonlyMap<string, string>): Diagnostic[] {
  return list.map((raw) => explainDiagnostic(raw, raw.file === undefined ? undefined : sources.get(raw.file)));
}
