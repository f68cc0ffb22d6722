"""Ingest: files and folders in, ``RawDocument``s (or ``Failure``s) out.

One reader module per source kind (``text``, ``html``, ``jsonl``, ``muc4``);
``read_path`` picks the reader of one file, ``iter_documents`` walks folders.
A file that cannot be read becomes a ``Failure`` naming the file and the
reason, and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from wirecoder.document import RawDocument
from wirecoder.ingest import html, jsonl, muc4, text
from wirecoder.ingest.base import ReadError, read_text_file
from wirecoder.schema import Failure

DEFAULT_MAX_BYTES = 20_000_000
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Failure]:
    """The documents of one file, by its kind (suffix first, then content).

    ``.json``/``.jsonl``/``.ndjson`` by suffix; HTML by suffix or markup; MUC-4
    corpus files by their first line (a message id); anything else is plain text.
    """
    path = Path(path)
    try:
        content = read_text_file(path, max_bytes=max_bytes)
    except ReadError as exc:
        yield Failure(str(path), str(exc))
        return
    suffix = path.suffix.lower()
    if muc4.looks_like_muc4_key(content):
        yield Failure(str(path), "a MUC-4 answer key (templates), not a report")
    elif suffix == ".json":
        yield from jsonl.read_json(path, content)
    elif suffix in JSONL_SUFFIXES:
        yield from jsonl.read(path, content)
    elif suffix in HTML_SUFFIXES or html.looks_like_html(content):
        yield html.read(path, content)
    elif muc4.looks_like_muc4(content):
        yield from muc4.read(path, content)
    else:
        yield text.read(path, content)


def _walk(path: Path) -> Iterator[Path]:
    """Files under ``path`` in sorted order; hidden files and folders are skipped."""
    for p in sorted(path.rglob("*")):
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts):
            yield p


def iter_documents(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Failure]:
    """Every document under ``paths`` (files or folders, walked recursively in sorted order).

    A path that cannot be read gives one ``Failure`` and the batch goes on.
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in _walk(p):
                yield from read_path(f, max_bytes=max_bytes)
        elif p.exists():
            yield from read_path(p, max_bytes=max_bytes)
        else:
            yield Failure(str(p), "no such file or folder")
