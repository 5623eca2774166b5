import { HEART_RATE_CODE, LOINC, isObservation, type Bundle } from './types';

export function latestHeartRate(bundle: Bundle): number | undefined {
  // Look at each entry; keep the heart rate with the latest effectiveDateTime.
  return undefined;
}
