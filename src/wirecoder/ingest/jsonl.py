"""JSONL corpora: one ``{"id", "text", "title", "published", "url"}`` object a line.

A bad line is a ``Failure`` whose source is ``path:LINE``; the rest of the
file goes on. Lines are split on ``\\n`` only: JSON strings may legally hold
U+2028 and other characters that ``str.splitlines`` would treat as line ends.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from wirecoder.document import RawDocument
from wirecoder.ingest.base import normalize_newlines
from wirecoder.schema import Failure

OPTIONAL = ("title", "published", "url")


def parse_object(obj: object, source: str) -> RawDocument | Failure:
    """One decoded JSON value to a document, or the reason it is not one."""
    if not isinstance(obj, dict):
        return Failure(source, f"expected an object with id and text, found a JSON {type(obj).__name__}")
    doc_id = obj.get("id")
    missing = [k for k in ("id", "text") if obj.get(k) is None or obj.get(k) == ""]
    if missing:
        return Failure(source, f"missing {' and '.join(missing)}",
                       doc_id=None if doc_id in (None, "") else str(doc_id))
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        return Failure(source, f"id must be a string or an integer, not {type(doc_id).__name__}")
    text = obj["text"]
    if not isinstance(text, str):
        return Failure(source, f"text must be a string, not {type(text).__name__}", doc_id=str(doc_id))
    if not text.strip():
        return Failure(source, "text is empty (only white space)", doc_id=str(doc_id))
    extra = {}
    for k in OPTIONAL:
        v = obj.get(k)
        if v is not None and not isinstance(v, str):
            return Failure(source, f"{k} must be a string, not {type(v).__name__}", doc_id=str(doc_id))
        extra[k] = v or None
    meta = {k: v for k, v in obj.items() if k not in ("id", "text", *OPTIONAL)}
    return RawDocument(doc_id=str(doc_id), text=normalize_newlines(text), source=source, kind="jsonl",
                       meta=meta, **extra)


def read(path: Path, content: str) -> Iterator[RawDocument | Failure]:
    for n, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        source = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(source, f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        yield parse_object(obj, source)


def read_json(path: Path, content: str) -> Iterator[RawDocument | Failure]:
    """A ``.json`` file: one document object, or a list of them (source ``path:[INDEX]``)."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        yield Failure(str(path), f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        return
    if isinstance(data, list):
        for i, obj in enumerate(data):
            yield parse_object(obj, f"{path}:[{i}]")
    else:
        yield parse_object(data, str(path))
