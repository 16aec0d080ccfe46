import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { lexiconRow, readLexiconSources } from '../../../training/lexicon/lexiconSources';
import { temporarySourcesFolder } from './temporarySourcesFolder';

describe('the lexicon sources', () => {
  const sources = temporarySourcesFolder();
  const write = sources.write;

  it('reads hand-written terms before families, in file-name order, and keeps the first spelling', () => {
    write('terms/problem/02-digestive.tsv', 'ernia inguinale\tPROBLEM\tICD10:K40\tclinical-ner');
    write('terms/problem/01-symptoms.tsv', 'term\tlabel\tcode\tsource\tflags', 'dolore toracico\tPROBLEM\t\tclinical-ner');
    write('families/problem/01-hernias.tsv',
      'family\thernias', 'term\t{hernia} {side}', 'columns\thernia\tside',
      'ernie inguinali\t', 'Ernia-inguinale\tdestra', 'ernia crurale\tsinistra');
    const { kept, dropped } = readLexiconSources(sources.dir);
    assert.deepEqual(kept.map(lexiconRow), [
      'dolore toracico\tPROBLEM\t\tclinical-ner\t',
      'ernia inguinale\tPROBLEM\tICD10:K40\tclinical-ner\t',
      'Ernia-inguinale destra\tPROBLEM\t\tclinical-ner:generated\t',
      'ernia crurale sinistra\tPROBLEM\t\tclinical-ner:generated\t',
    ]);
    assert.deepEqual(dropped, []);
  });

  it('drops a PROBLEM term that differs only by hyphens or inflection, and names what kept it', () => {
    write('terms/problem/01-digestive.tsv', 'ernia inguinale\tPROBLEM', 'ernie inguinali\tPROBLEM', 'ernia-inguinale\tPROBLEM');
    const { kept, dropped } = readLexiconSources(sources.dir);
    assert.deepEqual(kept.map((e) => e.term), ['ernia inguinale']);
    assert.deepEqual(dropped.map((d) => `${d.entry.origin.line} -> ${d.keptAs.origin.name}:${d.keptAs.origin.line}`), [
      `2 -> ${path.join(sources.dir, 'terms/problem/01-digestive.tsv')}:1`,
      `3 -> ${path.join(sources.dir, 'terms/problem/01-digestive.tsv')}:1`,
    ]);
  });

  it('keeps both forms of a term that matches only its exact spelling', () => {
    write('terms/problem/01-signs.tsv', 'confuso\tPROBLEM\t\tclinical-ner\tambiguous', 'confusa\tPROBLEM\t\tclinical-ner\tambiguous',
      'soporoso\tPROBLEM', 'soporosa\tPROBLEM');
    assert.deepEqual(readLexiconSources(sources.dir).kept.map((e) => e.term), ['confuso', 'confusa', 'soporoso']);
  });

  it('keeps a string that is both TREATMENT and TEST once, as an ambiguous TREATMENT, and hyphenated TEST spellings apart', () => {
    write('terms/treatment/01-ingredients.tsv', 'vitamina D\tTREATMENT\tATC:A11CC05\tclinical-ner');
    write('terms/test/01-lab.tsv', 'Vitamina D\tTEST\t\tclinical-ner', 'PET TC\tTEST\t\tclinical-ner', 'PET-TC\tTEST\t\tclinical-ner');
    const { kept } = readLexiconSources(sources.dir);
    assert.deepEqual(kept.map((e) => `${e.label} ${e.term} ${e.flags}`), ['TEST PET TC ', 'TEST PET-TC ', 'TREATMENT vitamina D ambiguous']);
  });

  it('names the file and line of a malformed term or of a term under another label', () => {
    write('terms/test/01-lab.tsv', 'emocromo\tTEST', 'creatinina\tTSET');
    assert.throws(() => readLexiconSources(sources.dir), /terms\/test\/01-lab\.tsv:2: unknown label "TSET"/);
    write('terms/test/01-lab.tsv', 'emocromo\tTEST', 'ramipril\tTREATMENT');
    assert.throws(() => readLexiconSources(sources.dir), /terms\/test\/01-lab\.tsv:2: a TREATMENT row among the TEST terms/);
  });

  it('has no hand-written term that repeats an earlier spelling in the project lexicon', () => {
    const repeated = readLexiconSources().dropped.filter((d) => d.entry.source === 'clinical-ner');
    assert.deepEqual(repeated.map((d) => `${d.entry.origin.name}:${d.entry.origin.line} ${d.entry.term}`), []);
  });
});
