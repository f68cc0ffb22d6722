"""When a report was published, as its text (or its source's metadata) states it.

Publication lines are found by a small multilingual cue list (``Publicerad 13
okt 2017 kl 18.10``, ``Published: 5 March 2021``, ``Veröffentlicht am 3. Juni
2019``, ``Publié le 14 juillet 2016``); the cue fixes the language, so the date
is read by dateparser in that language (day-month order included). A time of
day after the date is not part of the date's ``text``. A "published" line wins
over an "updated" one.
"""

from __future__ import annotations

import re

from wirecoder.clean.dates import parse_date, parse_metadata_date

# cue -> (languages it belongs to, "published" or "updated")
CUES: dict[str, tuple[tuple[str, ...], str]] = {}
for _langs, _published, _updated in [
    (("en",), ["First published", "Published on", "Published", "Posted on", "Posted"],
     ["Last updated", "Last modified", "Updated on", "Updated", "Modified"]),
    (("sv",), ["Publicerad", "Publicerat"], ["Uppdaterad", "Uppdaterat"]),
    (("da",), ["Publiceret", "Offentliggjort"], ["Opdateret", "Sidst opdateret"]),
    (("nb",), ["Publisert"], ["Sist oppdatert", "Oppdatert"]),
    (("fi",), ["Julkaistu"], ["Päivitetty"]),
    (("de",), ["Veröffentlicht", "Erschienen", "Publiziert"], ["Zuletzt aktualisiert", "Aktualisiert", "Stand"]),
    (("fr",), ["Publié", "Publiée", "Paru"], ["Mis à jour", "Actualisé"]),
    (("es", "pt"), ["Publicado", "Publicada"], []),
    (("es",), [], ["Actualizado", "Actualizada"]),
    (("pt",), [], ["Atualizado", "Atualizada"]),
    (("it",), ["Pubblicato", "Pubblicata"], ["Aggiornato", "Aggiornata"]),
    (("nl",), ["Gepubliceerd"], ["Laatst bijgewerkt", "Bijgewerkt"]),
]:
    for _cue in _published:
        CUES[_cue.lower()] = (_langs, "published")
    for _cue in _updated:
        CUES[_cue.lower()] = (_langs, "updated")

MAX_LINE = 160  # publication lines are short; a long line with "published" in it is a sentence
_CUE = "|".join(re.escape(c) for c in sorted(CUES, key=len, reverse=True))
_LINE = re.compile(
    rf"(?:^|[|·•][ \t]*)[ \t]*(?P<cue>{_CUE})(?![\w])[ \t]*:?[ \t]*"
    r"(?:(?:on|am|le|el|il|em|op|den|the)[ \t]+)?(?P<rest>[^\n|·•]*)", re.IGNORECASE | re.MULTILINE)
_TIME = re.compile(r"(?<![\d.:])\d{1,2}[:.h]\d{2}(?!\d)")
_TRAILING = re.compile(r"(?:[\s,;@\-\u2013\u2014]|(?<=\d)T|\b(?:kl|klo|klockan|kello|um|at|à|a las|a la|"
                       r"alle|om|às|o|ore)\b\.?)+$", re.IGNORECASE)


def _date_in(rest: str, languages: tuple[str, ...]) -> tuple[str, str, int] | None:
    """(value, precision, length) of the date that opens ``rest``; a trailing time is left out."""
    for t in _TIME.finditer(rest):  # "13 okt 2017 kl 18.10" -> "13 okt 2017"
        head = _TRAILING.sub("", rest[: t.start()])
        if head:
            parsed = parse_date(head, languages)
            if parsed:
                return (*parsed, len(head))
    tokens = [m.end() for m in re.finditer(r"\S+", rest)][:8]
    for end in reversed(tokens):  # the longest opening run of words that is a date
        head = _TRAILING.sub("", rest[:end]).rstrip(".")
        parsed = parse_date(head, languages) if head else None
        if parsed:
            return (*parsed, len(head))
    return None


def publication_line(text: str) -> tuple[dict, tuple[int, int]] | None:
    """The publication date of a publication (or else update) line, and the span of the whole line."""
    best = None
    for m in _LINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = line_end if line_end >= 0 else len(text)
        if line_end - line_start > MAX_LINE:
            continue
        languages, kind = CUES[m.group("cue").lower()]
        found = _date_in(m.group("rest"), languages)
        if not found:
            continue
        value, precision, length = found
        s = m.start("rest")
        out = ({"value": value, "precision": precision, "text": text[s:s + length], "span": [s, s + length]},
               (line_start, line_end))
        if kind == "published":
            return out
        best = best or out
    return best


def find_publication_line(text: str) -> dict | None:
    """``{"value", "precision", "text", "span"}`` from a publication (or else update) line."""
    found = publication_line(text)
    return found[0] if found else None


def from_metadata(raw_published: str | None, text: str) -> dict | None:
    """The source's own date (JSONL ``published``, HTML metadata): value, and span when the text has it."""
    if not raw_published:
        return None
    parsed = parse_metadata_date(str(raw_published))
    if not parsed:
        return None
    out = {"value": parsed[0], "precision": parsed[1]}
    i = text.find(str(raw_published))
    if i >= 0:
        out.update(text=str(raw_published), span=[i, i + len(str(raw_published))])
    return out


def from_dateline(dateline, text: str) -> dict | None:
    """The dateline's date as a publication date, with its words and span."""
    if dateline is None or not dateline.date or not dateline.date_span:
        return None
    s, e = dateline.date_span
    return {"value": dateline.date, "precision": "day", "text": text[s:e], "span": [s, e]}


def find_published(text: str, raw_published: str | None = None, dateline=None, *,
                   dateline_first: bool = False) -> dict | None:
    """The publication date: a publication line, else the source's metadata, else the dateline.

    ``dateline_first`` is for MUC-4, where the dateline date is the publication date.
    """
    order = [lambda: from_dateline(dateline, text)] if dateline_first else []
    order += [lambda: find_publication_line(text), lambda: from_metadata(raw_published, text),
              lambda: from_dateline(dateline, text)]
    for get in order:
        found = get()
        if found:
            return found
    return None
