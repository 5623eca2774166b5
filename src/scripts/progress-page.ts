/** The progress page: every exercise with its state, and export, import and erase. */
import type { ImportMode, ProgressStore } from '../lib/progress';
import type { Outline } from '../lib/course/outline';
import { readOutline } from './outline';
import { getProgressStore } from './progress-store';

const STATUS_TEXT = { 'not-started': 'Not started', attempted: 'Started', passed: 'Passed ✓' } as const;

async function renderTable(outline: Outline, store: ProgressStore, root: HTMLElement): Promise<void> {
  const { exerciseRows } = await import('../lib/progress');
  const rows = exerciseRows(outline, await store.snapshot());
  const sections = outline.modules
    .filter((m) => rows.some((r) => r.moduleId === m.id))
    .map((m) => {
      const table = document.createElement('table');
      table.innerHTML = '<caption></caption><thead><tr><th scope="col">Exercise</th><th scope="col">Lesson</th><th scope="col">State</th><th scope="col">Checks</th><th scope="col">Hints used</th></tr></thead><tbody></tbody>';
      table.caption!.textContent = m.title;
      const body = table.tBodies[0]!;
      for (const row of rows.filter((r) => r.moduleId === m.id)) {
        const lesson = m.lessons.find((l) => l.id === row.lessonId);
        const tr = body.insertRow();
        const link = Object.assign(document.createElement('a'), { href: `${lesson?.url ?? ''}#exercise-${row.exerciseId}`, textContent: outline.exerciseTitles[row.exerciseId] ?? row.exerciseId });
        tr.insertCell().append(link);
        tr.insertCell().textContent = lesson?.title ?? '';
        const state = tr.insertCell();
        state.textContent = STATUS_TEXT[row.status];
        state.className = `status-${row.status}`;
        tr.insertCell().textContent = String(row.attempts);
        tr.insertCell().textContent = String(row.hintsUsed);
      }
      return table;
    });
  root.replaceChildren(...(sections.length ? sections : [Object.assign(document.createElement('p'), { textContent: 'This course has no exercises yet.' })]));
}

function download(name: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * Wires the page. The buttons and the form are wired at once, before the store has opened: a learner who clicks
 * "Load progress" on a slow machine must not get the browser's own form submission (a reload that drops the chosen
 * file and says nothing). Each action waits for the store itself.
 */
export async function initProgressPage(): Promise<void> {
  const outline = readOutline();
  const table = document.querySelector<HTMLElement>('[data-progress-table]');
  const message = document.querySelector<HTMLElement>('[data-progress-message]');
  if (!outline || !table || !message) return;
  const say = (text: string) => (message.textContent = text);
  const opening = getProgressStore();
  const refresh = async () => renderTable(outline, await opening, table);
  const unavailable = (error: unknown, text = "Sorry, that didn't work: this page could not reach the progress saved in this browser. Reload the page and try again.") => {
    console.warn('[progress] the progress page could not reach the store', error);
    say(text);
  };
  /** Each action waits for the store, and says so in plain words if it cannot be reached. */
  const on = <E extends Event>(selector: string, type: string, action: (event: E) => Promise<unknown>) =>
    document.querySelector(selector)?.addEventListener(type, (event) => void action(event as E).catch(unavailable));

  on('[data-export]', 'click', async () => {
    const store = await opening;
    const { exportFileName } = await import('../lib/progress');
    download(exportFileName(new Date()), await store.exportProgress());
    say('Your progress was saved to a file in your downloads.');
  });
  on<SubmitEvent>('[data-import-form]', 'submit', async (event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const file = form.querySelector<HTMLInputElement>('input[type=file]')?.files?.[0];
    if (!file) return say('Choose a progress file first.');
    const mode = (new FormData(form).get('mode') ?? 'merge') as ImportMode;
    if (mode === 'replace' && !confirm('Replace the progress in this browser with the file? Progress that is only in this browser will be lost.')) return;
    const store = await opening;
    const outcome = await store.importProgress(await file.text(), mode);
    say(outcome.ok ? `Progress loaded from ${file.name}.` : outcome.message);
    await refresh();
  });
  on('[data-erase]', 'click', async () => {
    if (!confirm('Erase all your code and progress from this browser? This cannot be undone.')) return;
    const store = await opening;
    await store.eraseAll();
    say('All your code and progress were erased from this browser.');
    await refresh();
  });

  try {
    const store = await opening;
    await refresh();
    store.onChange(() => void refresh());
  } catch (error) {
    const text = 'Your progress could not be shown just now: this page could not reach what is saved in this browser. Nothing has been erased. Reload the page to try again.';
    unavailable(error, text);
    // Not "Loading…" for ever at the top of the page: the same words where the progress would be.
    for (const el of document.querySelectorAll<HTMLElement>('[data-course-progress]')) el.textContent = 'Your progress could not be loaded just now.';
    table.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
  }
}
