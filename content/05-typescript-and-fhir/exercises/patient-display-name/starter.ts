import { NHS_NUMBER_SYSTEM, type Patient } from './types';

export function nhsNumber(patient: Patient): string | undefined {
  // Find the identifier whose system is NHS_NUMBER_SYSTEM and return its value.
  return undefined;
}

export function displayName(patient: Patient): string {
  // For example: "Jane SMITH (NHS number 900 000 0009)"
  return '';
}
