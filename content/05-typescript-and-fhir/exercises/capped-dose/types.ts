// Type aliases name the unit a number is in. They are for the reader: TypeScript still treats them all as `number`.
export type Kilograms = number;
export type Milligrams = number;
export type MilligramsPerKilogram = number;

/** An illustrative dosing rule for practice: never a real prescribing rule. */
export interface DoseRule {
  mgPerKg: MilligramsPerKilogram;
  maxDoseMg: Milligrams;
}
