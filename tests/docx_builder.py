"""Writing an extracted agenda back out as a .docx, as Word would hold it, for the docx tests.

Paragraphs carry their numbers as text, footnotes are real Word footnotes (python-docx has
no API for them, so the part is added by hand), and the annex is a table.
"""

from __future__ import annotations

import re

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from pipeline.model import BlockKind, ExtractedDocument

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def write_agenda_docx(document: ExtractedDocument, path) -> None:
    word = docx.Document()
    footnote_ids = {}
    footnotes = [b for b in document.blocks if b.kind is BlockKind.FOOTNOTE]
    for number, block in enumerate(footnotes, start=1):
        footnote_ids[block.id] = number
    table = None
    for block in document.blocks:
        if block.kind in (BlockKind.FOOTNOTE, BlockKind.LINK):
            continue
        if block.id.startswith("annex/") and block.kind is BlockKind.TABLE_CELL:
            table = table or word.add_table(rows=0, cols=3)
            _table_cell(table, block)
            continue
        paragraph = word.add_paragraph(_numbered(block))
        for ref in block.footnotes:
            run = paragraph.add_run()
            reference = etree.SubElement(run._r, qn("w:footnoteReference"))
            reference.set(qn("w:id"), str(footnote_ids[ref]))
    _add_footnotes(word, [(footnote_ids[b.id], b.text) for b in footnotes])
    word.save(str(path))


def _numbered(block) -> str:
    if match := re.fullmatch(r"(?:agenda|item)/(\d+)(?:/title)?", block.id):
        if block.id.startswith("agenda/") or block.id.endswith("/title"):
            return f"{match.group(1)}. {block.text}"
    if match := re.fullmatch(r"(?:agenda|item)/\d+([a-z])(?:/title)?", block.id):
        return f"({match.group(1)}) {block.text}"
    return block.text


def _table_cell(table, block) -> None:
    if re.fullmatch(r"annex/r\d+/(time|item)", block.id) or block.id in ("annex/columns",) or block.id.startswith("annex/day"):
        if block.id.endswith("/item") and table.rows and table.rows[-1].cells[0].text and not table.rows[-1].cells[1].text:
            table.rows[-1].cells[1].text = block.text
            return
        row = table.add_row()
        column = 1 if block.id.endswith("/item") else 0
        row.cells[column].text = block.text
    else:
        table.rows[-1].cells[2].text = block.text


def _add_footnotes(word, footnotes) -> None:
    body = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:t xml:space="preserve">{_escape(text)}</w:t></w:r></w:p></w:footnote>'
        for number, text in footnotes
    )
    xml = (
        f'<w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f"{body}</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, xml.encode("utf-8"), word.part.package)
    word.part.relate_to(part, RT.FOOTNOTES)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
