import { expect, test } from 'vitest';
import { CALLOUT_LABELS, CALLOUT_TYPES, checkCalloutType } from '../../../src/mdx/callout';

test('the four callout types are accepted, each with a visible label', () => {
  for (const type of CALLOUT_TYPES) expect(checkCalloutType(type, '/lesson/')).toBe(type);
  expect(CALLOUT_LABELS.safety).toBe('Safety: for learning, not for clinical use');
});

test('a mistyped callout names the page, what was expected, what was found and the fix', () => {
  expect(() => checkCalloutType('danger', '/python-first-steps/functions/')).toThrow(
    '<Callout type="danger"> on /python-first-steps/functions/: expected type to be one of "note", "tip", "warning", "safety"; found "danger". Fix: write e.g. <Callout type="note">.',
  );
  expect(() => checkCalloutType(undefined, '/x/')).toThrow(/found no type/);
});
