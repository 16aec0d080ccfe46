import { strict as assert } from 'node:assert';
import { buildLexicon } from '../../../training/buildLexicon';
import { temporarySourcesFolder } from './temporarySourcesFolder';

describe('the model lexicon build', () => {
  const sources = temporarySourcesFolder();
  const write = sources.write;

  it('keeps ICD-10 and ATC codes with their system, and leaves generic words out', () => {
    write('terms/problem/01-digestive.tsv', 'colelitiasi\tPROBLEM\tICD10:K80.2\tclinical-ner', 'dolore\tPROBLEM\t\tclinical-ner');
    write('terms/treatment/01-ingredients.tsv', 'ramipril\tTREATMENT\tATC:C09AA05\tclinical-ner');
    const built = buildLexicon(sources.dir);
    assert.deepEqual(built.problems, []);
    assert.deepEqual(built.content.split('\n').filter((l) => l && !l.startsWith('#')).slice(1), [
      'colelitiasi\tPROBLEM\tICD10:K80.2\tclinical-ner\t',
      'ramipril\tTREATMENT\tATC:C09AA05\tclinical-ner\t',
    ]);
    assert.equal(built.dropped.length, 1);
  });

  it('reports a code that does not name its system, or names it wrongly, with file and line', () => {
    write('terms/problem/01-digestive.tsv', 'colelitiasi\tPROBLEM\tK80.2\tclinical-ner', 'ittero\tPROBLEM\tATC:R17\tclinical-ner');
    assert.deepEqual(buildLexicon(sources.dir).problems.map((p) => p.replace(sources.dir, 'DIR')), [
      'DIR/terms/problem/01-digestive.tsv:1: code "K80.2" is not ICD10:… or ATC:…',
      'DIR/terms/problem/01-digestive.tsv:2: code "ATC:R17" is not ICD10:… or ATC:…',
    ]);
  });
});
