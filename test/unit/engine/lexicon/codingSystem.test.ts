import { strict as assert } from 'node:assert';
import { codingSystemOf, describeCode, qualifiedCode, splitCode } from '../../../../src/engine/lexicon/codingSystem';

describe('coding systems of lexicon codes', () => {
  it('takes the system the source column names', () => {
    assert.equal(qualifiedCode({ code: 'I10', source: 'ICD-10', label: 'PROBLEM' }), 'ICD-10:I10');
    assert.equal(qualifiedCode({ code: '2345-7', source: 'loinc', label: 'TEST' }), 'LOINC:2345-7');
  });

  it('reads the system from the shape of the code when the source is provenance (the default lexicon: "clinical-ner")', () => {
    assert.equal(codingSystemOf({ code: 'J18.0', source: 'clinical-ner', label: 'PROBLEM' }), 'ICD-10');
    assert.equal(codingSystemOf({ code: 'A02BC01', source: 'clinical-ner', label: 'TREATMENT' }), 'ATC');
    assert.equal(codingSystemOf({ code: '2160-0', label: 'TEST' }), 'LOINC');
    assert.equal(codingSystemOf({ code: '38341003', label: 'PROBLEM' }), 'SNOMED-CT');
  });

  it('lets the label decide a three-character code, an ICD-10 category and an ATC subgroup alike', () => {
    assert.equal(qualifiedCode({ code: 'J18', source: 'clinical-ner', label: 'PROBLEM' }), 'ICD-10:J18');
    assert.equal(qualifiedCode({ code: 'A02', source: 'clinical-ner', label: 'TREATMENT' }), 'ATC:A02');
  });

  it('keeps a code of an unknown system bare, and has none without a code', () => {
    assert.equal(qualifiedCode({ code: 'HP:0001945', label: 'PROBLEM' }), 'HP:0001945');
    assert.equal(qualifiedCode({ label: 'PROBLEM' }), undefined);
  });

  it('splits and describes a qualified code for people', () => {
    assert.deepEqual(splitCode('ATC:C09AA05'), { system: 'ATC', value: 'C09AA05' });
    assert.deepEqual(splitCode('HP:0001945'), { value: 'HP:0001945' });
    assert.equal(describeCode('ICD-10:J18'), 'ICD-10 J18');
  });
});
