"""Reading a .docx version of a document into the same layout as PDF-extracted text.

Word keeps what PDF extraction loses: paragraphs are whole (no line breaks, no hyphens),
tables are tables, and a footnote reference is an element, not a superscript digit. Each
paragraph becomes a block, each table row one line of text, and footnote references are
written as exact markers that the structure stage resolves without guessing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from pipeline.archive import check_zip_limits
from pipeline.errors import HexaglotInputError
from pipeline.extract.layout import Layout, RawBlock, RawFootnote
from pipeline.extract.markers import EXACT_CLOSE, EXACT_OPEN
from pipeline.fileio import regular_file

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
# No entity expansion and no network, whatever the document declares.
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def read_docx_layout(path: Path) -> tuple[Layout, str]:
    """The layout of a .docx and its whole text (for the word-usage counts)."""
    regular_file(path, "document", "E001")
    check_zip_limits(path, "document", "E007")
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise HexaglotInputError("E007", path, f"not a readable .docx file ({error.__class__.__name__}: {error})") from None
    footnote_texts = _footnote_texts(document, path)
    layout = Layout(exact_markers=True)
    numbers: dict[str, int] = {}  # w:id of a footnote → the number Word shows
    texts: list[str] = []
    for index, element in enumerate(document.element.body.iterchildren(), start=1):
        if element.tag == f"{W}p":
            rows = [_paragraph_text(element, numbers, footnote_texts, layout, index)]
        elif element.tag == f"{W}tbl":
            rows = [
                " ".join(cell for cell in (_cell_text(tc) for tc in tr.iter(f"{W}tc")) if cell)
                for tr in element.iter(f"{W}tr")
            ]
        else:
            continue
        for row in rows:
            if row.strip():
                layout.blocks.append(RawBlock(((index, row),), page=0))
                texts.append(row)
    return layout, "\n".join(texts)


def _paragraph_text(paragraph, numbers: dict[str, int], footnote_texts: dict[str, str], layout: Layout, line: int) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        if node.tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append(" ")
        elif node.tag == f"{W}footnoteReference":
            footnote_id = node.get(f"{W}id")
            if footnote_id not in numbers:
                numbers[footnote_id] = len(numbers) + 1
                text = footnote_texts.get(footnote_id, "")
                if text.strip():
                    layout.footnotes.append(RawFootnote(numbers[footnote_id], ((line, text),), page=0))
            parts.append(f"{EXACT_OPEN}{numbers[footnote_id]}{EXACT_CLOSE}")
    return "".join(parts)


def _cell_text(cell) -> str:
    return " ".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in cell.iter(f"{W}p")).strip()


def _footnote_texts(document, path: Path) -> dict[str, str]:
    for relationship in document.part.rels.values():
        if relationship.reltype == _FOOTNOTES_REL:
            try:
                root = etree.fromstring(relationship.target_part.blob, _SAFE_PARSER)
            except etree.XMLSyntaxError as error:
                raise HexaglotInputError("E007", path, f"its footnotes cannot be read ({error})") from None
            return {
                footnote.get(f"{W}id"): " ".join(
                    "".join(t.text or "" for t in p.iter(f"{W}t")) for p in footnote.iter(f"{W}p")
                ).strip()
                for footnote in root.iter(f"{W}footnote")
                if footnote.get(f"{W}type") in (None, "normal")
            }
    return {}
