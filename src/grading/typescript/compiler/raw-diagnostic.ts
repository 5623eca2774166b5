/**
 * A compiler diagnostic reduced to plain data, so it can cross a worker boundary and be explained without the
 * compiler loaded (explain.ts stays independent of TypeScript itself).
 */
import type ts from 'typescript';

export interface RawDiagnostic {
  /** Path of the file inside the exercise, e.g. "solution.ts"; absent for global (options) diagnostics. */
  file?: string;
  /** e.g. 2322 */
  code: number;
  /** The compiler's message, with any chain of reasons flattened onto indented lines. */
  message: string;
  /** 1-based position of the start of the problem, where the diagnostic has one. */
  line?: number;
  column?: number;
  /** Length of the marked span in characters. */
  length?: number;
  category: 'error' | 'warning' | 'suggestion' | 'message';
}

const categories = ['warning', 'error', 'suggestion', 'message'] as const;

/** Strip our virtual root ("/solution.ts" -> "solution.ts"). */
export function exercisePath(fileName: string): string {
  return fileName.startsWith('/') ? fileName.slice(1) : fileName;
}

export function toRawDiagnostic(tsModule: typeof ts, diagnostic: ts.Diagnostic): RawDiagnostic {
  const raw: RawDiagnostic = {
    code: diagnostic.code,
    message: tsModule.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    category: categories[diagnostic.category] ?? 'error',
  };
  if (diagnostic.file) {
    raw.file = exercisePath(diagnostic.file.fileName);
    if (diagnostic.start !== undefined) {
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      raw.line = line + 1;
      raw.column = character + 1;
      raw.length = diagnostic.length ?? 0;
    }
  }
  return raw;
}
