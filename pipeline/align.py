"""Aligning the six versions of a document: by structure first, then by sentence.

Blocks align by their structural id. Paragraphs the document does not number (a resolution's
preamble, the paragraphs under a heading) are named by their place, so where a version has
more or fewer of them in a part than the source, they are paired by length and numbers
instead (the same dynamic programme, a paragraph left without a partner where one version
lacks it), and the places renamed to the source's; numbered paragraphs too, where pairing
them by their numbers pairs a run of them with their neighbours' translations (a version that
left one out and numbered the rest on). Inside a paragraph, sentences align by a small
Gale–Church dynamic programme over sentence lengths (scaled by the language pair's length
ratio, measured on the document itself), with numbers (digits, and the numbers each language
writes in words) and document symbols as anchors.
Where any language does not align one-to-one, the paragraph becomes one unit in every
catalog, fuzzy in the languages whose alignment was uncertain, with a note saying why.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from pipeline.extract.segment_ids import counted_stem
from pipeline.model import AlignedUnit, Block, BlockKind, ExtractedDocument, UnitVersion
from pipeline.sentence_pairing import anchors, sentence_beads

# Paragraphs: one to one, one without a partner, two joined or one split. A paragraph left out
# or added is the likelier fault in a translation: at one cost with joined and split, a short
# paragraph left out beside a long one read as the two joined, and a short one added in
# Chinese as one split (Chinese's lengths tell less). Sweeps on the corpus (each unnumbered
# paragraph of each version left out, then one added after each) name the right paragraph in
# every case at these costs; two really joined still read as joined.
_PARAGRAPH_BEAD_COST = {(1, 1): 0.0, (2, 1): 5.5, (1, 2): 5.5, (1, 0): 4.5, (0, 1): 4.5}


@dataclass(frozen=True)
class Alignment:
    units: tuple[AlignedUnit, ...]
    # Block ids a language has that the source does not: reported, never silently dropped.
    unmatched: dict[str, tuple[str, ...]]
    # Per language, the parts whose unnumbered paragraphs were paired by content, not place.
    repaired: dict[str, tuple[str, ...]] = field(default_factory=dict)


def align(documents: Mapping[str, ExtractedDocument], source_lang: str) -> Alignment:
    source = documents[source_lang]
    targets = {lang: replace(doc, blocks=_distinct_ids(doc.blocks))
               for lang, doc in documents.items() if lang != source_lang}
    blocks_by_lang = {lang: {b.id: b for b in doc.blocks} for lang, doc in targets.items()}
    ratios = {lang: _length_ratio(source, doc) for lang, doc in targets.items()}
    repaired: dict[str, tuple[str, ...]] = {}
    uncertain: dict[str, dict[str, str]] = {}  # source block id → language → why its pairing is uncertain
    for lang, doc in list(targets.items()):
        blocks, said = _articles_paired_by_place(source.blocks, doc.blocks, source_lang, lang)
        if said:
            targets[lang] = doc = replace(doc, blocks=tuple(blocks))
            blocks_by_lang[lang] = {b.id: b for b in blocks}
            repaired[lang] = said
    for lang, doc in targets.items():
        pairing = _pair_counted_paragraphs(source.blocks, doc.blocks, ratios[lang], source_lang, lang)
        if pairing.said:
            blocks_by_lang[lang] = {b.id: b for b in pairing.blocks}
            repaired[lang] = (*repaired.get(lang, ()), *pairing.said)
        for block_id, why in pairing.uncertain.items():
            uncertain.setdefault(block_id, {})[lang] = why
    for lang in targets:
        for pair in (_pair_numbered_paragraphs, _pair_sub_paragraphs):
            pairing = pair(source.blocks, list(blocks_by_lang[lang].values()), ratios[lang], source_lang, lang)
            if pairing.said:
                blocks_by_lang[lang] = {b.id: b for b in pairing.blocks}
                repaired[lang] = (*repaired.get(lang, ()), *pairing.said)
            for block_id, why in pairing.uncertain.items():
                uncertain.setdefault(block_id, {})[lang] = why
    for lang in targets:
        for pair in (_pair_footnotes, _pair_table_rows):
            pairing = pair(source.blocks, list(blocks_by_lang[lang].values()), lang, source_lang)
            if pairing.said:
                blocks_by_lang[lang] = {b.id: b for b in pairing.blocks}
                repaired[lang] = (*repaired.get(lang, ()), *pairing.said)
            for block_id, why in pairing.uncertain.items():
                uncertain.setdefault(block_id, {})[lang] = why
    units: list[AlignedUnit] = []
    for block in source.blocks:
        found = {lang: blocks[block.id] for lang, blocks in blocks_by_lang.items() if block.id in blocks}
        these = _units_for(block, source_lang, found, ratios)
        if block.id in uncertain:
            why = uncertain[block.id]
            # (Said in the catalog of the language paired so: every catalog said every
            # language's, a Russian translator read of the Arabic version's pairing.)
            these = [replace(unit, fuzzy=unit.fuzzy | set(why),
                             language_notes={**unit.language_notes, **{lang: f"Paired by content: {text}." for lang, text in why.items()}})
                     for unit in these]
        units.extend(these)
    source_ids = {b.id for b in source.blocks}
    unmatched = {
        lang: tuple(block_id for block_id in blocks_by_lang[lang] if block_id not in source_ids) for lang in targets
    }
    return Alignment(tuple(units), {lang: ids for lang, ids in unmatched.items() if ids}, repaired)


def _distinct_ids(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The version's blocks, one whose id another took before it marked with its count
    (`p/21/b#2`: a sub-paragraph labelled `b)` twice). Held by id, the second took the first's
    place, and the first's translation was in no catalog and not said to be; marked, it is
    paired by place among its list's, or said to be in no catalog."""
    seen: dict[str, int] = {}
    distinct = []
    for block in blocks:
        seen[block.id] = seen.get(block.id, 0) + 1
        distinct.append(block if seen[block.id] == 1 else replace(block, id=f"{block.id}{_REPEATED}{seen[block.id]}"))
    return tuple(distinct)


_REPEATED = "#"


# A treaty's article (`art/6`, `annex/art/2`; a second of one number `art/2#2`), and what is
# in it (`art/6/p/1/b`, `art/2/h1#2`).
_ARTICLE = re.compile(r"(?P<stem>(?:.*/)?art/\d+)(?:#\d+)?")


def _articles_paired_by_place(source: Sequence[Block], target: Sequence[Block], source_lang: str,
                              lang: str) -> tuple[list[Block], tuple[str, ...]]:
    """A version's articles, where it has as many as the source and numbers one otherwise
    (`Article 7` for `Article 6`, `Правило 2` twice), each with what is in it renamed to the
    source's article in its place: held by their numbers, the article's every entry was
    untranslated and its text in no catalog. The heading keeps the version's number, which
    NUM001 compares (`7 here, 6 in the source`)."""
    ours = [b.id for b in source if _ARTICLE.fullmatch(b.id) and b.kind is BlockKind.HEADING]
    theirs = [b.id for b in target if _ARTICLE.fullmatch(b.id) and b.kind is BlockKind.HEADING]
    if len(ours) != len(theirs) or ours == theirs:
        return list(target), ()
    new_stem = iter(ours)
    renamed, current = [], None  # current: (the version's article stem, the source's)
    for block in target:
        if _ARTICLE.fullmatch(block.id) and block.kind is BlockKind.HEADING:
            # (its own id as its stem: a number given twice is `art/3#2`, its paragraphs `art/3#2/p/1`)
            current = (block.id, next(new_stem))
            renamed.append(replace(block, id=current[1]))
            continue
        stem = current[0] + "/" if current else None
        if stem and block.id.startswith(stem):
            rest = block.id[len(stem):].split(_REPEATED)[0]
            renamed.append(replace(block, id=f"{current[1]}/{rest}"))
            continue
        current = None
        renamed.append(block)
    moved = [f"{mine.split(_REPEATED)[0]} as {source_id}" for mine, source_id in zip(theirs, ours) if mine != source_id]
    return renamed, (f"articles numbered otherwise than {source_lang}'s, paired by place: {', '.join(moved)}",)


def _pair_footnotes(source: Sequence[Block], target: Sequence[Block], lang: str, source_lang: str = "") -> _Pairing:
    """A version's footnotes paired with the source's by the paragraph that calls them, where
    their numbers do not (a footnote lost with its call, the rest numbered on as Word numbers
    them): each paragraph's footnotes in the order it calls them, where it calls as many as the
    source's; a footnote left unpaired keeps an id of its own, and is said to be in no catalog.
    Paired by number, footnote 2 took the text of 3, and 3 was untranslated. The calls in the
    version's sentences are renamed with their footnotes."""
    ours = [block for block in source if block.kind is BlockKind.FOOTNOTE and block.note_of]
    theirs = [block for block in target if block.kind is BlockKind.FOOTNOTE]
    noted = {block.id: block.note_of for block in ours}
    # As many footnotes as the source's: their numbers pair them (a call the source moved to
    # another paragraph is REF004's to report, and each translation stays with its number).
    if len(theirs) == len(ours) or not theirs or any(block.note_of is None for block in theirs) \
            or all(noted.get(block.id) == block.note_of for block in theirs) and len(theirs) >= len(ours):
        return _Pairing(list(target))
    by_paragraph: dict[str, list[str]] = {}
    for block in ours:
        by_paragraph.setdefault(block.note_of, []).append(block.id)
    calling: dict[str, list[str]] = {}
    for block in theirs:
        calling.setdefault(block.note_of, []).append(block.id)
    renames = {}
    for paragraph, ids in calling.items():
        if len(ids) == len(by_paragraph.get(paragraph, [])):
            renames.update(zip(ids, by_paragraph[paragraph]))
    unpaired = [block.id for block in theirs if block.id not in renames]
    renames.update({old: f"{old}+{lang}" for old in unpaired})
    if all(old == new for old, new in renames.items()):
        return _Pairing(list(target))

    def renamed(block: Block) -> Block:
        if block.kind is BlockKind.FOOTNOTE:
            return replace(block, id=renames.get(block.id, block.id))
        if block.kind is BlockKind.LINK:
            # A footnote's link goes with it (`fn/1/link1` of the version's footnote paired as
            # fn/2 is fn/2/link1): left behind, the source's fn/2/link1 was "not translated"
            # (CONS001) and the version's in no catalog.
            owner, marker, number = block.id.rpartition("/link")
            return replace(block, id=f"{renames[owner]}{marker}{number}") if marker and owner in renames else block
        if not any(ref in renames for sentence in block.sentences for ref in sentence.footnotes):
            return block
        return replace(block, sentences=tuple(replace(sentence, footnotes=tuple(renames.get(ref, ref) for ref in sentence.footnotes),
                                                      calls_after_punctuation=tuple(renames.get(ref, ref)
                                                                                    for ref in sentence.calls_after_punctuation))
                                              for sentence in block.sentences))
    moved = sorted(f"{old} as {new}" for old, new in renames.items() if old != new and old not in unpaired)
    said = "; ".join(filter(None, [
        f"{lang} has {len(theirs)} footnote{'s' if len(theirs) != 1 else ''}, the source {len(ours)}: paired by the "
        "paragraphs that call them",
        ", ".join(moved), f"{', '.join(unpaired)} paired with none (a paragraph calls other footnotes than the source's)"
        if unpaired else ""]))
    return _Pairing([renamed(block) for block in target], (said,))


# A table's cell: its table (`annex/r`, `h/2/r`), its row's number, its column's.
_CELL = re.compile(r"(?P<table>.+/r)(?P<row>\d+)/c(?P<column>\d+)")
# Two rows pair where this share of their figures is the same (their Jaccard index).
_ROWS_ALIKE = 0.5


def _pair_table_rows(source: Sequence[Block], target: Sequence[Block], lang: str, source_lang: str) -> _Pairing:
    """A version's table rows paired with the source's by their figures, where the version has
    another number of rows than the source in a table (a row left out, or one added): paired
    by place, every row after it took the next row's figures, three NUM001 on a row that was
    right, and the total said untranslated while the row missing was named nowhere. Rows pair
    in order, each with the source row whose figures it shares at least half of, and only where
    that tells every row of the shorter side and none of them twice: a row of no figures (`–`),
    rows of the same figures, a figure mistyped leave the rows paired by place, where NUM001
    and CONS001 say what differs (re-paired, they moved translations onto the wrong rows)."""
    ours, theirs = _table_rows(source), _table_rows(target)
    renames: dict[str, str] = {}
    said = []
    for table, rows in ours.items():
        their_rows = theirs.get(table)
        if not their_rows or len(their_rows) == len(rows):
            continue
        our_numbers, their_numbers = list(rows), list(their_rows)
        figures = [frozenset().union(*(anchors(cell.text, source_lang) for cell in rows[n])) for n in our_numbers]
        their_figures = [frozenset().union(*(anchors(cell.text, lang) for cell in their_rows[n])) for n in their_numbers]
        # A table's heading rows (words, no figure: `Object of expenditure | Appropriation`), as
        # many on both sides, pair by place; the rows of figures under them by their figures.
        heading = 0
        while heading < min(len(figures), len(their_figures)) and not figures[heading] and not their_figures[heading]:
            heading += 1
        if not any(figures[heading:]) or not any(their_figures[heading:]):
            continue  # a table of words: by place, as before
        pairs = [(n, n) for n in range(heading)] + [(i + heading, j + heading) for i, j in
                                                     _rows_in_order(figures[heading:], their_figures[heading:])]
        if len(pairs) < min(len(rows), len(their_rows)) or not _told_apart(pairs, figures, their_figures):
            continue  # not every row told by its figures, or told alike: by place, as before
        paired = {their_numbers[j]: our_numbers[i] for i, j in pairs}
        for number in their_numbers:
            new = paired.get(number, f"{number}+{lang}")
            if new != number:
                renames.update({cell.id: f"{table}{new}/c{_CELL.fullmatch(cell.id).group('column')}" for cell in their_rows[number]})
        missing = [f"{table}{number}" for number in our_numbers if number not in paired.values()]
        added = [f"{table}{number}" for number in their_numbers if number not in paired]
        said.append(f"{lang} has {len(their_rows)} rows in {table.removesuffix('/r')}, the source {len(rows)}: paired by their "
                    "figures" + (f"; no {lang} row for {', '.join(missing)}" if missing else "")
                    + (f"; {', '.join(added)} paired with none" if added else ""))
    if not renames:
        return _Pairing(list(target))
    return _Pairing([replace(block, id=renames.get(block.id, block.id)) for block in target], tuple(said))


def _table_rows(blocks: Sequence[Block]) -> dict[str, dict[str, list[Block]]]:
    """Each table's rows (table → row's number → its cells), in order."""
    tables: dict[str, dict[str, list[Block]]] = {}
    for block in blocks:
        cell = _CELL.fullmatch(block.id) if block.kind is BlockKind.TABLE_CELL else None
        if cell is not None:
            tables.setdefault(cell.group("table"), {}).setdefault(cell.group("row"), []).append(block)
    return tables


def _alike(ours: frozenset, theirs: frozenset) -> float:
    """How much of two rows' figures they share (their Jaccard index): 0 where either has none."""
    return len(ours & theirs) / len(ours | theirs) if ours and theirs else 0.0


def _told_apart(pairs: list[tuple[int, int]], ours: list[frozenset], theirs: list[frozenset]) -> bool:
    """Whether each pair's rows share their figures with no other row of the other side as
    much (rows of the same figures, `1 1`, pair with any of them)."""
    for i, j in pairs:
        if not ours[i] and not theirs[j] and i == j:
            continue  # (a heading row, paired by place)
        best = _alike(ours[i], theirs[j])
        if any(_alike(ours[other], theirs[j]) >= best for other in range(len(ours)) if other != i) \
                or any(_alike(ours[i], theirs[other]) >= best for other in range(len(theirs)) if other != j):
            return False
    return True


def _rows_in_order(ours: list[frozenset], theirs: list[frozenset]) -> list[tuple[int, int]]:
    """The (source row, version row) pairs, in order on both sides, that share the most figures
    (each pair at least _ROWS_ALIKE of them): the longest common subsequence, weighed."""
    score = [[0.0] * (len(theirs) + 1) for _ in range(len(ours) + 1)]
    for i in range(1, len(ours) + 1):
        for j in range(1, len(theirs) + 1):
            best = max(score[i - 1][j], score[i][j - 1])
            similarity = _alike(ours[i - 1], theirs[j - 1])
            if similarity >= _ROWS_ALIKE:
                best = max(best, score[i - 1][j - 1] + similarity)
            score[i][j] = best
    pairs, i, j = [], len(ours), len(theirs)
    while i and j:
        similarity = _alike(ours[i - 1], theirs[j - 1])
        if similarity >= _ROWS_ALIKE and score[i][j] == score[i - 1][j - 1] + similarity:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif score[i][j] == score[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


# How far from pairing by place the paragraph programme looks, beyond the difference in count:
# a version lacks or adds a few paragraphs, never dozens, and the band keeps a long document's
# programme linear (600 paragraphs: 4 s a language without it).
_PARAGRAPH_BAND = 12


def _fits(source: str, target: str, ratio: float, langs: tuple[str | None, str | None] = (None, None)) -> bool:
    """Whether two paragraphs paired by place look like translations of each other: lengths
    within 1.65 times the document's ratio, and, where either has numbers, half of them in
    common (a paragraph paired with its neighbour's translation shows neither). Three numbers
    in common or more pair them within 2.7 times the ratio: a paragraph of resolutions'
    numbers and years (`2240 (2015), 2312 (2016), …`) is as long in Chinese as in English,
    where the document's ratio has its words a third as long."""
    ours, theirs = anchors(source, langs[0]), anchors(target, langs[1])
    common = len(ours & theirs)
    # Half of the numbers at least in common: a year that every paragraph of a report names
    # made any two of them alike.
    numbers_agree = 2 * common >= max(len(ours), len(theirs))
    apart = _apart_in_length(source, target, ratio)
    if numbers_agree and common >= 3 and apart <= 1.0:
        return True  # (not a paragraph several times the other's: a neighbour's naming the same years)
    return apart <= 0.5 and numbers_agree


def _apart_in_length(source: str, target: str, ratio: float) -> float:
    """How far a paragraph's length is from its source's times the document's ratio (a log)."""
    return abs(math.log((len(target) + 10) / (len(source) * ratio + 10)))


def _numbering_holds(run: list[str], source: Sequence[Block], target: Mapping[str, Block], ratio: float,
                     langs: tuple[str | None, str | None]) -> bool:
    """Whether a run of paragraphs unlike their source's differs from it in numbers only: each
    as long as its own source paragraph, and like neither neighbour of it. That is a version
    whose figures were not brought up to date, which NUM001 and REF001 tell, not one that
    numbered its paragraphs on after leaving one out (its paragraphs fit their neighbours')."""
    order = [b for b in source if b.kind.splits_into_sentences and b.kind is not BlockKind.FOOTNOTE]
    place = {b.id: i for i, b in enumerate(order)}
    for block_id in run:
        i, text = place[block_id], target[block_id].text
        if _apart_in_length(order[i].text, text, ratio) > 0.5:
            return False
        if any(_fits(order[j].text, text, ratio, langs) for j in (i - 1, i + 1) if 0 <= j < len(order)):
            return False
    return True


# Paragraphs paired by their numbers that look unlike translations, in a row (one alike pair
# among them allowed), from which the numbering is said to be off: a paragraph left out or
# added in a version that numbered the rest on. Fewer is a number mistyped, for NUM001.
_UNLIKE_IN_A_ROW = 3


def _unlike_runs(source: Sequence[Block], target: Mapping[str, Block], ratio: float,
                 langs: tuple[str | None, str | None] = (None, None)) -> list[list[str]]:
    """The runs of a version's paragraphs, paired by the numbers the document gives them
    (`p/7`, `op/3`), that look unlike their source's."""
    runs, run, misses = [], [], 0
    for block in source:
        if (not block.kind.splits_into_sentences or block.kind is BlockKind.FOOTNOTE or counted_stem(block.id) is not None
                or block.id not in target):
            continue
        if not _fits(block.text, target[block.id].text, ratio, langs):
            run.append(block.id)
            misses = 0
        elif run:
            misses += 1
            if misses > 1:
                runs.append(run)
                run, misses = [], 0
    runs.append(run)
    return [run for run in runs if len(run) >= _UNLIKE_IN_A_ROW]


# A paragraph the document numbers (`p/7`, `op/3`, `annex/p/2`): its stem and number. Its
# sub-paragraphs (`p/7/a`, `p/7/a/ii`) go with it.
_NUMBERED = re.compile(r"(?P<stem>(?:.*/)?(?:p|op)/)(?P<number>\d+)")


def _pair_numbered_paragraphs(source: Sequence[Block], target: Sequence[Block], ratio: float, source_lang: str,
                              lang: str) -> _Pairing:
    """A version's numbered paragraphs paired by content where pairing them by their numbers
    pairs a run of them with their neighbours' translations: a version that left a paragraph
    out and numbered the rest on, or an original that gained one its translations have not
    yet. Each of the version's paragraphs (with its sub-paragraphs) takes the number of the
    source paragraph it pairs with; a source paragraph it lacks is left untranslated, and one
    it adds is kept apart (`p/7+ru1`), its text in no catalog. Where pairing by content does
    not make the run alike (joined or split paragraphs, or no pairing better than the numbers),
    the run stays paired by numbers, fuzzy, with a note."""
    def numbered(blocks: Sequence[Block]) -> dict[str, list[Block]]:
        parts: dict[str, list[Block]] = {}
        for block in blocks:
            if (match := _NUMBERED.fullmatch(block.id)) and block.kind.splits_into_sentences:
                parts.setdefault(match.group("stem"), []).append(block)
        return parts

    by_id = {b.id: b for b in target}
    runs = _unlike_runs(source, by_id, ratio, (source_lang, lang))
    theirs, ours = numbered(source), numbered(target)

    def off(stem: str, source_blocks: list[Block], target_blocks: list[Block]) -> bool:
        """A run of pairs unlike each other, or as few as one where the version has more or
        fewer paragraphs than the source (the last ones of a version lost with its last page)."""
        return any(run[0].startswith(stem) and _NUMBERED.fullmatch(run[0]) for run in runs) or (
            len(source_blocks) != len(target_blocks)
            and any(b.id in by_id and not _fits(b.text, by_id[b.id].text, ratio, (source_lang, lang)) for b in source_blocks)
        ) or (
            # As many paragraphs, numbered otherwise (`1.`, `3.` for `1.`, `2.`: a number
            # mistyped where no paragraph follows to tell it): the source's without a partner.
            len(source_blocks) == len(target_blocks) and {b.id for b in source_blocks} != {b.id for b in target_blocks})

    stems = [stem for stem, blocks in theirs.items() if ours.get(stem) and off(stem, blocks, ours[stem])]
    if not stems:
        return _Pairing(list(target))
    repairs, said = _Repair(), []
    for stem in stems:
        source_blocks, target_blocks = theirs[stem], ours[stem]
        repair = _repaired(stem, source_blocks, target_blocks, ratio, lang, "paragraph", source_lang)
        if repair is None or not repair.moved:
            continue
        repairs.update(repair)
        first = min((new for old, new in repair.renames.items() if old != new),
                    key=lambda i: int(_NUMBERED.fullmatch(i.split("+")[0]).group("number")))
        start, end = first.split("+")[0], source_blocks[-1].id
        said.append(f"{start if start == end else f'{start} to {end}'} numbered otherwise than {source_lang}'s: paired by "
                    "length and numbers, not by their numbers" + repair.said(lang, source_lang, "paragraph"))
    blocks, uncertain = repairs.apply(target), repairs.uncertain
    # What pairing by content could not make alike is paired by numbers, fuzzy, and said.
    paired = {b.id: b for b in blocks}
    left = [run for run in _unlike_runs(source, paired, ratio, (source_lang, lang))
            if not _numbering_holds(run, source, paired, ratio, (source_lang, lang))]
    for run in left:
        for block_id in run:
            uncertain[block_id] = (f"paired by its number, but unlike the {source_lang} paragraph in length or numbers, "
                                   f"as are the {lang} paragraphs around it")
    if left:
        shown = ", ".join(f"{run[0]} to {run[-1]}" for run in left)
        said.append(f"{shown} paired by their numbers, but unlike their {source_lang} paragraphs in length or numbers "
                    "(fuzzy): is a paragraph left out or added, and the rest numbered on?")
    return _Pairing(blocks, tuple(said), uncertain)


@dataclass
class _Repair:
    """A list's pairing by content (_repaired): the version's ids renamed to the source's they
    pair with, the source's ids whose pairing is uncertain (beside a gap, joined or split, with
    why), and what is lacking, joined, split or added."""

    renames: dict[str, str] = field(default_factory=dict)
    uncertain: dict[str, str] = field(default_factory=dict)
    # A source block the version gives as two: the first's id → the second, whose text goes
    # on the first's (its own id renamed with the first's, for its sub-paragraphs).
    joined: dict[str, Block] = field(default_factory=dict)
    lacking: list[str] = field(default_factory=list)  # source ids with no block of the version
    joins: list[str] = field(default_factory=list)  # `X and Y`: two source blocks the version gives as one
    splits: list[str] = field(default_factory=list)  # source ids the version gives as two
    extra: int = 0  # the version's blocks with no source one

    @property
    def moved(self) -> bool:
        return bool(self.joined) or any(old != new for old, new in self.renames.items())

    def update(self, other: _Repair) -> None:
        self.renames.update(other.renames)
        self.uncertain.update(other.uncertain)
        self.joined.update(other.joined)

    def said(self, lang: str, source_lang: str, what: str) -> str:
        return ((f"; no {lang} {what} for {', '.join(self.lacking)}" if self.lacking else "")
                + (f"; one {lang} {what} for {', '.join(self.joins)} (fuzzy)" if self.joins else "")
                + (f"; two {lang} {what}s for {', '.join(self.splits)}, read as one (fuzzy)" if self.splits else "")
                + (f"; {self.extra} {lang} {what}(s) with no {source_lang} one" if self.extra else ""))

    def apply(self, blocks: Sequence[Block]) -> list[Block]:
        """The version's blocks renamed, each second half of a split block joined to its first."""
        seconds = {id(second) for second in self.joined.values()}
        out = []
        for block in blocks:
            if id(block) in seconds:
                continue
            if block.id in self.joined:
                block = replace(block, sentences=block.sentences + self.joined[block.id].sentences)
            out.append(_renamed(block, self.renames))
        return out


def _repaired(stem: str, source_blocks: Sequence[Block], target_blocks: Sequence[Block], ratio: float, lang: str,
              what: str, source_lang: str | None = None) -> _Repair | None:
    """The target's blocks of one list (`pre/` or `p/` paragraphs, `p/4/` sub-paragraphs)
    paired with the source's by length and numbers; None where place is the best pairing. One
    the version gives as two is read as one, and two it gives as one pair with the first, each
    uncertain (fuzzy, with a note); one the version adds is named after the source block it
    follows (`pre/3+fr1`), apart from every source id: its text is in no catalog, and said."""
    beads = sentence_beads([b.text for b in source_blocks], [b.text for b in target_blocks], ratio,
                           _PARAGRAPH_BEAD_COST, band=_PARAGRAPH_BAND + abs(len(source_blocks) - len(target_blocks)),
                           langs=(source_lang, lang))
    # Pairs in place are the best pairing, unless the version numbers a paragraph otherwise (a
    # sub-paragraph lettered otherwise is _relettered's).
    renumbered = what == "paragraph" and any(a.id != b.id and _NUMBERED.fullmatch(a.id) for a, b in zip(source_blocks, target_blocks))
    if all(bead == (1, 1) for bead in beads) and not renumbered:
        return None
    repair = _Repair()
    paired_apart: dict[str, str] = {}  # source id → why its pairing is uncertain, joined or split
    i = j = 0
    extra, after = [], f"{stem}0"
    # Where a block is lacking or added: the source's places beside it, each with the block it
    # might have been paired with instead (the source's lacking one, or the version's added one).
    gaps: list[tuple[int, Block, bool]] = []  # (place, that block, is it the source's?)
    for a, b in beads:
        if (a, b) == (1, 1):
            repair.renames[target_blocks[j].id] = source_blocks[i].id
            if all(bead == (1, 1) for bead in beads) and target_blocks[j].id != source_blocks[i].id:
                # Each paragraph has its partner in place, one numbered otherwise: a number
                # mistyped (`3.` for `2.`), which the reviser is to mend in the version.
                paired_apart[source_blocks[i].id] = (f"numbered {_number_of(target_blocks[j].id)} in {lang} where {source_lang} "
                                                     f"numbers it {_number_of(source_blocks[i].id)} (a number mistyped?)")
        elif (a, b) == (1, 2):
            first, second = target_blocks[j], target_blocks[j + 1]
            repair.renames[first.id] = repair.renames[second.id] = source_blocks[i].id
            repair.joined[first.id] = second
            repair.splits.append(source_blocks[i].id)
            paired_apart[source_blocks[i].id] = (f"{lang} gives this {what} as two, read here as one (or one of the "
                                                 "two belongs elsewhere)")
        elif (a, b) == (2, 1):
            repair.renames[target_blocks[j].id] = source_blocks[i].id
            repair.lacking.append(source_blocks[i + 1].id)
            repair.joins.append(f"{source_blocks[i].id} and {source_blocks[i + 1].id}")
            paired_apart[source_blocks[i].id] = (f"{lang} has one {what} for this one and {source_blocks[i + 1].id}: "
                                                 f"its translation may hold {source_blocks[i + 1].id}'s too")
        elif a:
            repair.lacking.append(source_blocks[i].id)
            gaps += [(i - 1, source_blocks[i], True), (i + 1, source_blocks[i], True)]
        else:
            extra.append((after, target_blocks[j]))
            gaps += [(i - 1, target_blocks[j], False), (i, target_blocks[j], False)]
        if a:
            after = source_blocks[i + a - 1].id
        i, j = i + a, j + b
    # Beside a gap, which of two blocks alike in length the version lacks is a guess (lengths
    # and numbers are all the programme reads): their pairing is made uncertain, unless their
    # numbers tie it (a figure and a date the two share, and the other block has not).
    paired_with = {source: target for target, source in repair.renames.items()}
    by_id = {block.id: block for block in target_blocks}
    for place, other, the_sources in gaps:
        if 0 <= place < len(source_blocks) and source_blocks[place].id in paired_with:
            source, target = source_blocks[place], by_id[paired_with[source_blocks[place].id]]
            if not _tied_by_numbers(source, target, other, source_lang, lang, the_sources):
                repair.uncertain[source.id] = (f"beside a {what} {lang} lacks or adds: which of the two is "
                                               "paired with this one is uncertain")
    repair.uncertain.update(paired_apart)
    for number, (follows, block) in enumerate(extra, 1):
        repair.renames[block.id] = f"{follows}+{lang}{number}"
    repair.extra = len(extra)
    return repair


def _number_of(block_id: str) -> str:
    """The number a numbered paragraph's id gives it (`art/8/p/3` → 3), else the id."""
    match = _NUMBERED.fullmatch(block_id)
    return match.group("number") if match else block_id


def _tied_by_numbers(source: Block, target: Block, other: Block, source_lang: str | None, lang: str,
                     other_is_the_sources: bool) -> bool:
    """Whether a source block and the version's block paired with it beside a gap share
    numbers that tie them: some the other candidate (the source's lacking block, or the
    version's added one) has not, and none that the other shares with the one it might pair
    with instead. `op/6`'s `20 per cent` and `31 December 2025` in both, and in neither of the
    lacking `op/5`, leave no doubt which is which."""
    mine, theirs = anchors(source.text, source_lang), anchors(target.text, lang)
    # Two numbers at least: one alone may be read on one side only (Chinese `12月` is 12, the
    # English `December` no number), and tied `in December 2022` to `12 States … in 2022`.
    if other_is_the_sources:  # was the version's block the translation of the lacking one?
        alternative = anchors(other.text, source_lang)
        return len((mine & theirs) - alternative) >= 2 and not (alternative & theirs) - mine
    alternative = anchors(other.text, lang)  # is the version's added block this one's translation?
    return len((mine & theirs) - alternative) >= 2 and not (mine & alternative) - theirs


# A sub-paragraph of a numbered paragraph, by its letter (`p/4/b`, `op/2/c`).
_LETTERED = re.compile(rf"(?P<stem>(?:.*/)?(?:p|op)/\d+/)(?P<letter>[a-z])(?:{_REPEATED}\d+)?")


def _pair_sub_paragraphs(source: Sequence[Block], target: Sequence[Block], ratio: float, source_lang: str,
                         lang: str) -> _Pairing:
    """A version's sub-paragraphs paired by content where it has more or fewer of them in a
    paragraph than the source: one left out and the next relabelled (`c)` typed as `b)`) paired
    with its neighbour's source, not fuzzy, and the wrong one was said to be missing."""
    def lettered(blocks: Sequence[Block]) -> dict[str, list[Block]]:
        parts: dict[str, list[Block]] = {}
        for block in blocks:
            if (match := _LETTERED.fullmatch(block.id)) and block.kind.splits_into_sentences:
                parts.setdefault(match.group("stem"), []).append(block)
        return parts

    def letters(blocks: Sequence[Block]) -> list[str]:
        return [_LETTERED.fullmatch(block.id).group("letter") for block in blocks]

    theirs, ours = lettered(source), lettered(target)
    repairs, said = _Repair(), []
    for stem, source_blocks in theirs.items():
        target_blocks = ours.get(stem, [])
        if not target_blocks or letters(target_blocks) == letters(source_blocks):
            continue
        if _letters_left_out(letters(source_blocks), letters(target_blocks)) and _each_fits_its_letter(
                source_blocks, target_blocks, ratio, (source_lang, lang)):
            # Fewer, each lettered as its source is (`a)`, `c)` where the source has (a), (b),
            # (c)): the letters say which one the version lacks. By length and numbers, (c)'s
            # translation went to (b) and (c) was said to be the one missing.
            lacking = [letter for letter in letters(source_blocks) if letter not in letters(target_blocks)]
            said.append(f"{source_lang} has {len(source_blocks)} sub-paragraphs in {stem.rstrip('/')}, {lang} "
                        f"{len(target_blocks)}, lettered as the source's: paired by their letters; no {lang} sub-paragraph for "
                        + ", ".join(f"{stem}{letter}" for letter in lacking))
            continue
        repair = _repaired(stem, source_blocks, target_blocks, ratio, lang, "sub-paragraph", source_lang)
        if repair is None:
            # As many as the source's, alike in length and numbers place by place, lettered
            # otherwise (`b)` left out of the labels, the rest lettered on): paired by place, as
            # their letters would pair (c)'s translation with (c) and leave (b) untranslated.
            # Where a label differs, the version is wrong there: fuzzy, for a reviser to see.
            repair = _relettered(source_blocks, target_blocks, source_lang, lang)
            repairs.update(repair)
            said.append(f"{lang} letters the sub-paragraphs of {stem.rstrip('/')} {', '.join(letters(target_blocks))} "
                        f"where {source_lang} has {', '.join(letters(source_blocks))}: paired by their places (fuzzy where "
                        "the letters differ)")
            continue
        if not repair.moved:
            continue
        repairs.update(repair)
        said.append(f"{source_lang} has {len(source_blocks)} sub-paragraphs in {stem.rstrip('/')}, {lang} "
                    f"{len(target_blocks)}: paired by length and numbers, not by their letters"
                    + repair.said(lang, source_lang, "sub-paragraph"))
    if not said:
        return _Pairing(list(target))
    return _Pairing(repairs.apply(target), tuple(said), repairs.uncertain)


def _each_fits_its_letter(source_blocks: Sequence[Block], target_blocks: Sequence[Block], ratio: float,
                          langs: tuple[str, str]) -> bool:
    """Whether each of the version's sub-paragraphs looks like the translation of the source's
    of its letter (_fits): letters a version typed on after leaving one out (`(c)` lettered
    `(d)` where `(d)` was left out) pair a long text with `Other matters.`."""
    by_letter = {_LETTERED.fullmatch(block.id).group("letter"): block for block in source_blocks}
    return all(_fits(by_letter[_LETTERED.fullmatch(block.id).group("letter")].text, block.text, ratio, langs)
               for block in target_blocks)


def _letters_left_out(source: list[str], version: list[str]) -> bool:
    """Whether a version's sub-paragraph letters are the source's with some left out inside
    or before the run (`a, c` of `a, b, c`), not its first ones only (`a, b` of `a, b, c`:
    the last left out, or one inside and the rest lettered on, which the letters cannot tell)."""
    if len(version) >= len(source) or len(set(version)) != len(version) or version == source[:len(version)]:
        return False
    remaining = iter(source)
    return all(letter in remaining for letter in version)  # in the source's order


def _relettered(source_blocks: Sequence[Block], target_blocks: Sequence[Block], source_lang: str, lang: str) -> _Repair:
    """A list's sub-paragraphs paired by place (as many on each side), each whose letter
    differs from its source's uncertain, with the two labels."""
    repair = _Repair()
    for ours, theirs in zip(source_blocks, target_blocks, strict=True):
        repair.renames[theirs.id] = ours.id
        letter, label = _LETTERED.fullmatch(ours.id).group("letter"), _LETTERED.fullmatch(theirs.id).group("letter")
        if letter != label:
            repair.uncertain[ours.id] = f"{lang} letters this sub-paragraph ({label}), {source_lang} ({letter})"
    return repair


def _renamed(block: Block, renames: dict[str, str]) -> Block:
    """The block with the id its paragraph pairs with (a sub-paragraph's with its paragraph's:
    the longest renamed prefix of its id), and the id of the paragraph it notes (a
    footnote's) likewise."""
    def new_id(block_id: str | None) -> str | None:
        parts = (block_id or "").split("/")
        for length in range(len(parts), 0, -1):
            old = "/".join(parts[:length])
            if old in renames:
                return "/".join([renames[old], *parts[length:]])
        return block_id
    return replace(block, id=new_id(block.id), note_of=new_id(block.note_of))


@dataclass
class _Pairing:
    """One version's unnumbered paragraphs paired by content: its blocks renamed (or joined),
    what is said of each part, and the source paragraphs whose pairing is uncertain, with why."""

    blocks: list[Block]
    said: tuple[str, ...] = ()
    uncertain: dict[str, str] = field(default_factory=dict)


def _pair_counted_paragraphs(source: Sequence[Block], target: Sequence[Block], ratio: float, source_lang: str,
                             lang: str) -> _Pairing:
    """The target's unnumbered paragraphs renamed to the source paragraphs they pair with by
    content, in each part where pairing by place would be wrong: where the two versions have
    not as many of them (a paragraph one version lacks or adds), or as many but not one to one
    (one lacks a paragraph and adds another). Two of the version's paragraphs for one of the
    source's (a paragraph split) are joined into one block; one of its paragraphs for two of
    the source's (two joined) pairs with the first, made uncertain (fuzzy, with a note), the
    second left without a partner."""
    def counted(blocks: Sequence[Block]) -> dict[str, list[Block]]:
        parts: dict[str, list[Block]] = {}
        for block in blocks:
            stem = counted_stem(block.id)
            if stem is not None:
                parts.setdefault(stem, []).append(block)
        return parts

    theirs, ours = counted(source), counted(target)
    repairs, said = _Repair(), []
    for stem, source_blocks in theirs.items():
        target_blocks = ours.get(stem, [])
        if not target_blocks:
            continue
        if len(source_blocks) == len(target_blocks) and all(
                _fits(a.text, b.text, ratio, (source_lang, lang)) for a, b in zip(source_blocks, target_blocks)):
            continue  # as many, each pair alike in length and numbers: place is right
        part = stem.rstrip("/") if stem.endswith("/") else stem + "…"
        repair = _repaired(stem, source_blocks, target_blocks, ratio, lang, "paragraph", source_lang)
        if repair is None:
            # Place is the best pairing; pairs that still look unlike translations (a
            # paragraph moved: no programme that keeps the order can pair it) are named, for a
            # reviser to look at their order; the checks compare them as they stand.
            unlike = [a.id for a, b in zip(source_blocks, target_blocks) if not _fits(a.text, b.text, ratio, (source_lang, lang))]
            if len(unlike) > 1:
                said.append(f"{', '.join(unlike)} ({part}) paired by place, but unlike their {source_lang} paragraphs "
                            "in length or numbers: is a paragraph moved?")
            continue
        repairs.update(repair)
        counts = (f"{source_lang} has {len(source_blocks)} unnumbered paragraphs in {part}, {lang} {len(target_blocks)}"
                  if len(source_blocks) != len(target_blocks) else
                  f"{source_lang} and {lang} have {len(source_blocks)} unnumbered paragraphs each in {part}, not one to one")
        said.append(counts + ": paired by length and numbers, not by place" + repair.said(lang, source_lang, "paragraph"))
    if not said:
        return _Pairing(list(target))
    return _Pairing(repairs.apply(target), tuple(said), repairs.uncertain)


def _units_for(block: Block, source_lang: str, found: dict[str, Block], ratios: dict[str, float]) -> list[AlignedUnit]:
    if block.kind.splits_into_sentences:
        uncertain = {
            lang: target
            for lang, target in found.items()
            if not _one_to_one(block.sentences, target.sentences, ratios[lang], (source_lang, lang))
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
    """How long the version's text is for the source's, over the blocks of words (not a
    footnote that is a document symbol, as long in Chinese as in English: a row of them outvoted
    the prose). Over the blocks the two give one id: the middle of their ratios, then the blocks
    within three times of it (a paragraph a version repeats, runs on or leaves in English:
    counted, it made every other paragraph look too short for its partner, and the numbered
    paragraphs were paired by length, each with a neighbour's translation); over every block of
    words where too few share an id to tell."""
    ours, theirs = _of_words(source), _of_words(target)
    lengths = {b.id: len(b.text) for b in theirs}
    pairs = [(len(b.text), lengths[b.id]) for b in ours if b.id in lengths]
    if len(pairs) >= _PAIRS_FOR_A_RATIO:
        middle = statistics.median(target_chars / source_chars for source_chars, target_chars in pairs)
        kept = [(s, t) for s, t in pairs if middle / _FAR_OFF <= t / s <= middle * _FAR_OFF]
        return sum(t for _, t in kept) / sum(s for s, _ in kept)
    source_chars, target_chars = sum(len(b.text) for b in ours), sum(len(b.text) for b in theirs)
    return target_chars / source_chars if source_chars and target_chars else 1.0


def _of_words(document: ExtractedDocument) -> list:
    """The document's blocks of text whose letters make half of their characters at least (not
    `CTOC/COP/WG.7/2022/1.`), or all its blocks of text where none does."""
    blocks = [b for b in document.blocks if b.kind.splits_into_sentences and b.text]
    return [b for b in blocks if _mostly_letters(b.text)] or blocks


def _mostly_letters(text: str) -> bool:
    shown = [char for char in text if not char.isspace()]
    return 2 * sum(char.isalpha() for char in shown) >= len(shown)


# Blocks of one id both versions must have for their lengths to give the ratio, and how far off
# the blocks' middle ratio one may be and count (a heading of a word or two is often twice as
# long in French, never six times).
_PAIRS_FOR_A_RATIO = 5
_FAR_OFF = 3.0


def _one_to_one(source: Sequence, target: Sequence, ratio: float, langs: tuple[str | None, str | None]) -> bool:
    if len(source) != len(target):
        return False
    return all(shape == (1, 1) for shape in sentence_beads(
        [s.text for s in source], [t.text for t in target], ratio, langs=langs
    ))
