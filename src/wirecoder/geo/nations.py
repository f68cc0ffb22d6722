"""Nationality words: demonyms and country names of ``data/nationalities.tsv`` (one table for the extractor's
target nationalities and the places' "the Salvadoran capital", "Somalia's capital")."""

from __future__ import annotations

import re
from functools import lru_cache

from wirecoder.paths import DATA_DIR


@lru_cache(maxsize=1)
def nation_words() -> tuple[dict[str, tuple[str, str, str]], re.Pattern, re.Pattern]:
    """Folded word → (country code, country name, "demonym" or "name") from ``data/nationalities.tsv``, and the
    patterns that find them: case-insensitive, and as written for acronyms (US, PRC: "us" is a pronoun)."""
    table: dict[str, tuple[str, str, str]] = {}
    for line in (DATA_DIR / "nationalities.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cc, country, demonyms, names = (line.split("\t") + ["", ""])[:4]
        for kind, words in (("demonym", demonyms), ("name", f"{country}|{names}")):
            for w in filter(None, (x.strip() for x in words.split("|"))):
                table.setdefault(w if _is_acronym(w) else w.lower(), (cc, country, kind))

    def pattern(words, flags):
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
        return re.compile(r"(?<![\w.])(" + alts + r")(?:s|'s)?(?![\w])", flags)

    acr = [w for w in table if _is_acronym(w)]
    return (table, pattern([w for w in table if w not in acr], re.IGNORECASE), pattern(acr, 0))


def _is_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{2,4}", word))


def nation_code(word: str) -> str | None:
    """The country code a demonym or country name stands for ("Salvadoran", "Somalia", "U.S."), or None."""
    table = nation_words()[0]
    w = " ".join(word.split())
    hit = table.get(w) or table.get(w.lower()) or table.get(re.sub(r"(?:'s|s)$", "", w.lower()))
    return hit[0] if hit else _country_names().get(w.lower())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Lower-case country name → code, for the countries the table leaves to the gazetteer's data."""
    from wirecoder.geo import countries

    return {c["name"].lower(): cc for cc, c in countries().items()}
