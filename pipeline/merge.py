"""Where each translation of an existing catalog goes when a document is extracted again.

An entry is `(msgctxt, msgid)`. Translations are placed as msgmerge places them, in steps, each
step among what the steps before left:

1. **exact**: the same msgctxt and msgid;
2. **moved**: the same msgid, met once among the new entries and once among the old ones still
   to place, under another segment id: a paragraph added or removed before it renumbered it. The text is the one that
   was translated, so the translation follows it as it is (the segment that took its old number
   holds other text, whose translation this is not). A text met more than once (a paragraph
   repeated) goes to the copy among the same neighbours;
3. **edited**: a similar source (difflib's ratio of at least 0.6, msgmerge's threshold), the
   closest pairs first, under the segment's own id or another: a revision that adds or removes
   a paragraph also rewords one, and the rewording must not leave its translation to the
   paragraph that took its old number;
4. **same segment**: the same (non-empty) msgctxt, another msgid: hexaglot's msgctxt is the
   segment's id, so this is the segment whose source was edited (msgmerge would need the two
   sources to be similar; the id says more than similarity);
5. **same source**: the same msgid in another context, or none (a catalog another tool wrote,
   without msgctxt): msgmerge's fuzzy match of weight 1;
6. **similar source**: msgmerge's fuzzy match (difflib's ratio of at least 0.6, msgmerge's
   threshold) — only for a segment that has no text of its own in the document, since the
   document's own translation of a segment is better than another segment's.

Live entries are tried before obsolete ones, so an obsolete twin never displaces the live
translation. Steps 1–5 give each old entry to one segment; a similar source may serve several.
Whatever is not placed is returned, to be kept obsolete: no translation is ever dropped.

This module knows nothing of polib: entries are anything with `msgctxt`, `msgid` and
`obsolete`, and the caller says which hold a translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from enum import Enum

# msgmerge's FUZZY_THRESHOLD.
SIMILAR_ENOUGH = 0.6
# Comparisons the similar-source step may make (each a difflib ratio of two sentences): beyond,
# the step is skipped and the translations left are kept obsolete, where nothing is lost.
MAX_COMPARISONS = 250_000


class How(str, Enum):
    EXACT = "exact"
    MOVED = "same source, segment renumbered"
    MOVED_EDITED = "similar source, segment renumbered"
    SAME_SEGMENT = "same segment, source changed"
    SAME_SOURCE = "same source, another context"
    SIMILAR = "similar source"


@dataclass(frozen=True)
class Placement:
    old: object  # the existing entry whose translation (or translator comment) goes here
    how: How


@dataclass
class MergePlan:
    placed: dict[int, Placement] = field(default_factory=dict)  # index of the new entry → placement
    left: list = field(default_factory=list)  # existing entries placed nowhere, in their order
    similar_skipped: bool = False  # the similar-source step was too large to run


@dataclass(frozen=True)
class NewEntry:
    msgctxt: str
    msgid: str
    has_text: bool  # the document gives this segment a translation of its own
    text_digest: str = ""  # of that translation (pipeline/version_texts.py), where it is known


def plan_merge(new: Sequence[NewEntry], old: Sequence, translated: Callable[[object], bool],
               said_before: Mapping[str, str] | None = None) -> MergePlan:
    """Which existing entry each new entry takes its translation from, and what is left.
    `said_before`: segment id → the digest of what the document said for it at the last
    extraction, where known."""
    said_before = said_before or {}
    plan = MergePlan()
    # Live entries first: an obsolete twin is tried only where no live entry fits.
    pool = [entry for entry in old if not entry.obsolete] + [entry for entry in old if entry.obsolete]
    free = {id(entry): entry for entry in pool}

    def take(index: int, entry, how: How) -> None:
        plan.placed[index] = Placement(entry, how)
        free.pop(id(entry), None)

    # Entries of one key, in order: `msgctxt ""` and no msgctxt are two entries to gettext and
    # one key here, so the n-th new entry of a key takes the n-th old one, as both files list them.
    by_key: dict[tuple[str, str], list] = {}
    for entry in pool:
        by_key.setdefault((entry.msgctxt or "", entry.msgid), []).append(entry)
    for index, item in enumerate(new):
        entry = next((entry for entry in by_key.get((item.msgctxt, item.msgid), ()) if id(entry) in free), None)
        if entry is not None:
            take(index, entry, How.EXACT)

    # Moved: a text met once among the new entries still to place and once among the
    # translations still free, the old one under a segment id of its own.
    wanting: dict[str, list[int]] = {}
    for index, item in enumerate(new):
        if index not in plan.placed and item.msgctxt:
            wanting.setdefault(item.msgid, []).append(index)
    live_old = [entry for entry in old if not entry.obsolete]
    old_neighbours = {id(entry): (live_old[at - 1].msgid if at else None, live_old[at + 1].msgid if at + 1 < len(live_old) else None)
                      for at, entry in enumerate(live_old)}
    offers: dict[str, list] = {}
    for entry in pool:
        if id(entry) in free and entry.msgctxt and not entry.obsolete and translated(entry):
            offers.setdefault(entry.msgid, []).append(entry)
    for msgid, indexes in wanting.items():
        if len(indexes) == 1 and len(offers.get(msgid, ())) == 1:
            take(indexes[0], offers[msgid][0], How.MOVED)
        elif offers.get(msgid) and len(indexes) * len(offers[msgid]) <= _NEIGHBOUR_PAIRS:
            # A text met more than once (a paragraph repeated): each copy is the old one among
            # the neighbours it had, as far as the neighbours tell; where they do not, the
            # steps below place it.
            scored = sorted(((_neighbours_shared(new, index, old_neighbours[id(entry)]), index, entry)
                             for index in indexes for entry in offers[msgid]), key=lambda item: (-item[0], item[1]))
            for shared, index, entry in scored:
                if shared and index not in plan.placed and id(entry) in free:
                    take(index, entry, How.MOVED)

    # Edited, renumbered or not: a text close to one still free (a revision that adds or
    # removes a paragraph also rewords one), closest pairs first, the same segment id breaking
    # a tie. Before the segment's own id: after a renumbering the id holds another paragraph.
    wanting_edited = [index for index, item in enumerate(new) if index not in plan.placed and item.msgctxt]
    edited_offers = [entry for entry in pool if id(entry) in free and entry.msgctxt and not entry.obsolete and translated(entry)]
    if wanting_edited and edited_offers:
        if len(wanting_edited) * len(edited_offers) > MAX_COMPARISONS:
            plan.similar_skipped = True
        else:
            pairs = [(ratio, entry.msgctxt == new[index].msgctxt, index, entry)
                     for index in wanting_edited for entry in edited_offers if _may_take(new[index], entry, said_before)
                     and (ratio := _similarity(entry.msgid, new[index].msgid, SIMILAR_ENOUGH)) >= SIMILAR_ENOUGH]
            for _, same_segment, index, entry in sorted(pairs, key=lambda pair: (-pair[0], not pair[1], pair[2])):
                if index not in plan.placed and id(entry) in free:
                    take(index, entry, How.SAME_SEGMENT if same_segment else How.MOVED_EDITED)

    by_context: dict[str, list] = {}
    for entry in pool:
        if entry.msgctxt:
            by_context.setdefault(entry.msgctxt, []).append(entry)
    for index, item in enumerate(new):
        if index in plan.placed or not item.msgctxt:
            continue
        candidates = [entry for entry in by_context.get(item.msgctxt, ()) if id(entry) in free]
        if candidates:
            # Two entries of one context (a catalog edited by hand): the closer source wins.
            best = max(candidates, key=lambda entry: _similarity(entry.msgid, item.msgid))
            take(index, best, How.SAME_SEGMENT)

    by_source: dict[str, list] = {}
    for entry in pool:
        if translated(entry):
            by_source.setdefault(entry.msgid, []).append(entry)
    for index, item in enumerate(new):
        if index in plan.placed:
            continue
        entry = next((entry for entry in by_source.get(item.msgid, ()) if id(entry) in free), None)
        if entry is not None:
            take(index, entry, How.SAME_SOURCE)

    wanting = [index for index, item in enumerate(new) if index not in plan.placed and not item.has_text]
    offered = [entry for entry in free.values() if translated(entry)]
    if wanting and offered:
        if len(wanting) * len(offered) > MAX_COMPARISONS:
            plan.similar_skipped = True
        else:
            used = set()
            for index in wanting:
                best, score = None, SIMILAR_ENOUGH
                for entry in offered:
                    ratio = _similarity(entry.msgid, new[index].msgid, score)
                    if ratio >= score:
                        best, score = entry, ratio
                if best is not None:
                    plan.placed[index] = Placement(best, How.SIMILAR)
                    used.add(id(best))
            for key in used:
                free.pop(key, None)

    plan.left = [entry for entry in old if id(entry) in free]
    return plan


# Pairs of copies of one repeated text the neighbour test compares, at most: a heading repeated
# a hundred times in a large catalog is left to the steps below.
_NEIGHBOUR_PAIRS = 400


def _neighbours_shared(new: Sequence[NewEntry], index: int, theirs: tuple[str | None, str | None]) -> int:
    """How many of a new entry's two neighbours' sources are an old entry's neighbours'
    (`theirs`: the sources before and after it among the live entries of its file)."""
    ours = (new[index - 1].msgid if index else None, new[index + 1].msgid if index + 1 < len(new) else None)
    return sum(1 for mine, other in zip(ours, theirs) if mine is not None and mine == other)


def _may_take(item: NewEntry, entry, said_before: Mapping[str, str]) -> bool:
    """Whether a segment may take the translation of a similar source under another id: where
    the document gives it no text, or gives it the very text it gave the old segment (a version
    not revised since: the catalog's translation of that text, a person's, is the better one).
    Otherwise the document's own translation of the new source stands."""
    return (entry.msgctxt == item.msgctxt or not item.has_text
            or bool(item.text_digest) and said_before.get(entry.msgctxt) == item.text_digest)


def _similarity(a: str, b: str, at_least: float = 0.0) -> float:
    """difflib's ratio of two sources, 0 when its cheap upper bounds already fall short."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < at_least or matcher.quick_ratio() < at_least:
        return 0.0
    return matcher.ratio()
