import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { defaultModelDir } from '../../../src/engine/pipeline/defaultModel';
import { Lexicon, LEXICON_SCORE } from '../../../src/engine/lexicon/lexicon';

describe('the default lexicon', () => {
  const file = path.join(defaultModelDir(), 'lexicon.tsv');
  const lexicon = Lexicon.fromTsv(readFileSync(file, 'utf8'), file);
  const found = (sentence: string): string[] => lexicon.match(sentence).map((c) => `${sentence.slice(c.start, c.end)}/${c.label}`);
  const strongProblems = (sentence: string): string[] =>
    lexicon.match(sentence).filter((c) => c.label === 'PROBLEM' && c.score >= LEXICON_SCORE).map((c) => sentence.slice(c.start, c.end));

  it('finds signs as narrative notes write them, organisms named alone and dotted abbreviations', () => {
    assert.deepEqual(found('Paziente iperteso e diabetica, soporosa e disorientata, addome dolente.'),
      ['iperteso/PROBLEM', 'diabetica/PROBLEM', 'soporosa/PROBLEM', 'disorientata/PROBLEM', 'addome dolente/PROBLEM']);
    assert.deepEqual(found('Colonizzazione nota; Klebsiella pneumoniae nelle urine; ricerca di H. pylori; isolato S. aureus.').filter((f) => f.endsWith('PROBLEM')),
      ['Klebsiella pneumoniae/PROBLEM', 'H. pylori/PROBLEM', 'S. aureus/PROBLEM']);
    assert.deepEqual(found('Sindrome miastenica di Lambert-Eaton (LEMS) con ipomagnesiemia e schistociti.'),
      ['Sindrome miastenica di Lambert-Eaton/PROBLEM', 'LEMS/PROBLEM', 'ipomagnesiemia/PROBLEM', 'schistociti/PROBLEM']);
    assert.deepEqual(found('Ecocardio: FE 35%. Visita oculistica. In O2 2 L/min.'),
      ['Ecocardio/TEST', 'FE/TEST', 'Visita oculistica/TEST', 'O2/TREATMENT']);
  });

  it('does not suggest PROBLEM on its own for ordinary words, anatomy and verb forms that look like diseases', () => {
    for (const sentence of [
      'Ileo terminale e valvola ileocecale indenni.',
      'Ricoverato in Stroke Unit per osservazione.',
      'Neutrofili 8.500/mmc, eosinofili 300/mmc.',
      'Espansione clonale: clone B monotipico.',
      "Nell'ipotesi di una origine virale si attende.",
      'Mantenuta la sterilità del campo operatorio.',
      'Campioni inviati dopo congelamento a -80 °C.',
      'Trasferito per PCI primaria su IVA.',
      'Riferisce di essere stata ferita dal cane del vicino.',
      'Paziente confusa, agitata e sudata.',
    ]) {
      assert.deepEqual(strongProblems(sentence), [], sentence);
    }
  });
});
