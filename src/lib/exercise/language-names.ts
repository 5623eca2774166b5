/** How each language is named to learners. */
import type { Language } from '../../schema/exercise';

export const LANGUAGE_NAMES: Record<Language, string> = { python: 'Python', typescript: 'TypeScript' };
