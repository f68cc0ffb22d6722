"""Reading a file as text, with one clear reason when that is not possible."""

from __future__ import annotations

from pathlib import Path


class ReadError(ValueError):
    """A file that cannot be read as a document; the message is the reason."""


def read_text_file(path: Path, *, max_bytes: int) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise ReadError(f"file too large: {size / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.1f} MB")
    if size == 0:
        raise ReadError("empty file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise ReadError("binary file, not text (it contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}") from None
    if not text.strip():
        raise ReadError("no text (only white space)")
    return text
