import type { LexiconEntry } from './lexiconEntry';

/** Coding systems a lexicon's `source` column may name, by the spelling used in codes (`ICD-10:J18`). */
const SYSTEMS: Record<string, string> = {
  'icd-10': 'ICD-10',
  icd10: 'ICD-10',
  'icd-10-cm': 'ICD-10',
  'icd-9-cm': 'ICD-9-CM',
  atc: 'ATC',
  loinc: 'LOINC',
  snomed: 'SNOMED-CT',
  'snomed-ct': 'SNOMED-CT',
  snomedct: 'SNOMED-CT',
};

/**
 * The coding system of a lexicon entry's code: the one its `source` names, else the one the code's
 * shape shows: ATC (`C09AA05`), ICD-10 (`J18.0`), LOINC (`2345-7`), SNOMED CT (digits). A bare
 * three-character code (`A02`) is an ICD-10 category and an ATC subgroup alike: the label decides
 * (TREATMENT: ATC). Undefined when nothing says.
 */
export function codingSystemOf(entry: Pick<LexiconEntry, 'code' | 'source' | 'label'>): string | undefined {
  const named = entry.source === undefined ? undefined : SYSTEMS[entry.source.toLowerCase()];
  if (named) return named;
  const code = entry.code ?? '';
  if (/^[A-Z]\d{2}$/.test(code)) return entry.label === 'TREATMENT' ? 'ATC' : 'ICD-10';
  if (/^[A-Z]\d{2}[A-Z]{1,2}(\d{2})?$/.test(code)) return 'ATC';
  if (/^[A-Z]\d{2}\.[0-9A-Z]{1,4}$/.test(code)) return 'ICD-10';
  if (/^\d{1,7}-\d$/.test(code)) return 'LOINC';
  if (/^\d{6,18}$/.test(code)) return 'SNOMED-CT';
  return undefined;
}

/** The code as entities, gold and exports carry it: `ICD-10:J18`, or the bare code when the system is unknown. */
export function qualifiedCode(entry: Pick<LexiconEntry, 'code' | 'source' | 'label'>): string | undefined {
  if (entry.code === undefined) return undefined;
  const system = codingSystemOf(entry);
  return system ? `${system}:${entry.code}` : entry.code;
}

/** `ICD-10:J18` → system and code; a code without a known system prefix has none. */
export function splitCode(code: string): { system?: string; value: string } {
  const colon = code.indexOf(':');
  const system = colon > 0 ? code.slice(0, colon) : undefined;
  return system && Object.values(SYSTEMS).includes(system) ? { system, value: code.slice(colon + 1) } : { value: code };
}

/** For people: `ICD-10 J18`. */
export function describeCode(code: string): string {
  const { system, value } = splitCode(code);
  return system ? `${system} ${value}` : value;
}
