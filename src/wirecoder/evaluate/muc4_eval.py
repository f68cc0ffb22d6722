"""Run the extractor over MUC-4 texts and score its templates against the answer keys."""

from __future__ import annotations

import json
import time
from pathlib import Path

from wirecoder.evaluate.muc4_keys import Template, read_keys
from wirecoder.evaluate.muc4_templates import format_template, records_to_templates
from wirecoder.evaluate.scoring import ceaf_ree, full_template, template_level

REFERENCES = {
    "full_template": "GE NLToolset (1992): ALL TEMPLATES F 55.9 (TST3), 57.2 (TST4)",
    "ceaf_ree": "GRIT (BERT-base, EACL 2021): CEAF-REE F1 54.5 (TST3+TST4)",
    "template_level": "IterX (T5-large, EACL 2023): 53.0; GTT (NAACL 2021): 50.2 (TST3+TST4)",
}


def split_files(split: str, muc4: Path) -> tuple[list[Path], list[Path]]:
    if split == "dev":
        return [muc4 / "dev" / "tst1-muc3", muc4 / "dev" / "tst2-muc4"], \
            [muc4 / "dev" / "key-tst1.v7", muc4 / "dev" / "key-tst2.v4"]
    if split == "train":
        return sorted((muc4 / "train").glob("dev-muc3-*")), sorted((muc4 / "train").glob("key-dev-*.muc4"))
    raise ValueError(f"unknown split {split!r} (dev or train)")


def score_records(records: list[dict], keys: dict[str, list[Template]], texts: dict[str, str]) -> dict:
    """All three scores for records whose doc_ids are MUC-4 message ids."""
    responses = {r["doc_id"]: records_to_templates(r) for r in records}
    ids = [m for m in keys if m in texts]
    missing = [m for m in ids if m not in responses]
    for m in missing:
        responses[m] = []
    docs = [(texts[m], keys[m], responses[m]) for m in ids]
    return {
        "messages": len(ids),
        "full_template": full_template([(keys[m], responses[m]) for m in ids]),
        "ceaf_ree": ceaf_ree(docs),
        "template_level": template_level(docs),
    }


def evaluate(texts_files: list[Path], key_files: list[Path], out_dir: Path, *, limit: int | None = None,
             pipeline=None, on_progress=None) -> dict:
    from wirecoder.ingest import iter_documents
    from wirecoder.schema import Failure

    keys: dict[str, list[Template]] = {}
    for f in key_files:
        keys.update(read_keys(f))
    raws = [r for r in iter_documents(texts_files) if not isinstance(r, Failure)]
    if limit:
        raws = raws[:limit]
    texts = {r.doc_id: r.text for r in raws}
    if pipeline is None:
        from wirecoder.pipeline import Pipeline

        pipeline = Pipeline()
    t0 = time.perf_counter()
    records = []
    for _, rec in pipeline.pipe(raws):
        if isinstance(rec, dict):
            records.append(rec)
        if on_progress:
            on_progress()
    seconds = time.perf_counter() - t0
    keys = {m: keys[m] for m in texts if m in keys}
    report = score_records(records, keys, texts)
    report["docs_per_second"] = len(raws) / seconds if seconds else None
    report["references"] = REFERENCES
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "response.muc4", "w", encoding="latin-1", errors="replace") as f:
        for rec in records:
            for t in records_to_templates(rec):
                f.write(format_template(t) + "\n\n")
    with open(out_dir / "records.jsonl", "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (out_dir / "report.json").write_text(json.dumps(report, indent=2, default=float), encoding="utf-8")
    return report


def read_records(path) -> list[dict]:
    """The records of a ``records.jsonl`` that ``run`` wrote; one line naming the file and the reason (a
    ``SystemExit``) where it cannot be read."""
    try:
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    except OSError as e:
        raise SystemExit(f"{path}: {e.strerror}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise SystemExit(f"{path}: not a records.jsonl ({e})") from None
