import { strict as assert } from 'node:assert';
import { isValidTransition, parseTagName, schemeOf, type Tag } from '../../../../src/engine/model/tagScheme';

const O: Tag = { prefix: 'O' };
const tag = (name: string): Tag => {
  const [prefix, label] = name.split('-') as ['B' | 'I' | 'E' | 'S', 'PROBLEM' | 'TEST' | 'TREATMENT'];
  return { prefix, label };
};

describe('tagScheme', () => {
  it('parses tag names into prefix and entity type', () => {
    assert.deepEqual(parseTagName('S-TREATMENT'), { prefix: 'S', type: 'TREATMENT' });
    assert.deepEqual(parseTagName('O'), { prefix: 'O' });
    assert.equal(parseTagName('PROBLEM'), undefined);
    assert.equal(parseTagName('X-TEST'), undefined);
  });

  it('names the scheme by its prefixes', () => {
    assert.equal(schemeOf([O, tag('B-TEST'), tag('I-TEST')]), 'BIO');
    assert.equal(schemeOf([O, tag('B-TEST'), tag('S-TEST')]), 'BIOES');
  });

  it('allows a BIO entity to end anywhere but I only after B or I of its label', () => {
    assert.ok(isValidTransition(tag('B-PROBLEM'), O, 'BIO'));
    assert.ok(isValidTransition(tag('B-PROBLEM'), tag('I-PROBLEM'), 'BIO'));
    assert.ok(!isValidTransition(tag('B-PROBLEM'), tag('I-TEST'), 'BIO'));
    assert.ok(!isValidTransition(undefined, tag('I-TEST'), 'BIO'));
    assert.ok(isValidTransition(tag('I-TEST'), undefined, 'BIO'));
  });

  it('requires a BIOES entity opened by B to end with E of its label', () => {
    assert.ok(!isValidTransition(tag('B-TEST'), O, 'BIOES'));
    assert.ok(!isValidTransition(tag('I-TEST'), undefined, 'BIOES'));
    assert.ok(isValidTransition(tag('I-TEST'), tag('E-TEST'), 'BIOES'));
    assert.ok(!isValidTransition(tag('E-TEST'), tag('I-TEST'), 'BIOES'));
    assert.ok(isValidTransition(tag('S-TEST'), tag('B-PROBLEM'), 'BIOES'));
    assert.ok(!isValidTransition(O, tag('E-PROBLEM'), 'BIOES'));
  });
});
