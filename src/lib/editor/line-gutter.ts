/**
 * Line numbers beside the plain editor, and the marker on a line with a syntax or type error. A <textarea> cannot
 * colour one of its own lines, so the marker lives in this gutter, which scrolls with it. Hidden from screen
 * readers: the results panel says "line 3" in words and offers to move the cursor there.
 */
import type { LineMark } from './code-editor';

export interface LineGutter {
  update(): void;
  mark(mark: LineMark | undefined): void;
  scrollToLine(line: number): void;
}

/** Finds (or makes) `.code-gutter` before the textarea, inside the same `.code-frame`. */
export function createLineGutter(textarea: HTMLTextAreaElement): LineGutter {
  let gutter = textarea.parentElement?.querySelector<HTMLElement>('.code-gutter') ?? null;
  if (!gutter) {
    gutter = document.createElement('div');
    gutter.className = 'code-gutter';
    gutter.setAttribute('aria-hidden', 'true');
    textarea.before(gutter);
  }
  const el = gutter;
  let marked: LineMark | undefined;
  let count = 0;

  const render = () => {
    const lines = textarea.value.split('\n').length;
    if (lines !== count) {
      const numbers: string[] = [];
      for (let i = 1; i <= lines; i++) numbers.push(`<span data-line="${i}">${i}</span>`);
      el.innerHTML = numbers.join('');
      count = lines;
    }
    for (const span of el.querySelectorAll('.marked')) span.classList.remove('marked');
    if (marked) {
      const span = el.querySelector<HTMLElement>(`[data-line="${marked.line}"]`);
      span?.classList.add('marked');
      span?.setAttribute('title', marked.message);
    }
    el.scrollTop = textarea.scrollTop;
  };
  textarea.addEventListener('scroll', () => {
    el.scrollTop = textarea.scrollTop;
  });
  render();

  return {
    update: render,
    mark(mark) {
      if (!mark && !marked) return;
      marked = mark;
      render();
    },
    scrollToLine(line) {
      const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
      const top = (line - 1) * lineHeight;
      if (top < textarea.scrollTop || top > textarea.scrollTop + textarea.clientHeight - lineHeight) textarea.scrollTop = Math.max(0, top - lineHeight * 2);
      el.scrollTop = textarea.scrollTop;
    },
  };
}
