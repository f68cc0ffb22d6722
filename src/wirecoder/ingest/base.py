"""Reading a file as text, with one clear reason when that is not possible.

Every reader gets its content from ``read_text_file`` so that the checks (size,
emptiness, binary data, encoding) are made once and worded the same way for
every source kind. Newlines are normalised to ``\\n`` here, at the door, so
that ``RawDocument.text`` of every kind has one newline convention and the
offsets of cleaning and extraction never have to account for ``\\r``.
"""

from __future__ import annotations

from pathlib import Path


class ReadError(ValueError):
    """A file that cannot be read as a document; the message is the reason."""


def human_size(n: int) -> str:
    """``52.4 MB``, ``3.2 kB``, ``120 bytes``: sizes a person can compare."""
    if n >= 1_000_000:
        return f"{n / 1e6:.1f} MB"
    if n >= 1_000:
        return f"{n / 1e3:.1f} kB"
    return f"{n} bytes"


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n`` (offsets then mean the same in every kind)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_utf8(data: bytes) -> str:
    """UTF-8 bytes to text; a BOM is dropped; bad bytes name their offset and line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("UTF-16 text, not UTF-8 (save the file as UTF-8)")
    if b"\x00" in data:
        raise ReadError(f"binary file, not text (it contains NUL bytes, first at offset {data.index(0)})")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ReadError(f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
                        f"(line {line})") from None


def read_text_file(path: Path, *, max_bytes: int) -> str:
    """The text of ``path``, or ``ReadError`` with the one reason it is not a readable document."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if not path.is_file():
        raise ReadError("not a regular file")
    if size > max_bytes:
        raise ReadError(f"file too large: {human_size(size)} ({size:,} bytes), "
                        f"the limit is {human_size(max_bytes)} ({max_bytes:,} bytes)")
    if size == 0:
        raise ReadError("empty file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    text = normalize_newlines(decode_utf8(data))
    if not text.strip():
        raise ReadError("no text (only white space)")
    return text
