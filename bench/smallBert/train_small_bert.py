#!/usr/bin/python3
"""Trains a small BERT-shaped token classifier from scratch on the project's notes and exports it
as a model folder the engine loads (model.onnx with input_ids, attention_mask, token_type_ids ->
logits; config.json; tokenizer.json). It exists to measure what int8 quantization does to a
trained BERT (`npm run bench`, (g)): random weights say nothing about quantization error, and no
pretrained BERT can be downloaded here.

Architecture: BERT's (word + position + token-type embeddings, post-LayerNorm encoder layers of
multi-head self-attention and a GELU feed-forward, a linear classifier over the 13 BIOES tags),
only smaller: every weight matrix is a MatMul in the exported graph, as in bert-base.

Usage: OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/smallBert/train_small_bert.py DATASET.jsonl
         TOKENIZER.json OUT_DIR [--layers 4] [--hidden 128] [--heads 4] [--minutes 10] [--threads 1]
DATASET.jsonl is training/prepareDataset.ts's output (bench/smallBert/make-small-bert.sh runs it).
"""
import argparse
import json
import math
import os
import random
import shutil
import time

import torch
import torch.nn as nn

TAGS = ['O', 'B-PROBLEM', 'I-PROBLEM', 'E-PROBLEM', 'S-PROBLEM', 'B-TREATMENT', 'I-TREATMENT',
        'E-TREATMENT', 'S-TREATMENT', 'B-TEST', 'I-TEST', 'E-TEST', 'S-TEST']
MAX_POSITIONS = 128


class Layer(nn.Module):
    def __init__(self, hidden, heads, dropout):
        super().__init__()
        self.heads = heads
        self.query = nn.Linear(hidden, hidden)
        self.key = nn.Linear(hidden, hidden)
        self.value = nn.Linear(hidden, hidden)
        self.attention_out = nn.Linear(hidden, hidden)
        self.attention_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.intermediate = nn.Linear(hidden, 4 * hidden)
        self.output = nn.Linear(4 * hidden, hidden)
        self.output_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, mask_bias):
        b, n, h = x.shape
        d = h // self.heads
        split = lambda t: t.view(b, n, self.heads, d).transpose(1, 2)
        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ k.transpose(2, 3) / math.sqrt(d) + mask_bias
        context = (self.drop(scores.softmax(-1)) @ v).transpose(1, 2).reshape(b, n, h)
        x = self.attention_norm(x + self.drop(self.attention_out(context)))
        return self.output_norm(x + self.drop(self.output(nn.functional.gelu(self.intermediate(x)))))


class SmallBert(nn.Module):
    def __init__(self, vocab, hidden, layers, heads, dropout=0.1):
        super().__init__()
        self.words = nn.Embedding(vocab, hidden, padding_idx=0)
        self.positions = nn.Embedding(MAX_POSITIONS, hidden)
        self.token_types = nn.Embedding(2, hidden)
        self.norm = nn.LayerNorm(hidden, eps=1e-12)
        self.layers = nn.ModuleList([Layer(hidden, heads, dropout) for _ in range(layers)])
        self.drop = nn.Dropout(dropout)
        self.classifier = nn.Linear(hidden, len(TAGS))

    def forward(self, input_ids, attention_mask, token_type_ids):
        positions = torch.arange(input_ids.shape[1]).unsqueeze(0)
        x = self.drop(self.norm(self.words(input_ids) + self.positions(positions) + self.token_types(token_type_ids)))
        mask_bias = (1.0 - attention_mask[:, None, None, :].to(torch.float32)) * -10000.0
        for layer in self.layers:
            x = layer(x, mask_bias)
        return self.classifier(x)


def piece_tags(example):
    """Each word's tag on its first piece; the other pieces (and [CLS], [SEP]) are not scored."""
    tags = [-100] * len(example['input_ids'])
    for start, tag in zip(example['word_starts'], example['tags']):
        tags[start] = tag
    return tags


def batches(examples, size, rng):
    order = sorted(range(len(examples)), key=lambda k: len(examples[k]['input_ids']))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if rng:
        rng.shuffle(groups)
    for g in groups:
        ex = [examples[k] for k in g]
        t = max(len(e['input_ids']) for e in ex)
        ids = torch.zeros(len(ex), t, dtype=torch.long)
        att = torch.zeros(len(ex), t, dtype=torch.long)
        tags = torch.full((len(ex), t), -100, dtype=torch.long)
        for i, e in enumerate(ex):
            n = len(e['input_ids'])
            ids[i, :n] = torch.tensor(e['input_ids'])
            att[i, :n] = 1
            tags[i, :n] = torch.tensor(piece_tags(e))
        yield ids, att, tags


def accuracy(model, examples):
    model.eval()
    right = total = 0
    with torch.no_grad():
        for ids, att, tags in batches(examples, 64, None):
            pred = model(ids, att, torch.zeros_like(ids)).argmax(-1)
            scored = tags != -100
            right += int(((pred == tags) & scored).sum())
            total += int(scored.sum())
    model.train()
    return right / max(1, total)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dataset')
    ap.add_argument('tokenizer')
    ap.add_argument('out')
    ap.add_argument('--layers', type=int, default=4)
    ap.add_argument('--hidden', type=int, default=128)
    ap.add_argument('--heads', type=int, default=4)
    ap.add_argument('--minutes', type=float, default=10)
    ap.add_argument('--batch', type=int, default=32)
    ap.add_argument('--lr', type=float, default=2e-3)
    ap.add_argument('--seed', type=int, default=13)
    # one thread: on a machine busy with other work, two ran 8x slower (measured: 2.9 against 0.37 s a step)
    ap.add_argument('--threads', type=int, default=1)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    with open(a.tokenizer, encoding='utf8') as f:
        vocab = len(json.load(f)['model']['vocab'])
    data = [json.loads(line) for line in open(a.dataset, encoding='utf8') if line.strip()]
    data = [d for d in data if d['word_starts'] and len(d['input_ids']) <= MAX_POSITIONS]
    train = [d for d in data if d['split'] == 'train']
    dev = [d for d in data if d['split'] == 'dev']
    model = SmallBert(vocab, a.hidden, a.layers, a.heads)
    print(f'train {len(train)} windows, dev {len(dev)}; {sum(p.numel() for p in model.parameters()) / 1e6:.2f}M '
          f'parameters; {a.minutes} minutes on {torch.get_num_threads()} threads', flush=True)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    t0, step, epoch = time.time(), 0, 0
    # Time-boxed rather than a fixed number of epochs: the machine is shared, and the check needs a
    # trained model, not the best one. The learning rate decays linearly over the time box.
    while time.time() - t0 < a.minutes * 60:
        epoch += 1
        for ids, att, tags in batches(train, a.batch, rng):
            left = max(0.0, 1 - (time.time() - t0) / (a.minutes * 60))
            if left == 0:
                break
            for group in opt.param_groups:
                group['lr'] = a.lr * min(1.0, step / 200 + 0.01) * left
            loss = loss_fn(model(ids, att, torch.zeros_like(ids)).reshape(-1, len(TAGS)), tags.reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            if step % 100 == 0:
                print(f'step {step} (epoch {epoch}): loss {loss.item():.3f}, {time.time() - t0:.0f}s', flush=True)
    model.eval()
    dev_accuracy = accuracy(model, dev)
    print(f'dev word-tag accuracy {dev_accuracy:.3f} after {step} steps', flush=True)
    export(model, a, vocab, dev_accuracy, step)


def export(model, a, vocab, dev_accuracy, steps):
    import onnx
    os.makedirs(a.out, exist_ok=True)
    path = os.path.join(a.out, 'model.onnx')
    ids = torch.randint(5, 100, (2, 11))
    att = torch.ones(2, 11, dtype=torch.long)
    att[1, 7:] = 0
    axes = {0: 'batch', 1: 'sequence'}
    torch.onnx.export(model, (ids, att, torch.zeros_like(ids)), path,
                      input_names=['input_ids', 'attention_mask', 'token_type_ids'], output_names=['logits'],
                      dynamic_axes={name: axes for name in ['input_ids', 'attention_mask', 'token_type_ids', 'logits']},
                      opset_version=14, do_constant_folding=True)
    onnx.checker.check_model(onnx.load(path))
    shutil.copy(a.tokenizer, os.path.join(a.out, 'tokenizer.json'))
    config = {
        'name': 'small BERT trained from scratch for the int8 agreement check (bench only)',
        'architectures': ['BertForTokenClassification'],
        'model_type': 'bert',
        'vocab_size': vocab,
        'hidden_size': a.hidden,
        'num_hidden_layers': a.layers,
        'num_attention_heads': a.heads,
        'max_position_embeddings': MAX_POSITIONS,
        'id2label': {str(i): t for i, t in enumerate(TAGS)},
        'label2id': {t: i for i, t in enumerate(TAGS)},
        'clinical_ner': {'lowercase': False, 'strip_punctuation': False, 'window_length': MAX_POSITIONS,
                         'aggregation': 'first', 'decoding': 'greedy',
                         'training': {'dev_word_tag_accuracy': round(dev_accuracy, 4), 'steps': steps,
                                      'minutes': a.minutes, 'seed': a.seed, 'torch': torch.__version__}},
    }
    with open(os.path.join(a.out, 'config.json'), 'w', encoding='utf8') as f:
        json.dump(config, f, indent=2)
    print(f'wrote {a.out}', flush=True)


if __name__ == '__main__':
    main()
