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

import re
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
    placing = _Placing(new, old, translated, said_before or {})
    for step in (_exact, _moved, _edited, _same_segment, _same_source, _similar):
        step(placing)
    placing.plan.left = [entry for entry in old if id(entry) in placing.free]
    return placing.plan


class _Placing:
    """What the steps share: the entries, the plan so far, and the old entries still free."""

    def __init__(self, new: Sequence[NewEntry], old: Sequence, translated: Callable[[object], bool],
                 said_before: Mapping[str, str]):
        self.new, self.old, self.translated, self.said_before = new, old, translated, said_before
        self.plan = MergePlan()
        # Live entries first: an obsolete twin is tried only where no live entry fits.
        self.pool = [entry for entry in old if not entry.obsolete] + [entry for entry in old if entry.obsolete]
        self.free = {id(entry): entry for entry in self.pool}

    def take(self, index: int, entry, how: How) -> None:
        self.plan.placed[index] = Placement(entry, how)
        self.free.pop(id(entry), None)

    def unplaced(self, with_context: bool = False) -> list[int]:
        return [index for index, item in enumerate(self.new)
                if index not in self.plan.placed and (item.msgctxt or not with_context)]

    def live_translations(self) -> list:
        """The live old entries still free that hold a translation under a segment id."""
        return [entry for entry in self.pool if id(entry) in self.free and entry.msgctxt and not entry.obsolete
                and self.translated(entry)]


def _exact(placing: _Placing) -> None:
    # Entries of one key, in order: `msgctxt ""` and no msgctxt are two entries to gettext and
    # one key here, so the n-th new entry of a key takes the n-th old one, as both files list them.
    by_key: dict[tuple[str, str], list] = {}
    for entry in placing.pool:
        by_key.setdefault((entry.msgctxt or "", entry.msgid), []).append(entry)
    for index, item in enumerate(placing.new):
        entry = next((entry for entry in by_key.get((item.msgctxt, item.msgid), ()) if id(entry) in placing.free), None)
        if entry is not None:
            placing.take(index, entry, How.EXACT)


def _moved(placing: _Placing) -> None:
    """A text met once among the new entries still to place and once among the translations
    still free, the old one under a segment id of its own; a text met more than once, by the
    neighbours of its copies."""
    wanting: dict[str, list[int]] = {}
    for index in placing.unplaced(with_context=True):
        wanting.setdefault(placing.new[index].msgid, []).append(index)
    offers: dict[str, list] = {}
    for entry in placing.live_translations():
        # Under a segment id (a path: `item/2/p3/s1`, `pre/4/s1`), which a renumbering moves;
        # another tool's context (`month name`) says what the text means, and a text found
        # under another one is to be reviewed (step 5).
        if "/" in entry.msgctxt:
            offers.setdefault(entry.msgid, []).append(entry)
    live_old = [entry for entry in placing.old if not entry.obsolete]
    old_neighbours = {id(entry): (live_old[at - 1].msgid if at else None, live_old[at + 1].msgid if at + 1 < len(live_old) else None)
                      for at, entry in enumerate(live_old)}
    for msgid, indexes in wanting.items():
        if len(indexes) == 1 and len(offers.get(msgid, ())) == 1:
            placing.take(indexes[0], offers[msgid][0], How.MOVED)
        elif offers.get(msgid) and len(indexes) * len(offers[msgid]) <= _NEIGHBOUR_PAIRS:
            # A paragraph repeated: each copy is the old one among the neighbours it had, as
            # far as the neighbours tell; where they do not, the steps below place it.
            scored = sorted(((_neighbours_shared(placing.new, index, old_neighbours[id(entry)]), index, entry)
                             for index in indexes for entry in offers[msgid]), key=lambda item: (-item[0], item[1]))
            for shared, index, entry in scored:
                if shared and index not in placing.plan.placed and id(entry) in placing.free:
                    placing.take(index, entry, How.MOVED)


def _edited(placing: _Placing) -> None:
    """A text close to one still free, renumbered or not (a revision that adds or removes a
    paragraph also rewords one), closest pairs first, the same segment id breaking a tie. Before
    the segment's own id: after a renumbering the id holds another paragraph."""
    wanting, offered = placing.unplaced(with_context=True), placing.live_translations()
    if not wanting or not offered:
        return
    if len(wanting) * len(offered) > MAX_COMPARISONS:
        placing.plan.similar_skipped = True
        return
    new = placing.new
    pairs = [(ratio, entry.msgctxt == new[index].msgctxt, index, entry)
             for index in wanting for entry in offered if _may_take(new[index], entry, placing.said_before)
             and (ratio := _similarity(entry.msgid, new[index].msgid, SIMILAR_ENOUGH)) >= SIMILAR_ENOUGH]
    for _, same_segment, index, entry in sorted(pairs, key=lambda pair: (-pair[0], not pair[1], pair[2])):
        if index not in placing.plan.placed and id(entry) in placing.free:
            placing.take(index, entry, How.SAME_SEGMENT if same_segment else How.MOVED_EDITED)


def _same_segment(placing: _Placing) -> None:
    by_context: dict[str, list] = {}
    for entry in placing.pool:
        if entry.msgctxt:
            by_context.setdefault(entry.msgctxt, []).append(entry)
    for index in placing.unplaced(with_context=True):
        item = placing.new[index]
        candidates = [entry for entry in by_context.get(item.msgctxt, ()) if id(entry) in placing.free]
        if candidates:
            # Two entries of one context (a catalog edited by hand): the closer source wins.
            best = max(candidates, key=lambda entry: _similarity(entry.msgid, item.msgid))
            placing.take(index, best, How.SAME_SEGMENT)


def _same_source(placing: _Placing) -> None:
    by_source: dict[str, list] = {}
    for entry in placing.pool:
        if placing.translated(entry):
            by_source.setdefault(entry.msgid, []).append(entry)
    for index in placing.unplaced():
        entry = next((entry for entry in by_source.get(placing.new[index].msgid, ()) if id(entry) in placing.free), None)
        if entry is not None:
            placing.take(index, entry, How.SAME_SOURCE)


def _similar(placing: _Placing) -> None:
    """For a segment the document gives no text, the most similar translation left; one may
    serve several."""
    wanting = [index for index in placing.unplaced() if not placing.new[index].has_text]
    offered = [entry for entry in placing.free.values() if placing.translated(entry)]
    if not wanting or not offered:
        return
    if len(wanting) * len(offered) > MAX_COMPARISONS:
        placing.plan.similar_skipped = True
        return
    used = set()
    for index in wanting:
        best, score = None, SIMILAR_ENOUGH
        for entry in offered:
            ratio = _similarity(entry.msgid, placing.new[index].msgid, score)
            if ratio >= score:
                best, score = entry, ratio
        if best is not None:
            placing.plan.placed[index] = Placement(best, How.SIMILAR)
            used.add(id(best))
    for key in used:
        placing.free.pop(key, None)


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


# -- a paragraph's sentences regrouped -------------------------------------------------------
#
# A paragraph is one entry where any version does not pair its sentences one to one with the
# source's, and one entry a sentence otherwise (pipeline/align.py): a version that arrives, or
# is corrected, can turn `p/3/s1`, `p/3/s2` into `p/3`, or back, in every catalog. The steps
# above place translations entry by entry, and a sentence is no paragraph: an edit made in the
# catalog would be kept obsolete while the new entry took the version's text. It goes instead
# to the entry its text now belongs to, fuzzy, to be read again.

_SENTENCE_ID = re.compile(r"(?P<paragraph>.+)/s(?P<number>[1-9]\d*)")


@dataclass(frozen=True)
class Regrouped:
    """A new entry's translation made of edited translations of the old segmenting."""

    msgstr: str
    previous_msgid: str  # what the old entries translated, as msgmerge keeps it (`#|`)
    olds: tuple  # the old entries it comes from
    joined: bool  # sentences joined into their paragraph's entry (else a paragraph cut into its sentences')


def regroup_edits(new: Sequence[NewEntry], plan: MergePlan, edited: Callable[[object], bool],
                  sentences: Callable[[str], list[str]], joiner: str) -> dict[int, Regrouped]:
    """For each new entry left without a translation whose paragraph was segmented otherwise
    before, where a translator edited the old segmenting's translations (`edited`: not the
    version's text), those translations joined with `joiner` or cut by `sentences`; those old
    entries are taken out of `plan.left`. A paragraph's edit is cut only where it gives as many sentences as the
    paragraph now has entries."""
    left = {entry.msgctxt: entry for entry in plan.left if entry.msgctxt and not entry.obsolete and entry.msgstr}
    if not any(map(edited, left.values())):
        return {}
    index_of = {item.msgctxt: index for index, item in enumerate(new)}
    regrouped: dict[int, Regrouped] = {}
    for index, item in enumerate(new):
        if index in plan.placed or index in regrouped:
            continue
        parts = []
        while f"{item.msgctxt}/s{len(parts) + 1}" in left:
            parts.append(left[f"{item.msgctxt}/s{len(parts) + 1}"])
        if any(map(edited, parts)) and not any(f"{item.msgctxt}/s{number}" in index_of for number in range(1, len(parts) + 1)):
            regrouped[index] = Regrouped(joiner.join(p.msgstr for p in parts), joiner.join(p.msgid for p in parts),
                                         tuple(parts), joined=True)
            continue
        sentence = _SENTENCE_ID.fullmatch(item.msgctxt)
        whole = left.get(sentence.group("paragraph")) if sentence and sentence.group("number") == "1" else None
        if whole is None or whole.msgctxt in index_of or not edited(whole):
            continue
        siblings = []
        while (at := index_of.get(f"{whole.msgctxt}/s{len(siblings) + 1}")) is not None:
            siblings.append(at)
        pieces = sentences(whole.msgstr)
        if len(pieces) == len(siblings) and not any(at in plan.placed for at in siblings):
            for at, piece in zip(siblings, pieces):
                regrouped[at] = Regrouped(piece, whole.msgid, (whole,), joined=False)
    used = {id(old) for item in regrouped.values() for old in item.olds}
    plan.left = [entry for entry in plan.left if id(entry) not in used]
    return regrouped
