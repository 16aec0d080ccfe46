#!/usr/bin/python3
"""Builds test/fixtures/seed-format-model/: a tiny ONNX token classifier with exactly the
signature of the seed model HUMADEX/italian_medical_ner (inputs input_ids, attention_mask,
token_type_ids int64 [batch, seq]; output logits float32 [batch, seq, 13]; the seed's BIOES
label ids; the bert-base-cased vocabulary) and a hand-set, deterministic behaviour: the
word-piece sequences of a short list of Italian clinical terms get the BIOES tag of their
word in the term (every piece of a word the same tag: S for a one-word term, B/I/E across the
words of a longer one), everything else O. Tests can therefore assert exact entities.

Usage: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/make-seed-fixture.py [OUT_DIR]
       OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/make-seed-fixture.py --timing-model DIR
       OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/make-seed-fixture.py --gemm-model FILE
(Debian python3-torch 1.13 + python3-onnx; no network.)

--timing-model writes, instead, a folder with the seed's signature and files but a randomly
initialised encoder of bert-base size (12 layers, hidden 768, 12 heads; ~430 MB, not committed):
its outputs mean nothing, its cost per token is the seed's, for measuring the engine's overhead.

--gemm-model writes one MatMul of bert-base's feed-forward shape, x (m, 768) times a constant
(768, 3072): what ONNX Runtime reaches on it is a reference for the rate of bert-base arithmetic
on the machine (npm run bench, (b)).
"""
import json
import os
import shutil
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOCAB = os.path.join(ROOT, '..', 'shared', 'fixtures', 'bert-base-cased-vocab.txt')
if not os.path.exists(VOCAB):
    VOCAB = '/work/shared/fixtures/bert-base-cased-vocab.txt'
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'test', 'fixtures', 'seed-format-model')

# The seed's id2label, in its id order (see shared/fixtures/README.md).
LABELS = ['O',
          'B-PROBLEM', 'I-PROBLEM', 'E-PROBLEM', 'S-PROBLEM',
          'B-TREATMENT', 'I-TREATMENT', 'E-TREATMENT', 'S-TREATMENT',
          'B-TEST', 'I-TEST', 'E-TEST', 'S-TEST']

# Lower-cased, punctuation-free forms, as the engine feeds them (clinical_ner.lowercase and
# strip_punctuation are on in the fixture's config.json).
TERMS = {
    'PROBLEM': ['febbre', 'tosse', 'dispnea', 'polmonite', 'diabete', 'cefalea', 'ipertensione',
                'insufficienza renale', 'dolore addominale', 'asma'],
    'TEST': ['emocromo', 'ecografia', 'tac', 'glicemia', 'creatinina', 'pressione arteriosa',
             'emoglobina glicata', 'radiografia del torace', 'ecg'],
    'TREATMENT': ['amoxicillina', 'ramipril', 'paracetamolo', 'metformina', 'aspirina', 'insulina'],
}

BASE_O_LOGIT = 5.0   # an unmatched token: P(O) = e^5 / (e^5 + 12) ~ 0.925
MATCH_LOGIT = 9.0    # a matched token: P(tag) = e^9 / (e^9 + e^5 + 11) ~ 0.981


def read_vocab(path):
    with open(path, encoding='utf-8') as f:
        tokens = [line.rstrip('\n') for line in f]
    if tokens and tokens[-1] == '':
        tokens.pop()
    return tokens, {t: i for i, t in enumerate(tokens)}


def wordpiece(word, vocab):
    """Greedy longest-match-first WordPiece, as BERT does it (words here are plain ASCII)."""
    pieces, start = [], 0
    while start < len(word):
        end, found = len(word), None
        while start < end:
            piece = word[start:end] if start == 0 else '##' + word[start:end]
            if piece in vocab:
                found = piece
                break
            end -= 1
        if found is None:
            return [vocab['[UNK]']]
        pieces.append(vocab[found])
        start = end
    return pieces


class TermTagger(nn.Module):
    """Tags exact word-piece sequences of known terms; a term must end at a word end (the next
    piece is not a '##' continuation)."""

    def __init__(self, terms, is_continuation):
        super().__init__()
        self.terms = terms  # [(piece ids, word index of each piece in the term, label)]
        self.register_buffer('is_continuation', is_continuation)

    @staticmethod
    def shift_left(x, k):  # y[i] = x[i + k], zero past the end
        return F.pad(x, (0, k))[:, k:]

    @staticmethod
    def shift_right(x, k):  # y[i] = x[i - k], zero before the start
        return F.pad(x, (k, 0))[:, :-k] if k else x

    def forward(self, input_ids, attention_mask, token_type_ids):
        mask = attention_mask.float()
        cont = self.is_continuation[input_ids] * mask
        per_tag = [torch.zeros_like(mask) for _ in LABELS]
        for pieces, word_of_piece, label in self.terms:
            n, words = len(pieces), word_of_piece[-1] + 1
            start = 1.0 - self.shift_left(cont, n)
            for k, piece in enumerate(pieces):
                start = start * self.shift_left((input_ids == piece).float() * mask, k)
            for k in range(n):
                w = word_of_piece[k]
                if words == 1:
                    tag = 'S-'
                else:
                    tag = 'B-' if w == 0 else 'E-' if w == words - 1 else 'I-'
                per_tag[LABELS.index(tag + label)] += self.shift_right(start, k)
        per_tag[0] = per_tag[0] + BASE_O_LOGIT
        logits = torch.stack(per_tag, dim=-1)
        logits = torch.cat([logits[..., :1], logits[..., 1:] * MATCH_LOGIT], dim=-1)
        # keeps token_type_ids in the graph, as the seed declares it (the exporter drops unused inputs)
        return logits + token_type_ids.unsqueeze(-1).float() * 0.0


class ExtraInput(nn.Module):
    """Takes an input the engine cannot feed (pixel_values)."""

    def forward(self, input_ids, attention_mask, pixel_values):
        x = (input_ids + attention_mask).float().unsqueeze(-1) + pixel_values.unsqueeze(-1)
        return x.repeat(1, 1, len(LABELS))


class NoLogits(nn.Module):
    """Right inputs, but its output is called "scores"."""

    def forward(self, input_ids, attention_mask):
        return (input_ids * attention_mask).float().unsqueeze(-1).repeat(1, 1, len(LABELS))


def write_invalid_models(out):
    """Small ONNX files with a wrong signature, for the loader's error messages."""
    os.makedirs(out, exist_ok=True)
    ids = torch.tensor([[101, 175, 102]])
    mask = torch.ones_like(ids)
    torch.onnx.export(ExtraInput(), (ids, mask, torch.zeros(1, 3)), os.path.join(out, 'extra-input.onnx'),
                      opset_version=14, input_names=['input_ids', 'attention_mask', 'pixel_values'],
                      output_names=['logits'],
                      dynamic_axes={n: {0: 'batch', 1: 'sequence'} for n in
                                    ['input_ids', 'attention_mask', 'pixel_values', 'logits']})
    torch.onnx.export(NoLogits(), (ids, mask), os.path.join(out, 'no-logits.onnx'),
                      opset_version=14, input_names=['input_ids', 'attention_mask'], output_names=['scores'],
                      dynamic_axes={n: {0: 'batch', 1: 'sequence'} for n in ['input_ids', 'attention_mask', 'scores']})


class BertSizedTagger(nn.Module):
    """Random weights, bert-base shape: embeddings + 12 post-norm encoder layers + linear."""

    def __init__(self, vocab_size, d=768, heads=12, ff=3072, layers=12, max_len=512):
        super().__init__()
        self.words = nn.Embedding(vocab_size, d)
        self.positions = nn.Embedding(max_len, d)
        self.types = nn.Embedding(2, d)
        self.norm = nn.LayerNorm(d)
        layer = nn.TransformerEncoderLayer(d, heads, ff, dropout=0.0, activation='gelu', batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.out = nn.Linear(d, len(LABELS))
        # TransformerEncoder deep-copies one layer: give each its own weights (as a trained model
        # has), or the exporter shares the identical initializers
        for parameter in self.encoder.parameters():
            if parameter.dim() > 1:
                nn.init.normal_(parameter, std=0.02)

    def forward(self, input_ids, attention_mask, token_type_ids):
        positions = torch.arange(input_ids.shape[1]).unsqueeze(0)
        x = self.norm(self.words(input_ids) + self.positions(positions) + self.types(token_type_ids))
        return self.out(self.encoder(x, src_key_padding_mask=attention_mask == 0))


def write_timing_model(out, tokens):
    torch.manual_seed(0)
    os.makedirs(out, exist_ok=True)
    model = BertSizedTagger(len(tokens)).eval()
    ids = torch.tensor([[101, 175, 15581, 9730, 102]])
    # not under no_grad: that selects PyTorch's fused encoder kernel, which cannot be exported
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), os.path.join(out, 'model.onnx'),
                      opset_version=14, do_constant_folding=True,
                      input_names=['input_ids', 'attention_mask', 'token_type_ids'], output_names=['logits'],
                      dynamic_axes={n: {0: 'batch', 1: 'sequence'} for n in
                                    ['input_ids', 'attention_mask', 'token_type_ids', 'logits']})
    print(f'wrote {out}/model.onnx ({os.path.getsize(os.path.join(out, "model.onnx")) / 1e6:.0f} MB)')


def write_term_tagger(out, tokens, vocab):
    terms = []
    for label, words in TERMS.items():
        for term in words:
            split = [wordpiece(w, vocab) for w in term.split()]
            pieces = [p for word in split for p in word]
            word_of_piece = [i for i, word in enumerate(split) for _ in word]
            print(f'{label:9} {term!r}: {[tokens[p] for p in pieces]}')
            terms.append((pieces, word_of_piece, label))
    is_continuation = torch.tensor([1.0 if t.startswith('##') else 0.0 for t in tokens])
    model = TermTagger(terms, is_continuation).eval()
    example = 'la tac mostra polmonite e insufficienza renale'
    ids = torch.tensor([[vocab['[CLS]']] + [p for w in example.split() for p in wordpiece(w, vocab)]
                        + [vocab['[SEP]']]])
    inputs = (ids, torch.ones_like(ids), torch.zeros_like(ids))
    path = os.path.join(out, 'model.onnx')
    torch.onnx.export(model, inputs, path, opset_version=14, do_constant_folding=True,
                      input_names=['input_ids', 'attention_mask', 'token_type_ids'],
                      output_names=['logits'],
                      dynamic_axes={n: {0: 'batch', 1: 'sequence'} for n in
                                    ['input_ids', 'attention_mask', 'token_type_ids', 'logits']})
    import onnx
    onnx.checker.check_model(onnx.load(path))
    with torch.no_grad():
        tags = model(*inputs).argmax(-1)[0].tolist()
    print('example:', [(tokens[i], LABELS[t]) for i, t in zip(ids[0].tolist(), tags)])
    print(f'wrote {path} ({os.path.getsize(path)} bytes)')


def write_seed_files(out, tokens):
    """vocab.txt, config.json and tokenizer_config.json as the seed has them, plus clinical_ner."""
    shutil.copyfile(VOCAB, os.path.join(out, 'vocab.txt'))
    config = {
        'architectures': ['BertForTokenClassification'],
        'model_type': 'bert',
        'vocab_size': len(tokens),
        'max_position_embeddings': 512,
        'hidden_size': 768,
        'num_hidden_layers': 12,
        'num_attention_heads': 12,
        'id2label': {str(i): t for i, t in enumerate(LABELS)},
        'label2id': {t: i for i, t in enumerate(LABELS)},
        'clinical_ner': {'lowercase': True, 'strip_punctuation': True},
    }
    tokenizer_config = {
        'tokenizer_class': 'BertTokenizer',
        'do_lower_case': False,
        'do_basic_tokenize': True,
        'strip_accents': None,
        'tokenize_chinese_chars': True,
        'cls_token': '[CLS]', 'sep_token': '[SEP]', 'pad_token': '[PAD]',
        'unk_token': '[UNK]', 'mask_token': '[MASK]',
        'model_max_length': 512,
    }
    for name, data in [('config.json', config), ('tokenizer_config.json', tokenizer_config)]:
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write('\n')


def write_gemm_model(path):
    class FeedForwardMatMul(nn.Module):
        def __init__(self):
            super().__init__()
            self.weight = nn.Parameter(torch.randn(768, 3072) * 0.02)

        def forward(self, x):
            return x @ self.weight

    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    torch.onnx.export(FeedForwardMatMul(), torch.randn(512, 768), path, opset_version=14, input_names=['x'],
                      output_names=['y'], dynamic_axes={'x': {0: 'rows'}, 'y': {0: 'rows'}})
    print(f'wrote {path} ({os.path.getsize(path)} bytes)')


def main():
    if len(sys.argv) > 2 and sys.argv[1] == '--gemm-model':
        write_gemm_model(sys.argv[2])
        return
    tokens, vocab = read_vocab(VOCAB)
    if len(sys.argv) > 2 and sys.argv[1] == '--timing-model':
        out = sys.argv[2]
        write_timing_model(out, tokens)
    else:
        out = OUT
        os.makedirs(out, exist_ok=True)
        write_term_tagger(out, tokens, vocab)
        write_invalid_models(os.path.join(out, 'invalid-onnx'))
    write_seed_files(out, tokens)


if __name__ == '__main__':
    main()
