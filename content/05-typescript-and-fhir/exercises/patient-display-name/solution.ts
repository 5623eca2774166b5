import { NHS_NUMBER_SYSTEM, type Patient } from './types';

export function nhsNumber(patient: Patient): string | undefined {
  return patient.identifier?.find((id) => id.system === NHS_NUMBER_SYSTEM)?.value;
}

/** "943 476 5919": NHS numbers are shown in 3-3-4 groups. */
function groupNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

export function displayName(patient: Patient): string {
  const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
  const shownName = name ? [...(name.given ?? []), name.family].filter((part) => part).join(' ') : 'Name not recorded';
  const nhs = nhsNumber(patient);
  const shownNumber = nhs ? `NHS number ${groupNhsNumber(nhs)}` : 'no NHS number';
  return `${shownName} (${shownNumber})`;
}
