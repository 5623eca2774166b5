import { HEART_RATE_CODE, LOINC, isObservation, type Bundle, type Observation } from './types';

function isHeartRate(observation: Observation): boolean {
  return observation.code.coding?.some((c) => c.system === LOINC && c.code === HEART_RATE_CODE) ?? false;
}

/** Statuses that mean the reading must not be used: it was a mistake, or it never happened. */
const NOT_A_RESULT = ['entered-in-error', 'cancelled'];

export function latestHeartRate(bundle: Bundle): number | undefined {
  let latest: { time: number; value: number } | undefined;
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (!isObservation(resource) || !isHeartRate(resource)) continue;
    if (NOT_A_RESULT.includes(resource.status)) continue;
    const value = resource.valueQuantity?.value;
    // Date.parse understands the offset, so "13:30+01:00" correctly comes before "12:45Z".
    const time = Date.parse(resource.effectiveDateTime ?? '');
    if (value === undefined || Number.isNaN(time)) continue;
    if (latest === undefined || time > latest.time) latest = { time, value };
  }
  return latest?.value;
}
