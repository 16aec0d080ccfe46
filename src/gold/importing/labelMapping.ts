import { LABELS, type Label } from '../../engine/entity';

/** How the labels of a file become the project's: a label named here maps to a project label, or to `null` (left out). */
export type LabelMapping = ReadonlyMap<string, Label | null>;

/** The outcome for one label of a file. */
export type LabelResolution = { kind: 'label'; label: Label } | { kind: 'leftOut' } | { kind: 'unknown' };

/**
 * `DISEASE=PROBLEM,DRUG=TREATMENT,OTHER=`: each file label maps to a project label, or to nothing
 * (left out on purpose). Throws with the reason a person can act on.
 */
export function parseLabelMapping(spec: string): Map<string, Label | null> {
  const mapping = new Map<string, Label | null>();
  for (const pair of spec.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const eq = pair.lastIndexOf('=');
    const source = pair.slice(0, eq).trim();
    const target = pair.slice(eq + 1).trim();
    if (eq <= 0 || source === '') throw new Error(`"${pair}" is not SOURCE=LABEL`);
    const label = target === '' ? null : projectLabel(target);
    if (label === undefined) throw new Error(`"${pair}": ${target} is not one of ${LABELS.join(', ')} (or nothing, to leave ${source} out)`);
    mapping.set(source, label);
  }
  return mapping;
}

/** A project label in any case (`problem`, i2b2's spelling), a mapped one, one left out, or unknown. */
export function resolveLabel(raw: string, mapping: LabelMapping): LabelResolution {
  if (mapping.has(raw)) {
    const mapped = mapping.get(raw)!;
    return mapped === null ? { kind: 'leftOut' } : { kind: 'label', label: mapped };
  }
  const own = projectLabel(raw);
  return own ? { kind: 'label', label: own } : { kind: 'unknown' };
}

function projectLabel(name: string): Label | undefined {
  return LABELS.find((l) => l === name.toUpperCase());
}
