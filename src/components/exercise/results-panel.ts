/** Draws a ResultsView: the headline, the first failing check open, the others folded beneath. */
import type { DiagnosticView, ResultsView, TestView } from '../../lib/exercise/results-view';
import { h } from './dom';

export type GoToLine = (line: number, column?: number) => void;

const MARKS: Record<TestView['status'], string> = { pass: '✓', fail: '✗', error: '!' };

export function diagnosticNode(d: DiagnosticView, goTo: GoToLine): HTMLElement {
  return h(
    'div',
    { class: 'diagnostic' },
    d.where &&
      h(
        'p',
        { class: 'label' },
        `${d.where} `,
        d.line ? lineButton(d.line, d.column, goTo) : undefined,
      ),
    d.excerpt && h('pre', {}, d.excerpt),
    h('p', {}, d.message, d.code ? ` (${d.code})` : ''),
    d.explanation && h('p', { class: 'explanation' }, d.explanation),
  );
}

function lineButton(line: number, column: number | undefined, goTo: GoToLine): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'go-to-line' }, `Go to line ${line}`);
  button.addEventListener('click', () => goTo(line, column));
  return button;
}

function testDetail(test: TestView): HTMLElement[] {
  const nodes: Array<HTMLElement | undefined> = [
    test.message ? h('pre', {}, test.message) : undefined,
    test.explanation ? h('p', { class: 'explanation' }, test.explanation) : undefined,
    test.traceback ? h('details', {}, h('summary', {}, 'Where in your code'), h('pre', {}, test.traceback)) : undefined,
    test.output ? h('p', { class: 'label' }, 'What your code printed during this check:') : undefined,
    test.output ? h('pre', {}, test.output, test.outputTruncated ? ' …' : '') : undefined,
  ];
  return nodes.filter((n): n is HTMLElement => n !== undefined);
}

function testItem(test: TestView): HTMLLIElement {
  const mark = h('span', { class: `mark mark-${test.status}`, 'aria-hidden': 'true' }, MARKS[test.status]);
  const title = [mark, ' ', test.name, h('span', { class: 'test-state' }, ` (${test.statusText})`)];
  if (test.status === 'pass' || (!test.message && !test.output && !test.explanation)) return h('li', {}, ...title);
  return h('li', {}, h('details', {}, h('summary', {}, ...title), ...testDetail(test)));
}

function othersSummary(view: ResultsView): string {
  const n = view.others.length;
  const passing = view.others.filter((t) => t.status === 'pass').length;
  if (view.passed) return `See all ${n} check${n === 1 ? '' : 's'}`;
  const notYet = n - passing;
  const parts = [passing ? `${passing} pass${passing === 1 ? 'es' : ''}` : '', notYet ? `${notYet} not yet` : ''].filter(Boolean);
  return `The other ${n} check${n === 1 ? '' : 's'} (${parts.join(', ')})`;
}

export function renderResults(container: HTMLElement, view: ResultsView, goTo: GoToLine): void {
  const nodes: Node[] = [h('h3', { class: 'results-headline' }, view.headline)];
  if (view.detail) nodes.push(h('p', { class: 'results-detail' }, view.detail));
  const [firstDiagnostic, ...moreDiagnostics] = view.diagnostics;
  if (firstDiagnostic) nodes.push(diagnosticNode(firstDiagnostic, goTo));
  if (moreDiagnostics.length) {
    nodes.push(h('details', {}, h('summary', {}, `${moreDiagnostics.length} more to fix after this one`), ...moreDiagnostics.map((d) => diagnosticNode(d, goTo))));
  }
  if (view.first) {
    nodes.push(
      h('h4', {}, `First check not passing yet: ${view.first.name}`),
      ...testDetail(view.first),
    );
  }
  if (view.others.length) {
    nodes.push(h('details', {}, h('summary', {}, othersSummary(view)), h('ul', { class: 'test-list' }, ...view.others.map(testItem))));
  }
  container.dataset.tone = view.tone;
  container.replaceChildren(...nodes);
}

export function clearResults(container: HTMLElement): void {
  delete container.dataset.tone;
  container.replaceChildren();
}
