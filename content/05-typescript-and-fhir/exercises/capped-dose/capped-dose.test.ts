import { cappedDoseMg, exampleDoseMg, practiceRule } from './solution';

describe('the practice rule', () => {
  test('is 10 mg per kg, up to 500 mg', () => {
    expect(practiceRule).toEqual({ mgPerKg: 10, maxDoseMg: 500 });
  });

  test('gives 42 mg for 4.2 kg', () => {
    expect(exampleDoseMg).toBeCloseTo(42);
  });
});

describe('cappedDoseMg', () => {
  const rule = { mgPerKg: 15, maxDoseMg: 1000 };

  test('below the cap: 40 kg at 15 mg/kg is 600 mg', () => {
    expect(cappedDoseMg(40, rule)).toBeCloseTo(600);
  });

  test('exactly at the cap: 50 kg at 10 mg/kg is 500 mg', () => {
    expect(cappedDoseMg(50, practiceRule)).toBeCloseTo(500);
  });

  test('above the cap: 80 kg at 15 mg/kg is capped at 1000 mg', () => {
    expect(cappedDoseMg(80, rule)).toBeCloseTo(1000);
  });
});
