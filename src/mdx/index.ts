/** The components tutors use in lessons. Also passed to every lesson, so no import is needed. */
export { default as Callout } from './Callout.astro';
export { default as Exercise } from './Exercise.astro';
export { default as Hint } from './Hint.astro';
