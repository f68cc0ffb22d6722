"""JSONL corpora: one ``{"id", "text", "title", "published", "url"}`` object a line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from wirecoder.document import RawDocument
from wirecoder.schema import Failure


def read(path: Path, content: str) -> Iterator[RawDocument | Failure]:
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        source = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(source, f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield Failure(source, "a JSONL line must be an object with id and text")
            continue
        missing = [k for k in ("id", "text") if not obj.get(k)]
        if missing:
            yield Failure(source, f"missing {' and '.join(missing)}", doc_id=obj.get("id"))
            continue
        if not isinstance(obj["text"], str) or not obj["text"].strip():
            yield Failure(source, "text is not a non-empty string", doc_id=str(obj["id"]))
            continue
        yield RawDocument(doc_id=str(obj["id"]), text=obj["text"], source=source, kind="jsonl",
                          title=obj.get("title"), published=obj.get("published"), url=obj.get("url"))


def read_json(path: Path, content: str) -> Iterator[RawDocument | Failure]:
    """A JSON file: a list of document objects, or one object, as in JSONL."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        yield Failure(str(path), f"not JSON: {exc.msg} at line {exc.lineno}")
        return
    items = data if isinstance(data, list) else [data]
    if not all(isinstance(o, dict) and "text" in o and "id" in o for o in items):
        yield Failure(str(path), "a JSON file must hold document objects with id and text")
        return
    yield from read(path, "\n".join(json.dumps(o) for o in items))
