"""The physical layout of PDF-extracted text: blocks, pages, footnote regions, link lines.

A PDF page of a UN document ends with a footnote rule (`__________________`) and the
footnotes, and the PDF's hyperlink targets come out as bare URL lines at the page end. The
body text then goes on, often in the middle of a sentence (` в частности, что ...`). This
module takes those apart: the body as blocks of lines (a paragraph interrupted by a page
break is put back together), the footnotes with their numbers, and the links, each with the
page it was found on.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pipeline.lang import LanguageProfile

RULE = re.compile(r"^\s*_{5,}\s*$")
# What UN printing puts on every page besides the text: the job number (`V.22-04012`) with
# the page (`2/9`) in the footer, or with the version's letter (`(E)`) on the first page; the
# barcode (`*2204012*`); a page number alone (`2/9`); and the document symbol alone in the
# header (`CTOC/COP/WG.7/2022/4`).
# A Security Council resolution's symbol carries its year (`S/RES/2698 (2023)`), as the General
# Assembly's of the first thirty sessions carried the session (`A/RES/3314 (XXIX)`).
_ONE_SYMBOL = r"[A-Z][A-Z0-9]{0,9}(?:/[A-Za-z0-9.\-]+){2,}(?:\s?\((?:(?:19|20)\d{2}|[IVXL]{1,6})\))?"
# A document's symbol, or the symbols of a document issued to two organs, joined by a dash
# (`A/78/812–S/2024/231`, a letter to the General Assembly and the Security Council).
SYMBOL = re.compile(rf"(?<![\w/])({_ONE_SYMBOL}(?:\s?[–—]\s?{_ONE_SYMBOL})*)(?![\w/])")
# The dash between the symbols of a joint symbol, which a page's header prints a line each.
JOINT_SYMBOL_DASH = re.compile(r"\s?[–—]\s?")
# Vienna's job numbers carry the office's letter (`V.22-04012`), New York's none (`23-12345`).
JOB_NUMBER = re.compile(r"^\s*(?:[A-Z]{1,2}\.)?\d{2}-\d{5}\b")
BARCODE = re.compile(r"^\s*\*\d{7,}\*\s*$")
# The first page's job number with its version letter and the dates UN printing stamps beside
# it (issued, printed: `V.22-04012 (E)    270522    300522`).
_FIRST_PAGE_JOB = re.compile(r"^\s*(?:[A-Z]{1,2}\.)?\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6}){0,2}(?:\s+\*\d{7,}\*)?\s*$")
# The recycling mark's words under the first page's barcode, in English in every version.
_RECYCLE = re.compile(r"^\s*Please\s+recycle\s*$", re.I)
# A footer: the job number with the page (`V.22-04012 2/9`, `2/9 V.22-04012`; the first page's
# with the version's letter too, as some offices print it, `V.22-04012 (E) 1/9`), or the page alone.
_PAGE_FOOTER = re.compile(r"^\s*(?:(?:\d{1,3}/\d{1,3}\s+)?(?:[A-Z]{1,2}\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{1,3}/\d{1,3})?"
                          r"|\d{1,3}/\d{1,3})\s*$")
SYMBOL_ALONE = re.compile(rf"^\s*{SYMBOL.pattern}\s*$")
URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$")
FOOTNOTE_START = re.compile(r"^\s*\(?(\d{1,3})\)?\s+(\S.*)$")
# The symbols a footnote is marked with instead of a number (`*`, `**`, `†`; `＊` in Chinese).
MARK_SYMBOLS = "*＊†‡"
FOOTNOTE_MARK = re.compile(rf"^\s*\(?([{MARK_SYMBOLS}]{{1,3}})\)?\s+(\S.*)$")
# A form feed ends a page, as pdftotext writes it and as the PDF reader (extract/pdf.py) does
# where it has taken the page's header and footer away: nothing else would say the page ended.
FORM_FEED = "\f"
NUMBERED = re.compile(r"^\s*\d+\.\s")


@dataclass(frozen=True)
class RawBlock:
    lines: tuple[tuple[int, str], ...]  # (line number, text as in the file)
    page: int
    # The outline level Word gives the paragraph: 1 for Heading 1 ... 9 for Heading 9, from the
    # paragraph's own w:outlineLvl or its style's (a built-in Heading style, or a style based on
    # one). Set only by the .docx reader; None for body text, table rows and every block of text
    # extracted from PDF, where a heading is known only by its wording.
    heading_level: int | None = None
    # A cell of a Word masthead table (set only by the .docx reader): its lines are the cell's
    # paragraphs, each a line of the masthead, none a line of a wrapped paragraph of text.
    masthead_cell: bool = False
    # A Word table of figures (set only by the .docx reader): its lines are rows whose cells
    # stand one tab apart, an empty cell as nothing between two tabs, so that every cell keeps
    # its column (`Total\t\t100.0`: 100.0 is the third column's, not the second's).
    word_table: bool = False
    # A row of a Word table of text in the body, of two cells or more (set only by the .docx
    # reader): a paragraph of the table, never a heading, however its last cell ends (`Austria\t
    # Federal Ministry of the Interior.` in one version, without the stop in another).
    table_row: bool = False

    @property
    def first_line(self) -> str:
        return self.lines[0][1]

    @property
    def indent(self) -> int:
        first = self.first_line
        return len(first) - len(first.lstrip())


@dataclass(frozen=True)
class RawFootnote:
    number: int  # 0 for a footnote marked with a symbol
    lines: tuple[tuple[int, str], ...]
    page: int
    # The symbol a footnote is marked with instead of a number (`*`, `**`: a General Assembly
    # document's agenda item, a late document's title); the mark stays in the text it is on.
    mark: str = ""


@dataclass(frozen=True)
class RawLink:
    url: str
    line: int
    page: int
    # The number of the footnote the link is in, where the reader knows it (a Word
    # hyperlink); a PDF's link annotation is only known to be on a page.
    footnote: int | None = None


@dataclass
class Layout:
    blocks: list[RawBlock] = field(default_factory=list)
    footnotes: list[RawFootnote] = field(default_factory=list)
    links: list[RawLink] = field(default_factory=list)
    # docx marks footnote references exactly; text extracted from PDF does not.
    exact_markers: bool = False
    # What the reader of the file left out and a person should know (said in the summary).
    notes: list[str] = field(default_factory=list)


_PAGE_BREAK = None


def is_page_furniture(line: str) -> bool:
    """Whether a line, alone, is one of the things UN printing puts on every page: a job
    number with its page or version letter, a page number, a barcode, the symbol alone. The
    PDF reader asks it of the lines at a page's top and bottom, where nothing else stands, and
    the Word reader of a text box's paragraphs."""
    return bool(_FIRST_PAGE_JOB.match(line) or BARCODE.match(line) or _PAGE_FOOTER.match(line) or SYMBOL_ALONE.match(line)
                or _RECYCLE.match(line))


# The lines a masthead takes at most, where the document's own symbol is first named.
_MASTHEAD_LINES = 20


# A masthead's top line at most (`Организация Объединенных Наций A/CONF.234/2/Rev.1`).
_MASTHEAD_LINE = 80


def _between_blank_lines(lines: list[str], index: int) -> bool:
    return all(not (0 <= near < len(lines)) or not lines[near].strip() for near in (index - 1, index + 1))


def page_furniture(lines: list[str]) -> dict[int, bool]:
    """The lines (by index) that are page headers and footers, each with whether it marks a
    page break (the first page's job number and barcode stand in the masthead: they do not)."""
    furniture: dict[int, bool] = {}
    for index, line in enumerate(lines):
        if _FIRST_PAGE_JOB.match(line) or BARCODE.match(line):
            furniture[index] = False
        elif _PAGE_FOOTER.match(line) or _RECYCLE.match(line):
            furniture[index] = True
    # The symbol alone on a line is the header when a footer or a footnote rule is next to it,
    # or when it is the document's own (the first its masthead names) as a page's first line
    # (after a form feed: page 2 after the first page's job number, which marks no break,
    # `23-13057 (E)    030723    050723` / `\fA/78/125`); another there is a citation going on.
    named = next(((index, found.group(0)) for index, line in enumerate(lines[:_MASTHEAD_LINES]) if (found := SYMBOL.search(line))),
                 None)
    own = named[1] if named else None
    # Named where a masthead names it: at the end of a short line (`United Nations S/2024/245`),
    # not cited in a sentence.
    masthead_named = bool(named) and lines[named[0]].rstrip().endswith(own) and len(lines[named[0]].strip()) <= _MASTHEAD_LINE
    # A joint symbol's header prints each organ's symbol on a line of its own (`A/78/812` over
    # `S/2024/231`), where a page starts with or without a form feed: alone on its line past
    # the masthead, a symbol of the document's own is no text of it.
    own_parts = set(JOINT_SYMBOL_DASH.split(own)) if own and JOINT_SYMBOL_DASH.search(own) else set()
    for index, line in enumerate(lines):
        # The document's own symbol, as the masthead's top line names it, alone on its line past
        # the masthead between blank lines, is a page's header with or without the form feed
        # before it (a letter's second page, `S/2024/245` over its annex's title, was a heading
        # to translate in every version); in a list of documents it has its title beside it.
        if own and line.strip(FORM_FEED + " \t") == own and index not in furniture and (
                line.startswith(FORM_FEED) or (index > named[0] and masthead_named and _between_blank_lines(lines, index))):
            furniture[index] = True
            continue
        if own_parts and index > named[0] and line.strip(FORM_FEED + " \t") in own_parts and index not in furniture:
            furniture[index] = True
            continue
        if SYMBOL_ALONE.match(line) and index not in furniture:
            for step in (-1, 1):
                near = index + step
                while 0 <= near < len(lines) and not lines[near].strip():
                    near += step
                if 0 <= near < len(lines) and (furniture.get(near) or RULE.match(lines[near])):
                    furniture[index] = True
                    break
    return furniture


def read_layout(text: str, profile: LanguageProfile) -> Layout:
    """Split the lines of a text into body blocks, footnotes and links."""
    lines = text.split("\n")
    furniture = page_furniture(lines)
    layout = Layout()
    body: list[tuple[int, str] | None] = []  # None marks a page break
    page = 0
    break_pending = False
    expected_footnote = 1
    i = 0
    while i < len(lines):
        line = lines[i]
        number = i + 1
        if line.startswith(FORM_FEED):
            break_pending = True
            line = line.lstrip(FORM_FEED)
            if not line.strip():
                i += 1
                continue
        if i in furniture:
            break_pending = break_pending or furniture[i]
            i += 1
            continue
        if RULE.match(line):
            i, expected_footnote = _read_footnotes(lines, i + 1, page, expected_footnote, layout, furniture)
            break_pending = True
            continue
        if (url := URL_LINE.match(line)) and not _in_a_paragraph(lines, i, furniture, break_pending):
            layout.links.append(RawLink(url.group(1), number, page))
            break_pending = True
            i += 1
            continue
        if line.strip() and break_pending:
            body.append(_PAGE_BREAK)
            page += 1
            break_pending = False
        body.append((number, line))
        i += 1
    line_a_paragraph, measure = _without_blank_lines(lines)
    layout.blocks = _group_blocks(body, profile, line_a_paragraph=line_a_paragraph, measure=measure,
                                  unwrapped=line_a_paragraph or _written_unwrapped(body))
    return layout


# Wider than a printed page's line in any of the six languages (the corpus's longest: 115
# columns, Chinese characters taking two): a line of prose this wide was never broken at a
# page's width.
_UNWRAPPED_WIDTH = 150
_CELL_GAP = re.compile(r"\t| {3,}")


# Table cells in text from a PDF stand three spaces or more apart; in a Word table's row read
# as a line (pipeline/extract/docx.py), a tab.
CELL_GAP = re.compile(r"\s{3,}|\t+")


def cell_spans(line: str) -> list[tuple[int, int]]:
    """The cells of a table row's line (start, end), or [] if it is no row."""
    stripped = line.strip()
    if not stripped:
        return []
    start = len(line) - len(line.lstrip())
    spans, position = [], start
    for gap in CELL_GAP.finditer(line, start, start + len(stripped)):
        spans.append((position, gap.start()))
        position = gap.end()
    spans.append((position, start + len(stripped)))
    return spans if len(spans) >= 2 else []


def is_table_of_figures(lines: list[str]) -> bool:
    """A table of figures: two lines or more, each cut into cells, half of them at least into
    three or more, and a figure in every line but the header's. A row may have fewer cells than
    the others where one is blank (`Afrique      12` where the English has `Africa   –   12`):
    the table is one in every version. Lines cut into two (`Chair:      Carlos Vega (Ecuador)`,
    a signature block, `Austria      12 delegates`), a third cell here and there, are a list one
    version sets in columns and another does not (`Autriche : 12 délégués`, Chinese `主席：卡洛
    斯·维加`): read as a table in one version alone, its text was in no catalog."""
    # Asked of every block of the body: a paragraph's first line ends it.
    if len(lines) < 2:
        return False
    cells = []
    for line in lines:
        cells.append(len(cell_spans(line)))
        if cells[-1] < 2:
            return False
    return 2 * sum(count >= 3 for count in cells) >= len(cells) and all(any(char.isdigit() for char in line) for line in lines[1:])


def _without_blank_lines(lines: list[str]) -> tuple[bool, int | None]:
    """How to read a text of some length with no blank line in it at all, where a PDF's text
    has one between any two paragraphs: (True, None) where it was written a paragraph a line
    (Word's "Plain Text", a copy from a web page): every line is a paragraph; (False, the
    page's width in columns) where its lines were broken at a page's width (a PDF's text
    pasted without its blank lines): _group_blocks finds its paragraphs; (False, None) for a
    text with blank lines, or too short to tell."""
    filled = [line for line in lines if line.strip()]
    if len(filled) < 8 or len(filled) != len(lines) - (not lines[-1].strip()):
        return False, None
    widths = sorted(_columns(line) for line in filled)
    # Lines wider than a page: prose never broken at one, unless they are as few as the
    # addresses and footnotes a page's text may hold on a line of their own (one in twenty).
    if sum(width > _UNWRAPPED_WIDTH for width in widths) >= max(1, len(widths) // 20):
        return True, None
    # Broken at a page's width, the longest lines (those near the measure the longest but a few
    # reach) mostly end inside a sentence; a paragraph written on one line ends as one does
    # (a short document has many short lines, the masthead, titles, each paragraph's last
    # one, so that how many lines fill the measure tells less).
    measure = widths[-1 - len(widths) // 20]
    full = [line.rstrip() for line in filled if _columns(line) >= 0.7 * measure]
    inside = sum(1 for line in full if line[-1:] not in _PARAGRAPH_ENDS)
    return (True, None) if inside < len(full) / 2 else (False, measure)


# How a paragraph, or a list's item, ends in the six languages (and a footnote call after).
_PARAGRAPH_ENDS = ".!?…;:,)»”\"'0123456789。！？；：，）」؛،؟"


def _columns(line: str) -> int:
    """A line's width in a monospaced font, Chinese characters taking two columns."""
    return len(line) + sum(1 for char in line if unicodedata.east_asian_width(char) in "WF")


# Columns a printed page's line holds at most in the six languages (some 90 in English, 80 in
# Chinese, whose characters take two).
_PRINTED_LINE = 100


def _written_unwrapped(body: list[tuple[int, str] | None]) -> bool:
    """Whether a text's paragraphs are written a paragraph a line, blank lines between them
    (Word's "Plain Text" with the page's header and footer lines kept): lines of prose wider
    than a page, more than the addresses and footnotes a page's text may hold on a line of their
    own (one in twenty); or, Chinese paragraphs being short, paragraphs of five or more that all
    stand on a line of their own where a page's width would have broken some of them."""
    filled = [item[1] for item in body if item is not None and item[1].strip()]
    if sum(map(_unwrapped_prose, filled)) >= max(1, len(filled) // 20):
        return True
    paragraphs: list[list[str]] = [[]]
    for item in body:
        if item is None or not item[1].strip():
            paragraphs.append([])
        else:
            paragraphs[-1].append(item[1].rstrip())
    # A paragraph: lines that end as a sentence or clause does (not a masthead's or title's).
    ended = [lines for lines in paragraphs if lines and lines[-1][-1:] in _PARAGRAPH_ENDS and not lines[-1][-1:].isdigit()]
    widest = max((_columns(lines[0]) for lines in ended), default=0)
    return len(ended) >= 5 and all(len(lines) == 1 for lines in ended) and widest > _PRINTED_LINE


def _unwrapped_prose(line: str) -> bool:
    """A line of prose wider than any printed page: a paragraph written on one line, which no
    line of its block continues (a long URL, or a table's row of cells, is no sign)."""
    if len(line) * 2 <= _UNWRAPPED_WIDTH:
        return False  # too short even in Chinese: asked of every line, twice, and most are
    columns = _columns(line)
    prose = columns - len(line) >= 40 or line.count(" ") >= 10  # forty Chinese characters, or ten spaces
    return columns > _UNWRAPPED_WIDTH and prose and not _CELL_GAP.search(line.strip())


# What ends a sentence's URL in the six (a link target has nothing after it): Chinese writes
# its own stop and comma after one (`…/replies.html。`), Arabic its own comma and semicolon.
_AFTER_A_SENTENCE_URL = ".,;:)。，；：）،؛"


def _in_a_paragraph(lines: list[str], i: int, furniture: dict[int, bool], break_pending: bool) -> bool:
    """Whether the URL line `i` is text of the paragraph around it, not one of the link targets
    a page ends with: it wrapped onto a line of its own between two lines of text, or it ends
    the paragraph's sentence (`visit\nhttps://…/index.html.`). A page's link targets follow a
    blank line, footnotes or other targets, and the page's end follows them (extract/pdf.py
    writes them last on the page)."""
    before, after = lines[i - 1] if i else "", lines[i + 1] if i + 1 < len(lines) else ""

    def text(at: int, line: str) -> bool:
        return bool(line.strip()) and at not in furniture and not line.startswith(FORM_FEED) \
            and not URL_LINE.match(line) and not RULE.match(line)

    if break_pending or lines[i].startswith(FORM_FEED) or not text(i - 1, before):
        return False
    return text(i + 1, after) or lines[i].rstrip()[-1] in _AFTER_A_SENTENCE_URL


def _read_footnotes(lines: list[str], i: int, page: int, expected: int, layout: Layout, furniture: dict[int, bool]) -> tuple[int, int]:
    """Read the footnotes after a rule; returns where the body resumes and the next number."""
    current: list[tuple[int, str]] | None = None
    current_number, current_mark, current_page = 0, "", page

    def close():
        if current:
            layout.footnotes.append(RawFootnote(current_number, tuple(current), current_page, current_mark))

    while i < len(lines):
        line = lines[i]
        if i in furniture or line.startswith(FORM_FEED):
            break  # the page footer or the page's end: the footnotes of this page are over
        if not line.strip():
            i += 1
            continue
        start = FOOTNOTE_START.match(line)
        if start and int(start.group(1)) in (expected, 1):
            close()
            current_number, current_mark, current_page = int(start.group(1)), "", page
            expected = current_number + 1
            current = [(i + 1, start.group(2))]
            i += 1
            continue
        if marked := FOOTNOTE_MARK.match(line):
            close()
            current_number, current_mark, current_page = 0, marked.group(1), page
            current = [(i + 1, marked.group(2))]
            i += 1
            continue
        if current is None and _goes_on(layout.footnotes, page, line):
            # Text with no number first under a later page's rule: the last footnote going on
            # (a long one runs over the page), not the body.
            going_on = layout.footnotes.pop()
            current_number, current_mark, current_page = going_on.number, going_on.mark, going_on.page
            current = list(going_on.lines)
        # An address on a line of its own goes on the footnote when it is its text (`Available
        # at` above it, its stop after it), not one of the link targets a page ends with.
        if current is not None and not line[0].isspace() and (not URL_LINE.match(line) or _ends_a_footnote_sentence(lines, i)):
            current.append((i + 1, line))
            i += 1
            continue
        break
    close()
    return i, expected


def _ends_a_footnote_sentence(lines: list[str], i: int) -> bool:
    """Whether the URL line `i`, under a footnote's line, ends its sentence (`Available at` then
    `https://…/publications.html.`): the footnote's text. A link target has no stop after it."""
    return bool(i and lines[i - 1].strip()) and lines[i].rstrip()[-1] in ".;。；؛"


def _goes_on(footnotes: list[RawFootnote], page: int, line: str) -> bool:
    """Whether `line`, first under a page's rule with no number, goes on with the last footnote
    of an earlier page (mid-sentence, or at a sentence's end). Not a heading, which the text
    indents (the rule UN documents close their text with may have `Annex` after it), nor a
    numbered paragraph."""
    return bool(footnotes) and footnotes[-1].page < page and not line[0].isspace() and not URL_LINE.match(line) \
        and not _NUMBERED_PARAGRAPH.match(line)


_NUMBERED_PARAGRAPH = re.compile(r"\d{1,3}\.\s")


def _group_blocks(body: list[tuple[int, str] | None], profile: LanguageProfile, line_a_paragraph: bool = False,
                  measure: int | None = None, unwrapped: bool = False) -> list[RawBlock]:
    """The body's lines grouped in blocks: the lines between blank lines, or each line alone in
    a text written a paragraph a line; a paragraph broken by a page goes on in its block (not
    one that ends with a clause's mark in a text whose paragraphs are written on a line each,
    `unwrapped`: _continues). In a
    text broken at a page's width `measure` with no blank line at all, a paragraph ends where
    its last line stops short of the measure, or where the next starts set in as a paragraph's
    first line is (`_ends_before`)."""
    blocks: list[RawBlock] = []
    current: list[tuple[int, str]] = []
    page = block_page = 0
    after_break = False
    heading_lines = True  # (_ends_before)
    width = max((_columns(line.rstrip()) for item in body if item is not None for line in (item[1],)), default=0)

    def flush():
        nonlocal current
        if current:
            blocks.append(RawBlock(tuple(current), block_page))
        current = []

    for entry in body:
        if entry is _PAGE_BREAK:
            flush()
            page += 1
            after_break = True
            continue
        number, line = entry
        if not line.strip():
            flush()
            continue
        bullet = _BULLET.match(line)
        if bullet:
            # A list's bullet, which a PDF's text keeps (Word draws it from the list's
            # numbering: its item's text has none): no word of the item, and a new item.
            line = " " * bullet.end() + line[bullet.end():]
        if line.strip() in profile.annex_headings or line_a_paragraph \
                or current and current[-1][1].strip() in profile.annex_headings:
            flush()  # the annex starts a page; nothing separates it from the text before or after
        elif current and (bullet is not None or _starts_an_item(current, line, profile) or _unwrapped_prose(current[-1][1])
                          or _unwrapped_prose(line)
                          or measure is not None and (_ends_before(current[-1][1], line, measure, heading_lines)
                                                      or bool(profile.parts.heading_start.match(line.strip())))):
            # A list's next item; or a paragraph written on one line, which no line continues
            # and which continues no line (an editor's text beside a masthead broken into lines).
            flush()
        if not current:
            if after_break and blocks and _continues(blocks[-1], line, profile, width, unwrapped):
                previous = blocks.pop()
                current = list(previous.lines)
                block_page = previous.page
            else:
                block_page = page
        after_break = False
        current.append((number, line))
        # The masthead and titles run to the first line that fills the measure or ends a
        # clause: their lines are short and end with no mark, and are not paragraphs' last lines.
        heading_lines = heading_lines and measure is not None and line.rstrip()[-1:] not in CLAUSE_ENDS \
            and _columns(line.rstrip()) < 0.7 * measure
    flush()
    return blocks


# A bullet at a line's start, before the item's text: the glyphs lists are drawn with (• ● ■ ○ □
# and their small forms) and the private-use characters of Word's Symbol and Wingdings fonts
# that a PDF made from Word may give (U+F0B7, U+F0A7); not a symbol a table's key defines
# (`■ means that the State has ratified`, `○ : signed`), which is the text's.
_BULLET = re.compile(r"^\s*[•◦▪▫‣⁃∙●■○□\uf0b7\uf0a7](?=\s)(?!\s*(?:[:=–—-]|(?:means|indicates|denotes|stands\s+for|"
                     r"signifie|indique|significa|indica|означает|обозначает|يعني|تعني|يشير|تشير)\b|表示|代表|指))\s*")


# How a clause or a sentence ends (not `)`, which ends a job number or `Agenda item 3 (b)`).
# What ends a sentence or a clause in the six languages: no heading or masthead line ends so.
CLAUSE_ENDS = ".!?…;:,。！？；：，؛،؟"


def _ends_before(previous: str, line: str, measure: int, heading_lines: bool = False) -> bool:
    """In a text broken at a page's width with its blank lines lost: does a paragraph end after
    `previous`? Its line stops well short of the measure (a paragraph's last line, a title, a
    masthead's line), or `line` starts set in from a line that is not (a paragraph's first line
    is indented, its others are not), or `line` is a numbered paragraph after a clause's comma
    (a resolution's first operative paragraph under its last preambular one, whose last line
    may fill the measure)."""
    indent, before = len(line) - len(line.lstrip()), len(previous) - len(previous.lstrip())
    # Among the masthead's and titles' lines, a short line ends its block where it is set in
    # (a title, one a line) or a numbered paragraph follows; a name the masthead wraps on
    # lines of the margin goes on.
    short = _columns(previous.rstrip()) < 0.7 * measure and (not heading_lines or before > 1 or bool(NUMBERED.match(line)))
    # (A table row's cell going on under its column is set in, and no paragraph's first line.)
    set_in = indent > 1 and before == 0 and not _CELL_GAP.search(previous.strip())
    return short or set_in \
        or bool(NUMBERED.match(line)) and previous.rstrip()[-1:] in _CLAUSE_COMMAS


# What ends the line before a list's next item: a stop, or the `;` and `:` of a list.
_ITEM_ENDS = ";:；：؛"


def _starts_an_item(block: list[tuple[int, str]], line: str, profile: LanguageProfile) -> bool:
    """Whether `line` starts a paragraph, a heading or a sub-paragraph, with no blank line before
    it (a PDF's list printed with no space between its items, or a PDF's text pasted without its
    blank lines): a paragraph's number (`7. `), a heading's label (`II.`), or a sub-paragraph's
    label (`(b)`, `(ii)`) after a line that ends an item (`… de départ ;`), or a numbered
    paragraph after a heading's line or two. A label inside a sentence wrapped onto a line's
    start follows a line that does not end so (`… article 6,` / `(b) of the Protocol`); and a
    sub-paragraph's label starts one only indented, as lists are printed, or in a list already
    begun (`… in three areas: (a) preservation of data;` / `(b) disclosure …` is one paragraph)."""
    stripped, first = line.strip(), block[0][1].strip()
    paragraph = NUMBERED.match(line) is not None
    heading = profile.parts.heading_start.match(stripped) is not None
    if paragraph and profile.parts.heading_start.match(first) and len(block) <= 3:
        return True  # a paragraph after a heading (`I. Introduction` / `1. …`), which ends with no stop
    if heading and line[:1].isspace() and not block[-1][1][:1].isspace():
        return True  # a heading's label set in from the text's margin, as printed
    if not (paragraph or heading):
        if not (profile.sub_item.match(stripped) or profile.parts.sub_sub.match(stripped)):
            return False
        in_a_list = bool(profile.sub_item.match(first) or profile.parts.sub_sub.match(first))
        if not (line[:1].isspace() or in_a_list):
            return False
    last = _CALL_AFTER_END.sub("", block[-1][1].rstrip())[-1:]
    # A numbered paragraph starts one after a clause's comma too: a resolution's first operative
    # paragraph under its last preambular one (`…мигрантов,` / `1. настоятельно призывает`).
    return bool(last) and last in profile.sentence_end + _ITEM_ENDS + (_CLAUSE_COMMAS if paragraph else "")


_CLAUSE_COMMAS = ",，،"


def _continues(previous: RawBlock, line: str, profile: LanguageProfile, width: int, unwrapped: bool = False) -> bool:
    """Does `line`, the first after a page break, go on with the paragraph before the break?
    `width`: the columns of the text's longest line; `unwrapped`: the text's paragraphs are
    written on a line each (_written_unwrapped)."""
    indent = len(line) - len(line.lstrip())
    if NUMBERED.match(line) or _labelled(line.strip(), profile) or line.strip() in profile.annex_headings \
            or profile.parts.annex.match(line.strip()):
        return False  # a numbered paragraph, a sub-paragraph, a heading, an annex: a new block
    if all(len(text) - len(text.lstrip()) >= _SET_RIGHT * width for _, text in previous.lines):
        return False  # a block set at the right (a letter's signature) is no paragraph the page cut
    last_line = previous.lines[-1][1].rstrip()
    first = line.lstrip()[:1]
    # A footnote call after the stop (`evidence.1`) does not make the paragraph go on.
    last = _CALL_AFTER_END.sub("", last_line)[-1:]
    # (A small letter is the sentence going on, but in a text written a paragraph a line in a
    # language whose resolutions' paragraphs open in small letters, where the line opens one:
    # Russian's `признавая, что`, not `состоявшейся в Вене`.)
    goes_on_in_small_letters = first.islower() and not (
        unwrapped and profile.lower_case_clauses and (profile.opens_a_clause is None or profile.opens_a_clause(line)))
    if last and last in ",;，；،؛" and (unwrapped or _unwrapped_prose(last_line)) and not goes_on_in_small_letters:
        # A paragraph written on one line that ends with a clause's mark ended there, the page
        # did not cut it (it cuts a line, not a paragraph written on one): a resolution's
        # preambular paragraph and the next one over the page (`…October 2022,` /
        # `Recognizing that …`, `…成果，` / `认识到…`). (One cut mid-sentence, its lines joined by
        # hand and the page's break kept, goes on.)
        return False
    if profile.cased and first.islower():
        # A sentence goes on (the PDF reader indents it as its paragraph's lines); but not a
        # clause set in as the paragraph before it began, its lines not, after that one's comma
        # or semicolon: a Russian resolution's preambular paragraphs open in lower case
        # (`подчеркивая, что …`), and two were read as one across the page.
        return not (last and last in ",;" and _opens_as_its_neighbour_opened(previous, indent))
    left_open = bool(last) and last not in profile.sentence_end + ":;)»”\"'；：）」"
    if indent > 1:
        # Set in as a paragraph's text is from its number (the PDF reader indents a paragraph's
        # lines so), a line goes on with a paragraph the page cut mid-sentence: its last line
        # full and ending with a word (not `decided,` before a quotation), and this line set in
        # as that paragraph's own lines are, or, the paragraph's first line alone on its page,
        # under its number. In a script without capitals nothing else tells (an Arabic
        # paragraph was cut in two); a heading or a quotation set in is no such line.
        later = {len(text) - len(text.lstrip()) for _, text in previous.lines[1:]}
        set_in_alike = indent in later if later else bool(NUMBERED.match(previous.lines[0][1].lstrip()))
        return (left_open and last.isalnum() and set_in_alike and first not in _OPENING_QUOTES
                and _columns(last_line) >= _FULL_LINE * width)
    return left_open


def _opens_as_its_neighbour_opened(previous: RawBlock, indent: int) -> bool:
    """Whether a line set in by `indent` is set in as the paragraph before it opened and as
    none of that paragraph's later lines is: a paragraph's first line, not its going on."""
    if len(previous.lines) < 2 or indent < 1:
        return False
    opened = len(previous.lines[0][1]) - len(previous.lines[0][1].lstrip())
    later = {len(text) - len(text.lstrip()) for _, text in previous.lines[1:]}
    return indent == opened and indent not in later


_OPENING_QUOTES = "\"'«“„‘《「『"


# A line at least this share of the longest is full: the page, not the paragraph, ended it.
_FULL_LINE = 0.75
# A block whose lines all start past this share of the longest line stands at the right.
_SET_RIGHT = 0.4


# (After a comma, a word's or a year's: `October 2022,2`; not a number's decimal part, `1,2`.)
_CALL_AFTER_END = re.compile(r"(?:(?<=[.!?…。;:)»”\"'；：）」，،])|(?<=[^\W\d_],)|(?<=(?<![0-9])(?:19|20)[0-9]{2},))\d{1,3}$")


def _labelled(text: str, profile: LanguageProfile) -> bool:
    """Whether a line starts with a label of a heading or (sub-)paragraph, as the language
    writes them: `(c)`, `ii)`, `II.`, `一.`, `ثانياً-`."""
    parts = profile.parts
    return bool(profile.sub_item.match(text) or parts.sub_sub.match(text) or parts.heading_start.match(text))
