import type { BatchDocument } from '../../../../src/engine/batch/batchAnnotator';

const OPENINGS = [
  'Paziente di {n} anni con ipertensione arteriosa in terapia con ramipril 5 mg.',
  'Riferisce dispnea da sforzo e tosse produttiva da {n} giorni.',
  'Eseguita radiografia del torace: non addensamenti parenchimali.',
  'In anamnesi diabete mellito tipo 2 in terapia con metformina.',
  'Nega dolore toracico. ECG: ritmo sinusale, FC {n} bpm.',
];
const CLOSINGS = [
  'Si prescrive amoxicillina 1 g x 3/die per 6 giorni.',
  'Emocromo e creatinina nella norma.',
  'Controllo ecocardiografico tra {n} mesi.',
  'Non febbre. Si sospende ibuprofene per gastralgia.',
];

/** `count` short Italian notes, each a little different, with ids note-000, note-001… */
export function smallNotes(count: number): { id: string; text: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const fill = (s: string) => s.replace('{n}', String(20 + ((i * 7) % 70)));
    const text = [OPENINGS[i % OPENINGS.length], OPENINGS[(i + 2) % OPENINGS.length], CLOSINGS[i % CLOSINGS.length]].map(fill).join(' ');
    return { id: `note-${String(i).padStart(3, '0')}`, text };
  });
}

export function asBatch(notes: { id: string; text: string }[]): BatchDocument[] {
  return notes.map((n) => ({ id: n.id, load: () => n.text }));
}
