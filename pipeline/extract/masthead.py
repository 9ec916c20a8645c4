"""The masthead of a UN document: the symbol line, the distribution and date, the original
language, the job number (metadata, not translated text), then the body, session, place and
dates, and the agenda item the document is issued under (translated text: catalog entries).

Block ids: `masthead/note` (a line set above the symbol, such as `Advance unedited version`),
`masthead/organ` (a body named above the meeting's, such as the Conference of the Parties above
its working group), `masthead/body`, `masthead/session`, `masthead/dates`,
`masthead/item`, `masthead/item/title`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.layout import BARCODE, JOB_NUMBER, SYMBOL, RawBlock
from pipeline.lang.document_parts import title_words
from pipeline.model import BlockKind, Masthead

YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
DISTRIBUTION = re.compile(r"^\s*Distr\b\.?\s*:?\s*(.*)$", re.I)
# After the version's language where a Word cell breaks the two lines with w:br (read as a
# space): `Russian Original: English`.
ORIGINAL = re.compile(r"^\s*(?:[^\W\d_]+\s+)?Original\s*:\s*(.*)$", re.I)
# The masthead is in the first blocks of text: past them, a year belongs to the text. Its
# metadata (symbol, distribution, date, language, original, job number, barcode) is not
# counted: a Word masthead gives each a paragraph of its own, a text one a line.
MASTHEAD_BLOCKS = 10
# A block of more lines than an organ's name takes is a paragraph: the document has begun. The
# Conference's name runs to four printed lines in English, five or six in Russian or Arabic.
_NAME_LINES = 6
# A place-and-dates line is short and is no sentence.
PLACE_AND_DATES_MAX = 90


@dataclass
class _Fields:
    """What the masthead says of the document (not text to translate), as it is read."""

    symbol: str | None = None
    distribution: str | None = None
    issued: str | None = None
    original: str | None = None

    def read(self, texts: list[str]) -> None:
        """The lines of a block that holds `Distr.:` or `Original:`: the date is the first
        line with a year."""
        for text in texts:
            if match := DISTRIBUTION.match(text):
                self.distribution = text
                self.issued = match.group(1) if YEAR.search(match.group(1)) else self.issued
            elif match := ORIGINAL.match(text):
                self.original = match.group(1).strip() or None
            elif YEAR.search(text) and self.issued is None:
                self.issued = text

    def masthead(self) -> Masthead:
        return Masthead(self.symbol, self.distribution, self.issued, self.original)


def read_masthead(builder, raw: list[RawBlock]) -> tuple[int, Masthead | None]:
    """Add the masthead's entries; returns the position of the first block after the masthead
    and what the masthead says, or (0, None) when the document has none."""
    fields = _Fields()
    others: list[tuple[int, RawBlock]] = []  # blocks of text before the place-and-dates line
    above: list[RawBlock] = []  # blocks of text above the symbol (`Advance unedited version`)
    last_metadata = -1
    parts = builder.profile.parts
    resolution_title = False  # the masthead ended at a resolution's title (`Resolution 2698 (2023)`)
    for index, block in enumerate(raw):
        if len(above) + len(others) >= MASTHEAD_BLOCKS or index >= 2 * MASTHEAD_BLOCKS:
            break
        texts = [line.strip() for _, line in block.lines]
        first = texts[0]
        if all(JOB_NUMBER.match(t) or BARCODE.match(t) or not t for t in texts):
            # The job number alone (Word's layout): `V.22-23456 (E)` reads as chapter V below.
            last_metadata = index
            continue
        if parts.chapter.match(first) or parts.section.match(first) or parts.paragraph.match(first) \
                or parts.type_of([" ".join(_before_item_line(parts, texts))]):
            resolution_title = parts.type_of([" ".join(texts)]) == "resolution"
            break  # a heading, a numbered paragraph, a title that names the type: the masthead is over
        if any(DISTRIBUTION.match(t) or ORIGINAL.match(t) for t in texts):
            fields.read(texts)
            last_metadata = index
            continue
        if _is_language_name(block, raw, index) or all(JOB_NUMBER.match(t) or BARCODE.match(t) or not t for t in texts):
            last_metadata = index
            continue
        if fields.symbol is None and len(texts) == 1 and index + 1 < len(raw) and SYMBOL.fullmatch(raw[index + 1].lines[0][1].strip()) \
                and not SYMBOL.search(first):
            # "United Nations" in a paragraph of its own above the symbol (Word's layout): the
            # symbol line's label, as in `United Nations  CTOC/COP/2022/L.4`.
            last_metadata = index
            continue
        if fields.distribution is not None and fields.issued is None and last_metadata == index - 1 and len(texts) == 1 \
                and YEAR.search(first) and "," not in first:
            # The issue date under "Distr.: Limited" in a paragraph of its own (Word's layout),
            # not the meeting's place and dates, which name a place first.
            fields.issued = first
            last_metadata = index
            continue
        if len(block.lines) > _NAME_LINES and not block.masthead_cell and not _opens_as_a_meeting(builder, texts) \
                or texts[-1][-1:] in ".;:。；：":
            break  # a paragraph: the document has begun, and had no place-and-dates line
        lines = []
        for position, (number, line) in enumerate(block.lines):
            text = line.strip()
            found = SYMBOL.search(text)
            if found and index <= 1 and len(text) < 80 and not YEAR.search(SYMBOL.sub("", text)):
                fields.symbol = fields.symbol or found.group(1)  # the symbol line (`United Nations  CTOC/…`)
                continue
            if found and fields.symbol is None and fields.distribution is None and SYMBOL.fullmatch(text):
                # The symbol alone, below lines set above the masthead (`Advance unedited
                # version`): those are no organ's name.
                fields.symbol = found.group(1)
                above.extend(block for _, block in others)
                others.clear()
                continue
            if JOB_NUMBER.match(text) or BARCODE.match(text):
                continue
            if _is_place_and_dates(text) and builder.profile.parts.type_of([text]) != "resolution":
                # (`Decision adopted by the General Assembly on 22 December 2023` is a title)
                end = _cells_beside(raw, index, fields) if block.masthead_cell else index
                _above_the_masthead(builder, above)
                after = _masthead_found(builder, raw, end, [b for _, b in others], lines, list(block.lines[position:]))
                return after, fields.masthead()
            lines.append((number, line))
        if lines and others and _in_the_band(fields, others[-1][0], index, block) and not any(
                _session_or_item(builder, line) for _, line in others[-1][1].lines + tuple(lines)) \
                and not _above_a_session(builder, raw, index):
            # The organs named in the band beside the symbol, a Word paragraph each (`General
            # Assembly`, `Security Council`): one entry, as the band's lines of a PDF's text are.
            others[-1] = (index, RawBlock(others[-1][1].lines + tuple(lines), others[-1][1].page))
        elif lines:
            others.append((index, RawBlock(tuple(lines), block.page)))
        else:
            last_metadata = index
    # No place and dates (a General Assembly document: organ, session, agenda item): the
    # masthead runs to its last metadata, session or agenda-item block; what follows is title.
    end = max([last_metadata] + [i for i, b in others if any(_session_or_item(builder, line) for _, line in b.lines)])
    if resolution_title and fields.symbol and len(others) == 1 and others[0][0] <= last_metadata + 2 \
            and len(others[0][1].lines) <= _NAME_LINES and end <= others[0][0]:
        # The organ's name alone between the symbol and a resolution's title, no `Distr.` (a
        # Security Council resolution as some PDFs and Word files give it): the masthead's
        # body, as under `Distr.`; read as the first title, it pushed `Resolution 2698 (2023)`
        # into the preamble.
        end = others[0][0]
    if end < 0 or not (fields.symbol or fields.distribution or fields.original or end > last_metadata):
        return 0, None
    blocks = [b for i, b in others if i <= end]
    if end + 2 < len(raw) and any(i == end for i, _ in others) and parts.item_line.match(blocks[-1].lines[-1][1]) \
            and _title_like(builder, raw[end + 1]) and _title_like(builder, raw[end + 2]) and not _names_the_type(builder, raw[end + 1]):
        # The item's title in a paragraph of its own under the item line (Word's layout), a
        # title of the document's own still after it.
        end += 1
        blocks[-1] = RawBlock(blocks[-1].lines + raw[end].lines, blocks[-1].page)
    _above_the_masthead(builder, above)
    _masthead_without_dates(builder, blocks)
    return end + 1, fields.masthead()


def _opens_as_a_meeting(builder, texts: list[str]) -> bool:
    """A block of more lines than a name takes that opens as a masthead's meeting does: a body,
    its session, its dates (`Human Rights Council` / `Fifty-second session` / `27 February–4
    April 2023`), an agenda item whose title wraps over three lines below them."""
    parts = builder.profile.parts
    return any(parts.session_line.search(text) for text in texts[:3]) and any(_is_place_and_dates(text) for text in texts[1:4])


def _above_a_session(builder, raw: list[RawBlock], index: int) -> bool:
    """Whether the block after `index` opens with the session's line: the block at `index` is
    the body that meets in it (`Commission on Crime Prevention and Criminal Justice` over
    `Thirty-third session`), not another organ of the band above (`Economic and Social
    Council`), as a PDF's text with no `Distr.` between them gave it."""
    return index + 1 < len(raw) and bool(builder.profile.parts.session_line.search(raw[index + 1].lines[0][1].strip()))


def _in_the_band(fields: _Fields, previous: int, index: int, block: RawBlock) -> bool:
    """Whether a block of text goes on the band at the masthead's top: under the symbol, above
    `Distr.` and `Original:`, right after the block before it, neither a Word table's cell."""
    return (fields.symbol is not None and fields.distribution is None and fields.original is None
            and previous == index - 1 and not block.masthead_cell)


def glued_blocks_parted(builder, raw: list[RawBlock]) -> list[RawBlock]:
    """The masthead's blocks, each block that holds `Distr.:` or `Original:` among lines of
    text cut into the blocks a printed masthead sets apart (a text that lost its blank lines
    there, as pdftotext or a copy from a PDF gives it): its metadata lines, and the text around
    them cut before a session or agenda-item line, around the line naming the document's type,
    and before a line set in further than the one above it (a title's, or `The General
    Assembly,` under the title). Read whole, the block was metadata, and the body's name, the
    session, the item, the title and the first paragraph were in no catalog."""
    parted: list[RawBlock] = []
    parts = builder.profile.parts
    for index, block in enumerate(raw):
        texts = [line.strip() for _, line in block.lines]
        metadata = _metadata_lines(texts)
        # The first block of a text with no blank line in its masthead at all (no `Distr.:` in
        # the agenda's): its masthead lines, a place and dates, an item, the titles.
        whole_head = index == 0 and not metadata and len(texts) >= 3 and any(
            _is_place_and_dates(text) or parts.session_line.search(text) or parts.item_line.match(text) for text in texts[:8])
        if index >= MASTHEAD_BLOCKS or not (metadata or whole_head) or len(metadata) == len(texts) or block.masthead_cell:
            parted.append(block)
            continue
        current: list[tuple[int, str]] = []
        for position, (number, line) in enumerate(block.lines):
            text = texts[position]
            previous = block.lines[position - 1][1] if position else ""
            starts = (position in metadata) != (position - 1 in metadata) or position in metadata and DISTRIBUTION.match(text) \
                or parts.session_line.search(text) or parts.item_line.match(text) or parts.type_of([text]) \
                or _ends_naming_the_type(parts, previous.strip()) or _indent(line) > _indent(previous) and position - 1 not in metadata \
                or _opens_a_preamble(texts, position) or parts.paragraph.match(text) \
                or whole_head and (_is_place_and_dates(text) or _is_place_and_dates(previous.strip()))
            if current and starts:
                parted.append(RawBlock(tuple(current), block.page))
                current = []
            current.append((number, line))
        parted.append(RawBlock(tuple(current), block.page))
    return parted


def _ends_naming_the_type(parts, text: str) -> bool:
    """A line that ends with the document's type (`Mexico and Morocco: draft resolution`,
    `Note by the Secretariat`): a title of its own, the next line another. (`Report on the
    meeting … held` / `in Vienna on …` is one title on two lines.)"""
    name, words = parts.type_of([text]), title_words(text)
    found = parts.types[name].search(words) if name in parts.types else None
    return found is not None and found.end() >= len(words) - 1


def _opens_a_preamble(texts: list[str], position: int) -> bool:
    """The block's last line ends with a comma under a line that ends with no mark: `The
    General Assembly,` (`大会，`) under the title, the line a resolution's preamble opens with."""
    return position == len(texts) - 1 and position > 0 and texts[position][-1:] in ",，،" \
        and texts[position - 1][-1:].isalnum()


def _metadata_lines(texts: list[str]) -> set[int]:
    """The positions of a block's metadata lines: from each `Distr.:` or `Original:` line the
    lines of metadata after it (the issue date, the job number), and the version's language
    alone on the line before `Original:`."""
    found: set[int] = set()
    for position, text in enumerate(texts):
        if DISTRIBUTION.match(text) or ORIGINAL.match(text):
            found.add(position)
            if ORIGINAL.match(text) and position and texts[position - 1].isalpha():
                found.add(position - 1)
            after = position + 1
            while after < len(texts) and not (DISTRIBUTION.match(texts[after]) or ORIGINAL.match(texts[after])) \
                    and _follows_as_metadata(texts[after]):
                found.add(after)
                after += 1
    return found


def _follows_as_metadata(text: str) -> bool:
    """A line under `Distr.:` or `Original:` that is metadata still: the issue date, the job
    number, the barcode, the version's language before its `Original:`. Not a line of text that
    a word alone makes (`偷运移民问题工作组`, a Chinese name, is all letters), nor the meeting's
    place and dates (`2022年6月27日和28日，维也纳`, `Vienna, 27 June 2022`)."""
    if JOB_NUMBER.match(text) or BARCODE.match(text):
        return True
    if "," in text or "，" in text or "،" in text:
        return False
    return bool(YEAR.search(text)) and len(text) <= 30 or text.isascii() and text.isalpha()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _before_item_line(parts, texts: list[str]) -> list[str]:
    """The lines of a block before its agenda-item line: the item line names "the provisional
    agenda" and the item's title may name a report, neither the document's type."""
    return next((texts[:position] for position, text in enumerate(texts) if parts.item_line.match(text)), texts)


def _cells_beside(raw: list[RawBlock], index: int, fields: _Fields) -> int:
    """The position of the last masthead-table cell after `index` that is metadata only (the
    `Distr.` cell beside a cell that ends with the meeting's place and dates), each read into
    `fields`; a cell with other text is left to be read as text."""
    table = raw[index].lines[0][0]
    end = index
    while end + 1 < len(raw) and raw[end + 1].masthead_cell and raw[end + 1].lines[0][0] == table:
        texts = [line.strip() for _, line in raw[end + 1].lines]
        if not all(_is_metadata_line(text) for text in texts):
            break
        fields.read(texts)
        end += 1
    return end


def _is_metadata_line(text: str) -> bool:
    """`Distr.: Limited`, a date, `Russian`, `Original: English`, a job number or barcode."""
    return bool(DISTRIBUTION.match(text) or ORIGINAL.match(text) or JOB_NUMBER.match(text) or BARCODE.match(text)
                or YEAR.search(text) and len(text) <= 30 or text.isalpha())


def _above_the_masthead(builder, blocks: list[RawBlock]) -> None:
    """Lines set above the symbol, such as `Advance unedited version`: text of the document's,
    translated where the versions carry it."""
    for count, block in enumerate(blocks, start=1):
        builder.add("masthead/note" if count == 1 else f"masthead/note{count}", BlockKind.MASTHEAD,
                    builder.join(block.lines), "Masthead", block.page)


def _session_or_item(builder, line: str) -> bool:
    parts = builder.profile.parts
    return bool(parts.session_line.search(line.strip()) or parts.item_line.match(line))


def _masthead_without_dates(builder, blocks: list[RawBlock]) -> None:
    """The organ, session and agenda-item lines of a masthead that names no place and dates."""
    b = builder
    parts = b.profile.parts
    pending: list[tuple[int, str]] = []
    groups = sessions = 0

    def flush():
        nonlocal groups
        if pending:
            name = "masthead/body" if groups == 0 else "masthead/organ" if groups == 1 else f"masthead/organ{groups}"
            b.add(name, BlockKind.MASTHEAD, b.join(list(pending)), "Masthead", 0)
            groups += 1
            pending.clear()

    title_next = False
    for block in blocks:
        lines = list(block.lines)
        if title_next and not any(_session_or_item(b, line) for _, line in lines):
            # The item's title in a paragraph of its own under the item line (Word's layout).
            b.add("masthead/item/title", BlockKind.MASTHEAD, b.join(lines), "Masthead", block.page)
            title_next = False
            continue
        title_next = False
        for position, (number, line) in enumerate(lines):
            if parts.item_line.match(line):
                flush()
                b.add("masthead/item", BlockKind.MASTHEAD, b.join([(number, line)]), "Masthead", block.page)
                b.add("masthead/item/title", BlockKind.MASTHEAD, b.join(lines[position + 1 :]), "Masthead", block.page)
                title_next = position + 1 == len(lines)
                break
            if parts.session_line.search(line.strip()):
                flush()
                # A document of two organs (a letter to the General Assembly and the Security
                # Council) names a session of one and a year of the other.
                sessions += 1
                b.add("masthead/session" if sessions == 1 else f"masthead/session{sessions}", BlockKind.MASTHEAD,
                      b.join([(number, line)]), "Masthead", block.page)
                continue
            pending.append((number, line))
        flush()


def _is_place_and_dates(text: str) -> bool:
    # (not a clause that names a date, a footnote's call after it: a Chinese preambular
    # paragraph is one line, `回顾其2018年12月19日第73/195号决议，……，1`, and was read as the
    # dates of a masthead that names none)
    return bool(YEAR.search(text)) and len(text) <= PLACE_AND_DATES_MAX and text[-1:] not in ".;:" \
        and not _ENDS_A_CLAUSE.search(text)


_ENDS_A_CLAUSE = re.compile(r"[,，;；:：。،؛]\s*\d{0,2}\s*$")


def _masthead_found(builder, raw, index, others, body, dates) -> int:
    b = builder
    if not body and others:
        body = list(others.pop().lines)  # the body's name stood alone above place and dates
    session = []
    if body and b.profile.parts.session_line.search(body[-1][1].strip()):
        session = [body.pop()]  # `Eleventh session` under the body's name
        if not body and others:
            body = list(others.pop().lines)
    for count, organ in enumerate(others, start=1):
        b.add("masthead/organ" if count == 1 else f"masthead/organ{count}", BlockKind.MASTHEAD, b.join(organ.lines), "Masthead", 0)
    b.add("masthead/body", BlockKind.MASTHEAD, b.join(body), "Masthead", 0)
    b.add("masthead/session", BlockKind.MASTHEAD, b.join(session), "Masthead", 0)
    # The item line right under place and dates, in their block (a PDF's text with no blank
    # line between them): the item and its title, not more of the dates.
    item_at = next((at for at, (_, line) in enumerate(dates) if at and b.profile.parts.item_line.match(line)), None)
    glued_item = dates[item_at:] if item_at else []
    b.add("masthead/dates", BlockKind.MASTHEAD, b.join(dates[:item_at] if item_at else dates), "Masthead", 0)
    position = index + 1
    if glued_item:
        title_lines = glued_item[1:]
        if not title_lines and position + 1 < len(raw) and _title_like(b, raw[position]) \
                and _title_like(b, raw[position + 1]) and not _names_the_type(b, raw[position]):
            # The item's title typed on one long line, read as a block of its own (a line wider
            # than a page is a paragraph): still the item's while a title of the document's own
            # follows, as in Chinese and Arabic, whose line was short enough to stay in the block.
            title_lines = list(raw[position].lines)
            position += 1
        b.add("masthead/item", BlockKind.MASTHEAD, b.join(glued_item[:1]), "Masthead", 0)
        b.add("masthead/item/title", BlockKind.MASTHEAD, b.join(title_lines), "Masthead", 0)
    elif position < len(raw) and b.profile.parts.item_line.match(raw[position].lines[0][1]):
        item = raw[position]
        b.add("masthead/item", BlockKind.MASTHEAD, b.join(item.lines[:1]), "Masthead", item.page)
        title_lines = list(item.lines[1:])
        position += 1
        # Word keeps the item's title in a paragraph of its own: it is the next block when a
        # title of the document's own still follows it.
        if not title_lines and position + 1 < len(raw) and _title_like(b, raw[position]) and _title_like(b, raw[position + 1]) \
                and not _names_the_type(b, raw[position]):
            title_lines = list(raw[position].lines)
            position += 1
        b.add("masthead/item/title", BlockKind.MASTHEAD, b.join(title_lines), "Masthead", item.page)
    return position


def _names_the_type(builder, block: RawBlock) -> bool:
    """A block that ends naming a draft resolution (`Italy and Mexico: draft resolution`, its
    sponsors' line): under an item line with no title of its own, the document's first title,
    not the item's. (An item's title may name a report: `Report of the Economic and Social
    Council`, `经济及社会理事会的报告`.)"""
    parts = builder.profile.parts
    text = " ".join(line.strip() for _, line in block.lines)
    return parts.type_of([text]) == "resolution" and _ends_naming_the_type(parts, text)


def _title_like(builder, block: RawBlock) -> bool:
    """A block that may be a title: no label of a heading or paragraph, no final punctuation."""
    text = " ".join(line.strip() for _, line in block.lines)
    parts = builder.profile.parts
    if parts.chapter.match(text) or parts.section.match(text) or parts.paragraph.match(text) or parts.annex.match(text):
        return False
    return bool(text) and text[-1] not in builder.profile.sentence_end + ":;,،，；："


def _is_language_name(block: RawBlock, raw: list[RawBlock], index: int) -> bool:
    """The version's language alone on a line above `Original:` (`Russian`, `Français`)."""
    if len(block.lines) != 1 or index + 1 >= len(raw):
        return False
    word = block.lines[0][1].strip()
    return word.isalpha() and bool(ORIGINAL.match(raw[index + 1].lines[0][1]))
