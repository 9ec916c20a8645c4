"""Writing an extracted document back out as a PDF as the UN prints it, for the PDF tests.

An A4 page: the masthead (`United Nations` and the symbol over a thick rule, the body's
name, place and dates) and the title on the first page; each block a paragraph wrapped to
the measure, its number (`1.`, `(a)`, `a)`) hanging before it; the symbol at the top of every
later page and the job number with `page/pages` at the bottom of every page (the first: the
job number with the version's letter and two dates, the barcode, and `Please recycle`);
footnote calls as small raised
digits, each footnote at the bottom of the page of its call below a short rule; link
annotations on the footnote or document they belong to; the annex on a page of its own, its
table in three columns. Arabic is set right to left and shaped, Chinese in WenQuanYi Micro
Hei (Debian's fonts-wqy-microhei), everything else in DejaVu Sans.

Lines break at spaces, after the hyphen of a compound (`cross-border`, `COVID-19`) and in
Chinese between any two characters; no word is hyphenated. A footnote call goes at the end
of the sentence that carried it (the model keeps the sentence, not the place in it): after
its closing punctuation where the text had it there (`a.m.1`, `。1`), else before it.

fpdf2 (LGPL-3.0; a test dependency only, nothing of it ships) is the writer because it shapes
Arabic and orders it with its own bidirectional algorithm through uharfbuzz
(`set_text_shaping`), from font files; ReportLab's open-source edition does not shape Arabic.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

from pipeline.extract.joining import is_unspaced_char
from pipeline.lang import profile as language_profile
from pipeline.lang.document_parts import ROMAN
from pipeline.model import Block, BlockKind, ExtractedDocument

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

# A4 in points, and the measure of a UN document.
LEFT, RIGHT = 64.0, 595.28 - 64.0
MEASURE = RIGHT - LEFT
TOP = 92.0
BOTTOM = 772.0  # the last baseline of the footnotes
HEADER_BASE, FOOTER_BASE = 50.0, 812.0
INDENT = 36.0
BODY, BODY_LEADING = 10.0, 12.0
NOTE, NOTE_LEADING, NOTE_TEXT = 8.5, 10.0, 18.0
TABLE, TABLE_LEADING = 9.0, 11.0
CALL, CALL_RISE = 6.5, 3.6
RULE_WIDTH, RULE_SPACE = 100.0, 16.0
# The annex table's columns, from the text's edge: time (also the day and the column
# headings), item, title.
COLUMNS = ((0.0, 96.0), (112.0, 156.0), (170.0, MEASURE))
# A two-column table (a list of documents: symbol, title).
GRID_COLUMNS = ((0.0, 130.0), (150.0, MEASURE))

UNITED_NATIONS = {
    "ar": "الأمم المتحدة", "en": "United Nations", "es": "Naciones Unidas",
    "fr": "Nations Unies", "ru": "Организация Объединенных Наций", "zh": "联合国",
}
VERSION_LETTER = {"ar": "A", "en": "E", "es": "S", "fr": "F", "ru": "R", "zh": "C"}
# How a report's chapters and sections are numbered in each language.
ARABIC_CHAPTERS = ("أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً", "تاسعاً", "عاشراً")
ARABIC_SECTIONS = ("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء")
CHINESE_NUMERALS = "一二三四五六七八九十"
CYRILLIC_CAPITALS = "АБВГДЕЖЗИК"
LATIN_CAPITALS = "ABCDEFGHIJ"
# How each version writes a sub-item's letter.
SUB_ITEM_LABEL = {"ar": "({})", "en": "({})", "es": "{})", "fr": "{})", "ru": "{})", "zh": "({})"}
# Chinese punctuation that never begins a line.
_CLOSING = "。，、；：！？）》」』”’"


@dataclass
class _Piece:
    text: str
    call: str | None = None  # the id of the footnote this piece calls


@dataclass
class _Word:
    pieces: list[_Piece]
    space_before: bool


@dataclass
class _Style:
    size: float = BODY
    leading: float = BODY_LEADING
    bold: bool = False
    first: float = 0.0  # where the first line (or the label) starts, from the text's edge
    rest: float = 0.0  # where the other lines (and the text after a label) start
    label: str = ""
    before: float = 8.0  # space above the block
    keep_with_next: bool = False


@dataclass
class _Line:
    words: list[_Word]
    style: _Style
    x: float  # where it starts, from the text's edge (the right edge in Arabic)
    label: str = ""
    links: list[str] = field(default_factory=list)

    @property
    def calls(self) -> list[str]:
        return [piece.call for word in self.words for piece in word.pieces if piece.call]


@dataclass
class _Page:
    lines: list[tuple[float, _Line]] = field(default_factory=list)  # (baseline, line)
    footnotes: list[Block] = field(default_factory=list)
    masthead: bool = False


def write_pdf(document: ExtractedDocument, path, symbol: str, job: str = "V.22-04012") -> int:
    """Write `document` as a PDF at `path`; returns the number of pages."""
    return _Builder(document, symbol, job).write(Path(path))


class _Builder:
    def __init__(self, document: ExtractedDocument, symbol: str, job: str):
        self.document = document
        self.lang = document.lang
        self.profile = language_profile(document.lang)
        self.rtl = self.profile.right_to_left
        self.symbol = symbol
        self.job = job
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        self.pdf.c_margin = 0
        regular, bold = (WQY, WQY) if self.profile.unspaced else (DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf")
        self.pdf.add_font("text", "", str(regular))
        self.pdf.add_font("text", "B", str(bold))
        self.widths: dict[tuple, float] = {}  # measured once: a word is measured again at each line it may go on
        self.direction("rtl" if self.rtl else "ltr")
        self.footnotes = {b.id: b for b in document.blocks if b.kind is BlockKind.FOOTNOTE}
        self.links: dict[str, list[str]] = {}
        for block in document.blocks:
            if block.kind is BlockKind.LINK:
                self.links.setdefault(block.id.rsplit("/link", 1)[0], []).append(block.text)
        self.pages: list[_Page] = [_Page(masthead=True)]
        self.y = TOP

    def direction(self, direction: str) -> None:
        # Only Arabic needs shaping; without it fpdf2 writes a line as one string, which
        # pdfminer reads several times faster than glyphs placed one by one.
        self.text_direction = direction
        if self.rtl:
            self.pdf.set_text_shaping(True, direction=direction)

    # -- measuring and words ------------------------------------------------------------------
    def width(self, text: str, size: float, bold: bool = False) -> float:
        self.pdf.set_font("text", "B" if bold else "", size)
        key = (text, size, bold, self.text_direction)
        if key not in self.widths:
            self.widths[key] = self.pdf.get_string_width(text)
        return self.widths[key]

    def word_width(self, word: _Word, style: _Style) -> float:
        return sum(self.width(p.text, CALL if p.call else style.size, style.bold and not p.call) for p in word.pieces)

    def words(self, text: str, calls: dict[int, list[str]] | None = None) -> list[_Word]:
        """The words of `text`; `calls`: footnote ids by the offset their call stands at, each
        glued to the word before it."""
        calls = calls or {}
        words: list[_Word] = []
        current: _Word | None = None
        space = False
        break_next = False
        for offset in range(len(text) + 1):
            for ref in calls.get(offset, ()):
                if current is None:
                    current = _Word([], space)
                    words.append(current)
                current.pieces.append(_Piece(self.call_label(ref), call=ref))
            if offset == len(text):
                break
            ch = text[offset]
            if ch == " ":
                current, space, break_next = None, True, False
                continue
            cjk = self.profile.unspaced and is_unspaced_char(ch)
            if current is not None and (break_next or cjk) and ch not in _CLOSING:
                current = None
            if current is None:
                current = _Word([], space)
                words.append(current)
            if not current.pieces or current.pieces[-1].call:
                current.pieces.append(_Piece(""))
            current.pieces[-1].text += ch
            space = False
            # After a Chinese character, or the hyphen of a compound, a line may break.
            break_next = cjk or (ch == "-" and offset > 0 and text[offset - 1].isalpha())
        return words

    def call_label(self, ref: str) -> str:
        number = ref.rsplit("/", 1)[1]
        return f"({number})" if self.rtl else number

    def text_and_calls(self, block: Block) -> tuple[str, dict[int, list[str]]]:
        """The block's text and where its footnote calls go: at the end of the sentence that
        carried them, after its closing punctuation if the text had them there, else before."""
        text = ""
        calls: dict[int, list[str]] = {}
        for sentence in block.sentences:
            if text and not is_unspaced_char(text[-1]):
                text += " "
            start = len(text)
            text += sentence.text
            for ref in sentence.footnotes:
                position = len(text)
                # A call the text put before the sentence's punctuation goes there again; an
                # abbreviation's stop (`a.m.`) is part of its word, which the call follows.
                last_word = text[start:].rsplit(None, 1)[-1].lower()
                if ref not in sentence.calls_after_punctuation and last_word not in self.profile.abbreviations:
                    while position > start and unicodedata.category(text[position - 1]) in ("Po", "Pe", "Pf"):
                        position -= 1
                calls.setdefault(position, []).append(ref)
        return text, calls

    def wrap(self, words: list[_Word], style: _Style, first: float, rest: float, right: float = MEASURE) -> list[_Line]:
        """Words into lines: the first starting at `first`, the others at `rest`, none past
        `right` (all from the text's edge)."""
        lines: list[_Line] = []
        current: list[_Word] = []
        used = 0.0
        space = self.width(" ", style.size, style.bold)
        for word in words:
            width = self.word_width(word, style)
            gap = space if current and word.space_before else 0.0
            start = first if not lines else rest
            if current and used + gap + width > right - start:
                lines.append(_Line(current, style, start))
                current, used, gap = [], 0.0, 0.0
            current.append(word)
            used += gap + width
        if current:
            lines.append(_Line(current, style, first if not lines else rest))
        return lines

    # -- layout --------------------------------------------------------------------------------
    def write(self, path: Path) -> int:
        blocks = [b for b in self.document.blocks if b.kind not in (BlockKind.FOOTNOTE, BlockKind.LINK)]
        previous = None
        for block in blocks:
            if block.id.startswith("annex/") and block.kind is BlockKind.TABLE_CELL:
                continue
            if block.id == "annex/heading":
                self.new_page()
            self.paragraph(block, self.style(block, previous))
            previous = block
            if block.id == "annex/title":
                self.table([b for b in blocks if b.id.startswith("annex/") and b.kind is BlockKind.TABLE_CELL])
        self.render(path)
        return len(self.pages)

    def style(self, block: Block, previous: Block | None) -> _Style:
        block_id = block.id
        if block_id == "masthead/dates" and previous is not None and previous.id in ("masthead/body", "masthead/session"):
            return _Style(before=0.0)
        if block_id in ("masthead/body", "masthead/organ"):
            return _Style(size=11.0, bold=True, before=18.0)
        if block_id in ("masthead/title", "annex/title"):
            return _Style(size=12.0, leading=14.0, bold=True, first=INDENT, before=24.0, keep_with_next=True)
        if block_id == "annex/heading":
            return _Style(size=11.0, bold=True, before=0.0, keep_with_next=True)
        if match := re.fullmatch(r"agenda/(\d+)", block_id):
            return _Style(label=f"{match.group(1)}.", rest=INDENT)
        if match := re.fullmatch(r"agenda/\d+([a-z])", block_id):
            return _Style(label=self.sub_label(match.group(1)), first=INDENT, rest=2 * INDENT)
        if match := re.fullmatch(r"item/(\d+)/title", block_id):
            return _Style(size=10.5, bold=True, label=f"{match.group(1)}.", rest=INDENT, before=16.0, keep_with_next=True)
        if match := re.fullmatch(r"item/\d+([a-z])/title", block_id):
            return _Style(size=10.5, bold=True, label=self.sub_label(match.group(1)), rest=INDENT, before=14.0, keep_with_next=True)
        # A report, a note, a resolution: labels as each language prints them.
        if match := re.fullmatch(r"(?:annex/(?:\d+/)?)?h/(\d+)(?:\.(\d+))?", block_id):
            chapter, section = match.groups()
            label = self.section_label(int(section)) if section else self.chapter_label(int(chapter))
            return _Style(size=10.5 if section else 11.0, bold=True, label=label, rest=INDENT, before=16.0, keep_with_next=True)
        if match := re.fullmatch(r"(?:annex/(?:\d+/)?)?(?:p|op)/(\d+)", block_id):
            return _Style(label=f"{match.group(1)}.", rest=INDENT)
        if match := re.fullmatch(r".*(?:p|op)/\d+/([a-z])", block_id):
            return _Style(label=f"({self.profile.sub_item_letters[ord(match.group(1)) - ord('a')]})", first=INDENT, rest=2 * INDENT)
        if match := re.fullmatch(r".*(?:p|op)/\d+(?:/[a-z])?/([ivx]+)", block_id):
            number = ROMAN.index(match.group(1)) + 1
            label = f"‘{number}’" if self.lang == "ar" else f"({match.group(1)})"
            return _Style(label=label, first=2 * INDENT, rest=3 * INDENT)
        if re.fullmatch(r"masthead/title\d", block_id):
            return _Style(size=11.0, bold=True, first=INDENT, before=14.0, keep_with_next=True)
        if block_id == "masthead/item/title" and previous is not None and previous.id == "masthead/item":
            return _Style(before=0.0)
        if block.kind is BlockKind.HEADING:
            return _Style(size=10.5, bold=True, first=INDENT, before=14.0, keep_with_next=True)
        if block.kind is BlockKind.PARAGRAPH:
            return _Style(first=INDENT)
        return _Style()

    def chapter_label(self, number: int) -> str:
        if self.lang == "ar":
            return f"{ARABIC_CHAPTERS[number - 1]}-"
        if self.lang == "zh":
            return f"{CHINESE_NUMERALS[number - 1]}."
        return f"{ROMAN[number - 1].upper()}."

    def section_label(self, number: int) -> str:
        if self.lang == "ar":
            return f"{ARABIC_SECTIONS[number - 1]}-"
        return f"{(CYRILLIC_CAPITALS if self.lang == 'ru' else LATIN_CAPITALS)[number - 1]}."

    def sub_label(self, key: str) -> str:
        letter = self.profile.sub_item_letters["abcdefghijklmnopqrstuvwxyz".index(key)]
        return SUB_ITEM_LABEL[self.lang].format(letter)

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = TOP

    def note_lines(self, block: Block) -> list[_Line]:
        style = _Style(size=NOTE, leading=NOTE_LEADING)
        return self.wrap(self.words(block.text), style, NOTE_TEXT, NOTE_TEXT)

    def room(self, page: _Page, more: list[Block] = ()) -> float:
        """The last baseline the body may take on `page`, above its footnotes (and `more`)."""
        notes = [*page.footnotes, *more]
        if not notes:
            return BOTTOM
        return BOTTOM - sum(len(self.note_lines(b)) for b in notes) * NOTE_LEADING - RULE_SPACE - NOTE_LEADING

    def paragraph(self, block: Block, style: _Style) -> None:
        text, calls = self.text_and_calls(block)
        first = style.first if not style.label else style.rest
        lines = self.wrap(self.words(text, calls), style, first, style.rest)
        lines[0].label = style.label
        lines[-1].links = self.links.get(block.id, [])
        y = self.y + (style.before if self.pages[-1].lines or self.pages[-1].masthead else 0.0)
        if style.keep_with_next and y + (len(lines) + 3) * style.leading > self.room(self.pages[-1]):
            self.new_page()
            y = self.y
        for line in lines:
            called = [self.footnotes[ref] for ref in line.calls]
            if y + style.size > self.room(self.pages[-1], called) and self.pages[-1].lines:
                self.new_page()
                y = self.y
            y += style.size
            self.pages[-1].lines.append((y, line))
            self.pages[-1].footnotes.extend(called)
            y += style.leading - style.size
        self.y = y

    def table(self, cells: list[Block]) -> None:
        """The annex table: the column headings and each day in the first column on a row of
        their own, then each row's time, item and title in their columns."""
        style = _Style(size=TABLE, leading=TABLE_LEADING)
        rows: list[dict[int, Block]] = []
        columns = COLUMNS
        for cell in cells:
            if grid := re.fullmatch(r"annex/(?:\d+/)?r(\d+)/c(\d+)", cell.id):
                columns = GRID_COLUMNS  # a table of rows and columns, as a report's annex has
                row, column = int(grid.group(1)), int(grid.group(2)) - 1
                while len(rows) < row:
                    rows.append({})
                rows[row - 1][column] = cell
                continue
            column = 1 if cell.id.endswith("/item") else 2 if cell.id.endswith("/title") else 0
            if column == 0 or not rows or any(c >= column for c in rows[-1]):
                rows.append({})
            rows[-1][column] = cell
        y = self.y + 14.0
        for row in rows:
            wrapped = [self.wrap(self.words(cell.text), style, columns[c][0], columns[c][0], columns[c][1]) for c, cell in row.items()]
            height = max(len(lines) for lines in wrapped) * TABLE_LEADING
            if y + height > self.room(self.pages[-1]):
                self.new_page()
                y = self.y
            for lines in wrapped:
                for number, line in enumerate(lines):
                    self.pages[-1].lines.append((y + TABLE + number * TABLE_LEADING, line))
            y += height + 6.0
        self.y = y

    # -- drawing -------------------------------------------------------------------------------
    def render(self, path: Path) -> None:
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            self.pdf.add_page()
            self.furniture(number, total)
            if page.masthead:
                self.masthead()
            for baseline, line in page.lines:
                self.draw(line, baseline)
            self.draw_footnotes(page)
        self.pdf.output(str(path))

    def put(self, text: str, left: float, baseline: float, size: float, bold: bool = False) -> float:
        """Draw `text` from `left` on `baseline`; returns its width."""
        width = self.width(text, size, bold)
        # fpdf2 sets a cell's baseline 0.5 h + 0.3 size below its top.
        self.pdf.set_xy(left, baseline - 0.8 * size)
        self.pdf.cell(w=width + 0.01, h=size, text=text)
        return width

    def put_ltr(self, text: str, left: float, baseline: float, size: float, bold: bool = False) -> None:
        self.direction("ltr")
        self.put(text, left, baseline, size, bold)
        self.direction("rtl" if self.rtl else "ltr")

    def furniture(self, number: int, total: int) -> None:
        if number == 1:
            # The job number with the dates UN printing stamps beside it (issued, printed), the
            # barcode, and the recycling mark's words under it, in English in every version.
            self.put_ltr(f"{self.job} ({VERSION_LETTER[self.lang]})    270522    300522", LEFT, FOOTER_BASE, 8.0)
            barcode = "*" + re.sub(r"\D", "", self.job)[:7] + "*"
            self.put_ltr(barcode, RIGHT - self.width(barcode, 12.0), FOOTER_BASE, 12.0)
            self.put_ltr("Please recycle", RIGHT - self.width("Please recycle", 6.0), FOOTER_BASE + 12.0, 6.0)
            return
        even = number % 2 == 0
        self.put_ltr(self.symbol, LEFT if even else RIGHT - self.width(self.symbol, 9.0, True), HEADER_BASE, 9.0, True)
        footer = f"{number}/{total}    {self.job}" if even else f"{self.job}    {number}/{total}"
        self.put_ltr(footer, LEFT if even else RIGHT - self.width(footer, 8.0), FOOTER_BASE, 8.0)

    def masthead(self) -> None:
        name, baseline, size = UNITED_NATIONS[self.lang], 58.0, 12.0
        name_width = self.width(name, size, True)
        symbol_width = self.width(self.symbol, size, True)
        self.put(name, RIGHT - name_width if self.rtl else LEFT, baseline, size, True)
        self.put_ltr(self.symbol, LEFT if self.rtl else RIGHT - symbol_width, baseline, size, True)
        self.pdf.set_line_width(2.0)
        self.pdf.line(LEFT, baseline + 10.0, RIGHT, baseline + 10.0)

    def draw(self, line: _Line, baseline: float) -> None:
        """A line: its label at the style's first position, then its words from `line.x`, left
        to right (in Arabic right to left from the right edge), each call raised."""
        style = line.style
        if line.label:
            width = self.width(line.label, style.size, style.bold)
            self.put(line.label, RIGHT - style.first - width if self.rtl else LEFT + style.first, baseline, style.size, style.bold)
        runs: list[_Piece] = []  # plain text drawn as one cell (Arabic is shaped across words)
        for index, word in enumerate(line.words):
            if index and word.space_before:
                self.add_to(runs, _Piece(" "))
            for piece in word.pieces:
                self.add_to(runs, _Piece(piece.text, piece.call))
        position = RIGHT - line.x if self.rtl else LEFT + line.x
        for run in runs:
            size = CALL if run.call else style.size
            bold = style.bold and not run.call
            width = self.width(run.text, size, bold)
            left = position - width if self.rtl else position
            self.put(run.text, left, baseline - (CALL_RISE if run.call else 0.0), size, bold)
            position = left if self.rtl else position + width
        for link in line.links:
            left, right = (position, RIGHT - line.x) if self.rtl else (LEFT + line.x, position)
            self.pdf.link(left, baseline - style.size, right - left, style.leading, link)

    @staticmethod
    def add_to(runs: list[_Piece], piece: _Piece) -> None:
        if runs and not runs[-1].call and not piece.call:
            runs[-1].text += piece.text
        else:
            runs.append(piece)

    def draw_footnotes(self, page: _Page) -> None:
        if not page.footnotes:
            return
        notes = [(block, self.note_lines(block)) for block in page.footnotes]
        y = BOTTOM - sum(len(lines) for _, lines in notes) * NOTE_LEADING
        self.pdf.set_line_width(0.5)
        rule = y - RULE_SPACE / 2
        self.pdf.line(RIGHT - RULE_WIDTH if self.rtl else LEFT, rule, RIGHT if self.rtl else LEFT + RULE_WIDTH, rule)
        for block, lines in notes:
            lines[0].label = self.call_label(block.id)
            # A link on each of the footnote's first lines, as a PDF of a title that a link
            # spans has them.
            for number, link in enumerate(self.links.get(block.id, [])):
                lines[min(number, len(lines) - 1)].links.append(link)
            for line in lines:
                y += NOTE_LEADING
                self.draw(line, y)
