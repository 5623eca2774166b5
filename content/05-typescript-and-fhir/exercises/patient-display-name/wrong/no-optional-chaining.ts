// Reaching into optional fields without checking: TypeScript points at each place it could be undefined.
import { NHS_NUMBER_SYSTEM, type Patient } from './types';

export function nhsNumber(patient: Patient): string | undefined {
  return patient.identifier.find((id) => id.system === NHS_NUMBER_SYSTEM).value;
}

export function displayName(patient: Patient): string {
  const name = patient.name[0];
  const nhs = nhsNumber(patient);
  return `${name.given.join(' ')} ${name.family} (NHS number ${nhs})`;
}
