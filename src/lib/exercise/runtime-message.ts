/**
 * The runtime's state in honest, plain words, shown beside the exercise: loading (and how big it is), ready,
 * running, restarting, or unavailable because the browser blocks what the code needs.
 */
import type { Language } from '../../schema/exercise';
import type { RuntimeState } from '../../runners/types';
import { LANGUAGE_NAMES } from './language-names';

export type RuntimeTone = 'waiting' | 'busy' | 'ready' | 'warning';

export interface RuntimeMessage {
  text: string;
  tone: RuntimeTone;
  /** Whether Run and Check can be pressed (they wait for loading to finish, so only 'unavailable' blocks them). */
  usable: boolean;
}

/** Rough one-off download sizes, said up front so a learner on a slow connection knows why they are waiting. */
const FIRST_LOAD: Record<Language, string> = {
  python: 'Python is loading (first time only, about 6 MB)',
  typescript: 'TypeScript is loading (first time only, about 2 MB)',
};

export function runtimeMessage(language: Language, state: RuntimeState): RuntimeMessage {
  const name = LANGUAGE_NAMES[language];
  switch (state.status) {
    case 'idle':
      return { text: `${name} starts when you need it.`, tone: 'waiting', usable: true };
    case 'loading':
      return { text: `${FIRST_LOAD[language]}…`, tone: 'busy', usable: true };
    case 'ready':
      return { text: `${name} is ready.`, tone: 'ready', usable: true };
    case 'running':
      return { text: 'Running your code…', tone: 'busy', usable: true };
    case 'restarting':
      // Some runners already say "restarting" in their reason; never say it twice.
      return {
        text: /restarting/i.test(state.reason) ? withStop(state.reason) : `${withStop(state.reason)} ${name} is restarting, so it is fresh for your next try.`,
        tone: 'busy',
        usable: true,
      };
    case 'unavailable':
      return { text: state.reason, tone: 'warning', usable: false };
  }
}

const withStop = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** What the browser offers; checked once on page load. */
export interface BrowserAbilities {
  workers: boolean;
  webAssembly: boolean;
}

export function detectAbilities(scope: { Worker?: unknown; WebAssembly?: unknown } = globalThis): BrowserAbilities {
  return { workers: typeof scope.Worker === 'function', webAssembly: typeof scope.WebAssembly === 'object' && scope.WebAssembly !== null };
}

/** A clear message when this browser cannot run the language at all, or undefined when it can. */
export function environmentProblem(language: Language, abilities: BrowserAbilities): string | undefined {
  const name = LANGUAGE_NAMES[language];
  if (!abilities.workers) {
    return `This browser is blocking "web workers", which ${name} needs to run your code safely, so Run and Check cannot work here. Your code is still saved on this device. Try another browser, or ask your IT team whether web workers can be allowed for this site.`;
  }
  if (language === 'python' && !abilities.webAssembly) {
    return 'This browser is blocking "WebAssembly", which Python needs to run here, so Run and Check cannot work. Your code is still saved on this device. Try another browser, or ask your IT team whether WebAssembly can be allowed for this site.';
  }
  return undefined;
}
