#!/usr/bin/env bash
# `npm run train`: rebuilds the default model folder models/default-it from the repository:
# lexicon, vocabulary, data set, convolutional tagger + CRF trained on CPU, ONNX export, evaluation,
# model card. Needs Debian's python3-torch, python3-onnx, libopenblas0-pthread and witalian
# (installed here when missing, as root). Seeds are fixed; about 25 minutes on 2 cores (measured: 22 with THREADS=1 beside other work; 20 epochs of about 55 s).
# Environment: EXTRA_GOLD (a workspace gold file to add), MODEL and WORK (output and scratch
# folders), THREADS, EPOCHS, MAX_MINUTES, COPIES (augmented copies of each training note),
# REBUILD_VOCAB=1 (learn training/vocab.txt again; VOCAB_SIZE pieces).
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s)
need=()
/usr/bin/python3 -c 'import torch' 2>/dev/null || need+=(python3-torch)
/usr/bin/python3 -c 'import onnx' 2>/dev/null || need+=(python3-onnx)
dpkg -s libopenblas0-pthread >/dev/null 2>&1 || need+=(libopenblas0-pthread)
[ -f /usr/share/dict/italian ] || need+=(witalian)
if [ ${#need[@]} -gt 0 ]; then
  echo "[train] apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# 2 torch threads (THREADS), 1 BLAS thread each: more oversubscribes the 2 cores (ml-toolchain
# notes). On a machine busy with other work, THREADS=1 is ten times faster than 2 (measured).
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=${THREADS:-2}
WORK=${WORK:-training/.work}
MODEL=${MODEL:-models/default-it}
VOCAB_SIZE=${VOCAB_SIZE:-8000}
mkdir -p "$WORK" "$MODEL"

npx tsx training/compileNotes.ts ${EXTRA_GOLD:+--gold "$EXTRA_GOLD"}
npx tsx training/buildLexicon.ts "$MODEL/lexicon.tsv"
# The vocabulary is committed (training/vocab.txt): the tokenizers trainer breaks ties differently
# from run to run (about 2 of 8,000 pieces), and a new vocabulary makes a different model.
# REBUILD_VOCAB=1 learns it again (from the training split and the lexicon: dev and test notes stay
# unseen) and replaces training/vocab.txt.
if [ -n "${REBUILD_VOCAB:-}" ] || [ ! -f training/vocab.txt ]; then
  node -e '
const fs=require("fs");
const notes=fs.readFileSync("training/data/notes.jsonl","utf8").split("\n").filter(Boolean).map(JSON.parse);
const lex=fs.readFileSync(process.argv[1],"utf8").split("\n").filter(l=>l&&!l.startsWith("#")).map(l=>l.split("\t")[0]);
fs.writeFileSync(process.argv[2], notes.filter(n=>n.split==="train").map(n=>n.text).join("\n")+"\n"+lex.join("\n")+"\n");
' "$MODEL/lexicon.tsv" "$WORK/corpus.txt"
  npx tsx training/buildVocab.ts /usr/share/dict/italian "$WORK/corpus.txt" --out "$WORK/vocab" --size "$VOCAB_SIZE"
  cp "$WORK/vocab/vocab.txt" training/vocab.txt
else
  npx tsx training/buildVocab.ts --from training/vocab.txt --out "$WORK/vocab"
fi
npx tsx training/prepareDataset.ts --notes training/data/notes.jsonl --tokenizer "$WORK/vocab/tokenizer.json" \
  --model-lexicon "$MODEL/lexicon.tsv" \
  --out "$WORK/dataset.jsonl" --features-out "$WORK/features.json" --copies "${COPIES:-2}"
/usr/bin/python3 training/train.py "$WORK/dataset.jsonl" "$WORK/trained" --vocab-size "$VOCAB_SIZE" --features "$WORK/features.json" \
  --epochs "${EPOCHS:-20}" --max-minutes "${MAX_MINUTES:-35}" --threads "${THREADS:-2}" 2>&1 | grep --line-buffered -v -i warn
npx tsx training/assembleModel.ts "$WORK/trained" "$WORK/vocab" "$WORK/features.json" "$MODEL"
npx tsx training/fitMerge.ts "$MODEL"
npx tsx training/evaluateModel.ts "$MODEL" --write-card
echo "[train] done in $(( ($(date +%s) - t0) / 60 )) min"
