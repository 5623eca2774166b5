// Returning the score as text: TypeScript catches this before any test runs.
export type TemperatureScore = 0 | 1 | 2 | 3;

export function temperatureScore(celsius: number): TemperatureScore {
  if (celsius <= 35.0) return '3';
  if (celsius <= 36.0) return 1;
  if (celsius <= 38.0) return 0;
  if (celsius <= 39.0) return 1;
  return 2;
}
