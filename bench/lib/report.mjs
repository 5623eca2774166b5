/** The terminal table and bench/results.json. */
import { writeFileSync } from 'node:fs';
import { FIGURES, format, verdict } from './figures.mjs';

export function verdictFor(figure, results) {
  // The 100 ms interrupt target is for a cross-origin isolated page; elsewhere Stop must restart the worker.
  if (figure.key === 'python_interrupt_ms' && results.python_interrupt_isolated === false && results.python_interrupt_ms !== null) {
    return 'n/a (page not isolated)';
  }
  return verdict(figure, results[figure.key]);
}

export function printTable(results, print = console.log) {
  let previousReason;
  const rows = FIGURES.map((f) => {
    const reason = results[f.key] === null ? results.reasons[f.key] ?? 'not measured' : undefined;
    const note = reason === undefined ? verdictFor(f, results) : reason === previousReason ? 'null (same reason)' : `null: ${reason}`;
    previousReason = reason;
    return [f.label, format(results[f.key], f.unit), f.target ? `${f.target.text} (#${f.target.issue})` : '', note];
  });
  const header = ['Figure', 'Value', 'Target', ''];
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  print('');
  print(line(header));
  print(line(widths.map((w) => '-'.repeat(w))));
  let group;
  for (const [i, f] of FIGURES.entries()) {
    if (f.group !== group) print(`[${(group = f.group)}]`);
    print(line(rows[i]));
  }
  const m = results.machine;
  print(`\n${results.date} · ${m.cores} cores (${m.cpu}) · Chromium ${m.chromium ?? '?'} · Node ${m.node} · load ${m.load_average_start} → ${m.load_average_end} · commit ${m.commit}${m.working_tree_dirty ? ' + uncommitted changes' : ''}${results.quick ? ' · --quick' : ''}`);
}

export function writeResults(file, results) {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
