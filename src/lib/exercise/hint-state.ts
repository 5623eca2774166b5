/** Hints are revealed one at a time, in order; how many are shown is remembered between visits. */

export interface HintState {
  total: number;
  /** How many are showing (the first `revealed` hints). */
  revealed: number;
  canReveal: boolean;
  /** Text of the reveal button. */
  buttonLabel: string;
  /** A short line for the hints area, e.g. "You have seen 1 of 3 hints." */
  status: string;
}

/** The state for `revealed` hints shown out of `total`; a stored count out of range (content changed) is clamped. */
export function hintState(total: number, revealed: number): HintState {
  const shown = Math.max(0, Math.min(total, Math.floor(Number.isFinite(revealed) ? revealed : 0)));
  const canReveal = shown < total;
  const hints = (n: number) => `${n} hint${n === 1 ? '' : 's'}`;
  let buttonLabel: string;
  if (!canReveal) buttonLabel = 'All hints shown';
  else if (shown === 0) buttonLabel = total === 1 ? 'Show the hint' : 'Show the first hint';
  else buttonLabel = `Show hint ${shown + 1} of ${total}`;
  let status: string;
  if (total === 0) status = 'This exercise has no hints.';
  else if (shown === 0) status = `There ${total === 1 ? 'is 1 hint' : `are ${hints(total)}`}, each a little more direct than the last. Using them is fine.`;
  else status = `You have seen ${shown} of ${hints(total)}.`;
  return { total, revealed: shown, canReveal, buttonLabel, status };
}

/** One more hint, never past the last. */
export function revealNext(state: HintState): HintState {
  return hintState(state.total, state.revealed + 1);
}
