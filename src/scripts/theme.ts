/**
 * Light and dark themes: the system setting by default; the toggle records an explicit choice in localStorage.
 * The head script in Base.astro applies a stored choice before first paint, so there is no flash.
 */
export const THEME_KEY = 'cwc-theme';
export type Theme = 'light' | 'dark';

export function currentTheme(root: HTMLElement, prefersDark: boolean): Theme {
  const chosen = root.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return prefersDark ? 'dark' : 'light';
}

export function initThemeToggle(doc: Document = document): void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const buttons = [...doc.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];
  const sync = () => {
    const dark = currentTheme(doc.documentElement, media.matches) === 'dark';
    for (const b of buttons) b.setAttribute('aria-pressed', String(dark));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const next: Theme = currentTheme(doc.documentElement, media.matches) === 'dark' ? 'light' : 'dark';
      doc.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Storage blocked: the choice lasts for this page only, which is fine.
      }
      sync();
      doc.dispatchEvent(new CustomEvent('cwc:theme', { detail: next }));
    });
  }
  media.addEventListener('change', sync);
  sync();
}
