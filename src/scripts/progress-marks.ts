/**
 * Progress on every page: records the lesson visit, ticks finished lessons in the sidebar and lists, fills in
 * module and course percentages and the "continue where you left off" link, and tells the learner in plain words
 * when their progress cannot be saved. The store is loaded with a dynamic import, after the page is interactive,
 * so it never weighs on first paint.
 */
import type { ContinueTarget, CourseProgress, ProgressStore, StoreStatus } from '../lib/progress';
import type { Outline } from '../lib/course/outline';
import { readOutline } from './outline';
import { getProgressStore } from './progress-store';

function markLessons(progress: CourseProgress): void {
  const complete = new Set(progress.modules.flatMap((m) => m.lessons.filter((l) => l.complete).map((l) => l.lessonId)));
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lesson-id]')) {
    const done = complete.has(link.dataset.lessonId ?? '');
    link.toggleAttribute('data-done', done);
    let note = link.querySelector<HTMLElement>('.done-note');
    if (done && !note) {
      note = document.createElement('span');
      note.className = 'visually-hidden done-note';
      note.textContent = ' (done)';
      link.append(note);
    } else if (!done) note?.remove();
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-module-progress]')) {
    const m = progress.modules.find((x) => x.moduleId === el.dataset.moduleProgress);
    if (m) setPercent(el, m.percent, `${m.done} of ${m.total} done`);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-course-progress]')) {
    setPercent(el, progress.percent, `${progress.done} of ${progress.total} done`);
  }
}

function setPercent(el: HTMLElement, percent: number, detail: string): void {
  el.hidden = false;
  el.textContent = `${percent}% complete (${detail})`;
}

function showContinue(outline: Outline, target: ContinueTarget | undefined): void {
  const slot = document.querySelector<HTMLElement>('[data-continue]');
  if (!slot || !target || target.reason === 'start') return;
  const lesson = outline.modules.flatMap((m) => m.lessons).find((l) => l.id === target.lessonId);
  if (!lesson) return;
  const link = document.createElement('a');
  link.className = 'button primary';
  link.href = target.exerciseId ? `${lesson.url}#exercise-${target.exerciseId}` : lesson.url;
  link.textContent = target.reason === 'finished' ? `Revisit: ${lesson.title}` : `Continue where you left off: ${lesson.title}`;
  slot.replaceChildren(link);
  slot.hidden = false;
}

function showStorageProblems(status: StoreStatus): void {
  const banner = document.querySelector<HTMLElement>('[data-storage-banner]');
  if (!banner) return;
  const messages = status.problems.map((p) => p.message);
  banner.hidden = messages.length === 0;
  banner.replaceChildren(...messages.map((m) => Object.assign(document.createElement('p'), { textContent: m })));
}

export async function initProgressMarks(): Promise<ProgressStore | undefined> {
  const outline = readOutline();
  if (!outline) return undefined;
  const [progress, store] = await Promise.all([import('../lib/progress'), getProgressStore()]);
  const lessonId = document.querySelector<HTMLElement>('article[data-lesson-id]')?.dataset.lessonId;
  if (lessonId) await store.visitLesson(lessonId);
  const render = async () => {
    const snapshot = await store.snapshot();
    markLessons(progress.courseProgress(outline, snapshot));
    showContinue(outline, progress.continueTarget(outline, snapshot));
  };
  await render();
  store.onChange(() => void render());
  showStorageProblems(store.status);
  store.onStatusChange(showStorageProblems);
  document.documentElement.dataset.progressReady = 'true';
  return store;
}

const start = () => void initProgressMarks();
if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1500 });
else setTimeout(start, 1);
