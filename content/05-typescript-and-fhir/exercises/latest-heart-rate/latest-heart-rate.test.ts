import { latestHeartRate } from './solution';
import { HEART_RATE_CODE, LOINC, type Bundle, type BundleEntry, type Coding } from './types';
import searchResult from './observations.json';

// Synthetic observations for patient example-patient-1.
function observation(coding: Coding[], effectiveDateTime: string, value: number, status = 'final'): BundleEntry {
  const resource = { resourceType: 'Observation', status, code: { coding }, effectiveDateTime, valueQuantity: { value, unit: 'beats/minute' } };
  return { resource, search: { mode: 'match' } };
}
const heartRate = (when: string, value: number, status = 'final') =>
  observation([{ system: LOINC, code: HEART_RATE_CODE }], when, value, status);
const searchset = (entry?: BundleEntry[]): Bundle => ({ resourceType: 'Bundle', type: 'searchset', ...(entry ? { entry } : {}) });

describe('latestHeartRate', () => {
  test('finds the latest heart rate in the example search result', () => {
    expect(latestHeartRate(searchResult)).toBe(102);
  });

  test('skips hr-4 in the example search result: 160 at 14:15, later than the rest, but entered in error', () => {
    const entered = searchResult.entry.find((e) => e.resource.id === 'hr-4');
    expect(entered?.resource.status).toBe('entered-in-error');
    expect(latestHeartRate(searchResult)).not.toBe(160);
  });

  test('never takes a reading entered in error, even a later one', () => {
    const bundle = searchset([heartRate('2024-05-01T09:30:00+01:00', 88), heartRate('2024-05-01T14:15:00+01:00', 160, 'entered-in-error')]);
    expect(latestHeartRate(bundle)).toBe(88);
  });

  test('never takes a cancelled reading, even a later one', () => {
    const bundle = searchset([heartRate('2024-05-01T09:30:00+01:00', 88), heartRate('2024-05-01T14:15:00+01:00', 40, 'cancelled')]);
    expect(latestHeartRate(bundle)).toBe(88);
  });

  test('is undefined when the only heart rate was entered in error', () => {
    expect(latestHeartRate(searchset([heartRate('2024-05-01T09:30:00+01:00', 160, 'entered-in-error')]))).toBeUndefined();
  });

  test('compares moments in time, not text: 12:45 UTC is later than 13:30 at +01:00', () => {
    const bundle = searchset([heartRate('2024-05-01T13:30:00+01:00', 96), heartRate('2024-05-01T12:45:00Z', 102)]);
    expect(latestHeartRate(bundle)).toBe(102);
  });

  test('does not depend on the order of the entries', () => {
    const bundle = searchset([heartRate('2024-05-01T12:45:00Z', 102), heartRate('2024-05-01T09:30:00+01:00', 88)]);
    expect(latestHeartRate(bundle)).toBe(102);
  });

  test('ignores other observations, even later ones', () => {
    const spo2 = observation([{ system: LOINC, code: '2708-6' }], '2024-05-01T15:00:00+01:00', 95);
    expect(latestHeartRate(searchset([heartRate('2024-05-01T09:30:00+01:00', 88), spo2]))).toBe(88);
  });

  test('finds a heart rate that has other codings too', () => {
    const coded = observation([{ system: 'https://example.org/ward-codes', code: 'HR' }, { system: LOINC, code: HEART_RATE_CODE }], '2024-05-01T09:30:00+01:00', 74);
    expect(latestHeartRate(searchset([coded]))).toBe(74);
  });

  test('needs the LOINC system as well as the code', () => {
    const local = observation([{ system: 'https://example.org/ward-codes', code: HEART_RATE_CODE }], '2024-05-01T09:30:00+01:00', 60);
    expect(latestHeartRate(searchset([local]))).toBeUndefined();
  });

  test('is undefined when there is no heart rate', () => {
    const rr = observation([{ system: LOINC, code: '9279-1' }], '2024-05-01T09:30:00+01:00', 22);
    expect(latestHeartRate(searchset([rr]))).toBeUndefined();
  });

  test('is undefined for a bundle with no entries', () => {
    expect(latestHeartRate(searchset())).toBeUndefined();
  });
});
