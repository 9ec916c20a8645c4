"""Reading a PDF version of a document into the text the .txt path reads.

A PDF holds glyphs with positions, not lines or paragraphs. This module puts them back into
the text a PDF extractor gives (see corpora/<doc>/<lang>.txt), so that `read_layout` and the
structure stage read a PDF as they read that text:

- lines in reading order; a blank line where the vertical gap shows a new block; the first
  line of a block indented by two spaces when it is indented on the page (four, six, eight
  for deeper levels), one space for a bold heading that is not;
- a form feed at each page's end, and no page header or footer (the symbol alone at the
  top, the job number, the page number, the barcode): the page break itself is what the
  layout reader needs, to go on with a paragraph or to end the footnotes;
- the footnotes (smaller type below a short drawn rule, or at the page's end) after a
  `__________________` line, each as ` 1  text` (Arabic ` (1)  text`), then the page's link
  targets as bare URL lines;
- a footnote call (smaller, raised digits) glued to the text before it, as a plain number;
- words hyphenated at a line's end left as they are: the join stage decides;
- a table whose cells stand in columns written one line per row, cells separated by three
  spaces (a cell's own lines joined by the join stage's rule);
- Arabic in logical order (extract/visual_order.py), Chinese with no space between
  characters.

pdfplumber (MIT, on pdfminer.six) opens the pages, and the glyphs are read from pdfminer's layout
of each; this is the only module that parses PDF.
The limits are checked before it runs (the file's size, what its compressed streams inflate
to, the page count, each page's drawing); a file that is no PDF, or an encrypted, damaged or
image-only one, is one E027 error.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import zlib
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.extract.joining import is_unspaced_char, join_lines, word_usage
from pipeline.extract.layout import FORM_FEED, MARK_SYMBOLS, SYMBOL_ALONE, is_page_furniture
from pipeline.extract.markers import EXACT_CLOSE, EXACT_OPEN
from pipeline.extract.masthead import DISTRIBUTION, ORIGINAL
from pipeline.extract.visual_order import brackets_drawn_mirrored, has_right_to_left_letters, unmirrored, visual_to_logical
from pipeline.fileio import regular_file
from pipeline.lang import LanguageProfile
from pipeline.lang.presentation_forms import fold_presentation_forms

# A UN document of 1,000 pages is some 10 MB and inflates to less than 100 MB; the limits
# leave room for fonts and refuse what would take minutes and gigabytes.
MAX_BYTES = 256 * 1024 * 1024
MAX_PAGES = 5_000
# pdfminer inflates a stream whole, and a page of millions of glyphs takes gigabytes as
# pdfplumber's objects: what the file's Flate streams (page contents, fonts, object streams;
# images are never inflated) may inflate to in all, and one page's drawing. A dense page of
# text is some 50 KB.
MAX_INFLATED = 512 * 1024 * 1024
MAX_PAGE_CONTENT = 8 * 1024 * 1024

RULE_LINE = "__________________"
CELL_SEPARATOR = "   "
# Gaps between glyphs, in ems: a word space is wider than WORD_GAP (a justified line may
# shrink its spaces to about 0.2 em; kerning moves glyphs by hundredths); cells of a table
# stand further apart than COLUMN_GAP; a footnote's number is set off from its text by more
# than FOOTNOTE_GAP.
WORD_GAP = 0.15
COLUMN_GAP = 1.8
FOOTNOTE_GAP = 0.4
# A glyph this much smaller than the line below it and raised this much above its baseline
# (in ems of that line) is a superscript: a footnote call.
SUPERSCRIPT_SIZE = 0.85
SUPERSCRIPT_RISE = (0.15, 0.7)
# The widest line spacing a paragraph is set with (in ems of its type).
LINE_SPACING_MAX = 1.6
# Lines whose baselines are this close (in ems) are one line.
SAME_LINE = 0.2
# A block starts where the distance between two baselines exceeds the document's leading
# by this factor.
BLOCK_GAP = 1.3
# Page headers and footers stand in this share of the page's height at its top and bottom.
FURNITURE_BAND = 0.12
_BARE_PAGE_NUMBER = re.compile(r"^\s*-?\s*\d{1,4}\s*-?\s*$")
# A list label before a tab-wide gap (`1.`, `(a)`, `ii)`, `A.`, `(أ)`): the gap is a space,
# not a column.
_LIST_LABEL = re.compile(r"^(?:\d{1,3}\.|\(?[^\W\d_]{1,4}\)|[A-Z]\.|[IVXLC]{1,6}\.)$")
_FOOTNOTE_LABEL = re.compile(r"^\(?(\d{1,3})\)?$")
# A footnote marked with a symbol, which takes no number (`*`, `**`; layout.FOOTNOTE_MARK).
_FOOTNOTE_MARK_LABEL = re.compile(rf"^\(?([{MARK_SYMBOLS}]{{1,3}})\)?$")


def _is_list_label(text: str, profile: LanguageProfile) -> bool:
    """A heading's, paragraph's or sub-paragraph's label, as the language writes them (a
    Chinese `一.`, a Russian `А.`, an Arabic `ثانياً-` or `‘2’`), set before a tab-wide gap."""
    if _LIST_LABEL.match(text):
        return True
    return profile.parts.label.fullmatch(text + " ") is not None


_NO_BREAK_SPACES = "\u00a0\u202f\u2007"
_URL = re.compile(r"https?://\S+$")
_UNMAPPED_GLYPH = re.compile(r"^\(cid:\d+\)$")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_IMAGE_DICT = re.compile(rb"/Subtype\s*/Image")


@dataclass
class _Glyph:
    text: str
    x0: float
    x1: float
    base: float  # the baseline, measured down from the top of the page
    size: float
    bold: bool
    space: bool = False
    sup: bool = False
    # A glyph the font maps to no character (pdfminer's `(cid:107)`): kept for the count of
    # them, never written. A shaped Arabic letter with two marks may be drawn as a mark glyph
    # that carries the characters and one that carries none.
    unmapped: bool = False


@dataclass
class _Line:
    glyphs: list[_Glyph]  # in visual order, left to right; spaces as the PDF wrote them
    base: float
    size: float

    @property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs if not g.space)

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs if not g.space)

    @property
    def bold(self) -> bool:
        letters = [g for g in self.glyphs if not g.space and not g.sup]
        return bool(letters) and all(g.bold for g in letters)


@dataclass
class _Page:
    body: list[_Line]
    footnotes: list[_Line]
    links: list[str]
    number: int = 0
    images: int = 0  # pictures on the page (a scanned page is one, and no text)


def read_pdf_text(path: Path, profile: LanguageProfile) -> str:
    """The text of a PDF as a PDF extractor gives it (see the module's docstring)."""
    return read_pdf(path, profile)[0]


def read_pdf(path: Path, profile: LanguageProfile) -> tuple[str, list[str]]:
    """The text of a PDF as a PDF extractor gives it, and what could not be read of it: its
    scanned pages (a picture and no text), dropped without a word, a paragraph, a chapter or
    an annex missing from every catalog.

    Raises HexaglotInputError: E027 for a file that is no PDF, or an encrypted, damaged or
    image-only one, or one past the limits; E002 for an empty file."""
    regular_file(path, "document", "E001")
    _check_limits(path, path.read_bytes())
    pages = _read_pages(path, profile)
    if profile.right_to_left:
        pages = _brackets_as_they_stand(pages, profile)
    scanned = [page.number for page in pages if page.images and not _has_text(page)]
    notes = []
    if scanned:
        which = f"page {scanned[0]}" if len(scanned) == 1 else f"pages {', '.join(map(str, scanned))}"
        notes.append(f"{which} of {path.name} {'has' if len(scanned) == 1 else 'have'} a picture and no text (scanned?): "
                     "what it shows is not read; give a text or .docx version, or run OCR on the PDF")
    columns = [page.number for page in pages if _in_two_columns(page)]
    if columns:
        which = f"page {columns[0]}" if len(columns) == 1 else f"pages {', '.join(map(str, columns))}"
        notes.append(f"{which} of {path.name} {'is' if len(columns) == 1 else 'are'} set in two columns, which are read "
                     "line by line across both: their sentences are mixed; give a text or .docx version")
    return _Writer(pages, profile).text(), notes


def _in_two_columns(page: _Page) -> bool:
    """Whether most of a page's long lines are two runs of words with a wide gap in the middle
    of the text block (a two-column layout, which the reader, line by line, reads across). A
    table's rows have their gaps elsewhere and shorter cells."""
    lines = [line for line in page.body if sum(not g.space for g in line.glyphs) >= 40]
    if len(lines) < 6:
        return False
    left, right = min(line.x0 for line in lines), max(line.x1 for line in lines)
    width = right - left
    split = 0
    for line in lines:
        letters = [g for g in line.glyphs if not g.space]
        gap, at = max(((b.x0 - a.x1, n) for n, (a, b) in enumerate(zip(letters, letters[1:]))), default=(0.0, 0))
        middle = (letters[at].x1 + letters[at + 1].x0) / 2 if len(letters) > 1 else left
        if (gap > max(0.03 * width, 2 * line.size) and 0.35 * width < middle - left < 0.65 * width
                and min(at + 1, len(letters) - at - 1) >= 15):
            split += 1
    return split >= max(6, 0.6 * len(lines))


def _has_text(page: _Page) -> bool:
    return any(not glyph.space for line in page.body + page.footnotes for glyph in line.glyphs)


# -- limits and opening ----------------------------------------------------------------------

def _fail(path: Path, message: str):
    raise HexaglotInputError("E027", path, message)


def _check_limits(path: Path, data: bytes) -> None:
    if not data.strip():
        raise HexaglotInputError("E002", path, "the file is empty")
    if b"%PDF-" not in data[:1024]:
        start = data[:8].decode("latin-1").encode("unicode_escape").decode("ascii")
        _fail(path, f"not a PDF file (it starts with '{start}', not '%PDF-')")
    if len(data) > MAX_BYTES:
        _fail(path, f"the PDF is {len(data):,} bytes (at most {MAX_BYTES:,} are read)")
    inflated = 0
    for found in _STREAM.finditer(data):
        if _IMAGE_DICT.search(data, max(0, found.start() - 2048), found.start()):
            continue
        inflated += _inflated_size(data, found.end(), MAX_INFLATED - inflated)
        if inflated > MAX_INFLATED:
            _fail(path, f"its compressed streams inflate past {MAX_INFLATED:,} bytes: refused as a decompression bomb")


def _inflated_size(data: bytes, start: int, budget: int) -> int:
    """How many bytes the zlib stream at `start` inflates to, counted up to past `budget`
    without being held; 0 when none starts there (another filter, or an encrypted stream)."""
    inflater = zlib.decompressobj()
    view = memoryview(data)
    total = 0
    position = start
    try:
        while position < len(data) and not inflater.eof and total <= budget:
            total += len(inflater.decompress(view[position : position + 65536], 1 << 20))
            while inflater.unconsumed_tail and total <= budget:
                total += len(inflater.decompress(inflater.unconsumed_tail, 1 << 20))
            position += 65536
    except zlib.error:
        pass  # not zlib data, or its end: what inflated so far is what counts
    return total


# What pdfminer raises, besides its own exceptions, on an object of a damaged PDF that is not
# what it expects (a page box of three numbers, an annotation without its rectangle, a name
# that is no UTF-16). `_library` turns them into E027 around calls into the library only.
_DAMAGED = (KeyError, TypeError, ValueError, AttributeError, IndexError, AssertionError, OverflowError, ZeroDivisionError, RecursionError)


@dataclass
class _PageObjects:
    """What the reader takes from a page: its glyphs, the short horizontal lines that may be
    a footnote rule (their middle, from the top), and its link targets."""

    number: int
    height: float
    glyphs: list[_Glyph]
    rules: list[float]
    links: list[str]
    images: int = 0


def _read_pages(path: Path, profile: LanguageProfile) -> list[_Page]:
    import pdfplumber  # loaded for PDF input only
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    pages = []
    with _quiet_library_logs():
        try:
            pdf = pdfplumber.open(path)
        except PdfminerException as error:
            cause = error.args[0] if error.args else error
            if isinstance(cause, PDFPasswordIncorrect):
                _fail(path, "the PDF is encrypted and needs a password to be opened: give a copy without one")
            _fail(path, f"not a readable PDF file ({cause.__class__.__name__}: {cause})")
        try:
            count = _library(path, lambda: _page_count(pdf))
            if count > MAX_PAGES:
                _fail(path, f"the PDF has {count:,} pages (at most {MAX_PAGES:,} are read)")
            for page in _library(path, lambda: pdf.pages):
                objects = _library(path, lambda: _page_objects(path, page))
                pages.append(_PageReader(objects).read())
        finally:
            _library(path, pdf.close)
    if not pages:
        _fail(path, "not a readable PDF file (no page could be read: it is damaged)")
    glyphs = [g for page in pages for line in page.body + page.footnotes for g in line.glyphs if not g.space]
    if not glyphs:
        _fail(path, f"no text in its {len(pages)} page(s): an image-only (scanned) PDF; give a text or .docx version, or run OCR on it")
    unmapped = sum(1 for g in glyphs if g.unmapped)
    if unmapped > len(glyphs) // 20:
        _fail(path, f"{unmapped:,} of its {len(glyphs):,} glyphs name no character (their fonts have no map to text)")
    return pages


@contextmanager
def _quiet_library_logs():
    """pdfminer logs each oddity of a damaged PDF as a warning ("MediaBox missing"), which
    Python prints on stderr when no handler is set: the CLI's one line of error would come
    with others. Its loggers are silenced while a PDF is read, and set back after."""
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def _library(path: Path, call):
    """`call()`, a call into pdfplumber or pdfminer; what they raise on a damaged PDF is E027."""
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    try:
        return call()
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        _fail(path, f"not a readable PDF file ({cause.__class__.__name__}: {cause})")
    except (MalformedPDFException, PSException, *_DAMAGED) as error:
        _fail(path, f"not a readable PDF file ({error.__class__.__name__}: {error})")


def _page_count(pdf) -> int:
    from pdfminer.pdftypes import resolve1

    tree = resolve1(pdf.doc.catalog.get("Pages"))
    count = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
    return count if isinstance(count, int) else 0


def _page_objects(path: Path, page) -> _PageObjects:
    """The objects of one page: pdfminer's layout of it, which pdfplumber makes (its drawing
    bounded first), read as they are. (pdfplumber's `page.chars` makes a dict of twenty-odd
    attributes of every glyph, colours and all, and half of reading a PDF went there.)"""
    from pdfminer.layout import LTChar, LTImage, LTLine, LTRect
    from pdfminer.pdftypes import PDFStream, resolve1

    streams = [resolve1(stream) for stream in page.page_obj.contents]
    drawing = sum(len(stream.get_data()) for stream in streams if isinstance(stream, PDFStream))
    if drawing > MAX_PAGE_CONTENT:
        _fail(path, f"page {page.page_number} holds {drawing:,} bytes of drawing (at most {MAX_PAGE_CONTENT:,} are read)")
    height, width = float(page.height), float(page.width)
    # pdfminer places objects relative to the MediaBox: its lower edge is added back to a
    # baseline and to a line's place from the top, its left edge to x (as pdfplumber does).
    left, shift = float(page.mediabox[0]), float(page.mediabox[1])
    glyphs, rules = [], []
    images = 0
    for item in _layout_items(page.layout):
        if isinstance(item, LTImage):
            images += 1
        elif isinstance(item, LTChar):
            glyph = _glyph(item, height, left, shift)
            if glyph is not None:
                glyphs.append(glyph)
        elif isinstance(item, (LTLine, LTRect)):
            # A short horizontal line or thin box: a footnote rule, perhaps.
            top, bottom = height - item.y1 + shift, height - item.y0 + shift
            if bottom - top <= 2 and 20 <= item.x1 - item.x0 <= 0.45 * width:
                rules.append((top + bottom) / 2)
    links = [link["uri"] for link in page.hyperlinks if isinstance(link.get("uri"), str) and _URL.match(link["uri"])]
    page.close()
    return _PageObjects(page.page_number, height, glyphs, rules, links, images)


def _layout_items(container):
    """The objects of a layout in order, those inside a figure (a form XObject) in its place."""
    from pdfminer.layout import LTContainer

    for item in container:
        if isinstance(item, LTContainer):
            yield from _layout_items(item)
        else:
            yield item


def _glyph(char, height: float, left: float, shift: float) -> _Glyph | None:
    """A glyph of the page, or None for one turned on its side (in a margin: not the
    document's text) or that gives no text."""
    if not char.upright:
        return None
    # (a font without a ToUnicode map gives the glyphs' presentation forms)
    text = fold_presentation_forms(char.get_text())
    if not text:
        return None
    # A font's map may give a glyph a control character (Chromium's Arabic shadda with its
    # vowel: U+0000): no character of the text, and a NUL made the catalog no PO file at all.
    text = _CONTROL_CHARACTERS.sub("", text) if _CONTROL_CHARACTERS.search(text) else text
    unmapped = not text or bool(_UNMAPPED_GLYPH.match(text))
    fontname = char.fontname.decode("latin-1") if isinstance(char.fontname, bytes) else char.fontname or ""
    return _Glyph(
        text="" if unmapped else text,
        x0=float(char.x0) + left,
        x1=float(char.x1) + left,
        base=height - float(char.matrix[5]) + shift,
        size=float(char.size) or 1.0,
        bold="bold" in fontname.lower(),
        space=not unmapped and not text.strip(),
        unmapped=unmapped,
    )


# -- one page: glyphs → lines → body, footnotes; furniture out -------------------------------

class _PageReader:
    def __init__(self, page: _PageObjects):
        self.page = page

    def read(self) -> _Page:
        lines = _lines(self.page.glyphs)
        body_size = _body_size(lines)
        lines = [line for line in lines if not self._is_furniture(line, lines)]
        rule = self._footnote_rule(lines, body_size)
        body = [line for line in lines if rule is None or line.base < rule]
        footnotes = [line for line in lines if rule is not None and line.base > rule]
        return _Page(body, footnotes, self.page.links, self.page.number, self.page.images)

    def _is_furniture(self, line: _Line, lines: list[_Line]) -> bool:
        """A page header or footer: a job number, page number, barcode or (but on the first
        page, where it is the masthead's) the symbol alone, in the band at the top or the
        bottom of the page, with nothing but such lines between it and the page's edge."""
        height = self.page.height
        band = FURNITURE_BAND * height
        if band < line.base < height - band:
            return False

        def furniture(text: str) -> bool:
            if SYMBOL_ALONE.match(text):
                return self.page.number > 1
            return is_page_furniture(text) or bool(_BARE_PAGE_NUMBER.match(text))

        if not furniture(_plain_text(line)):
            return False
        outer = [o for o in lines if (o.base < line.base if line.base <= band else o.base > line.base)]
        return all(furniture(_plain_text(other)) for other in outer)

    def _footnote_rule(self, lines: list[_Line], body_size: float) -> float | None:
        """Where the footnotes begin: below a short horizontal rule with text above it and
        only smaller text below it; with no rule drawn, where a last run of lines in smaller
        type begins with a footnote number, after a gap."""
        for position in sorted(self.page.rules, reverse=True):
            below = [line for line in lines if line.base > position]
            if below and len(below) < len(lines) and all(line.size < 0.95 * body_size for line in below):
                return position
        small = 0
        while small < len(lines) and lines[-1 - small].size < 0.9 * body_size:
            small += 1
        if 0 < small < len(lines):
            first, previous = lines[-small], lines[-small - 1]
            words = _plain_text(first).split()
            columned = any(len(_segments(line)) > 1 for line in lines[len(lines) - small + 1 :])
            if words and (_FOOTNOTE_LABEL.match(words[0]) or _FOOTNOTE_MARK_LABEL.match(words[0])) and not columned \
                    and first.base - previous.base > 1.5 * body_size:
                return (first.base + previous.base) / 2
        return None


def _lines(glyphs: list[_Glyph]) -> list[_Line]:
    """Glyphs gathered into lines by their baselines, top to bottom; a row of small raised
    glyphs (footnote calls) joins the line below it, its glyphs marked as superscripts; a
    combining mark drawn as a glyph of its own goes with its letter (_with_marks)."""
    marks = [g for g in glyphs if _is_mark(g)]
    if marks:
        glyphs = [g for g in glyphs if not _is_mark(g)]
    rows: list[list[_Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (g.base, g.x0)):
        if rows and abs(glyph.base - rows[-1][0].base) <= SAME_LINE * max(glyph.size, rows[-1][0].size):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    # (Not a row of glyphs that give no text: a mark drawn a little above its line, its
    # character a control one, made a line of nothing, and the paragraph was cut there.)
    rows = [row for row in rows if any(not g.space and not g.unmapped for g in row)]
    lines: list[_Line] = []
    for index, row in enumerate(rows):
        below = rows[index + 1] if index + 1 < len(rows) else None
        if below is not None:
            size = max(g.size for g in row)
            below_size = _main_size(below)
            rise = below[0].base - row[0].base
            low, high = SUPERSCRIPT_RISE
            if size < SUPERSCRIPT_SIZE * below_size and low * below_size <= rise <= high * below_size:
                for glyph in row:
                    glyph.sup = True
                below.extend(row)
                continue
        main = [g for g in row if not g.sup and not g.space] or [g for g in row if not g.space]
        row.sort(key=lambda g: (g.x0, g.x1))
        lines.append(_Line(row, sorted(g.base for g in main)[len(main) // 2], _main_size(row)))
    for mark in marks:
        _with_marks(mark, lines)
    return lines


def _is_mark(glyph: _Glyph) -> bool:
    return bool(glyph.text) and all(unicodedata.category(ch) in ("Mn", "Me") for ch in glyph.text)


def _with_marks(mark: _Glyph, lines: list[_Line]) -> None:
    """A combining mark drawn as a glyph of its own (a tanwin, a shadda, an accent), added to
    the text of its letter. Mark positioning (HarfBuzz's, Word's) sets it a point or two off
    the line and beside its letter's edge: its letter is the one that begins at the mark or
    just after it, right to left (Arabic, Hebrew), the one it stands in or ends at, left to
    right. A mark with no line within an em is dropped, as a stray dot would be."""
    near = [line for line in lines if abs(line.base - mark.base) <= max(line.size, mark.size)]
    if not near:
        return
    line = min(near, key=lambda line: abs(line.base - mark.base))
    letters = [g for g in line.glyphs if not g.space and not g.unmapped]
    if not letters:
        return
    letter = _its_letter(mark, letters, 0.1 * line.size)
    # A mark is a letter's, not a hyphen's or a bracket's: set 1 pt inside the hyphen of Arabic's
    # `أولاً-`, the tanwin of its alef went with the hyphen, into the heading's text (`ً مقدمة`).
    # The nearest letter takes it, within half an em and no space between (not a letter of
    # another word).
    if unicodedata.bidirectional(letter.text[0]) not in _STRONG:
        spaces = [g for g in line.glyphs if g.space]

        def apart(glyph: _Glyph) -> float:
            return min(abs(glyph.x0 - mark.x0), abs(glyph.x1 - mark.x0))

        near = [g for g in letters if unicodedata.bidirectional(g.text[0]) in _STRONG and apart(g) <= 0.5 * line.size
                and not any(min(g.x1, mark.x0) <= s.x0 and s.x1 <= max(g.x0, mark.x0) for s in spaces)]
        if near:
            letter = min(near, key=apart)
    letter.text += mark.text


def _its_letter(mark: _Glyph, letters: list[_Glyph], tolerance: float) -> _Glyph:
    """The glyph a mark goes with (see _with_marks)."""
    if unicodedata.bidirectional(mark.text[0]) == "NSM" and _right_to_left(letters, mark):
        after = [g for g in letters if g.x0 >= mark.x0 - tolerance]
        return min(after, key=lambda g: g.x0 - mark.x0) if after else max(letters, key=lambda g: g.x1)
    before = [g for g in letters if g.x0 <= mark.x0 + tolerance]
    return max(before, key=lambda g: g.x0) if before else min(letters, key=lambda g: g.x0)


_STRONG = ("L", "R", "AL")


def _right_to_left(letters: list[_Glyph], mark: _Glyph) -> bool:
    """Whether the letters nearest the mark are written right to left."""
    nearest = min(letters, key=lambda g: min(abs(g.x0 - mark.x0), abs(g.x1 - mark.x0)))
    return unicodedata.bidirectional(nearest.text[0]) in ("R", "AL")


def _main_size(row: list[_Glyph]) -> float:
    sizes = Counter(round(g.size, 1) for g in row if not g.sup and not g.space)
    return sizes.most_common(1)[0][0] if sizes else max(g.size for g in row)


def _body_size(lines: list[_Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.glyphs)
    return weights.most_common(1)[0][0] if weights else 10.0


def _segments(line: _Line) -> list[list[_Glyph]]:
    """The line cut where glyphs stand further apart than COLUMN_GAP (spaces go with the
    part they stand in)."""
    segments: list[list[_Glyph]] = []
    last = None
    for glyph in line.glyphs:
        if glyph.space:
            if segments:
                segments[-1].append(glyph)
            continue
        if last is None or glyph.x0 - last.x1 > COLUMN_GAP * line.size:
            segments.append([])
        segments[-1].append(glyph)
        last = glyph
    return segments


# -- glyphs → text ----------------------------------------------------------------------------

def _visual_units(glyphs: list[_Glyph], unspaced: bool) -> list[_Glyph]:
    """A line's glyphs in visual order with one space wherever a word space is, written by
    the PDF or shown by a gap: none between two Chinese characters (`unspaced`), and none
    beside a superscript unless the gap is twice a word space's (a call is glued to the word
    it follows)."""
    units: list[_Glyph] = []
    for glyph in glyphs:
        if glyph.unmapped:
            continue
        if glyph.space:
            # One space for a run of them; a no-break space (French `« `, ` :`) stays one.
            text = glyph.text if glyph.text in _NO_BREAK_SPACES else " "
            if units and units[-1].space:
                if text != " ":
                    units[-1].text = text
            elif units:
                units.append(_Glyph(text, glyph.x0, glyph.x1, glyph.base, glyph.size, False, space=True))
            continue
        if units and not units[-1].space:
            previous = units[-1]
            sizes = [g.size for g in (previous, glyph) if not g.sup] or [glyph.size]
            em = max(sizes)
            gap = glyph.x0 - previous.x1
            cjk = unspaced and is_unspaced_char(previous.text[-1]) and is_unspaced_char(glyph.text[0])
            glued = glyph.sup or previous.sup
            if gap > WORD_GAP * em and not cjk and not (glued and gap < 2 * WORD_GAP * em):
                units.append(_Glyph(" ", previous.x1, glyph.x0, glyph.base, glyph.size, False, space=True))
        units.append(glyph)
    while units and units[-1].space:
        units.pop()
    while units and units[0].space:
        units.pop(0)
    return units


def _logical_units(glyphs: list[_Glyph], profile: LanguageProfile) -> list[_Glyph]:
    units = _visual_units(glyphs, profile.unspaced)
    if not profile.right_to_left:
        return units
    if _latin_alone(units) and not _ends_drawn_right_to_left(units):
        # A line with no right-to-left letter (a footnote that cites a symbol alone, `(2)
        # A/79/123.`) drawn left to right, as the bidirectional algorithm draws a paragraph
        # whose first letter is Latin where no direction is set (fpdf2, LibreOffice): read
        # backwards, it was `.A/79/123 )2(`, glued to the footnote before it. Drawn in a
        # right-to-left paragraph (Word's, a browser's), its stop stands at its left end.
        return units
    return visual_to_logical(units)


def _latin_alone(units: list[_Glyph]) -> bool:
    """Letters, all left to right (a line of numbers alone, a table's `00/10–00/13`, takes the
    direction its paragraph was given, which the page does not show: read right to left)."""
    return not any(has_right_to_left_letters(unit.text) for unit in units) \
        and any(unicodedata.bidirectional(ch) == "L" for unit in units for ch in unit.text)


def _ends_drawn_right_to_left(units: list[_Glyph]) -> bool:
    """Whether a line with no right-to-left letter shows the ends of a right-to-left
    paragraph: its stop or a closing bracket at the left end, an opening one at the right
    (`.A/78/136 (4)`), where a line read left to right starts and ends otherwise."""
    text = "".join(unit.text for unit in units).strip()
    return text[:1] in _ENDS_A_LINE or text[-1:] in _STARTS_A_LINE


_ENDS_A_LINE = frozenset(".,;:!?)]")
_STARTS_A_LINE = frozenset("([")


def _brackets_as_they_stand(pages: list[_Page], profile: LanguageProfile) -> list[_Page]:
    """A right-to-left PDF's pages with each bracket the one it stands for, where its maker
    named the glyphs by the bracket they look like (Chromium: `)1(` for the call (1)): told
    by the document's lines, whose brackets read so close before they open in more lines than
    they do swapped (a line's alone cannot tell: one that closes a bracket opened on the line
    before reads either way). No Arabic footnote call was found, and the labels `(ج)` neither."""
    lines = [line for page in pages for line in (*page.body, *page.footnotes)
             if any(unmirrored(glyph.text) != glyph.text for glyph in line.glyphs)]  # a line with a bracket
    texts = ["".join(unit.text for unit in _logical_units(line.glyphs, profile)) for line in lines]
    mirrored = sum(brackets_drawn_mirrored(text) for text in texts)
    if not mirrored or mirrored <= sum(brackets_drawn_mirrored(unmirrored(text)) for text in texts):
        return pages

    def swapped(line: _Line) -> _Line:
        return replace(line, glyphs=[replace(glyph, text=unmirrored(glyph.text)) if unmirrored(glyph.text) != glyph.text
                                     else glyph for glyph in line.glyphs])
    return [replace(page, body=[swapped(line) for line in page.body], footnotes=[swapped(line) for line in page.footnotes])
            for page in pages]


def _text(glyphs: list[_Glyph], profile: LanguageProfile) -> str:
    return "".join(g.text for g in _logical_units(glyphs, profile))


def _text_with_calls(glyphs: list[_Glyph], profile: LanguageProfile) -> str:
    """A body line's text with its raised footnote calls written as exact markers, as the
    .docx reader writes Word's references: the PDF knows a call by its size and rise, and a
    plain digit after a number (`June 2022` then `3`) could not be told from the number.
    Right-to-left lines keep the plain `(3)`, which no number is written as."""
    units = _logical_units(glyphs, profile)
    if profile.right_to_left:
        return "".join(g.text for g in units)
    out: list[str] = []
    index = 0
    while index < len(units):
        unit = units[index]
        if unit.sup and unit.text.isdigit():
            end = index
            while end < len(units) and units[end].sup and units[end].text.isdigit():
                end += 1
            out.append(f"{EXACT_OPEN}{''.join(g.text for g in units[index:end])}{EXACT_CLOSE}")
            index = end
            continue
        out.append(unit.text)
        index += 1
    return "".join(out)


def _plain_text(line: _Line) -> str:
    """The line's characters left to right: enough to match numbers and symbols."""
    return "".join(g.text for g in _visual_units(line.glyphs, False))


# -- pages → text ----------------------------------------------------------------------------

class _Writer:
    """The text of all pages: body blocks, table rows, footnotes and links, page by page."""

    def __init__(self, pages: list[_Page], profile: LanguageProfile):
        self.pages = pages
        self.profile = profile
        self.rtl = profile.right_to_left
        body_lines = [line for page in pages for line in page.body]
        self.body_size = _body_size(body_lines)
        self.leading = self._leading(body_lines)
        self.margin = self._margin(body_lines)
        self.indent_unit = self._indent_unit()
        # The words of the whole text: the join stage's counts when a table cell's lines are joined.
        self.usage = word_usage("\n".join(_text(line.glyphs, profile) for line in body_lines))
        self.next_footnote = 1

    def _leading(self, lines: list[_Line]) -> float:
        """The distance between two baselines of a paragraph, per point of type: the most
        common one that a paragraph's lines can have (at most 1.6 ems), since a text of short
        paragraphs (a Chinese resolution's one- and two-line clauses) has more gaps between
        paragraphs than between their lines."""
        ratios: Counter[float] = Counter()
        for upper, lower in zip(lines, lines[1:]):
            if upper.size == lower.size and lower.base > upper.base:
                ratios[round((lower.base - upper.base) / lower.size, 2)] += 1
        within = Counter({ratio: count for ratio, count in ratios.items() if ratio <= LINE_SPACING_MAX})
        return (within or ratios).most_common(1)[0][0] if ratios else 1.2

    def _margin(self, lines: list[_Line]) -> float:
        """Where most lines start: the text's left edge (its right edge in Arabic)."""
        edges = Counter(round(line.x1 if self.rtl else line.x0) for line in lines if line.size == self.body_size)
        return float(edges.most_common(1)[0][0]) if edges else 0.0

    def _offset(self, line: _Line) -> float:
        return (self.margin - line.x1) if self.rtl else (line.x0 - self.margin)

    def _indent_unit(self) -> float:
        """The most common indentation of a block's first line: one level."""
        offsets: Counter[int] = Counter()
        for page in self.pages:
            for block in self._blocks(page.body):
                if self._offset(block[0]) > 0.6 * block[0].size:
                    offsets[round(self._offset(block[0]))] += 1
        return float(offsets.most_common(1)[0][0]) if offsets else 36.0

    def new_block(self, upper: _Line, lower: _Line) -> bool:
        return lower.base - upper.base > BLOCK_GAP * self.leading * max(upper.size, lower.size)

    def _blocks(self, lines: list[_Line]) -> list[list[_Line]]:
        blocks: list[list[_Line]] = []
        for line in lines:
            if blocks and not self.new_block(blocks[-1][-1], line):
                blocks[-1].append(line)
            else:
                blocks.append([line])
        return blocks

    def _indent(self, line: _Line) -> str:
        offset = self._offset(line)
        if offset <= 0.6 * line.size:
            return " " if line.bold else ""
        return "  " * min(max(1, round(offset / self.indent_unit)), 4)

    def text(self) -> str:
        out: list[str] = []
        for page in self.pages:
            out.extend(self._body(page.body))
            if page.footnotes:
                out.extend([RULE_LINE, ""])
                out.extend(self._footnotes(page.footnotes))
            out.extend(page.links)
            out.append(FORM_FEED)
        return "\n".join(out) + "\n"

    def _body(self, lines: list[_Line]) -> list[str]:
        rows = _Tables(self).rows(lines)
        out: list[str] = []
        previous: _Line | None = None
        previous_row = False
        for line in lines:
            row = id(line) in rows
            if row and rows[id(line)] is None:
                previous = line  # a further line of a table row already written
                continue
            starts = previous is None or row or previous_row or self.new_block(previous, line)
            if starts and out:
                out.append("")
            if row:
                out.append(rows[id(line)])
            elif (beside := self._beside_metadata(line)) is not None:
                # `General Assembly` on the left, `Distr.: General` on the right at its height,
                # as UN mastheads set them: read as one line, the body's name was
                # `General Assembly Distr.: Limited` and the metadata text to translate.
                text, metadata = beside
                out.extend([self._indent(line) + text if starts else text, "", metadata])
            else:
                text = _text_with_calls(line.glyphs, self.profile)
                out.append(self._indent(line) + text if starts else text)
            previous, previous_row = line, row
        return out

    def _beside_metadata(self, line: _Line) -> tuple[str, str] | None:
        """(the text, the metadata) of a line whose part apart from the rest, across a gap
        wider than COLUMN_GAP, is the masthead's `Distr.:` or `Original:`; else None."""
        segments = _segments(line)
        if len(segments) < 2:
            return None
        texts = [_text(segment, self.profile).strip() for segment in segments]
        at = next((n for n, text in enumerate(texts) if DISTRIBUTION.match(text) or ORIGINAL.match(text)), None)
        if at is None:
            return None
        rest = [text for n, text in enumerate(texts) if n != at and text]
        return (" ".join(reversed(rest) if self.rtl else rest), texts[at]) if rest else None

    def _footnotes(self, lines: list[_Line]) -> list[str]:
        out = []
        for line in lines:
            units = _logical_units(line.glyphs, self.profile)
            number = self._footnote_number(units, line.size)
            if number is not None:
                label, rest = number
                out.append(f" {label}  {rest}")
            else:
                out.append("".join(g.text for g in units).lstrip())
        return out

    def _footnote_number(self, units: list[_Glyph], size: float) -> tuple[str, str] | None:
        """The label (`1`, `(1)`) and the text of a line that starts a footnote: one whose first
        word is the next footnote's number (or 1), raised or set off by a gap."""
        end = 0
        while end < len(units) and not units[end].space:
            end += 1
        label = "".join(g.text for g in units[:end])
        match = _FOOTNOTE_LABEL.match(label)
        rest = units[end + 1 :]
        marked = _FOOTNOTE_MARK_LABEL.match(label)
        if not rest or not (marked or match and int(match.group(1)) in (self.next_footnote, 1)):
            return None
        number = units[:end]
        gap = max(rest[0].x0 - max(g.x1 for g in number), min(g.x0 for g in number) - rest[0].x1)
        if not (all(g.sup for g in number) or gap > FOOTNOTE_GAP * size):
            return None
        if match:
            self.next_footnote = int(match.group(1)) + 1
        return label, "".join(g.text for g in rest)


class _Tables:
    """Tables laid out in columns: a run of lines at least two of which are cut by gaps wider
    than COLUMN_GAP into cells, every line of it keeping to the columns the cells make."""

    def __init__(self, writer: _Writer):
        self.writer = writer
        self.profile = writer.profile

    def rows(self, lines: list[_Line]) -> dict[int, str | None]:
        """For each line of a table (by id): the text of its row for a row's first line,
        None for its further lines."""
        cells = [self._cells(line) for line in lines]
        rows: dict[int, str | None] = {}
        index = 0
        while index < len(lines):
            if len(cells[index]) < 2:
                index += 1
                continue
            columns = _columns(cells[index])
            end = index + 1
            columned = 1
            while end < len(lines):
                if len(cells[end]) >= 2:
                    widened = _columns([*_cells_of(columns), *cells[end]])
                    if len(widened) < len(columns):
                        break  # its cells bridge two columns: another layout
                    columns, columned = widened, columned + 1
                elif not all(_column_of(cell, columns) is not None for cell in cells[end]):
                    break
                end += 1
            if columned < 2:
                index += 1
                continue
            columns = _finer_columns(columns, cells[index:end])
            start = index
            # A line above that keeps to a column joins the table (a column heading), unless
            # it ends a block of text above it (the last line of the annex's title).
            while (start > 0 and len(cells[start - 1]) == 1 and _column_of(cells[start - 1][0], columns) is not None
                   and (start == 1 or self.writer.new_block(lines[start - 2], lines[start - 1]))):
                start -= 1
            self._write(lines[start:end], cells[start:end], columns, rows)
            index = end
        return rows

    def _cells(self, line: _Line) -> list[list[_Glyph]]:
        segments = _segments(line)
        if len(segments) >= 2:
            label = segments[-1] if self.writer.rtl else segments[0]
            if _is_list_label(_text(label, self.profile), self.profile):
                return [[g for segment in segments for g in segment]]
            if len(segments) == 2 and SYMBOL_ALONE.match(_text(segments[0] if self.writer.rtl else segments[-1], self.profile)):
                return [[g for segment in segments for g in segment]]  # `United Nations   CTOC/…`: the masthead, no table
        return segments

    def _write(self, lines, segments, columns, rows: dict[int, str | None]) -> None:
        group: list[int] = []

        def flush():
            cells: list[list[tuple[int, str]]] = [[] for _ in columns]
            for position in group:
                for segment in segments[position]:
                    for column, piece in _split_at_columns(segment, columns):
                        text = _text(piece, self.profile)
                        if text:
                            cells[column].append((position + 1, text))
            order = reversed(cells) if self.writer.rtl else cells
            texts = [join_lines(cell, self.profile, self.writer.usage).text.strip() for cell in order if cell]
            rows[id(lines[group[0]])] = CELL_SEPARATOR.join(text for text in texts if text)
            for position in group[1:]:
                rows[id(lines[position])] = None
            group.clear()

        first_column = len(columns) - 1 if self.writer.rtl else 0

        def opens_row(position: int) -> bool:
            # A row's further lines leave its first column empty (a title that runs on under
            # its own column); a line with something there and in another column is a row of
            # its own, even where rows are set as close as lines (a ruled table).
            found = {_nearest_column(segment, columns) for segment in segments[position] if _text(segment, self.profile)}
            return first_column in found and len(found) >= 2

        for position, line in enumerate(lines):
            # A line less than a line's height below the last is of its row: cells whose text
            # is centred in the row's height (a heading row, `États` over `parties` beside
            # `Groupe régional`) give lines half a line apart, and the row was cut in three.
            beside = group and line.base - lines[group[-1]].base < _SAME_ROW * line.size
            if group and not beside and (self.writer.new_block(lines[group[-1]], line) or opens_row(position)):
                flush()
            group.append(position)
        if group:
            flush()


def _columns(cells: list[list[_Glyph]]) -> list[tuple[float, float]]:
    """Column extents: the horizontal extents of cells, merged where they overlap."""
    spans = sorted((min(g.x0 for g in cell if not g.space), max(g.x1 for g in cell if not g.space)) for cell in cells)
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return [(x0, x1) for x0, x1 in columns]


def _finer_columns(columns: list[tuple[float, float]], cells: list[list[list[_Glyph]]]) -> list[tuple[float, float]]:
    """The columns the table's fullest rows make, where they are more than `columns`: a
    heading set closer than COLUMN_GAP (`Activities carried out` a few points before
    `Expenditure`) made one column of two, and every row's two cells were joined."""
    fullest = max(len(line) for line in cells)
    rows = [line for line in cells if len(line) == fullest]
    finer = _columns([cell for line in rows for cell in line])
    if len(finer) <= len(columns) or len(rows) < 2 or len(finer) != fullest:
        return columns
    return finer


def _split_at_columns(segment: list[_Glyph], columns: list[tuple[float, float]]) -> list[tuple[int, list[_Glyph]]]:
    """A piece of a line in the column it stands in; one that reaches across columns cut where
    a gap wider than a word space's parts two cells set close (`Activities carried out` a few
    points before `Expenditure`), each part in the column it begins in. A heading that spans
    two columns with its words only (`Expenditure (United States dollars)` over `2021` and
    `2022`) stays whole."""
    if _column_of(segment, columns) is not None or len(columns) < 2:
        return [(_nearest_column(segment, columns), segment)]
    parts: list[list[_Glyph]] = []
    last = None  # the last glyph that is no space
    for glyph in segment:
        if not glyph.space and last is not None and glyph.x0 - last.x1 > _CELL_GAP * glyph.size:
            parts.append([])
        if not parts:
            parts.append([])
        parts[-1].append(glyph)
        if not glyph.space:
            last = glyph
    # Each part in the column it begins in (a spanning heading is set from its first column);
    # one that begins in the gap after a column and reaches into the next is the next one's (a
    # heading centred over right-aligned figures, `Responses` over `9` and `11`).
    placed = []
    for part in parts:
        if not any(not g.space for g in part):
            continue
        left, right = min(g.x0 for g in part if not g.space), max(g.x1 for g in part if not g.space)
        column = max([i for i, (start, _) in enumerate(columns) if start <= left + 0.5] or [0])
        if left > columns[column][1] and column + 1 < len(columns) and right > columns[column + 1][0]:
            column += 1
        placed.append((column, part))
    return placed


# Lines of one table row: less than this share of a line's size apart (see _Tables._write).
_SAME_ROW = 0.8
# A gap between two cells of a row set closer than COLUMN_GAP, in ems: wider than any word space
# of a line that is not justified (a justified line's may reach 0.6 em).
_CELL_GAP = 0.8


def _cells_of(columns: list[tuple[float, float]]) -> list[list[_Glyph]]:
    """Stand-in cells as wide as the columns, to widen them with a line's cells."""
    return [[_Glyph("", x0, x1, 0.0, 1.0, False)] for x0, x1 in columns]


def _nearest_column(cell: list[_Glyph], columns: list[tuple[float, float]]) -> int:
    """The column a piece stands in, or, for a piece that a later row's widening left reaching
    past its column, the column its middle is nearest."""
    found = _column_of(cell, columns)
    if found is not None:
        return found
    middle = (min(g.x0 for g in cell if not g.space) + max(g.x1 for g in cell if not g.space)) / 2
    return min(range(len(columns)), key=lambda i: 0 if columns[i][0] <= middle <= columns[i][1] else min(abs(middle - columns[i][0]), abs(middle - columns[i][1])))


def _column_of(cell: list[_Glyph], columns: list[tuple[float, float]]) -> int | None:
    """The column a piece of a line stands in; None when it reaches past the gap to the next
    column, or back past the one before."""
    x0 = min(g.x0 for g in cell if not g.space)
    x1 = max(g.x1 for g in cell if not g.space)
    for index, (left, right) in enumerate(columns):
        before = columns[index - 1][1] if index else float("-inf")
        after = columns[index + 1][0] if index + 1 < len(columns) else float("inf")
        if before <= x0 and x1 <= after and x0 < right and x1 > left:
            return index
    return None
