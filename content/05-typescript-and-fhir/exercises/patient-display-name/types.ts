// A simplified FHIR R4 Patient: only the parts this exercise uses. FHIR defines exact codes for fields such as
// `use` and `gender`; here they are plain strings to keep things short.

/** An identifier such as an NHS number: which numbering system, and the value. */
export interface Identifier {
  system?: string;
  value?: string;
}

/** One name. `given` holds first and middle names, in order. */
export interface HumanName {
  use?: string;
  family?: string;
  given?: string[];
}

export interface Patient {
  resourceType: string;
  id?: string;
  identifier?: Identifier[];
  name?: HumanName[];
  gender?: string;
  birthDate?: string;
}

/** The identifier system for NHS numbers in England (UK Core). */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
