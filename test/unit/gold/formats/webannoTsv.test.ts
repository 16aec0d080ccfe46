import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { AnnotatedDocument } from '../../../../src/gold/formats/annotatedDocument';
import { exportWebAnno, readWebAnno } from '../../../../src/gold/formats/webannoTsv';
import { documentWithTokenSpans, placed, sortSpans } from '../formatArbitraries';

const TEXT = 'Dolore toracico da 2 ore.\nECG: sopraslivellamento ST.\n';
const at = (words: string, label: 'PROBLEM' | 'TEST', code?: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, label, ...(code ? { code } : {}) };
};
const DOC: AnnotatedDocument = { id: 'ps/n1.txt', text: TEXT, spans: [at('Dolore toracico', 'PROBLEM', 'ICD10:R07.4'), at('ECG', 'TEST'), at('sopraslivellamento ST', 'PROBLEM')] };

describe('WebAnno TSV 3.3', () => {
  it("writes INCEpTION's layout on the named-entity layer: label as value, code as identifier, disambiguation ids on multi-word spans", () => {
    const { output } = exportWebAnno([DOC]);
    assert.equal(output[0]!.path, 'ps/n1.txt.tsv');
    assert.equal(
      output[0]!.content,
      [
        '#FORMAT=WebAnno TSV 3.3',
        '#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value',
        '',
        '',
        '#Text=Dolore toracico da 2 ore.',
        '#Text=',
        '1-1\t0-6\tDolore\tICD10:R07.4[1]\tPROBLEM[1]\t',
        '1-2\t7-15\ttoracico\tICD10:R07.4[1]\tPROBLEM[1]\t',
        '1-3\t16-18\tda\t_\t_\t',
        '1-4\t19-20\t2\t_\t_\t',
        '1-5\t21-24\tore\t_\t_\t',
        '1-6\t24-25\t.\t_\t_\t',
        '',
        '#Text=ECG: sopraslivellamento ST.',
        '#Text=',
        '2-1\t26-29\tECG\t*\tTEST\t',
        '2-2\t29-30\t:\t_\t_\t',
        '2-3\t31-49\tsopraslivellamento\t*[2]\tPROBLEM[2]\t',
        '2-4\t50-52\tST\t*[2]\tPROBLEM[2]\t',
        '2-5\t52-53\t.\t_\t_\t',
        '',
      ].join('\n'),
    );
  });

  it('stacks spans that share a word, each with its id', () => {
    const doc = { id: 'x', text: 'Insufficienza renale cronica', spans: [{ start: 0, end: 28, label: 'PROBLEM' as const }, { start: 14, end: 20, label: 'TEST' as const }] };
    const lines = exportWebAnno([doc]).output[0]!.content.split('\n');
    assert.equal(lines.find((l) => l.startsWith('1-2\t'))!, '1-2\t14-20\trenale\t*[1]|*[2]\tPROBLEM[1]|TEST[2]\t');
    assert.deepEqual(placed(readWebAnno(exportWebAnno([doc]).output))[0]!.spans, doc.spans);
  });

  it('reads a file INCEpTION wrote, with another layer before the entities and gaps between sentences', () => {
    const content = [
      '#FORMAT=WebAnno TSV 3.3',
      '#T_SP=de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS|PosValue',
      '#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value',
      '',
      '',
      '#Text=Nega febbre.',
      '1-1\t0-4\tNega\tVERB\t_\t_\t',
      '1-2\t5-11\tfebbre\tNOUN\t*\tSintomo\t',
      '1-3\t11-12\t.\tPUNCT\t_\t_\t',
      '',
      '#Text=Tosse.',
      '2-1\t14-19\tTosse\tNOUN\t*\tSintomo\t',
      '2-2\t19-20\t.\tPUNCT\t_\t_\t',
      '',
    ].join('\n');
    const [doc] = readWebAnno([{ path: 'a/b.txt.tsv', content }]);
    assert.equal(doc!.id, 'a/b.txt');
    assert.equal(doc!.text, 'Nega febbre.\n Tosse.');
    assert.deepEqual(doc!.spans.map((s) => [doc!.text.slice(s.start, s.end), s.label]), [['febbre', 'Sintomo'], ['Tosse', 'Sintomo']]);
  });

  it('refuses a file that is not WebAnno TSV 3, naming it', () => {
    assert.throws(() => readWebAnno([{ path: 'n.tsv', content: 'sentence_id\twords\n' }]), /n\.tsv: line 1: not WebAnno TSV 3/);
  });

  it('property: export then import gives the same text, spans and codes (statuses are not part of the format)', () => {
    fc.assert(
      fc.property(documentWithTokenSpans, (doc) => {
        const text = doc.text.replace(/^\s+/, '');
        const shift = doc.text.length - text.length;
        const spans = doc.spans.map(({ assertion: _assertion, ...s }) => ({ ...s, start: s.start - shift, end: s.end - shift }));
        const [back] = placed(readWebAnno(exportWebAnno([{ ...doc, text, spans }]).output));
        assert.deepEqual(back, { id: doc.id, text, spans: sortSpans(spans) });
      }),
    );
  });
});
