import { strict as assert } from 'node:assert';
import { Lexicon } from '../../../src/engine/lexicon/lexicon';
import { parseMarkup, type CompiledNote } from '../../../training/compileNotes';
import { lexiconCoverage } from '../../../training/lexiconCoverage';

describe('the lexicon coverage of gold notes', () => {
  const lexicon = Lexicon.fromTsv(['febbre\tPROBLEM', 'ECG\tTEST', 'dolore toracico\tPROBLEM', 'ferita\tPROBLEM'].join('\n'), 'lexicon.tsv');
  const note = (markup: string): CompiledNote => ({ id: 'n1', genre: 'pronto soccorso', specialty: 'cardiologia', split: 'train', assertions: false, ...parseMarkup(markup, 'n1') });

  it('counts a gold entity as covered when a lexicon match of its label overlaps it, and exact when the bounds agree', () => {
    const { perLabel, missed, spurious } = lexiconCoverage(lexicon, [note(
      'Nega [febbre|P]. [Dolore toracico oppressivo|P] da 2 ore, [ECG|T] con [sopraslivellamento del tratto ST|P]. Ferita chirurgica in ordine.',
    )]);
    assert.deepEqual(perLabel.PROBLEM, { gold: 3, overlap: 2, strict: 1 });
    assert.deepEqual(perLabel.TEST, { gold: 1, overlap: 1, strict: 1 });
    assert.deepEqual([...missed], [['PROBLEM\tsopraslivellamento del tratto ST', 1]]);
    assert.deepEqual([...spurious], [['PROBLEM\tFerita', 1]]);
  });
});
