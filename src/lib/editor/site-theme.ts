/** The site's light or dark theme, and every change to it (the toggle's 'cwc:theme' event, or the system setting). */
import { currentTheme, type Theme } from '../../scripts/theme';

export type SiteTheme = Theme;

export function siteTheme(): SiteTheme {
  return currentTheme(document.documentElement, window.matchMedia('(prefers-color-scheme: dark)').matches);
}

/** Calls `apply` now and on every change; returns a function that stops watching. */
export function watchSiteTheme(apply: (theme: SiteTheme) => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const update = () => apply(siteTheme());
  document.addEventListener('cwc:theme', update);
  media.addEventListener('change', update);
  update();
  return () => {
    document.removeEventListener('cwc:theme', update);
    media.removeEventListener('change', update);
  };
}
