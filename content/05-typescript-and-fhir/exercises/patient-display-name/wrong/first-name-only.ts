// Always taking the first name, and forgetting the groups in the NHS number.
import { NHS_NUMBER_SYSTEM, type Patient } from './types';

export function nhsNumber(patient: Patient): string | undefined {
  return patient.identifier?.find((id) => id.system === NHS_NUMBER_SYSTEM)?.value;
}

export function displayName(patient: Patient): string {
  const name = patient.name?.[0];
  const shownName = name ? `${name.given?.[0]} ${name.family}` : 'Name not recorded';
  const nhs = nhsNumber(patient);
  return `${shownName} (${nhs ? `NHS number ${nhs}` : 'no NHS number'})`;
}
