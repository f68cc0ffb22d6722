"""Deleting lines from a text without losing them.

``plan_cuts`` decides, line by line, what cleaning removes: boilerplate line
contents, blank lines before the first and after the last line of text, and
all but one blank line between paragraphs. ``apply_cuts`` produces the cleaned
text and one ``removed`` entry per cut: ``{"kind", "text", "span", "at"}``,
where ``span`` is ``[start, end)`` in the original text and ``at`` the offset in
the cleaned text where the piece stood. ``restore`` puts the pieces back, so
the original is always recoverable and ``raw_offset`` maps any cleaned offset
to the original: nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Cut = tuple[int, int, str]  # [start, end) in the original text, kind
BLANK = "blank_lines"


def _lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end of content, end including the newline) of every line."""
    out = []
    for m in re.finditer(r"[^\n]*\n|[^\n]+$", text):
        s, e = m.span()
        out.append((s, e - 1 if text[e - 1] == "\n" else e, e))
    return out


def plan_cuts(text: str, classify: Callable[..., str | None]) -> list[Cut]:
    """Cuts in text order: boilerplate contents and surplus blank lines."""
    lines = _lines(text)
    blank = [not text[s:ce].strip() for s, ce, _ in lines]
    kinds: list[str | None] = []
    for i, (s, ce, _) in enumerate(lines):
        standalone = (i == 0 or blank[i - 1]) and (i + 1 == len(lines) or blank[i + 1])
        kinds.append(None if blank[i] else classify(text[s:ce], standalone=standalone))
    empty = [b or k is not None for b, k in zip(blank, kinds)]  # blank once cleaned

    cuts: list[Cut] = []
    seen_text = False
    i = 0
    while i < len(lines):
        if not empty[i]:
            seen_text = True
            i += 1
            continue
        j = i
        while j < len(lines) and empty[j]:
            j += 1
        run = range(i, j)
        leading_or_trailing = not seen_text or j == len(lines)
        keep = None
        if not leading_or_trailing:  # keep one separator line: a blank one if there is one
            keep = next((k for k in run if kinds[k] is None), i)
        for k in run:
            s, ce, e = lines[k]
            if kinds[k] is not None:
                cuts.append((s, ce, kinds[k]))
                if k != keep and ce < e:
                    cuts.append((ce, e, BLANK))
            elif k != keep:
                cuts.append((s, e, BLANK))
        i = j
    return _merge(cuts)


def _merge(cuts: list[Cut]) -> list[Cut]:
    out: list[Cut] = []
    for s, e, k in cuts:
        if s == e:
            continue
        if out and k == BLANK and out[-1][2] == BLANK and out[-1][1] == s:
            out[-1] = (out[-1][0], e, BLANK)
        else:
            out.append((s, e, k))
    return out


def apply_cuts(text: str, cuts: list[Cut]) -> tuple[str, list[dict]]:
    """The text without the cuts, and the removed pieces with original span and cleaned offset."""
    parts: list[str] = []
    removed: list[dict] = []
    pos = at = 0
    for s, e, kind in cuts:
        parts.append(text[pos:s])
        at += s - pos
        removed.append({"kind": kind, "text": text[s:e], "span": [s, e], "at": at})
        pos = e
    parts.append(text[pos:])
    return "".join(parts), removed


def restore(text: str, removed: list[dict]) -> str:
    """The original text: the cleaned ``text`` with every removed piece put back."""
    parts, pos = [], 0
    for r in sorted(removed, key=lambda r: r["span"][0]):
        parts.append(text[pos:r["at"]])
        parts.append(r["text"])
        pos = r["at"]
    parts.append(text[pos:])
    return "".join(parts)


def raw_offset(removed: list[dict], offset: int) -> int:
    """Where the character at a cleaned-text ``offset`` lies in the original text.

    For the exclusive end ``e`` of a span use ``raw_offset(removed, e - 1) + 1``.
    """
    return offset + sum(r["span"][1] - r["span"][0] for r in removed if r["at"] <= offset)
