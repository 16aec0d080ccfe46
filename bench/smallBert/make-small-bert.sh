#!/usr/bin/env bash
# Makes the small BERT-shaped model that (g) of `npm run bench` quantizes: the project's notes
# tokenised with the default model's vocabulary (training/prepareDataset.ts, no augmentation), then
# bench/smallBert/train_small_bert.py (Debian's python3-torch and python3-onnx, CPU, time-boxed:
# MINUTES, default 10). Usage: bash bench/smallBert/make-small-bert.sh OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:?usage: make-small-bert.sh OUT_DIR}
WORK=${WORK:-bench/.cache/small-bert-work}
mkdir -p "$WORK"
npx tsx training/compileNotes.ts
npx tsx training/buildVocab.ts --from training/vocab.txt --out "$WORK/vocab"
npx tsx training/prepareDataset.ts --notes training/data/notes.jsonl --tokenizer "$WORK/vocab/tokenizer.json" \
  --lexicon "$(ls training/lexicon/*.tsv | paste -sd,)" --model-lexicon models/default-it/lexicon.tsv \
  --out "$WORK/dataset.jsonl" --features-out "$WORK/features.json" --copies 0
OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/smallBert/train_small_bert.py "$WORK/dataset.jsonl" \
  "$WORK/vocab/tokenizer.json" "$OUT" --minutes "${MINUTES:-10}" --threads "${THREADS:-1}"
