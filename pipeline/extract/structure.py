"""The structure of an annotated agenda: masthead, agenda list, annotations, footnotes, annex.

Block ids come from the structure (`agenda/1a`, `item/2/p3`, `item/2/doc/1`, `fn/2`,
`annex/r4/title`), so they are the same in the six versions and survive edits elsewhere
(pipeline/extract/segment_ids.py reads them back for the checks).
Sentences are split here, after the footnote markers have been taken out of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.errors import HexaglotInputError
from pipeline.extract.joining import JoinedText, join_lines, slice_joined
from pipeline.extract.layout import Layout, RawBlock
from pipeline.extract.markers import EXACT_CLOSE, EXACT_OPEN, find_marker
from pipeline.extract.sentences import split_sentences
from pipeline.lang import LanguageProfile
from pipeline.model import AnnexRow, Block, BlockKind, ExtractedDocument, HyphenDecision, Sentence

ITEM = re.compile(r"^(\d{1,2})\.\s+(\S.*)$", re.S)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
SYMBOL_AT_END = re.compile(r"/((?:[A-Z]+)(?:/[\w.]+)+)$")
_CLOSERS = "\"'»”’)]）》"
_TRAILING_MARKER = re.compile(rf"(?<=[.。!?؟…])\s*(?:\(?\d{{1,3}}\)?|{EXACT_OPEN}\d+{EXACT_CLOSE})$")


@dataclass
class _Draft:
    id: str
    kind: BlockKind
    joined: JoinedText
    context: str
    page: int
    in_annex: bool
    refs: list[tuple[int, str]] = field(default_factory=list)  # (offset, footnote id)
    late_calls: set[str] = field(default_factory=set)  # footnotes called after a punctuation mark
    note_of: str | None = None
    marker: int = 0  # for a footnote: the number its marker has in the body text


def build_document(
    path: str,
    layout: Layout,
    profile: LanguageProfile,
    usage: Counter[str],
) -> ExtractedDocument:
    return _Builder(path, layout, profile, usage).build()


class _Builder:
    def __init__(self, path: str, layout: Layout, profile: LanguageProfile, usage: Counter[str]):
        self.path = path
        self.layout = layout
        self.profile = profile
        self.usage = usage
        self.hyphenation: list[HyphenDecision] = []
        self.drafts: list[_Draft] = []
        self.annex_rows: list[AnnexRow] = []
        letters = re.escape(profile.sub_item_letters)
        self.sub_item = re.compile(rf"^\(?([{letters}])\)\s+(\S.*)$", re.S)
        self.row = re.compile(
            rf"^(?:(?P<time>{profile.time_range})\s*)?"
            rf"(?P<item>\d{{1,2}}(?:\s*\(?[{letters}]\))?)\s+(?P<title>\S.*)$",
            re.S,
        )

    # -- helpers -------------------------------------------------------------------------
    def join(self, lines) -> JoinedText:
        return join_lines(lines, self.profile, self.usage, self.hyphenation)

    def add(self, block_id: str, kind: BlockKind, joined: JoinedText, context: str, page: int, in_annex=False):
        joined.strip()
        if joined.text:
            self.drafts.append(_Draft(block_id, kind, joined, context, page, in_annex))

    def fail(self, line: int, message: str):
        raise HexaglotInputError("E006", self.path, message, line)

    # -- the parts of the document -------------------------------------------------------
    def build(self) -> ExtractedDocument:
        raw = self.layout.blocks
        if not raw:
            self.fail(1, "no text blocks found")
        position = self.masthead(raw)
        position = self.agenda(raw, position)
        position = self.annotations(raw, position)
        self.annex(raw, position)
        footnotes = self.footnotes()
        self.attach_markers(footnotes)
        links = self.links(footnotes)
        return ExtractedDocument(
            path=self.path,
            lang=self.profile.code,
            blocks=self.ordered_blocks(footnotes, links),
            annex_rows=tuple(self.annex_rows),
            hyphenation=tuple(self.hyphenation),
        )

    def masthead(self, raw: list[RawBlock]) -> int:
        body_lines: list[tuple[int, str]] = []
        for index, block in enumerate(raw[:4]):
            for position, (number, line) in enumerate(block.lines):
                if YEAR.search(line):
                    self.add("masthead/body", BlockKind.MASTHEAD, self.join(body_lines), "Masthead", 0)
                    self.add("masthead/dates", BlockKind.MASTHEAD, self.join(block.lines[position:]), "Masthead", 0)
                    if index + 1 >= len(raw):
                        self.fail(number, "the document ends after its masthead")
                    title = raw[index + 1]
                    self.add("masthead/title", BlockKind.TITLE, self.join(title.lines), "Masthead", 0)
                    return index + 2
                body_lines.append((number, line))
        self.fail(raw[0].lines[0][0], "no place-and-date line (with a year) in the masthead")
        return 0

    def agenda(self, raw: list[RawBlock], position: int) -> int:
        if position >= len(raw):
            self.fail(raw[-1].lines[-1][0], "no agenda after the title")
        heading = raw[position]
        context = self.join(heading.lines).text.strip()
        self.add("agenda/title", BlockKind.HEADING, self.join(heading.lines), context, heading.page)
        position += 1
        item = None
        count = 0
        while position < len(raw):
            block = raw[position]
            joined = self.join(block.lines)
            text = joined.text.strip()
            if match := ITEM.match(text):
                item = match.group(1)
                self.add(f"agenda/{item}", BlockKind.AGENDA_ITEM, _after(joined, match, 2), context, block.page)
            elif item and (match := self.sub_item.match(text)):
                key = self.profile.sub_item_key(match.group(1))
                self.add(f"agenda/{item}{key}", BlockKind.AGENDA_ITEM, _after(joined, match, 2), context, block.page)
            else:
                break
            count += 1
            position += 1
        if not count:
            self.fail(heading.lines[0][0], "no numbered agenda items after the agenda heading")
        return position

    def annotations(self, raw: list[RawBlock], position: int) -> int:
        if position >= len(raw):
            return position
        heading = raw[position]
        self.add("notes/title", BlockKind.HEADING, self.join(heading.lines), "Annotations", heading.page)
        position += 1
        expected_item = 1
        section, context = "notes", "Annotations"
        counters: Counter[str] = Counter()
        in_documentation = False
        while position < len(raw):
            block = raw[position]
            joined = self.join(block.lines)
            text = joined.text.strip()
            if text in self.profile.annex_headings:
                return position
            item = ITEM.match(text)
            sub = self.sub_item.match(text)
            if item and int(item.group(1)) == expected_item:
                number = item.group(1)
                section, context = f"item/{number}", f"{number}. {item.group(2)}"
                expected_item += 1
                in_documentation = False
                self.add(f"{section}/title", BlockKind.HEADING, _after(joined, item, 2), context, block.page)
            elif sub and expected_item > 1:
                number = str(expected_item - 1)
                key = self.profile.sub_item_key(sub.group(1))
                section, context = f"item/{number}{key}", f"{number} ({key}) {sub.group(2)}"
                in_documentation = False
                self.add(f"{section}/title", BlockKind.HEADING, _after(joined, sub, 2), context, block.page)
            elif text in self.profile.documentation_headings:
                in_documentation = True
                self.add(f"{section}/doc/title", BlockKind.HEADING, joined, context, block.page)
            elif in_documentation:
                counters[f"{section}/doc"] += 1
                block_id = f"{section}/doc/{counters[f'{section}/doc']}"
                self.add(block_id, BlockKind.DOCUMENTATION, joined, context, block.page)
            elif self.terminated(text):
                counters[f"{section}/p"] += 1
                self.add(f"{section}/p{counters[f'{section}/p']}", BlockKind.PARAGRAPH, joined, context, block.page)
            else:
                counters[f"{section}/h"] += 1
                self.add(f"{section}/h{counters[f'{section}/h']}", BlockKind.HEADING, joined, context, block.page)
            position += 1
        return position

    def annex(self, raw: list[RawBlock], position: int) -> None:
        if position >= len(raw):
            return
        context = "Annex"
        heading = raw[position]
        self.add("annex/heading", BlockKind.HEADING, self.join(heading.lines), context, heading.page, True)
        position += 1
        if position < len(raw):
            title = raw[position]
            joined = self.join(title.lines)
            context = f"Annex: {joined.text.strip()}"
            self.add("annex/title", BlockKind.TITLE, joined, context, title.page, True)
            position += 1
        columns: list[tuple[int, str]] = []
        counters: Counter[str] = Counter()
        for block in raw[position:]:
            joined = self.join(block.lines)
            text = joined.text.strip()
            if self.is_day(text):
                counters["day"] += 1
                self.add(f"annex/day{counters['day']}", BlockKind.TABLE_CELL, joined, context, block.page, True)
            elif (row := self.row.match(text)) and (counters["day"] or counters["row"]):
                counters["row"] += 1
                self.add_row(counters["row"], joined, row, context, block.page)
            elif not counters["day"] and not counters["row"]:
                columns.extend(block.lines)
            else:
                counters["p"] += 1
                self.add(f"annex/p{counters['p']}", BlockKind.PARAGRAPH, joined, context, block.page, True)
        if columns:
            index = next(i for i, d in enumerate(self.drafts) if d.id == "annex/title") + 1
            header = self.join(columns)
            header.strip()
            self.drafts.insert(index, _Draft("annex/columns", BlockKind.TABLE_CELL, header, context, raw[position].page, True))

    def add_row(self, index: int, joined: JoinedText, row: re.Match[str], context: str, page: int) -> None:
        leading = len(joined.text) - len(joined.text.lstrip())
        offset = lambda name: (row.start(name) + leading, row.end(name) + leading)  # noqa: E731
        time = (row.group("time") or "").strip()
        if time:
            self.add(f"annex/r{index}/time", BlockKind.TABLE_CELL, slice_joined(joined, *offset("time")), context, page, True)
        self.add(f"annex/r{index}/item", BlockKind.TABLE_CELL, slice_joined(joined, *offset("item")), context, page, True)
        self.add(f"annex/r{index}/title", BlockKind.TABLE_CELL, slice_joined(joined, *offset("title")), context, page, True)
        title = row.group("title").strip()
        continued = any(title.endswith(mark) for mark in self.profile.continued_marks)
        self.annex_rows.append(AnnexRow(index, time, row.group("item").strip(), title, continued))

    def is_day(self, text: str) -> bool:
        folded = text.casefold()
        if self.row.match(text):
            return False
        return any(day in folded for day in self.profile.weekdays) and len(folded) < 40

    def terminated(self, text: str) -> bool:
        # A footnote marker may still follow the stop here ("... мин. 1", "a.m.1").
        text = _TRAILING_MARKER.sub("", text)
        stripped = text.rstrip(_CLOSERS + " ")
        return bool(stripped) and stripped[-1] in self.profile.sentence_end + ":;"

    # -- footnotes and links -------------------------------------------------------------
    def footnotes(self) -> list[_Draft]:
        annex_line = next(
            (d.joined.lines[0] for d in self.drafts if d.id == "annex/heading"), None
        )
        drafts = []
        body_count = 0
        for footnote in self.layout.footnotes:
            in_annex = annex_line is not None and footnote.lines[0][0] > annex_line
            body_count += not in_annex
            # The printed annex restarts its footnotes at 1; Word numbers on from the body.
            number = footnote.number - body_count if in_annex and self.layout.exact_markers else footnote.number
            prefix = "annex/fn" if in_annex else "fn"
            joined = self.join(footnote.lines)
            joined.strip()
            draft = _Draft(f"{prefix}/{number}", BlockKind.FOOTNOTE, joined, "Footnotes", footnote.page, in_annex)
            draft.marker = footnote.number
            drafts.append(draft)
        return drafts

    def attach_markers(self, footnotes: list[_Draft]) -> None:
        exact = self.layout.exact_markers
        for footnote in footnotes:
            number = footnote.marker
            part = [d for d in self.drafts if d.in_annex == footnote.in_annex]
            same_page = [d for d in part if d.page == footnote.page] if not exact else part
            for candidates in (same_page, [d for d in part if d.page <= footnote.page]):
                found = self.find_in(candidates, number, exact)
                if found:
                    carrier, (start, end) = found
                    carrier.joined.delete(start, end)
                    carrier.refs = [(o - (end - start) if o > start else o, ref) for o, ref in carrier.refs]
                    carrier.refs.append((start, footnote.id))
                    if self.after_punctuation(carrier.joined.text[:start]):
                        carrier.late_calls.add(footnote.id)
                    footnote.note_of = carrier.id
                    footnote.context = carrier.context
                    break

    def after_punctuation(self, before: str) -> bool:
        """Whether a footnote call placed after `before` follows a punctuation mark (`heures.1`)
        rather than preceding it (`heures1.`); an abbreviation's stop (`мин. 1`) is part of
        the word, not the sentence's punctuation."""
        before = before.rstrip()
        if not before or before[-1] not in ".,;:。，；：":
            return False
        last_word = before.rsplit(None, 1)[-1].lower()
        return not (before.endswith(".") and last_word in self.profile.abbreviations)

    @staticmethod
    def find_in(candidates: list[_Draft], number: int, exact: bool):
        for draft in reversed(candidates):
            span = find_marker(draft.joined.text, number, exact)
            if span:
                return draft, span
        return None

    def links(self, footnotes: list[_Draft]) -> list[_Draft]:
        drafts = []
        counters: Counter[str] = Counter()
        for link in self.layout.links:
            owner = None
            symbol = SYMBOL_AT_END.search(link.url)
            if symbol:
                owner = next((d for d in self.drafts if d.kind is BlockKind.DOCUMENTATION and symbol.group(1) in d.joined.text), None)
            if owner is None:
                owner = next((f for f in reversed(footnotes) if f.page == link.page), None)
            owner_id = owner.id if owner else "links"
            counters[owner_id] += 1
            joined = JoinedText(link.url, [0], [link.line])
            draft = _Draft(f"{owner_id}/link{counters[owner_id]}", BlockKind.LINK, joined, owner.context if owner else "Links", link.page, False)
            draft.note_of = owner_id
            drafts.append(draft)
        return drafts

    def ordered_blocks(self, footnotes: list[_Draft], links: list[_Draft]) -> tuple[Block, ...]:
        """Body blocks in reading order, each followed by its footnotes, then their links."""
        followers: dict[str, list[_Draft]] = {}
        loose: list[_Draft] = []
        for draft in footnotes + links:
            if draft.note_of:
                followers.setdefault(draft.note_of, []).append(draft)
            else:
                loose.append(draft)
        ordered: list[Block] = []

        def emit(draft: _Draft):
            ordered.append(self.finish(draft))
            for follower in followers.pop(draft.id, []):
                emit(follower)

        for draft in self.drafts:
            emit(draft)
        for draft in loose:
            emit(draft)
        for remaining in followers.values():
            for draft in remaining:
                emit(draft)
        return tuple(ordered)

    def finish(self, draft: _Draft) -> Block:
        text = draft.joined.text
        if draft.kind.splits_into_sentences:
            spans = split_sentences(text, self.profile)
        else:
            spans = [(0, len(text))]
        sentences = []
        for index, (start, end) in enumerate(spans):
            last = index == len(spans) - 1
            refs = tuple(ref for offset, ref in sorted(draft.refs) if start < offset <= end or (last and offset > end))
            late = tuple(ref for ref in refs if ref in draft.late_calls)
            sentences.append(Sentence(text[start:end], draft.joined.line_of(start), refs, late))
        return Block(draft.id, draft.kind, tuple(sentences), draft.context, note_of=draft.note_of if draft.kind is BlockKind.FOOTNOTE else None)


def _after(joined: JoinedText, match: re.Match[str], group: int) -> JoinedText:
    """The part of a block after its number or letter."""
    leading = len(joined.text) - len(joined.text.lstrip())
    return slice_joined(joined, match.start(group) + leading, len(joined.text))
