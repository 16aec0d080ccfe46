import type { NerPipeline } from './nerPipeline';

// A short note that goes through every layer and status: lexicon terms and abbreviations,
// measurements for the patterns, negation, uncertainty, family history and a hypothetical.
export const WARM_UP_SENTENCES = [
  'Paziente di 68 anni con ipertensione arteriosa e BPCO, in terapia con ramipril 5 mg/die.',
  'Nega dolore toracico; non febbre.',
  "Si sospetta polmonite: eseguita Rx torace ed emocromo (Hb 11,2 g/dL, PCR 45 mg/L).",
  "All'ECG ritmo sinusale, FC 88 bpm, PA 135/80 mmHg.",
  'Madre con diabete mellito tipo 2.',
  'In caso di peggioramento della dispnea, avviare ossigenoterapia.',
];

/**
 * Annotates a short note once and forgets it (and nothing else it has cached): the first
 * annotation after a load compiles the patterns' regular expressions and the engine's code and
 * sizes ONNX Runtime's buffers, which takes longer than annotating a whole screen of a note
 * afterwards. Done when the model loads ahead of need, so that a note opened later gets its
 * suggestions at full speed.
 */
export async function warmUp(pipeline: NerPipeline): Promise<void> {
  await pipeline.annotateSentences(WARM_UP_SENTENCES);
  pipeline.forget(WARM_UP_SENTENCES);
}
