/** Callout kinds and their visible labels; checked so a tutor's typo names the mistake instead of rendering oddly. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'safety'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const CALLOUT_LABELS: Record<CalloutType, string> = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Take care',
  safety: 'Safety: for learning, not for clinical use',
};

export function checkCalloutType(type: unknown, page: string): CalloutType {
  if (typeof type === 'string' && (CALLOUT_TYPES as readonly string[]).includes(type)) return type as CalloutType;
  throw new Error(
    `<Callout type=${JSON.stringify(type)}> on ${page}: expected type to be one of ${CALLOUT_TYPES.map((t) => `"${t}"`).join(', ')}; ` +
      `found ${type === undefined ? 'no type' : JSON.stringify(type)}. Fix: write e.g. <Callout type="note">.`,
  );
}
