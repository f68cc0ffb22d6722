"""Lines that are not the report: photo credits, teasers, bylines, navigation."""

from __future__ import annotations

import re

BOILERPLATE = [
    ("photo_credit", re.compile(r"^\s*(?:Foto|Photo|Bild|Image|Picture|Credit|Photograph)\s*:.*$", re.IGNORECASE)),
    ("teaser", re.compile(r"^\s*(?:MORE TO READ|READ MORE|LÄS MER|LÄS OCKSÅ|RELATED|SEE ALSO|ALSO READ)\s*:.*$",
                          re.IGNORECASE)),
    ("translator", re.compile(r"^\s*(?:Translator|Translated by|Översättning|Translation)\s*:.*$", re.IGNORECASE)),
    ("byline", re.compile(r"^\s*(?:By|Av|Text)\s*:\s*\S.{0,80}$")),
    ("navigation", re.compile(r"^\s*(?:Share|Dela|Tweet|Facebook|Twitter|Email|E-post|Print|Skriv ut|"
                              r"Subscribe|Prenumerera|Advertisement|Annons|Skip to content|Menu|Home)"
                              r"(?:\s*[|/·•]\s*\w+)*\s*$", re.IGNORECASE)),
]
_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def strip_boilerplate(text: str) -> tuple[str, list[dict]]:
    """The text without boilerplate lines, and what was removed (kind, text, raw offsets)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    removed: list[dict] = []
    kept: list[str] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        kind = next((k for k, rx in BOILERPLATE if rx.match(body)), None)
        if kind:
            removed.append({"kind": kind, "text": body, "span": [pos, pos + len(body)]})
            kept.append("\n" if line.endswith("\n") else "")
        else:
            kept.append(line)
        pos += len(line)
    cleaned = "".join(kept)
    cleaned = _BLANKS.sub("\n\n", cleaned)
    return cleaned.strip("\n") + "\n", removed
