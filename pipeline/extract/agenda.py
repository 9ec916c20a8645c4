"""The parts of a provisional agenda after its masthead: the agenda list, the annotations
(an annotated agenda), and the annex table of the proposed organization of work.

Block ids: `agenda/title`, `agenda/1a`, `notes/title`, `item/2/p3`, `item/2/doc/1`,
`annex/heading`, `annex/r4/title`.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.joining import JoinedText, slice_joined
from pipeline.extract.layout import RawBlock
from pipeline.model import AnnexRow, BlockKind

ITEM = re.compile(r"^(\d{1,2})\.\s+(\S.*)$", re.S)


class NotAnAgenda(Exception):
    """The title says agenda, but no numbered list of items follows it."""


class AgendaReader:
    def __init__(self, builder):
        self.b = builder
        profile = builder.profile
        letters = re.escape(profile.sub_item_letters)
        self.sub_item = profile.sub_item
        self.row = re.compile(
            rf"^(?:(?P<time>{profile.time_range})\s*)?"
            rf"(?P<item>\d{{1,2}}(?:\s*\(?[{letters}]\))?)\s+(?P<title>\S.*)$",
            re.S,
        )

    def read(self, raw: list[RawBlock], position: int) -> bool:
        """Read from the agenda heading on; whether the agenda has annotations."""
        position = self.agenda(raw, position)
        annotated = position < len(raw) and not self.is_annex(raw[position])
        position = self.annotations(raw, position)
        self.annex(raw, position)
        return annotated

    def is_annex(self, block: RawBlock) -> bool:
        text = self.b.peek(block.lines).strip()
        return text in self.b.profile.annex_headings

    def agenda(self, raw: list[RawBlock], position: int) -> int:
        b = self.b
        if position >= len(raw):
            raise NotAnAgenda("no agenda after the title")
        heading = raw[position]
        context = b.peek(heading.lines).strip()
        b.add("agenda/title", BlockKind.HEADING, b.join(heading.lines), context, heading.page)
        position += 1
        item = None
        count = 0
        while position < len(raw):
            block = raw[position]
            joined = b.join(block.lines)
            text = joined.text.strip()
            if match := ITEM.match(text):
                item = match.group(1)
                b.add(f"agenda/{item}", BlockKind.AGENDA_ITEM, after(joined, match, 2), context, block.page)
            elif item and (match := self.sub_item.match(text)):
                key = b.profile.sub_item_key(match.group(1))
                b.add(f"agenda/{item}{key}", BlockKind.AGENDA_ITEM, after(joined, match, 2), context, block.page)
            else:
                break
            count += 1
            position += 1
        if not count:
            raise NotAnAgenda("no numbered agenda items after the agenda heading")
        return position

    def annotations(self, raw: list[RawBlock], position: int) -> int:
        b = self.b
        if position >= len(raw) or self.is_annex(raw[position]):
            return position
        heading = raw[position]
        b.add("notes/title", BlockKind.HEADING, b.join(heading.lines), "Annotations", heading.page)
        position += 1
        expected_item = 1
        section, context = "notes", "Annotations"
        counters: Counter[str] = Counter()
        in_documentation = False
        while position < len(raw):
            block = raw[position]
            joined = b.join(block.lines)
            text = joined.text.strip()
            if text in b.profile.annex_headings:
                return position
            item = ITEM.match(text)
            sub = self.sub_item.match(text)
            if item and int(item.group(1)) == expected_item:
                number = item.group(1)
                section, context = f"item/{number}", f"{number}. {item.group(2)}"
                expected_item += 1
                in_documentation = False
                b.add(f"{section}/title", BlockKind.HEADING, after(joined, item, 2), context, block.page)
            elif sub and expected_item > 1:
                number = str(expected_item - 1)
                key = b.profile.sub_item_key(sub.group(1))
                section, context = f"item/{number}{key}", f"{number} ({key}) {sub.group(2)}"
                in_documentation = False
                b.add(f"{section}/title", BlockKind.HEADING, after(joined, sub, 2), context, block.page)
            elif text in b.profile.documentation_headings:
                in_documentation = True
                b.add(f"{section}/doc/title", BlockKind.HEADING, joined, context, block.page)
            elif in_documentation:
                counters[f"{section}/doc"] += 1
                block_id = f"{section}/doc/{counters[f'{section}/doc']}"
                b.add(block_id, BlockKind.DOCUMENTATION, joined, context, block.page)
            elif b.terminated(text):
                counters[f"{section}/p"] += 1
                b.add(f"{section}/p{counters[f'{section}/p']}", BlockKind.PARAGRAPH, joined, context, block.page)
            else:
                counters[f"{section}/h"] += 1
                b.add(f"{section}/h{counters[f'{section}/h']}", BlockKind.HEADING, joined, context, block.page)
            position += 1
        return position

    def annex(self, raw: list[RawBlock], position: int) -> None:
        b = self.b
        if position >= len(raw):
            return
        context = "Annex"
        heading = raw[position]
        b.add("annex/heading", BlockKind.HEADING, b.join(heading.lines), context, heading.page, True)
        position += 1
        if position < len(raw):
            title = raw[position]
            joined = b.join(title.lines)
            context = f"Annex: {joined.text.strip()}"
            b.add("annex/title", BlockKind.TITLE, joined, context, title.page, True)
            position += 1
        columns: list[tuple[int, str]] = []
        counters: Counter[str] = Counter()
        for block in raw[position:]:
            joined = b.join(block.lines)
            text = joined.text.strip()
            if self.is_day(text):
                counters["day"] += 1
                b.add(f"annex/day{counters['day']}", BlockKind.TABLE_CELL, joined, context, block.page, True)
            elif (row := self.row.match(text)) and (counters["day"] or counters["row"]):
                counters["row"] += 1
                self.add_row(counters["row"], joined, row, context, block.page)
            elif not counters["day"] and not counters["row"]:
                columns.extend(block.lines)
            else:
                counters["p"] += 1
                b.add(f"annex/p{counters['p']}", BlockKind.PARAGRAPH, joined, context, block.page, True)
        if columns:
            header = b.join(columns)
            header.strip()
            b.insert_after("annex/title", "annex/columns", BlockKind.TABLE_CELL, header, context, raw[position].page, True)

    def add_row(self, index: int, joined: JoinedText, row: re.Match[str], context: str, page: int) -> None:
        b = self.b
        leading = len(joined.text) - len(joined.text.lstrip())
        offset = lambda name: (row.start(name) + leading, row.end(name) + leading)  # noqa: E731
        time = (row.group("time") or "").strip()
        if time:
            b.add(f"annex/r{index}/time", BlockKind.TABLE_CELL, slice_joined(joined, *offset("time")), context, page, True)
        b.add(f"annex/r{index}/item", BlockKind.TABLE_CELL, slice_joined(joined, *offset("item")), context, page, True)
        b.add(f"annex/r{index}/title", BlockKind.TABLE_CELL, slice_joined(joined, *offset("title")), context, page, True)
        title = row.group("title").strip()
        continued = any(title.endswith(mark) for mark in b.profile.continued_marks)
        b.annex_rows.append(AnnexRow(index, time, row.group("item").strip(), title, continued))

    def is_day(self, text: str) -> bool:
        folded = text.casefold()
        if self.row.match(text):
            return False
        return any(day in folded for day in self.b.profile.weekdays) and len(folded) < 40


def after(joined: JoinedText, match: re.Match[str], group: int) -> JoinedText:
    """The part of a block after its number or letter."""
    leading = len(joined.text) - len(joined.text.lstrip())
    return slice_joined(joined, match.start(group) + leading, len(joined.text))
