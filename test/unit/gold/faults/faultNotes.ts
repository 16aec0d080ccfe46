import type { Label } from '../../../../src/engine/entity';

/** The notes every writer of the fault-injection suite decides on, so that their writes must merge. */
export const FAULT_NOTES: readonly { id: string; text: string; words: readonly { text: string; label: Label }[] }[] = [
  {
    id: 'medicina/dimissione.txt',
    text: 'Paziente con dolore toracico e dispnea. ECG nella norma. Terapia con aspirina 100 mg.',
    words: [
      { text: 'dolore toracico', label: 'PROBLEM' },
      { text: 'dispnea', label: 'PROBLEM' },
      { text: 'ECG', label: 'TEST' },
      { text: 'aspirina', label: 'TREATMENT' },
    ],
  },
  {
    id: 'ps/verbale.txt',
    text: 'Febbre alta e tosse da tre giorni. Emocromo: leucocitosi. Avviata terapia con amoxicillina.',
    words: [
      { text: 'Febbre', label: 'PROBLEM' },
      { text: 'tosse', label: 'PROBLEM' },
      { text: 'Emocromo', label: 'TEST' },
      { text: 'leucocitosi', label: 'PROBLEM' },
      { text: 'amoxicillina', label: 'TREATMENT' },
    ],
  },
  {
    id: 'neurologia/visita.txt',
    text: 'Cefalea ricorrente. RM encefalo senza alterazioni. Prescritto paracetamolo al bisogno.',
    words: [
      { text: 'Cefalea', label: 'PROBLEM' },
      { text: 'RM encefalo', label: 'TEST' },
      { text: 'paracetamolo', label: 'TREATMENT' },
    ],
  },
];

/** A decision is known by its writer and time: each writer process writes each time once. */
export function decisionId(annotator: string, time: string): string {
  return `${annotator}@${time}`;
}
