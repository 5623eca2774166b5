/**
 * Brings a CodeArea to life: the plain editor at once, Monaco on first use, the Escape-then-Tab note, the
 * "Use the plain editor" choice and the right shortcut names for this computer. Shared by exercises and playgrounds.
 */
import type { Language } from '../../schema/exercise';
import { createEditorHost, type EditorHost } from '../../lib/editor/editor-host';
import { isApplePlatform, shortcutText, type ExerciseAction } from '../../lib/exercise/shortcuts';
import { part } from './dom';

export interface MountEditorOptions {
  language: Language;
  path: string;
  typeFiles?: Array<{ path: string; content: string }>;
  hasCheck: boolean;
  onShortcut: (action: ExerciseAction) => void;
  onFirstUse?: () => void;
}

const ESCAPE_NOTE = 'Tab now moves out of the editor (Shift+Tab moves back). Type anything else to stay.';

export function mountEditor(area: HTMLElement, options: MountEditorOptions): EditorHost {
  const textarea = part<HTMLTextAreaElement>(area, 'textarea');
  const escapeNote = part(area, '[data-escape-note]');
  const choiceRow = part(area, '[data-editor-choice]');
  const checkbox = part<HTMLInputElement>(choiceRow, '[data-plain-choice]');
  const status = part(choiceRow, '[data-editor-status]');
  const label = textarea.labels?.[0]?.textContent ?? 'Code';

  const apple = isApplePlatform((navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform);
  part(area, '[data-shortcut-note]').textContent = shortcutText(apple, options.hasCheck);

  const host = createEditorHost({
    textarea,
    frame: part(area, '[data-code-frame]'),
    language: options.language,
    path: options.path,
    ...(options.typeFiles ? { typeFiles: options.typeFiles } : {}),
    ariaLabel: `${label}. ${shortcutText(apple, options.hasCheck)} Press Escape then Tab to leave the editor.`,
    hasCheck: options.hasCheck,
    onShortcut: options.onShortcut,
    onEscapeArmed: (armed) => {
      escapeNote.textContent = armed ? ESCAPE_NOTE : '';
    },
    onKindChange: (kind) => {
      area.dataset.editor = kind;
    },
    onFullFailed: () => {
      status.textContent = 'The full editor could not load, so you have the plain one. Everything still works.';
    },
    ...(options.onFirstUse ? { onFirstUse: options.onFirstUse } : {}),
  });
  area.dataset.editor = 'plain';
  checkbox.checked = host.choice === 'plain';
  // Unticking loads the full editor straight away, so the learner sees their choice take effect.
  checkbox.addEventListener('change', () => void host.choose(checkbox.checked ? 'plain' : 'full'));
  choiceRow.hidden = false;
  return host;
}
