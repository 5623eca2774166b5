/**
 * The web app manifest, so the course can be installed as an app. Every URL in it is relative, so it resolves
 * against wherever manifest.webmanifest is served: the same file works under any base path.
 * The file is public/manifest.webmanifest; tests/unit/offline/app-files.test.ts keeps it equal to this builder's
 * output (run it with UPDATE_APP_FILES=1 to rewrite the file and the icons after changing anything here).
 */
import { iconFiles } from './icons';

export interface WebManifestOptions {
  name?: string;
  shortName?: string;
  description?: string;
  /** Browser toolbar colour: the site's accent, NHS blue. */
  themeColor?: string;
  /** Splash screen colour while the app starts. */
  backgroundColor?: string;
}

export interface WebManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: 'any' | 'maskable';
}

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  icons: WebManifestIcon[];
}

export function buildWebManifest(options: WebManifestOptions = {}): WebManifest {
  return {
    id: './',
    name: options.name ?? 'Clinicians Who Code',
    short_name: options.shortName ?? 'Clinicians Code',
    description:
      options.description ?? 'Learn to program with problems from your own working day. Works offline; your work stays on your device.',
    lang: 'en-GB',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: options.backgroundColor ?? '#ffffff',
    theme_color: options.themeColor ?? '#005eb8',
    icons: iconFiles
      .filter((icon) => !icon.path.includes('apple-touch'))
      .map((icon) => ({ src: icon.path, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.kind })),
  };
}
