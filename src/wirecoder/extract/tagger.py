"""The learned role-filler tagger: MiniLM fine-tuned on MUC-4 train, run with onnxruntime.

``training/train_role_tagger.py`` fine-tunes the 6-layer uncased MiniLM of
all-MiniLM-L6-v2 to label every word piece of a report BIO with a MUC role
(perpetrator individual or organisation, physical target, victim, victim
description, weapon), exports it to ONNX and quantises it to int8; it ships in
``src/wirecoder/models/role_tagger/`` with its tokenizer. Here the report,
after its dateline, is cut into overlapping windows of word pieces; each word
takes the label probabilities of its first piece, averaged over the windows
that hold it; runs of words with one role become spans with the mean
probability of their role. No torch at run time: ``tokenizers`` and
``onnxruntime`` only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from wirecoder.paths import MODELS_DIR

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon", "VictimDesc")
LABELS = ("O",) + tuple(f"{p}-{r}" for r in ROLES for p in ("B", "I"))
MAX_LEN = 256   # word pieces per window, with [CLS] and [SEP]
STRIDE = 128    # pieces between window starts when training (each piece seen in two contexts)
RUN_STRIDE = 222  # pieces between window starts when tagging: 32 pieces of overlap, fewer windows
TAGGER_DIR = MODELS_DIR / "role_tagger"


@dataclass
class Window:
    ids: list[int]
    offsets: list[tuple[int | None, int | None]]   # character offsets in the text; None for [CLS]/[SEP]
    words: list[int | None]                         # word index in the document of each piece


@dataclass
class Span:
    start: int
    end: int
    role: str
    prob: float


def windows(tokenizer, text: str, start_at: int = 0, stride: int = STRIDE, end_at: int | None = None) -> list[Window]:
    """Overlapping windows over ``text[start_at:end_at]`` (offsets are in ``text``)."""
    enc = tokenizer.encode(text[start_at:end_at], add_special_tokens=False)
    n = len(enc.ids)
    if n == 0:
        return []
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    width = MAX_LEN - 2
    out, begin = [], 0
    while True:
        end = min(n, begin + width)
        out.append(Window(
            ids=[cls] + enc.ids[begin:end] + [sep],
            offsets=[(None, None)] + [(a + start_at, b + start_at) for a, b in enc.offsets[begin:end]] + [(None, None)],
            words=[None] + list(enc.word_ids[begin:end]) + [None]))
        if end >= n:
            break
        begin += stride
    return out


def _softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(axis=-1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=-1, keepdims=True)


def decode(text: str, wins: list[Window], logits: np.ndarray) -> list[tuple[int, int, str, float]]:
    """Spans (start, end, role, probability) from the windows' logits (windows x pieces x labels)."""
    probs = _softmax(np.asarray(logits, dtype=np.float32))
    words: dict[int, list] = {}   # word index -> [start, end, summed probs, count] (first piece of each window)
    for wi, w in enumerate(wins):
        seen = set()
        for pi, (word, (a, b)) in enumerate(zip(w.words, w.offsets)):
            if word is None:
                continue
            entry = words.get(word)
            if entry is None:
                entry = words[word] = [a, b, np.zeros(len(LABELS), dtype=np.float32), 0]
            entry[0], entry[1] = min(entry[0], a), max(entry[1], b)
            if word not in seen:   # the first piece of the word in this window speaks for it
                seen.add(word)
                entry[2] += probs[wi, pi]
                entry[3] += 1
    spans: list[tuple[int, int, str, float]] = []
    cur = None   # [start, end, role, [probs]]
    for word in sorted(words):
        a, b, p, c = words[word]
        p = p / max(1, c)
        k = int(p.argmax())
        label = LABELS[k]
        if label == "O":
            if cur:
                spans.append(cur)
            cur = None
            continue
        tag, role = label.split("-", 1)
        role_p = float(p[LABELS.index("B-" + role)] + p[LABELS.index("I-" + role)])
        if cur and cur[2] == role and (tag == "I" or text[cur[1]:a] == "") :
            cur[1] = b
            cur[3].append(role_p)
        else:
            if cur:
                spans.append(cur)
            cur = [a, b, role, [role_p]]
    if cur:
        spans.append(cur)
    return [(s, e, r, float(np.mean(ps))) for s, e, r, ps in spans]


class RoleTagger:
    def __init__(self, path: Path = TAGGER_DIR):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        labels = tuple(json.loads((path / "labels.json").read_text()))
        if labels != LABELS:
            raise RuntimeError(f"{path}: the tagger's labels {labels} are not this version's {LABELS}")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path / "model.onnx"), opts, providers=["CPUExecutionProvider"])

    def tag(self, text: str, start_at: int = 0) -> list[Span]:
        return self.tag_many([(text, start_at, None)])[0]

    def tag_many(self, items: list[tuple[str, int, int | None]], batch: int = 4) -> list[list[Span]]:
        """Spans for each ``(text, start_at, end_at)``; the windows of all texts run in batches of ``batch``."""
        per_doc = [windows(self.tokenizer, text, a, RUN_STRIDE, b) for text, a, b in items]
        flat = [(d, k, w) for d, ws in enumerate(per_doc) for k, w in enumerate(ws)]
        # windows of like length batched together: less padding to run through the model
        flat.sort(key=lambda x: len(x[2].ids))
        logits_of: list[list] = [[None] * len(ws) for ws in per_doc]
        for b in range(0, len(flat), batch):
            chunk = flat[b:b + batch]
            n = max(len(w.ids) for _, _, w in chunk)
            ids = np.zeros((len(chunk), n), dtype=np.int64)
            for i, (_, _, w) in enumerate(chunk):
                ids[i, :len(w.ids)] = w.ids
            (logits,) = self.session.run(["logits"], {"input_ids": ids,
                                                      "attention_mask": (ids != 0).astype(np.int64)})
            for i, (d, k, w) in enumerate(chunk):
                logits_of[d][k] = logits[i, :len(w.ids)]
        out = []
        for (text, _, _), ws, lg in zip(items, per_doc, logits_of):
            if not ws:
                out.append([])
                continue
            n = max(len(w.ids) for w in ws)
            arr = np.zeros((len(ws), n, len(LABELS)), dtype=np.float32)
            for i, x in enumerate(lg):
                arr[i, :len(x)] = x
            out.append([Span(s, e, r, p) for s, e, r, p in decode(text, ws, arr)])
        return out


USER_DATA_KEY = "wirecoder_roles"


class TaggerComponent:
    """The tagger as a spaCy pipeline component: it runs where spaCy runs (in its worker processes when
    ``nlp.pipe(n_process=2)``) and leaves ``doc.user_data["wirecoder_roles"]``: (start, end, role, prob)
    over the paragraphs that tell an attack. The onnxruntime session opens on first use, in the process that uses it."""

    def __init__(self, path: Path = TAGGER_DIR):
        self.path = path
        self._tagger = None

    @property
    def tagger(self) -> "RoleTagger":
        if self._tagger is None:
            self._tagger = RoleTagger(self.path)
        return self._tagger

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int = 16):
        buf = []
        for doc in docs:
            buf.append(doc)
            if len(buf) >= batch_size:
                yield from self._run(buf)
                buf = []
        if buf:
            yield from self._run(buf)

    def _run(self, docs):
        return tag_docs(self.tagger, docs)


@lru_cache(maxsize=1)
def default_tagger() -> RoleTagger | None:
    return RoleTagger() if (TAGGER_DIR / "model.onnx").exists() else None


def tag_docs(tagger: "RoleTagger", docs):
    """Tag spaCy docs, leaving ``doc.user_data["wirecoder_roles"]``: (start, end, role, prob).

    Only the paragraphs that hold an attack word are tagged: role fillers stand near the attack, and the
    others cost time (MUC-4 dev: 13.6 -> 17.1 docs/s for a tenth or two of the scores)."""
    from bisect import bisect_right

    from wirecoder.extract.mentions import paragraphs, trigger_of

    items, owner = [], []
    for di, doc in enumerate(docs):
        paras = paragraphs(doc.text)
        starts = [a for a, _ in paras]
        hot = set()
        for tok in doc:
            if trigger_of(tok) is not None:   # the extractor's own attack words
                i = bisect_right(starts, tok.idx) - 1
                if i >= 0 and tok.idx < paras[i][1]:
                    hot.add(i)
        for i in sorted(hot):
            items.append((doc.text, paras[i][0], paras[i][1]))
            owner.append(di)
        doc.user_data[USER_DATA_KEY] = []
    for di, spans in zip(owner, tagger.tag_many(items)):
        docs[di].user_data[USER_DATA_KEY] += [(s.start, s.end, s.role, round(s.prob, 4)) for s in spans]
    return docs
