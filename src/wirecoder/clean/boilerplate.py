"""Lines that are not the report: photo credits, teasers, translator and byline lines, navigation.

Each pattern matches a whole line. The loose ones (a byline without a colon,
a bare "Share | Tweet" line, a copyright notice) only count when the line is
a paragraph by itself, which keeps them away from hard-wrapped wire text such
as MUC-4, where a line like ``BY THE ARMY.`` is the middle of a sentence.
Person names in bylines must be written in title case for the same reason.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.\-]+(?:[ \t]+(?:(?:al|el|de|da|van|von|der|di|du|la|le)[ \t\-])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.\-]+){0,3}"
_NAMES = rf"{_NAME}(?:[ \t]*(?:,|and|och|og|und|et|y|e|&)[ \t]*{_NAME})*"

# (kind, pattern, standalone only, longest line it may be)
PATTERNS: list[tuple[str, re.Pattern, bool, int]] = [
    ("photo_credit", re.compile(r"^\s*(?:Foto|Fotos|Photo|Photos|Photograph|Photo credit|Bild|Bilder|Image|"
                                r"Picture|Kuva|Credit|Bildquelle|Crédit photo)\s*:\s*\S.*$", _I), False, 200),
    ("photo_credit", re.compile(r"^\s*\(?(?:AP|AFP|EPA|Reuters|Getty Images|TT|NTB|dpa)\s+Photos?\s*/\s*\S.*$"),
     True, 120),
    ("teaser", re.compile(r"^\s*(?:MORE TO READ|READ MORE|READ ALSO|ALSO READ|SEE ALSO|RELATED|LÄS MER|LÄS OCKSÅ|"
                          r"LES OGSÅ|LÆS OGSÅ|LESEN SIE AUCH|MEHR ZUM THEMA|LIRE AUSSI|À LIRE AUSSI|"
                          r"LEA TAMBIÉN|LEER MÁS|LEGGI ANCHE)\s*:.*$", _I), False, 300),
    ("translator", re.compile(r"^\s*(?:Translator|Translators|Translated by|Translation|Översättning|Översatt av|"
                              r"Übersetzung|Übersetzt von|Traduction|Traduit par|Traducción|Traducido por)"
                              r"\s*:\s*\S.*$", _I), False, 200),
    ("translator", re.compile(rf"^\s*(?:Translated by|Översatt av|Übersetzt von|Traduit par|Traducido por)"
                              rf"\s+{_NAMES}\s*\.?\s*$"), True, 120),
    ("byline", re.compile(r"^\s*(?:By|Av|Von|Par|Por|Text|Texto|Reporter)\s*:\s*\S.{0,80}$", _I), False, 120),
    ("byline", re.compile(rf"^\s*(?:By|Av|Von|Par|Por)\s+{_NAMES}(?:\s*[,|/]\s*{_NAMES})?\s*$"), True, 120),
    ("byline", re.compile(r"^\s*\(?(?:Reporting|Additional reporting|Writing|Editing) by\b.*$", _I), True, 300),
    ("navigation", re.compile(
        r"^\s*(?:(?:Share(?: this(?: article| story| page)?)?(?: on \w+)?|Tweet|E-?mail|E-post|Print|Skriv ut|"
        r"Copy link|Comments?|\d+ comments?|Subscribe|Prenumerera|Log in|Sign in|Menu|Meny|Home|"
        r"Skip to (?:main )?content|Advertisement|Annons|Anzeige|Publicité|Publicidad|Back to top|"
        r"Facebook|Twitter|LinkedIn|WhatsApp|Pinterest|Reddit|Messenger|Dela|Teilen|Partager|Compartir|"
        r"Accept(?: all)? cookies|Cookie (?:settings|policy)|Privacy policy|Terms(?: of use| and conditions)?)"
        r"\s*(?:[|/·•,]\s*|$))+\s*$", _I), True, 160),
    ("navigation", re.compile(r"^\s*(?:Follow us on|Sign up for|Click here to|Subscribe to)\b.{0,100}$", _I), True, 140),
    ("navigation", re.compile(r"^\s*(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}\b)?.{0,100}$", _I), True, 140),
]


def classify(line: str, *, standalone: bool) -> str | None:
    """The boilerplate kind of one line (without its newline), or ``None`` for report text."""
    if not line.strip():
        return None
    n = len(line)
    for kind, rx, needs_standalone, longest in PATTERNS:
        if n <= longest and (standalone or not needs_standalone) and rx.match(line):
            return kind
    return None
