/**
 * A console that writes into the current buffer (the module load, or the test running now), capped at
 * OUTPUT_LIMIT so a print in a runaway loop cannot exhaust memory. Run mode also streams each line as printed.
 */
import { OUTPUT_LIMIT, OUTPUT_TRUNCATED_NOTICE } from '../../../schema/results.ts';
import { renderTable } from './console-table.ts';
import { formatLogArgument, formatValue } from './format.ts';

export type Stream = 'stdout' | 'stderr';

export class OutputBuffer {
  private text = '';
  truncated = false;

  /** Append, keeping at most OUTPUT_LIMIT characters; returns what was kept (for streaming). */
  append(chunk: string): string {
    if (this.truncated) return '';
    const room = OUTPUT_LIMIT - this.text.length;
    const kept = chunk.length <= room ? chunk : chunk.slice(0, room);
    this.text += kept;
    if (kept.length < chunk.length) this.truncated = true;
    return kept;
  }

  /** The captured text, with the notice when it was cut. */
  read(): { output: string; outputTruncated: boolean } {
    return { output: this.truncated ? this.text + OUTPUT_TRUNCATED_NOTICE : this.text, outputTruncated: this.truncated };
  }
}

/** `console.log('%s is %d', 'pulse', 88)` substitutions, then the remaining arguments. */
function formatArguments(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string' || !first.includes('%')) return args.map(formatLogArgument).join(' ');
  let index = 0;
  const head = first.replace(/%[sdifjoOc%]/g, (token) => {
    if (token === '%%') return '%';
    if (index >= rest.length) return token;
    const value = rest[index++];
    if (token === '%c') return '';
    if (token === '%d' || token === '%i') return String(token === '%i' ? Math.trunc(Number(value)) : Number(value));
    if (token === '%f') return String(Number(value));
    if (token === '%s') return typeof value === 'string' ? value : formatValue(value);
    return formatValue(value);
  });
  return [head, ...rest.slice(index).map(formatLogArgument)].join(' ');
}

export interface CapturingConsole {
  console: Record<'log' | 'info' | 'debug' | 'warn' | 'error' | 'table', (...args: unknown[]) => void>;
  /** Send what is printed from now on into `buffer`. */
  use(buffer: OutputBuffer): void;
}

export function createCapturingConsole(onWrite?: (text: string, stream: Stream) => void): CapturingConsole {
  let buffer = new OutputBuffer();
  const write = (stream: Stream) => (text: string) => {
    const kept = buffer.append(`${text}\n`);
    if (kept && onWrite) onWrite(kept, stream);
  };
  const out = write('stdout');
  const err = write('stderr');
  return {
    console: {
      log: (...args) => out(formatArguments(args)),
      info: (...args) => out(formatArguments(args)),
      debug: (...args) => out(formatArguments(args)),
      warn: (...args) => err(formatArguments(args)),
      error: (...args) => err(formatArguments(args)),
      table: (data, columns) => out(renderTable(data, Array.isArray(columns) ? columns : undefined)),
    },
    use(next) {
      buffer = next;
    },
  };
}
