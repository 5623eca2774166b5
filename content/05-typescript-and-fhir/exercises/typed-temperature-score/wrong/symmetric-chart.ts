// A common slip: assuming the chart is symmetrical, so a high temperature scores 3.
export type TemperatureScore = 0 | 1 | 2 | 3;

export function temperatureScore(celsius: number): TemperatureScore {
  if (!Number.isFinite(celsius)) {
    throw new RangeError('The temperature must be a number in °C');
  }
  if (celsius <= 35.0) return 3;
  if (celsius <= 36.0) return 1;
  if (celsius <= 38.0) return 0;
  if (celsius <= 39.0) return 1;
  return 3;
}
