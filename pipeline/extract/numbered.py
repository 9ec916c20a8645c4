"""Documents of headings and numbered paragraphs: a report, a note by the Secretariat, a
resolution or decision, and any document whose type is not recognised.

What is read, by the language's own labels (pipeline/lang/document_parts.py):
- the title blocks after the masthead (`masthead/title`, `masthead/title2`, …);
- headings of two levels, `I.`/`一.`/`أولاً-` (`h/1`) and `A.`/`А.`/`ألف-` (`h/1.2`), and
  headings without a label (`h/1/h1`): ids count the headings, so they do not depend on how
  each language writes the label;
- numbered paragraphs (`p/12`), numbered through the document as the UN numbers them, their
  sub-paragraphs `(a)` (`p/12/a`) and sub-sub-paragraphs `(i)` (`p/12/a/i`);
- paragraphs without a number (`h/1/p1`, or `body/p1` before any heading);
- in a resolution or decision, the preamble (`pre/1`, the author line first) and the operative
  paragraphs (`op/3`, `op/3/b`);
- annexes (`annex/…`, a second one `annex/2/…`): their title, table rows written one per line
  with the cells three spaces or more apart (`annex/r2/c1`), and paragraphs as above.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from pipeline.extract.agenda import after
from pipeline.extract.layout import CLAUSE_ENDS, SYMBOL_ALONE, RawBlock, cell_spans, is_table_of_figures
from pipeline.extract.markers import EXACT_CLOSE, EXACT_OPEN
from pipeline.lang.document_parts import NUMBERED_RESOLUTION, ROMAN, article_number, sub_sub_number
from pipeline.model import CLOSING_MARKS, BlockKind

_EXACT_CALL_AT_END = re.compile(rf"(?:{EXACT_OPEN}\d+{EXACT_CLOSE})+$")
_CALL_AFTER_MARK_AT_END = re.compile(r"(?<=[^\w\s])\(?\d{1,3}\)?$")
_LATIN = "abcdefghijklmnopqrstuvwxyz"
# A signature block's lines at most (name, rank, title, mission) and its length.
_SIGNATURE_LINES = 6
_SIGNATURE_LENGTH = 200
_SIGNATURE_LINE_LENGTH = 60

# A line wholly in square brackets under a title: how an adopted resolution says where it comes
# from (`[on the report of the Third Committee (A/78/479, para. 32)]`, `［根据第三委员会的报告
# (A/78/479)通过］`, `[without reference to a Main Committee (A/78/L.49)]`). Part of the title,
# not the preamble's first paragraph, though it ends with a closing mark.
_BRACKETED = re.compile(r"[\[［][^\[\]［］]*[\]］]", re.S)


# The note on a first numbered paragraph that is not 1 (stages.py compares it across versions).
FIRST_NUMBER_NOTE = "the numbered paragraphs start at paragraph"


class NumberedReader:
    def __init__(self, builder, doc_type: str):
        self.b = builder
        self.doc_type = doc_type
        profile = builder.profile
        self.parts = profile.parts
        self.sub_item = profile.sub_item
        # (every script's clause marks: an Arabic list item ends with `؛`, read as a heading)
        self.endings = profile.sentence_end + CLAUSE_ENDS + CLOSING_MARKS

    def read(self, raw: list[RawBlock], position: int) -> None:
        raw = raw[:position] + _articles_apart(raw[position:], self.parts.article)
        self.titles(raw, position)
        self.body(raw, self.position)

    # -- the title blocks ------------------------------------------------------------------
    def titles(self, raw: list[RawBlock], position: int) -> None:
        b = self.b
        count = 0
        while position < len(raw) and count < 4:
            text = b.peek(raw[position].lines).strip()
            # A title that names the document's type is one whatever it ends with: `Nota verbal de
            # fecha … ante las Naciones Unidas (Viena)` closes a bracket, as a paragraph may.
            paragraph = self.is_paragraph(text) and not self.origin_line(raw, position, text) \
                and not (count == 0 and self.names_itself(text))
            if self.labelled(text) or paragraph or self.parts.annex.match(text) or raw[position].heading_level:
                break  # (a heading by its Word style is no title)
            count += 1
            b.add("masthead/title" if count == 1 else f"masthead/title{count}", BlockKind.TITLE, b.join(raw[position].lines), "Title", raw[position].page)
            position += 1
        self.position = position
        titles = [d.joined.text for d in b.drafts if d.id.startswith("masthead/title")]
        # An adopted resolution's own title is its numbered one (`78/231. Strengthening …`),
        # under `Resolution adopted by the General Assembly on …`: the paragraphs' context.
        self.title = next((title for title in titles if NUMBERED_RESOLUTION.match(title)), titles[0] if titles else "")

    def names_itself(self, text: str) -> bool:
        """A first title that names the document's type whatever mark it ends with: a letter's
        (`Nota verbal de fecha … ante las Naciones Unidas (Viena)` closes a bracket); another's
        that ends with a bracket or a comma, not as a sentence or a clause does: a report's
        dates (`Report on the thirty-second session (22–26 May 2023)`), a Security Council
        resolution's number with its year (`Resolution 2698 (2023)`; in Russian with the comma
        of the line under it, `Резолюция 2698 (2023),`). Read as paragraphs, they were the
        body's first, and the versions that end them otherwise (`…(2023年5月22日至26日)报告`) had
        a title paired with nothing."""
        named = self.parts.type_of([text])
        if named == "letter":
            return True
        return named is not None and text.rstrip()[-1:] not in self.b.profile.sentence_end + ":;：；"

    def origin_line(self, raw: list[RawBlock], position: int, text: str) -> bool:
        """An adopted resolution's line in square brackets saying where it comes from: right
        above its numbered title (a draft's bracketed paragraph, text still negotiated, is no
        title: it stays the paragraph it is)."""
        if not _BRACKETED.fullmatch(text) or position + 1 >= len(raw):
            return False
        return bool(NUMBERED_RESOLUTION.match(" ".join(self.b.peek(raw[position + 1].lines).split())))

    def labelled(self, text: str) -> bool:
        """A heading with a label (an article's too), a numbered paragraph or a sub-paragraph."""
        return bool(
            self.parts.article.match(text)
            or (self.parts.chapter.match(text) and not self.is_paragraph(text))
            or (self.parts.section.match(text) and not self.is_paragraph(text))
            or self.parts.paragraph.match(text)
            or self.sub_item.match(text)
            or self.parts.sub_sub.match(text)
        )

    def a_label_and_its_text(self, block: RawBlock) -> bool:
        """A paragraph of one line whose label a tab sets apart (`I.<tab>Shared commitments`,
        a Word heading; `1.<tab>We reaffirm …`): two cells, the first a label and nothing
        else. No table row in an annex, which read so was a row of cells in no other
        version's catalog."""
        line = block.lines[0][1]
        spans = cell_spans(line)
        if len(block.lines) != 1 or len(spans) != 2:
            return False
        label = line[spans[0][0]:spans[0][1]].strip()
        sub_item = self.sub_item.match(label + " x")
        return bool(self.parts.label.fullmatch(label + " ") or sub_item and sub_item.start(2) == len(label) + 1)

    def is_signature(self, block: RawBlock, text: str) -> bool:
        """A signature block: a few short lines that carry the copy's `(Signed)` mark in the
        language's words. Standing at the right is not enough: a centred heading (`Annex`, a
        table's title) stands there too."""
        if len(block.lines) > _SIGNATURE_LINES or re.search(self.parts.signed, text) is None:
            return False
        if _in_cells(block):
            # Two signatories side by side (`(Signed) Maritza Chan   (Signed) Cheikh Niang`):
            # the mark begins a cell with the name after it. A table's `(Signed)` alone in its
            # cell is a treaty's status, in its row.
            cells = [line[start:end].strip() for _, line in block.lines for start, end in cell_spans(line)]
            marked = [cell for cell in cells if re.search(self.parts.signed, cell)]
            return len(text) <= 2 * _SIGNATURE_LENGTH and all(re.sub(self.parts.signed, "", cell).strip() for cell in marked)
        return len(text) <= _SIGNATURE_LENGTH

    def is_paragraph(self, text: str) -> bool:
        """Text that ends as a sentence or a clause does (a heading never does), a footnote
        call after its last mark aside (`… 2004,1`, or Word's reference)."""
        text = _EXACT_CALL_AT_END.sub("", text.rstrip())
        text = _CALL_AFTER_MARK_AT_END.sub("", text)
        return text[-1:] in self.endings

    # -- the body --------------------------------------------------------------------------
    def body(self, raw: list[RawBlock], position: int) -> None:
        b = self.b
        resolution = self.doc_type == "resolution"
        prefix = ""  # "annex/" in the first annex, "annex/2/" in the second
        in_annex = False
        annexes = 0
        chapter = section = 0
        heading_id, context = "body", self.title or "Body"
        last_number = 0
        paragraph: str | None = None  # the numbered (or last) paragraph sub-paragraphs belong to
        sub: str | None = None
        sub_indent = 0
        letter = -1  # index of the last sub-paragraph letter
        roman = 0
        counters: Counter[str] = Counter()
        notes_of: Counter[str] = Counter()

        def said(note: str, kind: str) -> None:
            # A version of a thousand paragraphs numbered again gave a thousand lines: the first
            # few are said, then that there are more.
            notes_of[kind] += 1
            if notes_of[kind] <= _NOTES_OF_A_KIND:
                b.notes.append(note)
            elif notes_of[kind] == _NOTES_OF_A_KIND + 1:
                b.notes.append(f"and more paragraphs {'numbered again' if kind == 'again' else 'after a gap in the numbers'} "
                               f"after line {block.lines[0][0]}")

        awaiting_annex_title = False
        signatures = 0
        # Under an article's heading (`Article 6`), where its paragraphs are not yet met: its
        # id (`art/6`), and whether they are numbered again from 1 (a treaty's), or on through
        # the document (a report that heads its review of a treaty article by article).
        article: str | None = None
        numbered_in_article = False
        article_paragraphs = ""  # `art/6/` where the article numbers its own paragraphs
        articles_restart = False  # an article has numbered its paragraphs from 1 again
        articles_seen: Counter[str] = Counter()
        blocks = _signatures_joined(_rows_apart_joined(raw[position:], self.labelled), self)
        for index, block in enumerate(blocks):
            joined = b.join(block.lines)
            text = joined.text.strip()
            page = block.page
            if b.symbol and text == b.symbol and len(block.lines) == 1:
                # The document's own symbol alone: a page's header that a Word letter types on its
                # annex's page (the text reader takes it off as page furniture).
                continue
            if self.is_signature(block, text):
                # One entry whatever order the language sets its lines in (`(Signed) Name` over
                # the rank and title in English, under them in French): read as a heading or
                # a paragraph by its last line, it was paired with another version's text.
                signatures += 1
                name = f"{prefix}signature" if signatures == 1 else f"{prefix}signature{signatures}"
                b.add(name, BlockKind.SIGNATURE, joined, "Signature", page, in_annex)
                continue
            if self.parts.annex.match(text):
                annexes += 1
                prefix = "annex/" if annexes == 1 else f"annex/{annexes}/"
                in_annex, awaiting_annex_title = True, True
                chapter = section = last_number = 0
                article = None
                heading_id, context, paragraph, sub = prefix + "heading", text, None, None
                b.add(prefix + "heading", BlockKind.HEADING, joined, context, page, True)
                continue
            if awaiting_annex_title:
                awaiting_annex_title = False
                # The table's first row under the title with no blank line between (a PDF's text
                # pasted without them) is the table's, not more of the title.
                first_row = next((i for i, (_, line) in enumerate(block.lines) if cell_spans(line)), len(block.lines))
                title = b.join(block.lines[:first_row]) if first_row else joined
                if first_row and not self.is_paragraph(title.text.strip()) and not self.labelled(title.text.strip()):
                    context = f"{context}: {title.text.strip()}"
                    heading_id = prefix + "title"
                    b.add(prefix + "title", BlockKind.TITLE, title, context, page, True)
                    if first_row < len(block.lines):
                        self.add_rows(RawBlock(block.lines[first_row:], block.page), prefix + "r", counters, context, True)
                    continue
            if in_annex and cell_spans(block.lines[0][1]) and not self.a_label_and_its_text(block):
                self.add_rows(block, prefix + "r", counters, context, True)
                continue
            if is_table_of_figures([line for _, line in block.lines]):
                # A table in the body (a report's figures by region): a row a line, each cell an
                # entry, as an annex's. Read as one paragraph it was a run of padded cells that
                # some versions split into sentences (fuzzy: unchecked) and Chinese, with no
                # stop at its end, took for a heading paired with nothing.
                self.add_rows(block, f"{heading_id}/r", counters, context, in_annex)
                continue
            article_match = self.parts.article.match(text)
            if article_match:
                # A treaty's article (a rule of procedure): a heading whose id is its number, as
                # every version numbers it alike; its title, the heading under it, is `art/6/h1`.
                article, numbered_in_article = f"{prefix}art/{article_number(article_match.group(1))}", False
                # A number given twice (a report's `Article 5` under two chapters, a source's
                # mistyped `Article 3`): the second is `art/5#2`, as a version's is, never a
                # second entry of one msgctxt, which no catalog holds.
                articles_seen[article] += 1
                if articles_seen[article] > 1:
                    article = f"{article}#{articles_seen[article]}"
                heading_id, context, paragraph, sub = article, " ".join(text.split()), None, None
                b.add(article, BlockKind.HEADING, joined, context, page, in_annex)
                continue
            chapter_match = self.parts.chapter.match(text)
            section_match = self.parts.section.match(text)
            number = self.parts.paragraph.match(text)
            if number and article and not numbered_in_article:
                # The article's first numbered paragraph: `1.` (or a number the paragraphs before
                # it already had) starts the article's own numbering, `art/8/p/1`.
                numbered_in_article = True
                # Once an article has, every later one does (a version whose Word list was not
                # restarted numbers its third article's paragraphs 3, 4, …: the article's still).
                restarts = int(number.group(1)) == 1 or int(number.group(1)) <= last_number or articles_restart
                articles_restart = articles_restart or restarts
                article_paragraphs = f"{article}/" if restarts else ""
                if restarts:
                    last_number = 0
            # Word says a heading's level by its style, where the heading has no label.
            styled = block.heading_level if not (chapter_match or section_match or number) else None
            if (chapter_match and not self.is_paragraph(text)) or styled == 1:
                chapter, section, article = chapter + 1, 0, None
                heading_id, context, paragraph, sub = f"{prefix}h/{chapter}", " ".join(text.split()), None, None
                b.add(heading_id, BlockKind.HEADING, after(joined, chapter_match, 2) if chapter_match else joined, context, page, in_annex)
            elif (section_match and not self.is_paragraph(text)) or styled == 2:
                section, article = section + 1, None
                heading_id, context, paragraph, sub = f"{prefix}h/{chapter}.{section}", " ".join(text.split()), None, None
                b.add(heading_id, BlockKind.HEADING, after(joined, section_match, 2) if section_match else joined, context, page, in_annex)
            elif number and int(number.group(1)) > last_number:
                value = int(number.group(1))
                if value == last_number + 2 and self._next_number(blocks, index) == value:
                    # 8, 10, 10, 11: the first 10 is 9 mistyped, not a paragraph lacking before it
                    # and 10 numbered again (whose translation was then in no catalog).
                    said(f"paragraph {value} (line {block.lines[0][0]}) between paragraphs {last_number} and {value}: "
                         f"read as {last_number + 1}, its number mistyped", "gap")
                    value = last_number + 1
                elif value != last_number + 1 and last_number:
                    said(f"paragraph {value} follows paragraph {last_number} (line {block.lines[0][0]})", "gap")
                elif value != 1 and not last_number:
                    # A chapter of a report issued alone starts at 41 in every version, and
                    # stages.py drops the note where the source starts there too; a version
                    # whose `1.` was mistyped `7.` keeps it.
                    said(f"{FIRST_NUMBER_NOTE} {value} (line {block.lines[0][0]})", "gap")
                last_number = value
                kind = "op" if resolution and not in_annex else "p"
                within = article_paragraphs if article else prefix
                paragraph, sub, letter, roman = f"{within}{kind}/{value}", None, -1, 0
                b.add(paragraph, BlockKind.PARAGRAPH, after(joined, number, 2), context, page, in_annex)
            elif paragraph and (label := self.sub_label(text, block.indent, sub_indent, letter, roman, sub is not None)):
                kind, key, match = label
                if kind == "letter":
                    letter, roman = _LATIN.index(key), 0
                    sub, sub_indent = f"{paragraph}/{key}", block.indent
                    block_id = sub
                else:
                    roman = sub_sub_number(key)
                    block_id = f"{sub or paragraph}/{_roman(roman)}"
                b.add(block_id, BlockKind.PARAGRAPH, after(joined, match, 2), context, page, in_annex)
            elif number and last_number and int(number.group(1)) <= last_number and paragraph \
                    and not self.sub_label(text, block.indent, sub_indent, letter, roman, sub is not None):
                # A number given again (a typed `4.` among paragraphs Word numbers: 4, 4, 5): a
                # paragraph of its own, its label not text to translate, and said: the
                # versions numbered right pair with the paragraphs around it by their numbers.
                said(f"paragraph {number.group(1)} follows paragraph {last_number} (line {block.lines[0][0]}): "
                     "numbered again, read as a paragraph of its own", "again")
                counters[f"{heading_id}/p"] += 1
                paragraph, sub, letter = f"{heading_id}/p{counters[f'{heading_id}/p']}", None, -1
                b.add(paragraph, BlockKind.PARAGRAPH, after(joined, number, 2), context, page, in_annex)
            elif resolution and not in_annex and last_number == 0 and self.is_paragraph(text):
                counters["pre"] += 1
                paragraph, sub, letter = f"pre/{counters['pre']}", None, -1
                b.add(paragraph, BlockKind.PARAGRAPH, joined, "Preamble", page)
            elif self.is_paragraph(text) or block.table_row:
                counters[f"{heading_id}/p"] += 1
                paragraph, sub, letter = f"{heading_id}/p{counters[f'{heading_id}/p']}", None, -1
                b.add(paragraph, BlockKind.PARAGRAPH, joined, context, page, in_annex)
            else:
                counters[f"{heading_id}/h"] += 1
                b.add(f"{heading_id}/h{counters[f'{heading_id}/h']}", BlockKind.HEADING, joined, context, page, in_annex)
                paragraph, sub = None, None

    def _next_number(self, blocks: list[RawBlock], index: int) -> int | None:
        """The number of the next numbered paragraph after block `index`, or None (asked only
        where a number skips one)."""
        for block in blocks[index + 1:]:
            if match := self.parts.paragraph.match(" ".join(line for _, line in block.lines).strip()):
                return int(match.group(1))
        return None

    def sub_label(self, text: str, indent: int, sub_indent: int, letter: int, roman: int, in_sub: bool):
        """("letter", key, match) for a sub-paragraph, ("roman", numeral, match) for a
        sub-sub-paragraph, or None. `(i)` after `(h)` is the ninth letter; after `(a)`, and
        indented further, the first numeral."""
        letter_match = self.sub_item.match(text)
        roman_match = self.parts.sub_sub.match(text)
        letter_key = self.b.profile.sub_item_key(letter_match.group(1)) if letter_match else None
        if roman_match and not (letter_key and _LATIN.index(letter_key) == letter + 1 and not (in_sub and indent > sub_indent)):
            value = sub_sub_number(roman_match.group(1))
            if value == roman + 1 or not letter_match:
                return "roman", roman_match.group(1), roman_match
        if letter_match:
            return "letter", letter_key, letter_match
        return None

    def add_rows(self, block: RawBlock, rows_id: str, counters: Counter[str], context: str, in_annex: bool) -> None:
        """A table block's rows, numbered on from the rows already met under `rows_id`
        (`annex/r`, `h/2/r`), each cell an entry: `annex/r3/c2`."""
        b = self.b
        for row in _rows(block):
            counters[rows_id] += 1
            for column, lines in enumerate(row, start=1):
                if not lines:
                    continue  # an empty cell of a Word table: its column counted, no entry
                b.add(f"{rows_id}{counters[rows_id]}/c{column}", BlockKind.TABLE_CELL, b.join(lines), context, block.page, in_annex)


# How many notes of one kind a version's numbering gets before "and more".
_NOTES_OF_A_KIND = 5


def _articles_apart(blocks: list[RawBlock], article: re.Pattern[str]) -> list[RawBlock]:
    """The blocks, each that opens with an article's label on a line of its own and goes on
    (its title set under it at the body's leading, as treaties print it; `Rule 1`, a line
    break, `Purpose` in one Word paragraph) cut after the label: read whole, `Article 3 Use of
    terms` was a heading of no article, and the articles' paragraphs numbered on."""
    label_first = re.compile(article.pattern.removesuffix(r"\s*$") + r"(?:\t|\s{2,})(?=\S)")
    cut: list[RawBlock] = []
    for block in blocks:
        number, line = block.lines[0]
        if len(block.lines) > 1 and article.match(line.strip()):
            cut += [replace(block, lines=block.lines[:1]), replace(block, lines=block.lines[1:])]
        elif (label := label_first.match(line)) is not None and len(cell_spans(line)) <= 2:
            # (not a table's row, `Article 5      Implemented          12`: its cells)
            # `Article 3<tab>Use of terms`, as a heading is typed with its label (`I.<tab>…`)
            cut += [replace(block, lines=((number, line[:label.end()].rstrip()),)),
                    replace(block, lines=((number, line[label.end():]), *block.lines[1:]))]
        else:
            cut.append(block)
    return cut


def _rows_apart_joined(blocks: list[RawBlock], labelled: Callable[[str], bool]) -> list[RawBlock]:
    """The blocks, with a table whose rows blank lines set apart (a PDF's rows spaced as
    paragraphs are) as one block: consecutive blocks of one line each cut into cells, which
    together are a table of figures. Read a block a row, each row was a heading of its own,
    in no other version's catalog. `labelled`: whether a line starts with a heading's or a
    paragraph's label, as the language writes them."""
    joined: list[RawBlock] = []
    run: list[RawBlock] = []

    def close() -> None:
        lines = [line for block in run for line in block.lines]
        if len(run) > 1 and is_table_of_figures([text for _, text in lines]):
            joined.append(RawBlock(tuple(lines), run[0].page))
        else:
            joined.extend(run)
        run.clear()

    for block in blocks:
        line = block.lines[0][1]
        # A heading's or a paragraph's label set apart by three spaces (`II.   Attendance`,
        # `2.     The Committee …`, as pdftotext lays them out) is no row.
        if len(block.lines) == 1 and cell_spans(line) and not block.masthead_cell and not labelled(line.strip()):
            run.append(block)
            continue
        close()
        joined.append(block)
    close()
    return joined


def _signatures_joined(blocks: list[RawBlock], reader: "NumberedReader") -> list[RawBlock]:
    """The blocks, each signature block whose lines Word gives a paragraph each (`(Signed)
    Daniel Azzopardi`, `Ambassador`, `Permanent Representative`; French sets the rank and
    title above the name) joined into one: the block that carries the copy's `(Signed)` and
    the short unfinished lines right before and after it."""
    joined: list[RawBlock] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if len(block.lines) == 1 and not _in_cells(block) and _signed(block, reader):
            before = 0
            while joined and before + 1 < _SIGNATURE_LINES and _signature_line(joined[-1], reader):
                block = RawBlock(joined.pop().lines + block.lines, block.page)
                before += 1
            while index + 1 < len(blocks) and len(block.lines) < _SIGNATURE_LINES and _signature_line(blocks[index + 1], reader):
                index += 1
                block = RawBlock(block.lines + blocks[index].lines, block.page)
        if joined and _signed(block, reader) and _signed(joined[-1], reader):
            # Two signatories one after the other (as Chinese and Arabic set those that other
            # versions set side by side): one signature entry, as theirs is.
            block = RawBlock(joined.pop().lines + block.lines, block.page)
        joined.append(block)
        index += 1
    return joined


def _signed(block: RawBlock, reader: "NumberedReader") -> bool:
    text = " ".join(line.strip() for _, line in block.lines)
    return reader.is_signature(block, text)


def _in_cells(block: RawBlock) -> bool:
    """Whether a line of the block is cut into cells (a table's row)."""
    return any(len(cell_spans(line)) > 1 for _, line in block.lines)


def _signature_line(block: RawBlock, reader: "NumberedReader") -> bool:
    """A paragraph that may be a line of a signature block: one short line, no label, no
    sentence's end (a rank may end with a comma: `L’Ambassadeur,`)."""
    if len(block.lines) != 1 or block.heading_level or _in_cells(block):
        return False
    text = block.lines[0][1].strip()
    # (not a document's symbol alone: a Word letter's own, typed as the annex page's header)
    return 0 < len(text) <= _SIGNATURE_LINE_LENGTH and not reader.labelled(text) and not reader.parts.annex.match(text) \
        and text[-1:] not in reader.b.profile.sentence_end + ":;" and not SYMBOL_ALONE.match(text)


def _rows(block: RawBlock) -> list[list[list[tuple[int, str]]]]:
    """The rows of a table block, each a list of cells (each its lines): a line cut into cells
    starts a row, as PDF text writes one row a line with no blank line between rows; a line
    that is not continues the row, in the cell whose column it starts nearest (a title that
    runs over several lines under its column)."""
    if block.word_table:
        # A Word table's cells, a tab apart, each in its column, the empty ones too.
        return [[[(number, cell)] if cell.strip() else [] for cell in line.split("\t")] for number, line in block.lines]
    rows: list[list[list[tuple[int, str]]]] = []
    starts: list[int] = []
    for number, line in block.lines:
        spans = cell_spans(line)
        if spans or not rows:
            spans = spans or [(len(line) - len(line.lstrip()), len(line.rstrip()))]
            rows.append([[(number, line[start:end])] for start, end in spans])
            starts = [start for start, _ in spans]
            continue
        indent = len(line) - len(line.lstrip())
        column = min(range(len(starts)), key=lambda i: abs(starts[i] - indent)) if indent else len(starts) - 1
        rows[-1][column].append((number, line))
    return rows


def _roman(value: int) -> str:
    return ROMAN[value - 1] if value <= len(ROMAN) else str(value)
