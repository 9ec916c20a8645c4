"""Reading a .docx version of a document into the same layout as PDF-extracted text.

Word keeps what PDF extraction loses: paragraphs are whole (no line breaks, no hyphens),
tables are tables, and a footnote reference is an element, not a superscript digit. Each
paragraph becomes a block, each table row one line of text, and footnote references are
written as exact markers that the structure stage resolves without guessing.

What Word generates is written as Word shows it: a paragraph numbered by a list
(word/numbering.xml, directly or through its style) starts with its label and a space
(`1. `, `(a) `, `I. `), and a heading's outline level, from its style or its own properties,
is kept on its block (`RawBlock.heading_level`).
"""

from __future__ import annotations

import functools
import itertools
import re
import shlex
import zipfile
from pathlib import Path

from lxml import etree

from pipeline.archive import check_zip_limits, refuse_declared_dtds
from pipeline.errors import HexaglotInputError
from pipeline.extract.layout import (
    CLAUSE_ENDS,
    MARK_SYMBOLS,
    SYMBOL,
    URL_LINE,
    Layout,
    RawBlock,
    RawFootnote,
    RawLink,
    is_page_furniture,
    is_table_of_figures,
)
from pipeline.extract.joining import is_unspaced_char
from pipeline.extract.markers import EXACT_CLOSE, EXACT_OPEN
from pipeline.extract.numbering import ListCounters, NumberingDefinitions, read_numbering
from pipeline.extract.styles import StyleSheet, heading_level, list_of, properties, read_styles
from pipeline.extract.wordml import (
    MATH,
    RELATIONSHIP_ID,
    W,
    field_instructions,
    flag,
    hyperlinks,
    is_true,
    shown_elements,
    shown_paragraphs,
    text_boxes,
    value,
)
from pipeline.fileio import regular_file

_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_FOOTNOTES_REL = f"{_RELATIONSHIPS}/footnotes"
_NUMBERING_REL = f"{_RELATIONSHIPS}/numbering"
_STYLES_REL = f"{_RELATIONSHIPS}/styles"
_HYPERLINK_REL = f"{_RELATIONSHIPS}/hyperlink"
# No entity expansion and no network, whatever the document declares.
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
# Elements of the body that hold paragraphs and tables without being either (content
# controls, custom XML): their content is read in place.
_WRAPPERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml"}


class _Reader:
    """The state of one document's reading: footnote numbers and list counters, both counted
    in document order as Word counts them."""

    def __init__(self, styles: StyleSheet, numbering: NumberingDefinitions, footnote_texts: dict[str, str],
                 link_targets: dict[str, str], footnote_links: dict[str, list[str]]):
        self.styles = styles
        self.lists = ListCounters(numbering)
        self.footnote_texts = footnote_texts
        self.link_targets = link_targets  # r:id of a body hyperlink → its web address
        self.footnote_links = footnote_links  # w:id of a footnote → the web addresses it links to
        self.layout = Layout(exact_markers=True)
        self.footnote_numbers: dict[str, int] = {}  # w:id of a footnote → the number Word shows
        self.endnote_calls = 0
        self.marked: set[str] = set()  # w:id of the footnotes read with a custom mark

    def paragraph(self, paragraph, line: int, line_break: str = " ") -> tuple[str, int | None]:
        """The text of a paragraph as Word shows it, with its list label, and its heading level;
        a line break (w:br, w:cr) within it is `line_break`."""
        ppr = paragraph.find(f"{W}pPr")
        style = ppr.find(f"{W}pStyle") if ppr is not None else None
        chain = self.styles.chain(properties(ppr), value(style))
        text = self.runs(paragraph, line, line_break)
        self.read_links(paragraph, line)
        num_id, level = list_of(chain)
        if num_id is not None:
            label = self.lists.label(num_id, level, [p.style_id for p in chain if p.style_id])
            if label:
                text = f"{label} {text}"
        return text, heading_level(chain)

    def read_links(self, paragraph, line: int) -> None:
        """The web addresses the paragraph links to: its hyperlinks, and its HYPERLINK fields
        (as converted and template-built files keep links)."""
        self.layout.links += [RawLink(url, line, page=0) for url in _paragraph_links(paragraph, self.link_targets)]

    def joined(self, paragraphs: list, line: int) -> tuple[str, int | None]:
        """Paragraphs whose marks but the last's were deleted with Track Changes, as Word shows
        them with the changes accepted: one paragraph, the first's label and level, the
        texts joined. A paragraph whose text was deleted too is not there at all (it takes no
        list number)."""
        hidden = self.styles.hidden_characters
        kept = [p for p in paragraphs[:-1] if "".join(shown_text(n) for n in shown_elements(p, hidden)).strip()] + paragraphs[-1:]
        text, level = self.paragraph(kept[0], line, "\n")
        for paragraph in kept[1:]:
            more = self.runs(paragraph, line, "\n").strip()
            self.read_links(paragraph, line)
            text = f"{text.rstrip()} {more}" if more else text
        return text, level

    def runs(self, paragraph, line: int, line_break: str = " ") -> str:
        parts: list[str] = []
        nodes = list(shown_elements(paragraph, self.styles.hidden_characters))
        for position, node in enumerate(nodes):
            if node.tag in _LINE_BREAKS:
                parts.append(line_break)
            elif node.tag == f"{W}footnoteReference":
                parts.append(self.footnote_reference(node, line, nodes[position + 1:]))
            elif node.tag == f"{W}endnoteReference":
                self.endnote_calls += 1  # its text is not read (said once, in the notes)
            else:
                parts.append(shown_text(node))
        return "".join(parts)

    def footnote_reference(self, node, line: int, after: list) -> str:
        # A reference with a custom mark (`*`, `**`) takes no number: Word numbers on from the
        # footnote before it, and the mark itself is the text of the run that follows, left in
        # the text (the structure stage finds the footnote's block by it).
        if is_true(node.get(f"{W}customMarkFollows")):
            footnote_id = node.get(f"{W}id")
            text = self.footnote_texts.get(footnote_id, "")
            if footnote_id not in self.marked and text.strip():
                following = next((n.text for n in after if n.tag == f"{W}t" and n.text), "")
                self.marked.add(footnote_id)
                self.layout.footnotes.append(RawFootnote(0, ((line, text),), page=0, mark=_mark(following)))
            return ""
        footnote_id = node.get(f"{W}id")
        if footnote_id not in self.footnote_numbers:
            self.footnote_numbers[footnote_id] = len(self.footnote_numbers) + 1
            text = self.footnote_texts.get(footnote_id, "")
            if text.strip():
                self.layout.footnotes.append(RawFootnote(self.footnote_numbers[footnote_id], ((line, text),), page=0))
                self.layout.links += [RawLink(url, line, page=0, footnote=self.footnote_numbers[footnote_id])
                                      for url in self.footnote_links.get(footnote_id, ())]
        return f"{EXACT_OPEN}{self.footnote_numbers[footnote_id]}{EXACT_CLOSE}"

    def table_rows(self, table, line: int) -> list[list[str]]:
        """The text of each cell of each row of a table, a tab inside a cell read as a space
        (it made a column of its own); the paragraphs of the cells are read as the body's (list
        labels, footnote references)."""
        rows = []
        merged_above: dict[int, str] = {}  # a grid column → the text of the cell merged down it
        for row in _own(table, f"{W}tr", f"{W}tbl"):
            cells = []
            column = _grid_value(row.find(f"{W}trPr"), "gridBefore", 0)
            for cell in _own(row, f"{W}tc", f"{W}tr"):
                properties = cell.find(f"{W}tcPr")
                merge = properties.find(f"{W}vMerge") if properties is not None else None
                if merge is not None and merge.get(f"{W}val", "continue") == "continue":
                    # A label merged down from the cell above (Word's Merge Cells): its text, as
                    # a version that repeats the label on each row has it. Empty, the row's
                    # other cells moved a column to the left and paired with other columns. (A
                    # figure merged down a column of figures, a total over two rows, is the
                    # first row's alone: written again, it was counted twice, and a version that
                    # writes it once had an entry left untranslated. The first column is the
                    # rows' labels, a year's too.)
                    above = merged_above.get(column, "")
                    text = above if column == 0 or not any(ch.isdigit() for ch in above) or _A_YEAR.fullmatch(above) else ""
                else:
                    text = " ".join(self.paragraph(p, line)[0] for p in shown_paragraphs(cell)).replace("\t", " ").strip()
                    if merge is not None:
                        merged_above[column] = text
                    else:
                        merged_above.pop(column, None)
                cells.append(text)
                column += _grid_value(properties, "gridSpan", 1)
            rows.append(cells)
        return rows


_A_YEAR = re.compile(r"(?:19|20)\d\d")  # a label, not a figure, wherever it is merged


def _grid_value(properties, name: str, default: int) -> int:
    """A row's or cell's count of grid columns (`w:gridBefore`, `w:gridSpan`), or `default`."""
    element = properties.find(f"{W}{name}") if properties is not None else None
    try:
        return max(0, int(element.get(f"{W}val"))) if element is not None else default
    except (TypeError, ValueError):
        return default


def _without_empty_ends(cells: list[str]) -> list[str]:
    first = next((i for i, cell in enumerate(cells) if cell), len(cells))
    last = max((i for i, cell in enumerate(cells) if cell), default=-1)
    return cells[first:last + 1]


def read_docx_layout(path: Path) -> tuple[Layout, str]:
    """The layout of a .docx and its whole text (for the word-usage counts)."""
    regular_file(path, "document", "E001")
    if (cause := _not_a_docx(path)) is not None:
        raise HexaglotInputError("E007", path, cause)
    check_zip_limits(path, "document", "E007")
    refuse_declared_dtds(path, "E007")
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        document = docx.Document(str(path))
    # (AttributeError: python-docx reads a package's XML as it expects it to be; a part list
    # with no namespace, `<Types/>`, has none of the attributes it asks for.)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, AttributeError, etree.XMLSyntaxError) as error:
        raise HexaglotInputError("E007", path, f"not a readable .docx file ({error.__class__.__name__}: {error})") from None
    footnotes, footnote_rels = _part_root(document, _FOOTNOTES_REL, path, "footnotes")
    numbering, _ = _part_root(document, _NUMBERING_REL, path, "numbering")
    styles, _ = _part_root(document, _STYLES_REL, path, "styles")
    sheet = read_styles(styles)
    reader = _Reader(
        sheet,
        read_numbering(numbering) if numbering is not None else NumberingDefinitions(),
        _footnote_texts(footnotes, sheet.hidden_characters) if footnotes is not None else {},
        _web_addresses(document.part.rels),
        _footnote_links(footnotes, _web_addresses(footnote_rels)) if footnotes is not None else {},
    )
    texts: list[str] = []
    elements = [*_header_masthead(document), *_blocks(document.element.body)]
    for index, element in enumerate(_joined_paragraphs(elements), start=1):
        masthead = figures = False
        if isinstance(element, list):  # a paragraph, with those whose marks were deleted before it
            text, level = reader.joined(element, index)
            if "\n" in text and level is None and _in_the_masthead(reader.layout.blocks) and _masthead_lines(text):
                # The masthead's lines typed in one paragraph, Shift+Enter between (`Seventy-eighth
                # session` / `Item 108 of the provisional agenda*` / its title): each a line of the
                # block, as a printed masthead's are, not one title of the three.
                first, more = ([line for line in text.split("\n") if line.strip()], None), []
            else:
                first, *more = _labelled_pieces(text, level)
            # A text box anchored in the paragraph: its paragraphs after it, each a block, but
            # the job number, barcode or symbol UN files set in a box on the first page.
            boxed = (reader.paragraph(p, index)[0] for part in element for box in text_boxes(part) for p in shown_paragraphs(box))
            rows = [first, *more, *(([line], None) for line in boxed if not is_page_furniture(line))]
        elif len(reader.layout.blocks) <= _MASTHEAD_TABLE_AFTER and _is_masthead_table(element):
            # A table before the text, of a few rows: the masthead, as UN Word templates set it
            # (`United Nations | CTOC/…`, `Conference of … | Distr.: Limited / date / Original`).
            # Each cell is a block and its paragraphs (or lines broken within one) the block's
            # lines, as a printed masthead's box and lines are: a name typed a printed line a
            # paragraph is still one name, and `Distr.: Limited`, the date and `Original:` are
            # told apart however they were broken.
            masthead = True
            rows = [([line for p in shown_paragraphs(cell) for line in reader.paragraph(p, index, "\n")[0].split("\n")], None)
                    for row in _own(element, f"{W}tr", f"{W}tbl") for cell in _own(row, f"{W}tc", f"{W}tr")]
        elif _one_cell(element):
            # A box (a report's summary: `Summary` over its text), set as a table of one cell:
            # its paragraphs, each a block as the body's are; read as one row, the heading went
            # into the first sentence (`Summary The present report …`).
            [cell] = [cell for row in _own(element, f"{W}tr", f"{W}tbl") for cell in _own(row, f"{W}tc", f"{W}tr")]
            rows = [([reader.paragraph(p, index)[0]], None) for p in shown_paragraphs(cell)]
        else:
            cells = reader.table_rows(element, index)
            # A row as one line, its cells joined by a tab (the structure stage splits a row of
            # PDF text into cells at a tab or three spaces), the empty ones left out.
            table = ["\t".join(cell for cell in row if cell) for row in cells]
            # A table of figures is one block, a row a line, as in the text version, whose
            # structure stage reads each cell as an entry; a block a row, it was no table and
            # each row a heading. Other tables (a programme's times and items, a list set in
            # two columns) a block a row, as their text versions read them.
            figures = is_table_of_figures([row for row in table if row])
            if figures:
                # Its empty cells inside a row kept, as nothing between two tabs
                # (RawBlock.word_table): left out, the figures after one moved a column to the
                # left, took another column's id and were paired with another version's dash.
                # Not those at a row's ends (the corner over the rows' labels), which a PDF's
                # or a text's row has no trace of either: a table of each form is numbered alike.
                table = ["\t".join(_without_empty_ends(row)) for row in cells]
            rows = [(table, None)] if figures else [([row], None) for row in table]
        # (a row of a table of text in the body, its cells a tab apart: `Austria\tFederal Ministry
        # of the Interior`, a table's row whether its last cell ends with a stop or not)
        row_of_text = not (masthead or figures or isinstance(element, list) or _one_cell(element))
        for lines, level in rows:
            lines = [line for line in lines if line.strip()]
            if lines:
                reader.layout.blocks.append(RawBlock(tuple((index, line) for line in lines), page=0, heading_level=level,
                                                     masthead_cell=masthead, word_table=figures,
                                                     table_row=row_of_text and "\t" in lines[0]))
                texts.extend(lines)
    broken = _lines_going_on(texts)
    if broken >= _LINE_BY_LINE_AT_LEAST and broken >= len(texts) * _LINE_BY_LINE_SHARE:
        reader.layout.notes.append(f"{broken} of its {len(texts)} paragraphs go on in the next one, mid-sentence (a PDF "
                                   "converted to Word line by line?): read as Word has them: the PDF itself reads better")
    symbols = sum(1 for _ in document.element.body.iter(f"{W}sym"))
    if symbols:
        reader.layout.notes.append(f"{symbols} symbol character{'s' if symbols != 1 else ''} (w:sym, drawn from a symbol "
                                   "font) not read: the text has none where Word shows one")
    equations = sum(1 for _ in document.element.body.iter(f"{MATH}oMath"))
    if equations:
        # Its characters are read in a row, into the sentence it stands in: a number a converter
        # wrote as an equation is the number; a fraction's or a root's layout is no text.
        reader.layout.notes.append(f"{equations} equation{'s' if equations != 1 else ''} (m:oMath) read as "
                                   f"{'their' if equations != 1 else 'its'} characters in a row: a fraction or a root loses its layout")
    chunks = sum(1 for _ in document.element.body.iter(f"{W}altChunk"))
    if chunks:
        reader.layout.notes.append(f"{chunks} embedded document{'s' if chunks != 1 else ''} (w:altChunk) not read: "
                                   "its text is in no catalog")
    if reader.endnote_calls:
        calls = reader.endnote_calls
        reader.layout.notes.append(f"{calls} endnote call{'s' if calls != 1 else ''} not read: hexaglot reads footnotes, "
                                   "not endnotes (their text is in no catalog)")
    return reader.layout, "\n".join(texts)


_LINE_BREAKS = {f"{W}br", f"{W}cr"}
# A HYPERLINK field's instruction: its address, the first argument (a `\l` bookmark is no
# web address).
_HYPERLINK_FIELD = re.compile(r'\s*HYPERLINK\s+"([^"]+)"')
# The symbols a footnote's custom mark is made of, as UN documents mark theirs (`*`, `**`).
_CUSTOM_MARK = re.compile(rf"\s*([{MARK_SYMBOLS}]{{1,3}})")


def _mark(following: str) -> str:
    """The custom mark a reference's next run begins with (`*`), `*` where it holds another."""
    found = _CUSTOM_MARK.match(following)
    return found.group(1) if found else "*"

# A paragraph's label typed after a line break (Shift+Enter) in one Word paragraph: `3.`,
# `(b)`, `(ii)`, followed by a space or a tab.
_LABEL_AFTER_BREAK = re.compile(r"\s*(?:\d{1,3}\.|\([a-z]\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))[ \t]")


def _labelled_pieces(text: str, level: int | None) -> list[tuple[list[str], int | None]]:
    """A paragraph's text (its line breaks as `\n`) in blocks: a new one where a line starts
    with a paragraph's label (two numbered paragraphs typed in one, a line break between, as
    a PDF's text starts a paragraph on a new line); a line break elsewhere is a space."""
    pieces = [text.split("\n")[0]]
    for piece in text.split("\n")[1:]:
        if _LABEL_AFTER_BREAK.match(piece) and pieces[-1].strip():
            pieces.append(piece.lstrip())
        else:
            pieces[-1] = _across_break(pieces[-1], piece)
    return [([piece], level if number == 0 else None) for number, piece in enumerate(pieces)]


def _across_break(before: str, after: str) -> str:
    """Two pieces of a paragraph a line break (w:br) parts: joined by a space, or by nothing
    between two characters of a script written without spaces (a Chinese line broken by hand:
    `跨境合作，` / `包括` is `跨境合作，包括`, as Word shows it, not `跨境合作， 包括`)."""
    if before and after and is_unspaced_char(before[-1]) and is_unspaced_char(after[0]):
        return before + after
    return f"{before} {after}"


def _not_a_docx(path: Path) -> str | None:
    """What a file named .docx is instead, told by its first bytes (a .docx is a ZIP file), or
    None: python-docx says only "Package not found" of each."""
    with path.open("rb") as file:
        start = file.read(512)
    if not start:
        return "the file is empty"
    if start.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE compound file
        return ("not a .docx but an OLE file: a Word file with a password, or a .doc renamed; open it in Word and "
                "save it as .docx (Word Document) without a password")
    if start.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith((b"<!doctype html", b"<html", b"<?xml", b"<")):
        return "not a .docx but a web page or XML file saved under that name; open it in Word and save it as .docx"
    if not start.startswith(b"PK"):
        return "not a .docx (a .docx is a ZIP file, and this one is none)"
    # OpenDocument and EPUB files are ZIP files too, whose first member, `mimetype`, says what
    # they are: python-docx said only "KeyError: There is no item named '[Content_Types].xml'".
    for mimetype, what, instead in _OTHER_ZIPPED:
        if b"mimetype" + mimetype in start[:120]:
            return f"not a .docx but {what} under that name; {instead.format(name=shlex.quote(path.name))}"
    try:
        with zipfile.ZipFile(path) as archive:
            if "[Content_Types].xml" not in archive.namelist():
                return "not a .docx but a ZIP archive of other files (a Word document holds [Content_Types].xml)"
            relations = archive.read("_rels/.rels") if "_rels/.rels" in archive.namelist() else b""
    except zipfile.BadZipFile:
        # A ZIP file's directory is at its end: a download or a copy cut short has none.
        return "the file is damaged or cut short (its ZIP directory is missing): copy or download it again"
    except OSError:
        return None  # python-docx names what is wrong
    if b"purl.oclc.org/ooxml/officeDocument" in relations:
        # Word's "Strict Open XML Document": python-docx reads the transitional form alone, and
        # said "KeyError: no relationship of type '…/officeDocument' in collection".
        return ("a Strict Open XML document, which hexaglot does not read: open it in Word and save it as "
                "\"Word Document (.docx)\" (LibreOffice: soffice --headless --convert-to docx --outdir converted " + path.name + ")")
    return None


_CONVERTED = "LibreOffice makes a .docx of it: soffice --headless --convert-to docx {name}"
_OTHER_ZIPPED = (
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)", _CONVERTED),
    (b"application/vnd.oasis.opendocument", "an OpenDocument file", _CONVERTED),
    (b"application/epub+zip", "an EPUB e-book", "give the document's Word or PDF file"),
)


def _in_the_masthead(blocks: list[RawBlock]) -> bool:
    """Whether a paragraph read after these blocks may be the masthead's: no heading yet, and
    few blocks (a masthead typed a paragraph a field takes a dozen)."""
    return len(blocks) < _MASTHEAD_PARAGRAPHS and not any(block.heading_level for block in blocks)


_MASTHEAD_PARAGRAPHS = 14


def _one_cell(table) -> bool:
    """Whether a table is a box: one row of one cell, holding no table (whose rows and cells
    its paragraphs read one by one would lose)."""
    rows = list(_own(table, f"{W}tr", f"{W}tbl"))
    if len(rows) != 1:
        return False
    cells = list(_own(rows[0], f"{W}tc", f"{W}tr"))
    return len(cells) == 1 and next(cells[0].iter(f"{W}tbl"), None) is None


def _masthead_lines(text: str) -> bool:
    """Whether a paragraph's lines (its line breaks as `\n`) may be a masthead's: short, none
    a numbered paragraph's, none ending a sentence or a clause. A paragraph of no text (a page
    break alone, Ctrl+Enter) has none."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return False
    # No masthead line ends a sentence or a clause (`Distr.: General`, `3 July 2023`, `Item 108
    # of the provisional agenda*`); a paragraph's lines broken by hand do.
    return all(len(line) <= 100 and line[-1:] not in CLAUSE_ENDS for line in lines) \
        and not _LABEL_AFTER_BREAK.match(lines[0] + " ")


# A table met while at most this many blocks came before it, of at most this many rows, is
# the masthead's (see read_docx_layout): a field a row (Distr., date, language, Original)
# takes five or six.
_MASTHEAD_TABLE_AFTER = 2
_MASTHEAD_TABLE_ROWS = 8


# A Word file is said to be a PDF converted line by line where at least this many of its
# paragraphs, and this share of them, stop mid-sentence and go on in the next.
_LINE_BY_LINE_AT_LEAST = 10
_LINE_BY_LINE_SHARE = 0.2


def _lines_going_on(texts: list[str]) -> int:
    """How many paragraphs end with a letter or a hyphen (no punctuation) and are followed by
    one that starts in lower case: a sentence cut where a printed line ended."""
    return sum(1 for text, after in zip(texts, texts[1:])
               if text and after and (text[-1].isalpha() or text[-1] == "-") and after.lstrip()[:1].islower())


def _is_masthead_table(table) -> bool:
    """A few rows naming a document symbol or its distribution: the masthead's table."""
    if len(list(_own(table, f"{W}tr", f"{W}tbl"))) > _MASTHEAD_TABLE_ROWS:
        return False
    text = " ".join(node.text or "" for node in table.iter(f"{W}t"))
    return bool(SYMBOL.search(text) or re.search(r"\bDistr\b", text))


def _header_masthead(document) -> list:
    """The masthead's table where a template sets it in the header of the document's first
    page (or in its only header), not in the body: read before the body, as printed. Nothing
    else of a header is text of the document (the running symbol, page numbers)."""
    section = document.sections[0]
    if section.different_first_page_header_footer:
        header = section.first_page_header
    else:
        header = section.header
    if header.is_linked_to_previous:
        return []  # no header of its own (python-docx's word for a section with none)
    body = list(itertools.islice(_blocks(document.element.body), _MASTHEAD_TABLE_AFTER + 1))
    if any(element.tag == f"{W}tbl" and _is_masthead_table(element) for element in body):
        return []  # the body has its own
    tables = [element for element in _blocks(header._element) if element.tag == f"{W}tbl"]
    return [table for table in tables if _is_masthead_table(table)][:1]


def _joined_paragraphs(elements):
    """The body's tables, and its paragraphs each as a list: with it, the paragraphs before it
    whose paragraph marks were deleted with Track Changes (accepted, they are part of it) or
    are hidden (w:vanish on the mark: Word shows the two as one paragraph)."""
    pending: list = []
    for element in elements:
        if element.tag != f"{W}p":
            if pending:
                yield pending
                pending = []
            yield element
            continue
        pending.append(element)
        hidden_mark = element.find(f"{W}pPr/{W}rPr/{W}vanish")
        if element.find(f"{W}pPr/{W}rPr/{W}del") is None and (hidden_mark is None or not flag(hidden_mark)):
            yield pending
            pending = []
    if pending:
        yield pending


def _blocks(body):
    """The paragraphs and tables of the body in reading order, content controls opened."""
    for element in body.iterchildren():
        if element.tag in (f"{W}p", f"{W}tbl"):
            yield element
        elif element.tag in _WRAPPERS:
            yield from _blocks(element)


def _own(parent, tag: str, owner_tag: str):
    """The `tag` elements of `parent` that belong to it, not to a table nested inside it."""
    for element in parent.iter(tag):
        if next(element.iterancestors(owner_tag), None) is parent:
            yield element


def _part_root(document, relationship_type: str, path: Path, what: str):
    """The parsed root of the document's part of one type and the part's relationships, or
    (None, {}) when there is none.

    python-docx has read the numbering and styles parts with entity expansion off; what it
    holds is parsed here again, as the footnotes are, with entity expansion and network
    access off, so that an entity left unexpanded is an error here, not text."""
    for relationship in document.part.rels.values():
        if relationship.reltype == relationship_type and not relationship.is_external:
            try:
                return etree.fromstring(relationship.target_part.blob, _SAFE_PARSER), relationship.target_part.rels
            except etree.XMLSyntaxError as error:
                raise HexaglotInputError("E007", path, f"its {what} cannot be read ({error})") from None
    return None, {}


def _web_addresses(relationships) -> dict[str, str]:
    """The web addresses a part's hyperlinks point to, by relationship id (`rId7`): a link to
    a file, a mail address or a place in the document is no link a version translates."""
    return {rid: relationship.target_ref for rid, relationship in relationships.items()
            if relationship.reltype == _HYPERLINK_REL and relationship.is_external and URL_LINE.match(relationship.target_ref)}


def _footnote_links(root, addresses: dict[str, str]) -> dict[str, list[str]]:
    """The web addresses each footnote (by w:id) links to, in order: hyperlinks, then
    HYPERLINK fields."""
    return {footnote.get(f"{W}id"): [url for p in shown_paragraphs(footnote) for url in _paragraph_links(p, addresses)]
            for footnote in root.iter(f"{W}footnote")}


def _paragraph_links(paragraph, addresses: dict[str, str]) -> list[str]:
    linked = [addresses[link.get(RELATIONSHIP_ID)] for link in hyperlinks(paragraph) if link.get(RELATIONSHIP_ID) in addresses]
    fields = [field.group(1) for instruction in field_instructions(paragraph)
              if (field := _HYPERLINK_FIELD.match(instruction)) and URL_LINE.match(field.group(1))]
    return linked + fields


def shown_text(node) -> str:
    """The text a shown element (wordml.SHOWN_TEXT, but a footnote reference) stands for."""
    tag = node.tag
    if tag == f"{W}t" or tag == f"{MATH}t":
        return node.text or ""
    if tag in (f"{W}tab", f"{W}ptab"):
        return "\t"
    if tag == f"{W}noBreakHyphen":
        return "-"  # as the text extracted from the PDF has it
    return " "  # a line break (w:br, w:cr) within the paragraph


def _footnote_texts(root, hidden_styles: frozenset[str]) -> dict[str, str]:
    """The text of each footnote by its w:id, its paragraphs joined by a space; the separators
    Word draws above the footnotes are none."""
    def paragraph_text(paragraph) -> str:
        pieces = "".join("\n" if node.tag in _LINE_BREAKS else shown_text(node)
                         for node in shown_elements(paragraph, hidden_styles) if node.tag != f"{W}footnoteReference").split("\n")
        return functools.reduce(_across_break, pieces)

    return {
        footnote.get(f"{W}id"): " ".join(paragraph_text(p) for p in shown_paragraphs(footnote)).strip()
        for footnote in root.iter(f"{W}footnote")
        if footnote.get(f"{W}type") in (None, "normal")
    }
