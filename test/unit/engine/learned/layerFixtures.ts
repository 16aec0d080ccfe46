import type { FittedLayerJson } from '../../../../src/engine/learned/fittedLayer';

/**
 * A layer over a model with 13 tags (the seed format's) that makes every word a PROBLEM of its
 * own: whether a pipeline applies it shows at once.
 */
export function everyWordProblemLayer(model: string): FittedLayerJson {
  return {
    format: 'clinical-ner-fitted-layer',
    version: 1,
    base: { model, denseWidth: 13 },
    notes: 3,
    checks: {},
    taggers: {
      PROBLEM: {
        sparseRows: [],
        sparse: [],
        dense: Array<number>(13 * 5).fill(0),
        // states O, B, I, E, S: S far above the others
        bias: [0, 0, 0, 0, 10],
        transition: [0, 0, null, null, 0, null, 0, 0, null, null, null, 0, 0, null, null, 0, 0, null, null, 0, 0, 0, null, null, 0],
        start: [0, 0, null, null, 0],
        end: [0, null, null, 0, 0],
      },
    },
  };
}
