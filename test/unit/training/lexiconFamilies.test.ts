import { strict as assert } from 'node:assert';
import { expandFamilyFile, FamilyFormatError, GENERATED_SOURCE } from '../../../training/lexicon/lexiconFamilies';

const terms = (text: string): string[] => expandFamilyFile(text, 'f.tsv', 'PROBLEM').map((e) => e.term);
const file = (...lines: string[]): string => lines.join('\n') + '\n';

describe('lexicon families', () => {
  it('expands each row by every template in order, with the row code and the template flags', () => {
    const entries = expandFamilyFile(file(
      '# metastases by site',
      'family\tmetastases',
      'term\tmetastasi {feminine}',
      'term\tsecondarismo {masculine}',
      'term\tMTS {feminine}\tabbreviation',
      'columns\tmasculine\tfeminine\tcode',
      'epatico\tepatica\tICD10:C78.7',
      'vertebrale\tvertebrale',
    ), 'families/problem/neoplasms.tsv', 'PROBLEM');
    assert.deepEqual(entries.map((e) => [e.term, e.code, e.flags.join(','), e.origin.line]), [
      ['metastasi epatica', 'ICD10:C78.7', '', 7],
      ['secondarismo epatico', 'ICD10:C78.7', '', 7],
      ['MTS epatica', 'ICD10:C78.7', 'abbreviation', 7],
      ['metastasi vertebrale', undefined, '', 8],
      ['secondarismo vertebrale', undefined, '', 8],
      ['MTS vertebrale', undefined, 'abbreviation', 8],
    ]);
    assert.ok(entries.every((e) => e.label === 'PROBLEM' && e.source === GENERATED_SOURCE && e.origin.name === 'families/problem/neoplasms.tsv'));
  });

  it('gives a row only the groups it names, in its own order, and leaves out templates with an empty column', () => {
    assert.deepEqual(terms(file(
      'family\tneoplasm by organ',
      'group\tcarcinoma',
      'term\tcarcinoma {noun}',
      'term\tcarcinoma {masculine}',
      'group\tneoplasia maligna',
      'term\tneoplasia maligna {noun}',
      'term\tneoplasia {feminine} maligna',
      'group\ttumore',
      'term\ttumore {noun}',
      'columns\tnoun\tmasculine\tfeminine\tcode\tgroups',
      'del pancreas\tpancreatico\tpancreatica\tC25\ttumore, carcinoma',
      '\tepatico\tepatica\t\tneoplasia maligna',
    )), ['tumore del pancreas', 'carcinoma del pancreas', 'carcinoma pancreatico', 'neoplasia epatica maligna']);
  });

  it('writes the bare head when an optional column is empty', () => {
    assert.deepEqual(terms(file(
      'family\tinflammations',
      'term\t{inflammation} {qualifier?}',
      'columns\tinflammation\tqualifier',
      'gastrite\tcronica attiva',
      'pansinusite',
    )), ['gastrite cronica attiva', 'pansinusite']);
  });

  it('includes the rows of a list where a family names it, and adds the row flags', () => {
    assert.deepEqual(expandFamilyFile(file(
      'list\tlong-bones',
      'del femore',
      "dell'omero",
      '',
      'family\tfractures',
      'term\tfrattura {bone}',
      'term\tfrattura esposta {bone}',
      'columns\tbone\tflags',
      '@long-bones',
      'di gamba\tambiguous',
    ), 'f.tsv', 'PROBLEM').map((e) => `${e.term}/${e.flags.join(',')}/${e.origin.line}`), [
      'frattura del femore//2', 'frattura esposta del femore//2', "frattura dell'omero//3", "frattura esposta dell'omero//3",
      'frattura di gamba/ambiguous/10', 'frattura esposta di gamba/ambiguous/10',
    ]);
  });

  it('names the file and line of a malformed family', () => {
    const cases: [string, RegExp][] = [
      [file('family\tx', 'term\tinfezione da {organism}', 'columns\torganism', 'Escherichia coli\tE. coli'), /^f\.tsv:4: 2 cells, but family "x" has 1 columns$/],
      [file('family\tx', 'term\tinfezione da {organismo}', 'columns\torganism'), /^f\.tsv:2: template "infezione da \{organismo\}" names \{organismo\}, which is not a column$/],
      [file('family\tx', 'term\tcistite da {organism}', 'columns\torganism\tgroups', 'Proteus\turinary'), /^f\.tsv:4: family "x" has no group "urinary"$/],
      [file('family\tx', 'term\tfrattura {bone}', 'columns\tbone', '@ossa'), /^f\.tsv:4: no list "ossa" in this file$/],
      [file('family\tx', 'term\tPCR per {target}\tAmbiguous', 'columns\ttarget'), /^f\.tsv:2: malformed flag "Ambiguous"/],
      [file('febbre alta'), /^f\.tsv:1: expected "family NAME" or "list NAME" first$/],
      [file('family\tx', 'term\tfebbre {qualifier}', 'febbre\talta'), /^f\.tsv:3: expected "group", "term" or "columns", found "febbre"$/],
      [file('family\tx', 'term\tfebbre {qualifier}'), /^f\.tsv:1: family "x" has no "columns" line$/],
    ];
    for (const [text, message] of cases) {
      assert.throws(() => expandFamilyFile(text, 'f.tsv', 'PROBLEM'), (e: unknown) => e instanceof FamilyFormatError && message.test(e.message), text);
    }
  });
});
