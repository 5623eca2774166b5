import { describe, expect, test } from 'vitest';
import { hintState, revealNext } from '../../../src/lib/exercise/hint-state';

describe('hint reveal state', () => {
  test('reveals one at a time, in order, and stops at the last', () => {
    let state = hintState(3, 0);
    expect(state).toMatchObject({ revealed: 0, canReveal: true, buttonLabel: 'Show the first hint' });
    state = revealNext(state);
    expect(state).toMatchObject({ revealed: 1, canReveal: true, buttonLabel: 'Show hint 2 of 3', status: 'You have seen 1 of 3 hints.' });
    state = revealNext(revealNext(state));
    expect(state).toMatchObject({ revealed: 3, canReveal: false, buttonLabel: 'All hints shown' });
    expect(revealNext(state).revealed).toBe(3);
  });

  test('a remembered count is restored, and clamped when the tutor removed hints', () => {
    expect(hintState(4, 2).revealed).toBe(2);
    expect(hintState(2, 5)).toMatchObject({ revealed: 2, canReveal: false });
    expect(hintState(2, -1).revealed).toBe(0);
    expect(hintState(2, Number.NaN).revealed).toBe(0);
  });

  test('a single hint reads naturally, and the first status says hints are fine to use', () => {
    expect(hintState(1, 0).buttonLabel).toBe('Show the hint');
    expect(hintState(1, 0).status).toMatch(/^There is 1 hint/);
    expect(hintState(3, 0).status).toMatch(/^There are 3 hints.*Using them is fine\.$/);
  });
});
