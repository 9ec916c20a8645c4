"""Aligning the six versions of a document: by structure first, then by sentence.

Blocks align by their structural id. Inside a paragraph, sentences align by a small
Gale–Church dynamic programme over sentence lengths (scaled by the language pair's length
ratio, measured on the document itself), with numbers and document symbols as anchors.
Where any language does not align one-to-one, the paragraph becomes one unit in every
catalog, fuzzy in the languages whose alignment was uncertain, with a note saying why.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.model import AlignedUnit, Block, ExtractedDocument, UnitVersion

_ANCHOR = re.compile(r"[A-Z]{2,}(?:/[\w.]+)+|\d+")
# Costs of a bead by its shape (Gale & Church's priors, as -log probabilities, rounded).
_BEAD_COST = {(1, 1): 0.0, (2, 1): 2.3, (1, 2): 2.3, (1, 0): 4.5, (0, 1): 4.5}


@dataclass(frozen=True)
class Alignment:
    units: tuple[AlignedUnit, ...]
    # Block ids a language has that the source does not: reported, never silently dropped.
    unmatched: dict[str, tuple[str, ...]]


def align(documents: Mapping[str, ExtractedDocument], source_lang: str) -> Alignment:
    source = documents[source_lang]
    targets = {lang: doc for lang, doc in documents.items() if lang != source_lang}
    blocks_by_lang = {lang: {b.id: b for b in doc.blocks} for lang, doc in targets.items()}
    ratios = {lang: _length_ratio(source, doc) for lang, doc in targets.items()}
    units: list[AlignedUnit] = []
    for block in source.blocks:
        found = {lang: blocks[block.id] for lang, blocks in blocks_by_lang.items() if block.id in blocks}
        units.extend(_units_for(block, source_lang, found, ratios))
    source_ids = {b.id for b in source.blocks}
    unmatched = {
        lang: tuple(b.id for b in doc.blocks if b.id not in source_ids) for lang, doc in targets.items()
    }
    return Alignment(tuple(units), {lang: ids for lang, ids in unmatched.items() if ids})


def _units_for(block: Block, source_lang: str, found: dict[str, Block], ratios: dict[str, float]) -> list[AlignedUnit]:
    if block.kind.splits_into_sentences:
        uncertain = {
            lang: target
            for lang, target in found.items()
            if not _one_to_one(block.sentences, target.sentences, ratios[lang])
        }
        if not uncertain:
            return [
                AlignedUnit(
                    id=f"{block.id}/s{index + 1}",
                    kind=block.kind,
                    context=block.context,
                    versions={
                        source_lang: _version(sentence),
                        **{lang: _version(target.sentences[index]) for lang, target in found.items()},
                    },
                    note_of=block.note_of,
                )
                for index, sentence in enumerate(block.sentences)
            ]
        counts = ", ".join(f"{lang} {len(t.sentences)}" for lang, t in sorted(uncertain.items()))
        note = (
            f"Aligned as a whole paragraph: {source_lang} has {len(block.sentences)} sentence(s), "
            f"{counts}, and the sentences do not pair one to one."
        )
        return [_whole(block, source_lang, found, frozenset(uncertain), note)]
    return [_whole(block, source_lang, found, frozenset(), "")]


def _whole(block: Block, source_lang: str, found: dict[str, Block], fuzzy: frozenset[str], note: str) -> AlignedUnit:
    versions = {lang: UnitVersion(b.text, b.line, b.footnotes, b.calls_after_punctuation)
                for lang, b in {source_lang: block, **found}.items()}
    return AlignedUnit(block.id, block.kind, block.context, versions, fuzzy, note, block.note_of)


def _version(sentence) -> UnitVersion:
    return UnitVersion(sentence.text, sentence.line, sentence.footnotes, sentence.calls_after_punctuation)


def _length_ratio(source: ExtractedDocument, target: ExtractedDocument) -> float:
    source_chars = sum(len(b.text) for b in source.blocks if b.kind.splits_into_sentences)
    target_chars = sum(len(b.text) for b in target.blocks if b.kind.splits_into_sentences)
    return target_chars / source_chars if source_chars and target_chars else 1.0


def _one_to_one(source: Sequence, target: Sequence, ratio: float) -> bool:
    if len(source) != len(target):
        return False
    return all(shape == (1, 1) for shape in sentence_beads(
        [s.text for s in source], [t.text for t in target], ratio
    ))


def sentence_beads(source: Sequence[str], target: Sequence[str], ratio: float) -> list[tuple[int, int]]:
    """The cheapest sequence of beads ((1, 1), (2, 1), ...) pairing two lists of sentences."""
    n, m = len(source), len(target)
    source_anchors = [anchors(s) for s in source]
    target_anchors = [anchors(t) for t in target]
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) not in best:
                continue
            cost_so_far = best[(i, j)][0]
            for (a, b), prior in _BEAD_COST.items():
                if i + a > n or j + b > m:
                    continue
                cost = cost_so_far + prior + _bead_cost(
                    source[i : i + a], target[j : j + b],
                    set().union(*source_anchors[i : i + a]), set().union(*target_anchors[j : j + b]), ratio,
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


def _bead_cost(source: Sequence[str], target: Sequence[str], source_anchors: set, target_anchors: set, ratio: float) -> float:
    if not source or not target:
        return 0.0
    source_length = sum(len(s) for s in source)
    target_length = sum(len(t) for t in target)
    cost = 4.0 * abs(math.log((target_length + 10) / (source_length * ratio + 10)))
    if source_anchors or target_anchors:
        shared = len(source_anchors & target_anchors)
        cost += 2.0 * (1 - shared / len(source_anchors | target_anchors))
    return cost


def anchors(text: str) -> set[str]:
    """Numbers (any script's digits, as ASCII) and document symbols in a text."""
    folded = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in unicodedata.normalize("NFKC", text))
    return set(_ANCHOR.findall(folded))

