/**
 * One runner per language per page, loaded on first use. The runner modules (and through them their workers) are
 * dynamic imports, so a lesson page's initial script stays tiny and a Python lesson never downloads TypeScript.
 */
import type { Language } from '../schema/exercise';
import type { Runner } from './types';

const runners = new Map<Language, Promise<Runner>>();

const factories: Record<Language, () => Promise<Runner>> = {
  python: async () => (await import('./python/python-runner')).createPythonRunner(),
  typescript: async () => (await import('./typescript/index')).createTypeScriptRunner(),
};

export function getRunner(language: Language): Promise<Runner> {
  let runner = runners.get(language);
  if (!runner) {
    runner = factories[language]().catch((error: unknown) => {
      runners.delete(language); // a failed download may work next time (the connection came back)
      throw error;
    });
    runners.set(language, runner);
  }
  return runner;
}

/** The runner if it has already been asked for, without starting one. */
export function existingRunner(language: Language): Promise<Runner> | undefined {
  return runners.get(language);
}
