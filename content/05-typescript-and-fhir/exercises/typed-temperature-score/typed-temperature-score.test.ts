import { temperatureScore } from './solution';

// Both sides of every edge in the chart's temperature row (RCP NEWS2 Chart 1).
const boundaries: [number, number][] = [
  [35.0, 3],
  [35.1, 1],
  [36.0, 1],
  [36.1, 0],
  [38.0, 0],
  [38.1, 1],
  [39.0, 1],
  [39.1, 2],
];

describe('temperatureScore', () => {
  for (const [celsius, score] of boundaries) {
    test(`${celsius.toFixed(1)} °C scores ${score}`, () => {
      expect(temperatureScore(celsius)).toBe(score);
    });
  }

  test('a normal temperature, 37.0 °C, scores 0', () => {
    expect(temperatureScore(37.0)).toBe(0);
  });

  test('a very low temperature, 33.5 °C, scores 3', () => {
    expect(temperatureScore(33.5)).toBe(3);
  });

  test('a very high temperature, 41.0 °C, still scores 2, not 3', () => {
    expect(temperatureScore(41.0)).toBe(2);
  });

  test('refuses a reading that is not a number', () => {
    expect(() => temperatureScore(Number.NaN)).toThrow(RangeError);
  });
});
