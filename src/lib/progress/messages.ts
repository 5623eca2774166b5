/**
 * What the learner is told when storage misbehaves. Plain, calm English: say what happened, that the course still
 * works, and the one thing they can do. `detail` is for the developer console only.
 */
export type StoreProblemKind =
  | 'not-saved-beyond-tab'
  | 'storage-full'
  | 'write-failed'
  | 'data-set-aside'
  | 'newer-version'
  | 'reload-needed';

export interface StoreProblem {
  kind: StoreProblemKind;
  /** Shown to the learner. */
  message: string;
  /** For the console: the browser's own error or the reason data was set aside. */
  detail?: string;
}

const messages: Record<StoreProblemKind, string> = {
  'not-saved-beyond-tab':
    "This browser isn't letting the course save anything on this device, so your work will only be kept until you close this tab. You can still do everything; use \"Export my progress\" before you close the tab to keep a copy.",
  'storage-full':
    'The storage space this browser gives the course is full, so your latest changes are only kept until you close this tab. Use "Export my progress" to keep a copy, or free some space and reload.',
  'write-failed':
    'The course couldn\'t save your latest changes on this device, so they are only kept until you close this tab. Use "Export my progress" to keep a copy, then try reloading the page.',
  'data-set-aside':
    "Some progress saved on this device couldn't be read. We've put it safely to one side (nothing was deleted) and the course carries on. \"Export my progress\" includes the set-aside copy, should anyone need it.",
  'newer-version':
    'Some of your progress was saved by a newer version of the course. Reload the page to get the newer version and see it; until then it is left untouched.',
  'reload-needed':
    'A newer version of the course has opened in another tab. Reload this page so your work keeps saving.',
};

export function problem(kind: StoreProblemKind, detail?: string): StoreProblem {
  return detail === undefined ? { kind, message: messages[kind] } : { kind, message: messages[kind], detail };
}

/** Storage errors that mean "no space left", across browsers. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
