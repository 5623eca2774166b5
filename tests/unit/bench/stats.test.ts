import { describe, expect, test } from 'vitest';
import { max, median, percentile } from '../../../bench/lib/stats.mjs';

describe('bench statistics', () => {
  test('median of odd and even counts, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('percentile is nearest-rank: always a measured sample', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 50)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
  });

  test('no samples give null, never a made-up number', () => {
    expect(median([])).toBeNull();
    expect(percentile([], 95)).toBeNull();
    expect(max([])).toBeNull();
    expect(median([Number.NaN, undefined as unknown as number])).toBeNull();
  });
});
