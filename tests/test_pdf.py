"""PDF input: what the reader refuses and why, and right-to-left text put in reading order."""

from __future__ import annotations

import shutil
import zlib
from collections import namedtuple
from pathlib import Path

import pdfplumber
import pytest
from fpdf import FPDF
from PIL import Image

from pipeline.errors import HexaglotInputError
from pipeline.extract import extract_document
from pipeline.extract import pdf as pdf_reader
from pipeline.extract.pdf import read_pdf_text
from pipeline.extract.visual_order import visual_to_logical
from pipeline.lang import profile
from tests.conftest import CORPUS, DOC, run_hexaglot


def test_a_form_feed_ends_the_page_and_its_footnotes(documents, tmp_path):
    """pdftotext writes a form feed between pages, and so does the PDF reader, which takes
    the page's footer away: after it, a line at the margin is body text going on, not the
    footnote above it going on."""
    text = (CORPUS / "en.txt").read_text(encoding="utf-8")
    assert "\n inter alia, that the Working Group" in text
    paged = text.replace("\n inter alia, that the Working Group", "\n\f\ninter alia, that the Working Group")
    path = tmp_path / "en.txt"
    path.write_text(paged, encoding="utf-8")
    english = extract_document(path, "en")
    assert english.block("fn/1").text == documents["en"].block("fn/1").text
    assert english.block("item/1b/p1").text == documents["en"].block("item/1b/p1").text
    assert [b.id for b in english.blocks] == [b.id for b in documents["en"].blocks]


# -- bad PDFs ------------------------------------------------------------------------------------

def image_only_pdf(path: Path) -> None:
    """A scan: a page that is one picture, no text."""
    picture = path.with_suffix(".png")
    Image.new("RGB", (600, 800), "white").save(picture)
    writer = FPDF()
    writer.add_page()
    writer.image(str(picture), 10, 10, 190)
    writer.output(str(path))
    picture.unlink()


@pytest.mark.parametrize("kind, message", [
    ("image-only", "no text in its 1 page(s): an image-only (scanned) PDF"),
    ("not a PDF", "not a PDF file (it starts with 'Groupe d', not '%PDF-')"),
])
def test_an_unreadable_pdf_is_one_error_line(tmp_path, kind, message):
    folder = tmp_path / "corpora" / DOC
    folder.mkdir(parents=True)
    shutil.copy(CORPUS / "en.txt", folder / "en.txt")
    if kind == "image-only":
        image_only_pdf(folder / "fr.pdf")
    else:
        (folder / "fr.pdf").write_text("Groupe de travail sur le trafic illicite de migrants\n", encoding="utf-8")
    result = run_hexaglot("extract", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "fr.pdf" in line and "[E024]" in line and message in line
    assert (tmp_path / "locale" / "templates" / f"{DOC}.pot").exists()
    assert not (tmp_path / "locale" / "fr").exists()


def small_pdf(path: Path, pages: int = 1, **encryption) -> None:
    writer = FPDF()
    if encryption:
        writer.set_encryption(**encryption)
    writer.set_font("helvetica", size=11)
    for _ in range(pages):
        writer.add_page()
        writer.cell(text="Working Group on the Smuggling of Migrants")
    writer.output(str(path))


def test_an_encrypted_pdf_needs_its_password_and_a_damaged_one_is_said(tmp_path):
    english = profile("en")
    locked = tmp_path / "locked.pdf"
    small_pdf(locked, owner_password="owner", user_password="secret")
    with pytest.raises(HexaglotInputError, match=r"\[E024\] the PDF is encrypted and needs a password"):
        read_pdf_text(locked, english)
    # Only restricted (printing, copying) with no password to open it: read as any reader does.
    restricted = tmp_path / "restricted.pdf"
    small_pdf(restricted, owner_password="owner")
    assert read_pdf_text(restricted, english).startswith("Working Group on the Smuggling of Migrants\n")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(restricted.read_bytes()[: len(restricted.read_bytes()) // 2])
    with pytest.raises(HexaglotInputError, match=r"\[E024\] not a readable PDF file"):
        read_pdf_text(damaged, english)


def test_a_pdf_past_the_limits_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    """A stream that inflates past the limit is found from the file's bytes, before pdfminer
    inflates anything; a page count past the limit before a page is laid out."""
    bomb = tmp_path / "bomb.pdf"
    packer = zlib.compressobj(9)
    zeros = b"".join(packer.compress(b"\0" * (1 << 20)) for _ in range(3)) + packer.flush()
    bomb.write_bytes(b"%%PDF-1.7\n1 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(zeros)
                     + zeros + b"\nendstream\nendobj\n%%%%EOF\n")
    monkeypatch.setattr(pdf_reader, "MAX_INFLATED", 2 << 20)
    monkeypatch.setattr(pdfplumber, "open", lambda *args, **kwargs: pytest.fail("pdfplumber opened a refused file"))
    with pytest.raises(HexaglotInputError, match=r"\[E024\] its compressed streams inflate past 2,097,152 bytes"):
        read_pdf_text(bomb, profile("en"))
    monkeypatch.undo()
    three_pages = tmp_path / "three.pdf"
    small_pdf(three_pages, pages=3)
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    with pytest.raises(HexaglotInputError, match=r"\[E024\] the PDF has 3 pages \(at most 2 are read\)"):
        read_pdf_text(three_pages, profile("en"))


# -- right to left -------------------------------------------------------------------------------

Glyph = namedtuple("Glyph", "text")


def logical(visual: list[str]) -> str:
    return "".join(g.text for g in visual_to_logical([Glyph(text) for text in visual]))


def test_right_to_left_glyphs_are_read_in_reading_order():
    """Visual orders as pdfminer gives them from a line fpdf2 and HarfBuzz set (a ligature or
    a letter with its marks is one glyph, its characters in reading order)."""
    assert logical(list("19-ديفوك")) == "كوفيد-19"
    assert logical(list("00/10 ةعاسلا")) == "الساعة 00/10"
    assert logical(list("00/13–00/10")) == "00/10–00/13"
    assert logical(list("2022 هينوي/ناريزح 28و 27 ،انييف")) == "فيينا، 27 و28 حزيران/يونيه 2022"
    assert logical(list(".47 ةحفصلا ،)2021 ،انييف( Thematic Index of Recommendations")) == (
        "Thematic Index of Recommendations (فيينا، 2021)، الصفحة 47.")
    assert logical(["ن", "َّ", "ي", "ع", "ت"]) == "تعيَّن"
    assert logical(["م", "م", "لأ", "ا"]) == "الأمم"
