"""Case restoration for ALL-CAPS wire text, offset for offset.

MUC-4's reports are upper case, and a cased spaCy model finds no entities
there. ``restore`` returns a copy of the text in which common English words
are lower case, names are capitalised, acronyms stay upper case and sentences
start with a capital. It changes only the case of ASCII letters, so the copy
has exactly the length of the original and every offset is shared.

Which words are common comes from the spaCy model's own WordNet lemma index
and exception tables (so nothing is downloaded); which are names although
they are also dictionary words ("LIMA", "PERU", "SAN SALVADOR") comes from
``data/truecase_proper.txt`` (built by ``training/build_truecase_lexicon.py``).
Unknown words are taken for names: in wire text they are mostly surnames and
places (CEREZO, ISAACS, USULUTAN).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirecoder.paths import DATA_DIR

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SENT_END = re.compile(r"(?:[.!?]['\"]?\s+|\n\s*\n\s*|\[TEXT\]\s*|^\s*)$")
# Words the WordNet index lacks or mis-files that must stay lower case.
_FUNCTION_WORDS = set("""
a an the and or but nor of in on at to for from by with without within into onto upon over under
about above across after against along among around as before behind below beneath beside besides
between beyond during except inside like near off out outside since than through throughout till
toward towards until unto up via whether while who whom whose which what that this these those it
its he him his she her hers they them their theirs we us our ours you your yours i me my mine is
are was were be been being am do does did done has have had having will would shall should can
could may might must not no yes so too very also only just even then there here when where why how
all any both each few more most other some such own same one two three four five six seven eight
nine ten eleven twelve hundred thousand million billion first second third last next said says
mr mrs ms dr st gen col lt maj capt sgt cpl adm
because although however therefore moreover meanwhile whereas unless though if once yet already
again ago still never always often soon today tonight yesterday tomorrow
""".split())
# Words that make the next unknown-or-noun word a name: titles and given names.
_TITLES = set("""
president vice minister colonel col general gen lieutenant lt major maj captain capt sergeant sgt
father mayor governor senator deputy judge bishop archbishop monsignor priest doctor dr mr mrs ms
commander comandante attorney ambassador congressman councilman
""".split())
_MONTH_ABBR = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# Spanish particles inside names: lower case unless they start a name.
_PARTICLES = {"de", "del", "la", "las", "los", "el", "y"}
_ACRONYM_MAX = 5


@lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset, frozenset, tuple, frozenset, frozenset]:
    """(common words, single-word names, multi-word names longest first,
    words that can be other than nouns, four-letter stems of place names)."""
    common: set[str] = set(_FUNCTION_WORDS)
    nonnoun: set[str] = set(_FUNCTION_WORDS)
    from wirecoder.nlp import load

    lem = load().get_pipe("lemmatizer")
    noun_key = lem.vocab.strings["noun"]
    for key, words in lem.lookups.get_table("lemma_index").items():
        common.update(w for w in words if w.isalpha())
        if key != noun_key:
            nonnoun.update(w for w in words if w.isalpha())
    for key, exc in lem.lookups.get_table("lemma_exc").items():
        common.update(w for w in exc if w.isalpha())
        if key != noun_key:
            nonnoun.update(w for w in exc if w.isalpha())
    singles, multis = set(), set()
    path = DATA_DIR / "truecase_proper.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.strip().lower()
        if not name:
            continue
        (multis if " " in name else singles).add(name)
    stems = frozenset(n[:4] for n in singles | {m.split()[-1] for m in multis} if len(n) >= 4)
    return (frozenset(common), frozenset(singles), tuple(sorted(multis, key=len, reverse=True)),
            frozenset(nonnoun), stems)


def needs_restoring(text: str) -> bool:
    """True when most letters are upper case (wire text in ALL CAPS)."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < 20:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) > 0.8


def _is_common(w: str, common: frozenset) -> bool:
    if w in common:
        return True
    for suffix, repl in (("est", ""), ("est", "e"), ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("ly", ""), ("ies", "y"), ("ied", "y"), ("ers", ""), ("er", ""),
                         ("'s", ""), ("n't", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: len(w) - len(suffix)] + repl
            if base in common:
                return True
    return False


def is_common_word(word: str) -> bool:
    """A dictionary word of English ("university", "federation") that is not also a known name ("Lima")."""
    common, singles = _lexicons()[:2]
    low = word.lower()
    return low not in singles and _is_common(low, common)


_DEMONYM = re.compile(r"(?:an|ian|ean|ese|ish|i)s?$")


def _case_word(word: str, common: frozenset, singles: frozenset, stems: frozenset) -> str:
    low = word.lower()
    bare = low.split("'")[0]
    if word == "TEXT":
        return word
    if bare in _MONTH_ABBR:
        return low[:1].upper() + low[1:]
    if bare in singles and bare not in _FUNCTION_WORDS:
        return low[:1].upper() + low[1:]
    if _DEMONYM.search(low) and low[:4] in stems and len(low) > 5:
        return low[:1].upper() + low[1:]  # Guatemalan, Salvadoran, Peruvians
    if _is_common(low, common) or bare in _PARTICLES:
        return low
    if len(word) <= _ACRONYM_MAX and (len(word) <= 3 or re.search(r"[^AEIOUY]{3}|^[^AEIOUY]+$", word)):
        return word.upper()  # FMLN, URNG, ELN, FAR, PGT
    return low[:1].upper() + low[1:]


@lru_cache(maxsize=65536)
def _cased(word: str) -> str:
    common, singles, _, _, stems = _lexicons()
    return _case_word(word, common, singles, stems)


@lru_cache(maxsize=1)
def _multi_pattern() -> re.Pattern:
    multis = _lexicons()[2]
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in multis) + r")\b")


_WORD_CHARS = re.compile(r"\w+")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"   # re's \w on str


@lru_cache(maxsize=1)
def _multi_index() -> dict[str, tuple[str, ...]] | None:
    """The multi-word names by their first run of word characters, longest first; None when a name does
    not start with a word character (then only the regular expression finds them as it does)."""
    index: dict[str, list[str]] = {}
    for name in _lexicons()[2]:   # longest first
        first = _WORD_CHARS.match(name)
        if first is None:
            return None
        index.setdefault(first.group(), []).append(name)
    return {k: tuple(v) for k, v in index.items()}


def _multi_spans(low: str) -> list[tuple[int, int]]:
    """The spans ``_multi_pattern().finditer(low)`` finds, found by looking up each word's names instead
    of trying 1,400 alternatives at every position: at a word start, the longest name that the text
    spells there and that ends at a word boundary, as the alternation (longest first) takes it."""
    index = _multi_index()
    if index is None:
        return [m.span() for m in _multi_pattern().finditer(low)]
    out, n, pos = [], len(low), 0
    for w in _WORD_CHARS.finditer(low):
        s = w.start()
        if s < pos or (s > 0 and _is_word_char(low[s - 1])):
            continue   # inside the previous match, or not at a boundary
        for name in index.get(w.group(), ()):
            e = s + len(name)
            if low.startswith(name, s) and (e > 0 and _is_word_char(low[e - 1])) != (e < n and _is_word_char(low[e])):
                out.append((s, e))
                pos = e
                break
    return out


def restore(text: str) -> str:
    """A case-restored copy of ``text`` with exactly the same length."""
    common, singles, _, nonnoun, stems = _lexicons()
    out = list(text)

    def put(start: int, s: str) -> None:
        if s.isascii():
            out[start:start + len(s)] = s
            return
        for i, ch in enumerate(s):
            if ch.isascii():
                out[start + i] = ch

    prev_name = False  # the previous word was a name or a title, with only a space between
    prev_end = -10
    for m in _WORD.finditer(text):
        cased = _cased(m.group())
        low = cased.lower()
        adjacent = text[prev_end:m.start()] in (" ", "\n")
        if (prev_name and adjacent and cased.islower() and low not in _FUNCTION_WORDS
                and low not in _PARTICLES and low not in _TITLES and not _is_common(low, nonnoun)):
            cased = low[:1].upper() + low[1:]  # "Luis Arturo Isaacs", "colonel Isaacs"
        put(m.start(), cased)
        prev_name = (cased[:1].isupper() and not cased.isupper()) or low in _TITLES
        prev_end = m.end()
    # Multi-word names: capitalise each word ("San Salvador").
    for ms, me in _multi_spans(text.lower()):
        for w in _WORD.finditer(text, ms, me):
            g = w.group().lower()
            put(w.start(), g if g in _PARTICLES and w.start() != ms else g[:1].upper() + g[1:])
    # Sentence starts, judged on the text before any change of this pass.
    snapshot = "".join(out)
    for m in _WORD.finditer(snapshot):
        before = snapshot[max(0, m.start() - 12): m.start()]
        if m.start() == 0 or _SENT_END.search(before):
            w = m.group()
            if w.islower():
                put(m.start(), w[:1].upper() + w[1:])
    return "".join(out)
