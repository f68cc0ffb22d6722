"""Plain text files: one document each, its id the file name without extension."""

from __future__ import annotations

from pathlib import Path

from wirecoder.document import RawDocument


def read(path: Path, content: str) -> RawDocument:
    """``content`` is already decoded and newline-normalised by ``base.read_text_file``."""
    return RawDocument(doc_id=path.stem, text=content, source=str(path), kind="text")
