"""Faster stand-ins for two of ``en_core_web_sm``'s Python-level components, with the very same output.

After the neural tagger and parser, the model runs an ``attribute_ruler`` (179 token patterns that map
fine-grained tags to POS and morphology, plus exceptions) and a rule ``lemmatizer``. Together they took
about a fifth of spaCy's time on wire text, nearly all of it per-token Python or ``Matcher`` work that
gives the same answer for the same token again and again:

* the attribute ruler ran every pattern at every token through spaCy's ``Matcher``. Its single-token
  patterns that test only a token's tag, lower-case form, dependency label and whether it is space,
  by equality or ``IN`` / ``NOT_IN`` sets, are here evaluated once per distinct combination of those
  four values and remembered; every other pattern (two-token patterns, regular expressions, a rule with
  several patterns) still goes through a ``Matcher`` of its own. The matches are the same (pattern,
  start, end) triples, sorted and applied as spaCy applies them.
* the English lemmatizer is a function of a token's text, POS and morphology, but caches only some of
  its answers (a singular noun's is recomputed at every occurrence). Here every answer is remembered by
  (text, POS, morphology).

``speed_up(nlp)`` swaps the two components' classes for these subclasses, only where they are exactly
spaCy's own classes; anything else is left as it is. ``tests/nlp/test_fast.py`` checks the output against
spaCy's components on real text.
"""

from __future__ import annotations

import warnings

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors, Warnings
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens._retokenize import set_token_attrs

_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")   # the token attributes the single-token fast path reads
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
_MAX_CACHED = 500_000   # remembered combinations per component: a long-running process does not grow without end


def _test(spec: dict):
    """A predicate over (tag, lower, dep, is_space) hashes equal to the ``Matcher``'s for one token
    pattern, or None where the pattern uses anything but equality and ``IN`` / ``NOT_IN`` on ``_KEYS``."""
    tests = []
    for key, value in spec.items():
        if key not in _KEYS:
            return None
        col = _KEYS.index(key)
        if key == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            tests.append((col, "==", int(value)))
        elif isinstance(value, str):
            tests.append((col, "==", get_string_id(value)))
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN") \
                and isinstance(next(iter(value.values())), list) \
                and all(isinstance(v, str) for v in next(iter(value.values()))):
            op, values = next(iter(value.items()))
            tests.append((col, op, frozenset(get_string_id(v) for v in values)))
        else:
            return None

    def test(row) -> bool:
        for col, op, want in tests:
            got = row[col]
            if op == "==" and got != want or op == "IN" and got not in want or op == "NOT_IN" and got in want:
                return False
        return True

    return test


class FastAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with simple single-token patterns matched through a per-token cache."""

    def _fast_tables(self):
        """(number of rules, simple patterns by the tag they require (None: any tag), a ``Matcher`` for
        the rest, the cache), rebuilt when rules were added."""
        tables = getattr(self, "_fast", None)
        if tables is not None and tables[0] == len(self.attrs):
            return tables
        by_tag, rest = {}, Matcher(self.vocab)
        for i, entry in enumerate(self.patterns):
            pats = entry["patterns"]
            test = _test(pats[0][0]) if len(pats) == 1 and len(pats[0]) == 1 else None
            key = self.vocab.strings.add(str(i))
            if test is None:
                rest.add(key, pats)
            else:
                tag = pats[0][0].get("TAG")
                by_tag.setdefault(get_string_id(tag) if isinstance(tag, str) else None, []).append((i, key, test))
        self._fast = tables = (len(self.attrs), by_tag, rest if len(rest) else None, {})
        return tables

    def match(self, doc):
        _, by_tag, rest, seen = self._fast_tables()
        any_tag = by_tag.get(None, [])
        matches = []
        for start, row in enumerate(doc.to_array(_COLUMNS).tolist()):
            row = tuple(row)
            hits = seen.get(row)
            if hits is None:
                if len(seen) >= _MAX_CACHED:
                    seen.clear()
                hits = seen[row] = sorted((i, key) for i, key, test in by_tag.get(row[0], []) + any_tag if test(row))
            for i, key in hits:
                matches.append((i, key, start, start + 1))
        if rest is not None:
            matches += [(int(self.vocab.strings[m_id]), m_id, s, e)
                        for m_id, s, e in rest(doc, allow_missing=True, as_spans=False)]
        matches.sort()
        return matches

    def set_annotations(self, doc, matches):
        """As spaCy's, without building a ``Span`` for every match."""
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            if not -(end - start) <= index < end - start:
                return super().set_annotations(doc, matches)   # spaCy's error for a bad index
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self.attrs[attr_id])


class FastEnglishLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer with every lemma remembered by (text, POS, morphology)."""

    def __call__(self, doc):
        if self.mode != "rule" or self.overwrite:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        cache = self.__dict__.setdefault("_lemma_of", {})
        error_handler = self.get_error_handler()
        try:
            rows = doc.to_array([LEMMA, ORTH, POS, MORPH])
            lemmas = rows[:, 0].copy()
            changed = False
            for i, (lemma, orth, pos, morph) in enumerate(rows.tolist()):
                if lemma:
                    continue   # set by the attribute ruler
                key = (orth, pos, morph)
                h = cache.get(key)
                if h is None:
                    if len(cache) >= _MAX_CACHED:
                        cache.clear()
                    h = cache[key] = self.vocab.strings.add(self.rule_lemmatize(doc[i])[0])
                lemmas[i] = h
                changed = True
            if changed:
                doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)


    def rule_lemmatize(self, token) -> list[str]:
        """spaCy 3.8's ``Lemmatizer.rule_lemmatize`` with the tables' word lists read as sets: a word's
        first lemmatisation searched lists of up to 57,000 words, 0.2 ms a word."""
        cache_key = (token.orth, token.pos, token.morph.key)
        if cache_key in self.cache:
            return self.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108)
            return [string.lower()]
        if self.is_base_form(token):
            return [string.lower()]
        index_table, exc_table, rules_table = self._tables()
        pos_key = get_string_id(univ_pos)
        if not any((index_table.get(pos_key), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            if univ_pos == "propn":
                return [string]
            return [string.lower()]
        index = index_table.get(pos_key, frozenset())
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        self.cache[cache_key] = forms
        return forms

    def _tables(self):
        """The lemma index (as sets, by the hash of the POS, as the lookups table keys it), exceptions and
        rules; rebuilt when the lookups change."""
        tables = self.__dict__.get("_fast_tables")
        if tables is None or tables[0] is not self.lookups:
            index = self.lookups.get_table("lemma_index", {})
            tables = self._fast_tables = (self.lookups, {get_string_id(pos): frozenset(words)
                                                            for pos, words in index.items()},
                                          self.lookups.get_table("lemma_exc", {}),
                                          self.lookups.get_table("lemma_rules", {}))
        return tables[1:]


def speed_up(nlp) -> None:
    """Use the fast stand-ins for the ``attribute_ruler`` and ``lemmatizer`` of ``nlp`` where they are
    spaCy's own classes."""
    for name, proc in nlp.pipeline:
        if type(proc) is AttributeRuler:
            proc.__class__ = FastAttributeRuler
            proc._fast_tables()   # built once here, not in every worker process
        elif type(proc) is EnglishLemmatizer:
            proc.__class__ = FastEnglishLemmatizer
            if proc.lookups.has_table("lemma_index"):
                proc._tables()
