import { displayName, nhsNumber } from './solution';
import { NHS_NUMBER_SYSTEM, type Patient } from './types';
import examplePatient from './patient.json';

// Synthetic patients. 9000000009 and 9912003888 are published NHS example numbers, not real people's.
const withNames = (name: Patient['name'], identifier: Patient['identifier'] = [{ system: NHS_NUMBER_SYSTEM, value: '9912003888' }]): Patient => ({
  resourceType: 'Patient',
  identifier,
  name,
});

describe('nhsNumber', () => {
  test('reads the NHS number from the example patient', () => {
    expect(nhsNumber(examplePatient)).toBe('9000000009');
  });

  test('ignores identifiers from other systems', () => {
    const patient = withNames([], [
      { system: 'https://example.org/hospital-number', value: 'RX1234' },
      { system: NHS_NUMBER_SYSTEM, value: '9912003888' },
    ]);
    expect(nhsNumber(patient)).toBe('9912003888');
  });

  test('is undefined when there is only a hospital number', () => {
    expect(nhsNumber(withNames([], [{ system: 'https://example.org/hospital-number', value: 'RX1234' }]))).toBeUndefined();
  });

  test('is undefined when the patient has no identifiers at all', () => {
    expect(nhsNumber({ resourceType: 'Patient' })).toBeUndefined();
  });
});

describe('displayName', () => {
  test('the example patient', () => {
    expect(displayName(examplePatient)).toBe('Jane SMITH (NHS number 900 000 0009)');
  });

  test('uses the official name, even when it is not the first', () => {
    const patient = withNames([
      { use: 'usual', family: 'JONES', given: ['Annie'] },
      { use: 'official', family: 'JONES', given: ['Ann'] },
    ]);
    expect(displayName(patient)).toBe('Ann JONES (NHS number 991 200 3888)');
  });

  test('uses the first name when none is marked official', () => {
    const patient = withNames([{ family: 'PATEL', given: ['Asha'] }, { family: 'SHAH', given: ['Asha'] }]);
    expect(displayName(patient)).toBe('Asha PATEL (NHS number 991 200 3888)');
  });

  test('writes every given name, in order', () => {
    const patient = withNames([{ use: 'official', family: 'JONES', given: ['Mary', 'Anne'] }]);
    expect(displayName(patient)).toBe('Mary Anne JONES (NHS number 991 200 3888)');
  });

  test('says when there is no NHS number', () => {
    const patient = withNames([{ use: 'official', family: 'SMITH', given: ['Jane'] }], []);
    expect(displayName(patient)).toBe('Jane SMITH (no NHS number)');
  });

  test('says when there is no name', () => {
    expect(displayName(withNames(undefined))).toBe('Name not recorded (NHS number 991 200 3888)');
  });
});
