"""Plain data passed between the stages of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawDocument:
    """One document as a source gives it, before cleaning.

    ``kind`` names the reader that produced it (``text``, ``html``, ``jsonl``,
    ``muc4``); ``source`` is where it came from (a path, ``path:line``).
    """

    doc_id: str
    text: str
    source: str
    kind: str = "text"
    title: str | None = None
    published: str | None = None  # as the source states it, unparsed
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Dateline:
    """``GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) --``: where and when a report was filed."""

    place: str | None
    place_span: tuple[int, int] | None
    date: str | None           # ISO date or None
    date_text: str | None
    date_span: tuple[int, int] | None
    source: str | None = None  # news agency
    end: int = 0               # offset of the first character after the dateline


@dataclass
class CleanDocument:
    """A document after cleaning: ``text`` is what every span points into."""

    doc_id: str
    text: str
    source: str
    kind: str = "text"
    title: str | None = None
    url: str | None = None
    # publication date: {"value", "precision", "text"?, "span"?}
    published: dict | None = None
    dateline: Dateline | None = None
    language: str = "en"
    removed: list[dict] = field(default_factory=list)  # what cleaning dropped, for provenance
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def reference_date(self) -> str | None:
        """The ISO date that relative and year-less dates resolve against."""
        if self.dateline and self.dateline.date:
            return self.dateline.date
        if self.published and self.published.get("value"):
            return self.published["value"]
        return None
