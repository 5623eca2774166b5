// NEWS2 temperature sub-score (RCP 2017, Chart 1). For learning only: not for clinical use.

/** The only scores the temperature row can give. */
export type TemperatureScore = 0 | 1 | 2 | 3;

export function temperatureScore(celsius: number): TemperatureScore {
  // Replace this line with a ladder of if statements, lowest band first.
  return 0;
}
