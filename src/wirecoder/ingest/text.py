"""Plain text files: one document each, its id the file name without extension."""

from __future__ import annotations

from pathlib import Path

from wirecoder.document import RawDocument


def read(path: Path, content: str) -> RawDocument:
    return RawDocument(doc_id=path.stem, text=content.replace("\r\n", "\n").replace("\r", "\n"),
                       source=str(path), kind="text")
