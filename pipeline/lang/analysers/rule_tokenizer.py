"""spaCy's tokenizer for a language, its rules applied without importing spaCy.

Importing spaCy took 1.1–1.2 s of every check of a document with a Russian version (spaCy's
package imports its command line, thinc and pydantic before anything else), and building the
blank Russian pipeline 0.2–0.3 s more: three quarters of a check of the shipped document
once its findings were not in the cache. What its tokenizer does is rules: special cases
(abbreviations such as `т.е.`, written as the pieces they become), and prefix, suffix and infix
expressions applied to each whitespace-separated chunk in a fixed order (spaCy's own Python
rendering of it is `Tokenizer.explain`, whose loop `_pieces` follows), then special cases that
span what those expressions split (`и пр.`, one token with a space in it; `<3`) are put back
together over the whole text, longest first, as spaCy's special-case matcher does
(`_joined_specials`). The rules are read from
spaCy once, when no run has stored them yet, and kept in the user's cache folder under a name
made of spaCy's version (pipeline/lang/stored.py): a new spaCy gives new rules, never stale
ones. tests/test_rule_tokenizer.py holds the tokens equal to spaCy's on every Russian text
of the corpus and on the cases its rules are about.
"""

from __future__ import annotations

import re
from importlib.metadata import version

from pipeline.lang.stored import stored_value

# A pattern that matches nothing, for a rule the language does not have.
_NOTHING = "a^"


def _derive_rules(lang: str, spacy_version: str) -> dict:
    """The tokenizer's rules as plain data: spaCy imported here, only when none are stored.
    (spacy_version is not read: it names the stored rules, so that a new spaCy is a new file.)"""
    import spacy
    from spacy.attrs import ORTH

    tokenizer = spacy.blank(lang).tokenizer

    def pattern(bound_method) -> str:
        return bound_method.__self__.pattern if bound_method is not None else _NOTHING

    return {
        "prefix": pattern(tokenizer.prefix_search),
        "suffix": pattern(tokenizer.suffix_search),
        "infix": pattern(tokenizer.infix_finditer),
        "token_match": pattern(tokenizer.token_match),
        "url_match": pattern(tokenizer.url_match),
        "special": {orth: [piece[ORTH] for piece in pieces] for orth, pieces in tokenizer.rules.items()},
    }


class RuleTokenizer:
    """Text → the bounds of its tokens, whitespace aside, as spaCy's tokenizer gives them."""

    def __init__(self, lang: str):
        rules = stored_value(f"{lang}-tokenizer-rules", _derive_rules, lang, version("spacy"))
        self.prefix = re.compile(rules["prefix"]).search
        self.suffix = re.compile(rules["suffix"]).search
        self.infixes = re.compile(rules["infix"]).finditer
        self.token_match = re.compile(rules["token_match"]).match
        self.url_match = re.compile(rules["url_match"]).match
        self.special: dict[str, list[str]] = rules["special"]
        # A chunk's pieces depend on the chunk only: a text's words are mostly met before.
        self.chunks: dict[str, tuple[str, ...]] = {}
        # The special cases the chunk loop cannot see whole (a space in them, or characters the
        # expressions split off), as the token sequences they are found as, by first token.
        self.spanning: dict[str, list[tuple[str, ...]]] = {}
        for written in self.special:
            if " " in written or self._affix_length(written) or any(True for _ in self.infixes(written)):
                pattern = tuple(piece for chunk in written.split() for piece in self._pieces(chunk, with_special=False))
                if pattern:
                    self.spanning.setdefault(pattern[0], []).append(pattern)

    def _affix_length(self, text: str) -> int:
        found = [match for match in (self.prefix(text), self.suffix(text)) if match is not None]
        return sum(match.end() - match.start() for match in found)

    def tokens(self, text: str) -> tuple[list[str], list[int]]:
        """The text's tokens, whitespace aside, and their bounds [start0, end0, start1, ...]."""
        words: list[str] = []
        bounds: list[int] = []
        at = 0
        chunks = self.chunks
        for chunk in text.split():
            pieces = chunks.get(chunk)
            if pieces is None:
                pieces = chunks[chunk] = tuple(self._pieces(chunk))
            at = text.index(chunk, at)
            words.extend(pieces)
            for piece in pieces:
                bounds.append(at)
                at += len(piece)
                bounds.append(at)
        if any(word in self.spanning for word in words):
            return self._joined_specials(text, words, bounds)
        return words, bounds

    def bounds(self, text: str) -> list[int]:
        return self.tokens(text)[1]

    def _joined_specials(self, text: str, words: list[str], bounds: list[int]) -> tuple[list[str], list[int]]:
        """The tokens of special cases that span several tokens put back together: every
        occurrence of their token sequences, longest first and then leftmost, none over a
        token already taken, and only where the text between is the special case as written
        (spacy/tokenizer.pyx, `_filter_special_spans`, `_prepare_special_spans`)."""
        spans = []
        for i, word in enumerate(words):
            for pattern in self.spanning.get(word, ()):
                if tuple(words[i:i + len(pattern)]) == pattern:
                    spans.append((i, i + len(pattern)))
        if not spans:
            return words, bounds
        taken: set[int] = set()
        kept = []
        for start, end in sorted(spans, key=lambda span: (span[0] - span[1], span[0])):
            if start not in taken and end - 1 not in taken:
                kept.append((start, end))
            taken.update(range(start, end))
        joined_words: list[str] = []
        joined: list[int] = []
        last = 0
        for start, end in sorted(kept):
            written = text[bounds[2 * start]:bounds[2 * end - 1]]
            pieces = self.special.get(written)
            if pieces is None:
                continue  # the sequence, but with other spaces between: left as it is
            joined_words.extend(words[last:start])
            joined.extend(bounds[2 * last:2 * start])
            at = bounds[2 * start]
            for piece in pieces:
                joined_words.append(piece)
                joined.extend((at, at + len(piece)))
                at += len(piece)
            last = end
        joined_words.extend(words[last:])
        joined.extend(bounds[2 * last:])
        return joined_words, joined

    def _pieces(self, substring: str, with_special: bool = True) -> list[str]:
        """One whitespace-free chunk's tokens, by spaCy's rules in spaCy's order
        (spacy/tokenizer.pyx, `explain`; without the special cases, `_tokenize_affixes`)."""
        special = self.special if with_special else {}
        prefix, suffix, token_match = self.prefix, self.suffix, self.token_match
        tokens: list[str] = []
        suffixes: list[str] = []
        while substring:
            if substring in special:
                tokens.extend(special[substring])
                substring = ""
                continue
            while prefix(substring) or suffix(substring):
                if token_match(substring):
                    tokens.append(substring)
                    substring = ""
                    break
                if substring in special:
                    tokens.extend(special[substring])
                    substring = ""
                    break
                found = prefix(substring)
                if found:
                    split = found.end()
                    if split == 0:  # a pattern that matches the empty string
                        break
                    tokens.append(substring[:split])
                    substring = substring[split:]
                    if substring in special:
                        continue
                found = suffix(substring)
                if found:
                    split = found.start()
                    if split == len(substring):
                        break
                    suffixes.append(substring[split:])
                    substring = substring[:split]
            if not substring:
                continue
            if token_match(substring) or self.url_match(substring):
                tokens.append(substring)
            elif substring in special:
                tokens.extend(special[substring])
            else:
                offset = 0
                for match in self.infixes(substring):
                    if offset == 0 and match.start() == 0:
                        continue
                    if substring[offset:match.start()]:
                        tokens.append(substring[offset:match.start()])
                    if substring[match.start():match.end()]:
                        tokens.append(substring[match.start():match.end()])
                    offset = match.end()
                if substring[offset:]:
                    tokens.append(substring[offset:])
            substring = ""
        tokens.extend(reversed(suffixes))
        return tokens
