// A simplified FHIR R4 Bundle of Observations: only the parts this exercise uses. FHIR defines exact codes for
// fields such as `status`; here they are plain strings to keep things short.

/** A code from a code system, e.g. LOINC 8867-4 (heart rate). */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

/** A measured amount with its unit. */
export interface Quantity {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}

/** Every FHIR resource says what kind it is. */
export interface Resource {
  resourceType: string;
  id?: string;
}

export interface Observation extends Resource {
  status: string;
  code: CodeableConcept;
  /** When it was measured, e.g. "2024-05-01T09:30:00+01:00". */
  effectiveDateTime?: string;
  valueQuantity?: Quantity;
}

export interface BundleEntry {
  fullUrl?: string;
  resource?: Resource;
  search?: { mode?: string };
}

export interface Bundle extends Resource {
  type: string;
  total?: number;
  entry?: BundleEntry[];
}

/** True when a resource is an Observation; inside an `if (isObservation(r))`, TypeScript knows `r` is one. */
export function isObservation(resource: Resource | undefined): resource is Observation {
  return resource?.resourceType === 'Observation';
}

export const LOINC = 'http://loinc.org';
export const HEART_RATE_CODE = '8867-4';
