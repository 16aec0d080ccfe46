import { strict as assert } from 'node:assert';
import { parseLabelMapping, resolveLabel } from '../../../../src/gold/importing/labelMapping';

describe('label mapping (--map)', () => {
  it('maps a file label to a project label, or leaves it out when mapped to nothing', () => {
    const mapping = parseLabelMapping('DISEASE=PROBLEM, DRUG=treatment,OTHER=');
    assert.deepEqual(resolveLabel('DISEASE', mapping), { kind: 'label', label: 'PROBLEM' });
    assert.deepEqual(resolveLabel('DRUG', mapping), { kind: 'label', label: 'TREATMENT' });
    assert.deepEqual(resolveLabel('OTHER', mapping), { kind: 'leftOut' });
  });

  it("takes the project's labels in any case, as i2b2 files write them, and calls anything else unknown", () => {
    assert.deepEqual(resolveLabel('problem', new Map()), { kind: 'label', label: 'PROBLEM' });
    assert.deepEqual(resolveLabel('Sintomo', new Map()), { kind: 'unknown' });
  });

  it('says what is wrong with a mapping', () => {
    assert.throws(() => parseLabelMapping('DISEASE'), /"DISEASE" is not SOURCE=LABEL/);
    assert.throws(() => parseLabelMapping('DISEASE=DIAGNOSIS'), /DIAGNOSIS is not one of PROBLEM, TEST, TREATMENT/);
  });
});
