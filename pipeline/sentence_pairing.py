"""Pairing the sentences of a paragraph with those of its translation: a small Gale–Church
dynamic programme over their lengths (scaled by the language pair's length ratio), with
numbers and document symbols as anchors. Alignment (align.py) pairs a document's versions with
it; CONS009 asks it which sentence of an entry has nothing in its translation (`unpaired`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lang import profile
from pipeline.value_extraction import extract_values

_ANCHOR = re.compile(r"[A-Z]{2,}(?:/[\w.]+)+|\d+")
# Costs of a bead by its shape (Gale & Church's priors, as -log probabilities, rounded).
_BEAD_COST = {(1, 1): 0.0, (2, 1): 2.3, (1, 2): 2.3, (1, 0): 4.5, (0, 1): 4.5}
# What a difference in length costs: the weight of |log(target length / expected length)|.
# Alignment's, measured against the document's own ratio.
_LENGTH_WEIGHT = 4.0


def sentence_beads(source: Sequence[str], target: Sequence[str], ratio: float,
                   shapes: Mapping[tuple[int, int], float] = _BEAD_COST, band: int | None = None,
                   langs: tuple[str | None, str | None] = (None, None),
                   length_weight: float = _LENGTH_WEIGHT) -> list[tuple[int, int]]:
    """The cheapest sequence of beads ((1, 1), (2, 1), ...) pairing two lists of sentences;
    `shapes`: the beads allowed, with their costs; `band`: how far from the diagonal a pairing
    may stray (None: anywhere), which keeps long lists (a document's paragraphs) linear;
    `length_weight`: what a difference in length costs (see _LENGTH_WEIGHT)."""
    n, m = len(source), len(target)
    source_anchors = [anchors(s, langs[0]) for s in source]
    target_anchors = [anchors(t, langs[1]) for t in target]
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        if band is None:
            columns = range(m + 1)
        else:
            centre = i * m / n if n else 0.0
            columns = range(max(0, int(centre) - band), min(m, int(centre) + band + 1) + 1)
        for j in columns:
            if (i, j) not in best:
                continue
            cost_so_far = best[(i, j)][0]
            for (a, b), prior in shapes.items():
                if i + a > n or j + b > m:
                    continue
                cost = cost_so_far + prior + _bead_cost(
                    source[i : i + a], target[j : j + b],
                    set().union(*source_anchors[i : i + a]), set().union(*target_anchors[j : j + b]), ratio,
                    length_weight,
                )
                key = (i + a, j + b)
                if key not in best or cost < best[key][0]:
                    best[key] = (cost, (a, b))
    beads = []
    i, j = n, m
    while (i, j) != (0, 0):
        a, b = best[(i, j)][1]
        beads.append((a, b))
        i, j = i - a, j - b
    return beads[::-1]


def _bead_cost(source: Sequence[str], target: Sequence[str], source_anchors: set, target_anchors: set, ratio: float,
               length_weight: float) -> float:
    if not source or not target:
        return 0.0
    source_length = sum(len(s) for s in source)
    target_length = sum(len(t) for t in target)
    cost = length_weight * abs(math.log((target_length + 10) / (source_length * ratio + 10)))
    if source_anchors or target_anchors:
        shared = len(source_anchors & target_anchors)
        cost += 2.0 * (1 - shared / len(source_anchors | target_anchors))
    return cost


@lru_cache(maxsize=4096)
def anchors(text: str, lang: str | None = None) -> frozenset[str]:
    """Numbers (any script's digits, as ASCII) and document symbols in a text, and, where its
    language is given, the numbers its words write (`eightieth`, `восьмидесятой`, `第八十届`:
    80, as the NUM checks read them): a paragraph of the Secretary-General's report at the
    eightieth session pairs with its translation by that number, which no digit writes.
    Cached: a paragraph's sentences are paired with those of each of five versions in turn."""
    found = set(_ANCHOR.findall(unicodedata.normalize("NFKC", text).translate(_ASCII_DIGITS)))
    if lang is not None:
        found.update(f"{number:g}" for number in _values(text, lang).numbers)
    return frozenset(found)


@lru_cache(maxsize=4096)
def _values(text: str, lang: str):
    """A sentence's values as the NUM checks read them, once for its anchors and its values."""
    return extract_values(text, profile(lang))


class _AsciiDigitTable(dict):
    """str.translate's table from a digit of any script (Arabic-Indic `٢٠٢٢`, full-width `２`)
    to its ASCII digit, every other character to itself; each character looked up once."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        self[code] = value = str(unicodedata.digit(character)) if character.isdigit() else character
        return value


_ASCII_DIGITS = _AsciiDigitTable()


# Where a sentence of an entry has no partner in its translation, a difference in length weighs
# three times what it weighs in alignment. A sentence left out of a paragraph shortens it by a
# sentence, which alignment's weight reads as two sentences joined (a paragraph of 431, 214 and
# 244 characters, given in French as 450 and 288, read as its first two joined). Measured on
# the shipped corpus's paragraphs (tests/test_sentence_pairing.py, each sentence of each version
# taken out in turn, 463 times: 430 found, 235 of them named, 2 named wrongly; each two adjacent
# sentences joined, 274 times, and each three, 85 times: none taken for a sentence left out).
_UNPAIRED_LENGTH_WEIGHT = 12.0
# The beads a sentence without a partner is told from: alignment's, and three sentences given
# as one (or one as three), which alignment leaves to a whole paragraph and which would
# otherwise read as two joined and one left out (`Registration closes on 1 June.` with the
# sentences around it, given in Chinese as one sentence of three clauses).
_UNPAIRED_BEADS = {**_BEAD_COST, (3, 1): 4.0, (1, 3): 4.0}
# A sentence is named as the one without a partner when the pairing without it costs this much
# less than without any other (a quarter of a sentence's length, in log terms, at the weight
# above); sentences of like lengths do not tell which went missing.
_NAMED_MARGIN = 3.0


@dataclass(frozen=True)
class Unpaired:
    """Sentences of one text with nothing in the other: the source's (`in_source`: left out of
    the translation) or the translation's (added)."""

    in_source: bool
    places: tuple[int, ...]  # from 0, among that text's sentences
    of: int  # how many sentences that text has
    sure: bool  # whether their lengths tell which; else `places` are the likeliest


def unpaired(source: Sequence[str], target: Sequence[str], langs: tuple[str, str]) -> Unpaired | None:
    """The sentences of `source` (or of `target`) that the best pairing of the two leaves without
    a partner, rather than joined with a neighbour; None where every sentence has one. The
    length ratio is the language pair's usual one (LanguageProfile.length_to_english)."""
    if len(source) == len(target) or not source or not target:
        return None
    ratio = profile(langs[1]).length_to_english / profile(langs[0]).length_to_english
    if len(source) > len(target):
        longer, shorter, ratio, langs = source, target, ratio, langs
    else:
        longer, shorter, ratio, langs = target, source, 1 / ratio, (langs[1], langs[0])
    beads = sentence_beads(longer, shorter, ratio, _UNPAIRED_BEADS, langs=langs, length_weight=_UNPAIRED_LENGTH_WEIGHT)
    places, at, at_shorter, named = [], 0, 0, None
    for shape in beads:
        if shape == (1, 0):
            places.append(at)
        elif shape == (2, 1) and named is None:
            named = _left_out_by_its_values(longer[at:at + 2], shorter[at_shorter], ratio, langs)
            if named is not None:
                named += at
        at, at_shorter = at + shape[0], at_shorter + shape[1]
    # A sentence whose values (numbers, dates, times, symbols) are all in the other text is
    # there, joined to another in fewer words: `Ten of them were women.` is `…, dont 10 femmes`.
    there = set().union(*(_values_read(text, langs[1]) for text in shorter))
    places = [place for place in places if not (values := _values_read(longer[place], langs[0])) or not values <= there]
    if not places:
        if named is None or len(longer) != len(shorter) + 1:
            return None
        return Unpaired(len(source) > len(target), (named,), len(longer), True)
    sure = len(places) == 1 and len(longer) == len(shorter) + 1 and _only_one_fits(longer, shorter, ratio, langs, places[0])
    return Unpaired(len(source) > len(target), tuple(places), len(longer), sure)


def _left_out_by_its_values(pair: Sequence[str], other: str, ratio: float, langs: tuple[str, str]) -> int | None:
    """Which of two sentences read as given together in `other` (0 or 1) is rather left out of
    it: one whose values (numbers, times, dates, symbols, as the NUM and REF checks read them
    in each language) are none of the other's, beside one whose values are all there and that
    alone fits the other's length better than the two. (Not values alone: a sentence joined
    with its numbers in words no reading knows, `un million et demi`, `de moitié`, has none.) Lengths alone read a
    short sentence left out as two joined (`… $3,250,000 was committed for grants in 2024.
    Programme support costs were charged at 7 per cent.`, the second missing in Spanish)."""
    theirs = _values_read(other, langs[1])
    for missing in (0, 1):
        kept = 1 - missing
        mine, with_it = _values_read(pair[missing], langs[0]), _values_read(pair[kept], langs[0])
        if not mine or mine & theirs or not with_it <= theirs:
            continue
        alone = abs(math.log((len(other) + 10) / (len(pair[kept]) * ratio + 10)))
        together = abs(math.log((len(other) + 10) / ((len(pair[0]) + len(pair[1])) * ratio + 10)))
        if alone < together:
            return missing
    return None


@lru_cache(maxsize=4096)
def _values_read(text: str, lang: str) -> frozenset:
    """A sentence's values as its language writes them, each kind apart: `4 p.m.` and `16
    heures` are one time, `50 per cent` and `50 %` one number."""
    values = _values(text, lang)
    return frozenset({*(("number", n) for n in values.numbers), *(("time", t) for t in values.times),
                      *(("date", d, m) for d, m, _ in values.dates), *(("symbol", s) for s in values.symbols)})


def _only_one_fits(longer: Sequence[str], shorter: Sequence[str], ratio: float, langs: tuple[str, str], place: int) -> bool:
    """Whether the longer list less its sentence at `place` pairs one to one with the shorter
    clearly better than less any other sentence."""
    def without(left_out: int) -> float:
        rest = [*longer[:left_out], *longer[left_out + 1:]]
        return sum(_bead_cost((a,), (b,), anchors(a, langs[0]), anchors(b, langs[1]), ratio, _UNPAIRED_LENGTH_WEIGHT)
                   for a, b in zip(rest, shorter))

    costs = [without(left_out) for left_out in range(len(longer))]
    others = [cost for left_out, cost in enumerate(costs) if left_out != place]
    return costs[place] + _NAMED_MARGIN <= min(others)
