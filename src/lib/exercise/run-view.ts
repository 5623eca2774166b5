/** A Run's result -> what the output panel says under the printed output. */
import type { Language } from '../../schema/exercise';
import type { RunResult } from '../../schema/results';
import { LANGUAGE_NAMES } from './language-names';
import { diagnosticView, type DiagnosticView } from './results-view';

export interface RunView {
  tone: 'ok' | 'problem' | 'stopped';
  /** A calm sentence about how the run ended. */
  headline: string;
  detail?: string;
  output: string;
  outputTruncated: boolean;
  diagnostics: DiagnosticView[];
  mark?: { line: number; message: string };
}

export function runView(result: RunResult, language: Language): RunView {
  const output = result.output ?? '';
  const diagnostics = (result.diagnostics ?? []).map(diagnosticView);
  const base = { output, outputTruncated: result.outputTruncated ?? false, diagnostics };
  if (result.status === 'ok') {
    return { ...base, tone: 'ok', headline: output ? 'Your program finished.' : 'Your program finished without printing anything.' };
  }
  const first = result.diagnostics?.[0];
  const at = first?.line ? ` on line ${first.line}` : '';
  const name = LANGUAGE_NAMES[language];
  const headlines: Partial<Record<NonNullable<RunResult['problem']>, string>> = {
    syntax: `A syntax error${at} stops ${name} reading your code.`,
    type: `A type error${at}: TypeScript stopped before running your code.`,
    runtime: `Your program stopped with an error${at}.`,
    'missing-definition': `Your program used a name that is not defined${at}.`,
    timeout: 'Your program took too long, so it was stopped.',
    interrupted: 'You stopped your program.',
    input: 'Your program asked for input that was not there.',
    internal: 'Something went wrong on our side, not yours.',
  };
  const view: RunView = {
    ...base,
    tone: result.problem === 'interrupted' ? 'stopped' : 'problem',
    headline: (result.problem && headlines[result.problem]) ?? 'Your program stopped.',
  };
  if (result.message && result.message.trim() !== view.headline) view.detail = result.message;
  if (first?.line) view.mark = { line: first.line, message: first.explanation ?? first.message };
  return view;
}
