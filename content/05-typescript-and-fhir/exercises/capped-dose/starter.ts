// Dose per kilogram with a cap: an illustrative pattern for practice, not for clinical use.
import type { DoseRule, Kilograms, Milligrams } from './types';

/** A practice rule: 10 mg per kg, never more than 500 mg. */
export const practiceRule: DoseRule = { mgPerKg: "10", maxDoseMg: 500 };

export function cappedDoseMg(weightKg: Kilograms, rule: DoseRule): Milligrams {
  const doseMg = weightKg * rule.mgPerKg;
  return Math.min(doseMg, rule.maxDoseMg);
}

/** The dose for a weight of 4.2 kg under the practice rule. */
export const exampleDoseMg: Milligrams = cappedDoseMg("4.2", practiceRule);
