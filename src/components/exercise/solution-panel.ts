/**
 * The solution, offered after a failed Check (or at once, if the tutor allows), drawn beside the learner's code as
 * a line diff. It never touches their code; "Copy the solution into the editor" is a separate, undoable choice.
 */
import { diffLines, diffSummaryText, summariseDiff, type DiffLine } from '../../lib/exercise/line-diff';
import { h, part } from './dom';

export interface SolutionPanel {
  offer(): void;
  readonly offered: boolean;
  /** The learner's code changed: redraw the diff if it is open. */
  refresh(): void;
}

export interface SolutionPanelOptions {
  solution: string;
  getCode: () => string;
  copyIn: () => void;
}

function row(line: DiffLine): HTMLTableRowElement {
  const cell = (side: 'yours' | 'solution') => {
    const shown = line.kind === 'same' || line.kind === side;
    if (!shown) return h('td', {});
    const sign = line.kind === 'same' ? ' ' : side === 'yours' ? '−' : '+';
    const said = line.kind === 'same' ? '' : side === 'yours' ? 'Only in your code: ' : 'Only in the solution: ';
    return h('td', {}, h('span', { class: 'sign', 'aria-hidden': 'true' }, sign), said && h('span', { class: 'visually-hidden' }, said), line.text || ' ');
  };
  return h('tr', { class: line.kind }, cell('yours'), cell('solution'));
}

export function createSolutionPanel(section: HTMLElement | null, options: SolutionPanelOptions): SolutionPanel {
  if (!section) return { offer() {}, offered: false, refresh() {} };
  const toggle = part<HTMLButtonElement>(section, '[data-action="solution"]');
  const body = part(section, '[data-solution-body]');
  let offered = false;

  const draw = () => {
    const lines = diffLines(options.getCode(), options.solution);
    const table = h(
      'table',
      { class: 'diff' },
      h('caption', { class: 'visually-hidden' }, 'Your code beside the solution, line by line'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Your code'), h('th', { scope: 'col' }, 'Solution'))),
      h('tbody', {}, ...lines.map(row)),
    );
    const copy = h('button', { type: 'button', 'data-action': 'copy-solution' }, 'Copy the solution into the editor');
    copy.addEventListener('click', options.copyIn);
    body.replaceChildren(
      h('p', { class: 'diff-summary' }, diffSummaryText(summariseDiff(lines))),
      h('div', { class: 'diff-scroll', tabindex: '0', role: 'region', 'aria-label': 'Your code beside the solution' }, table),
      h('p', { class: 'muted' }, 'Copying replaces the code in your editor with the solution. You can undo it straight after.'),
      copy,
    );
  };

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide the solution' : 'Show the solution';
    body.hidden = !open;
    if (open) draw();
  });

  let queued = false;
  return {
    offer() {
      offered = true;
      section.hidden = false;
    },
    get offered() {
      return offered;
    },
    refresh() {
      if (body.hidden || queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        if (!body.hidden) draw();
      });
    },
  };
}
