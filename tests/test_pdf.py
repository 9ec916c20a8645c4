"""PDF input: a PDF version of a document gives the blocks its text version gives.

Each language version of the shipped agenda is extracted from its text, written as a PDF as
the UN prints it (tests/pdf_builder.py: masthead, page headers and footers, footnotes under a
rule at the foot of the page of their call, calls raised, the annex table in columns, Arabic
right to left and shaped, Chinese in a Chinese font), and read back from the PDF.
"""

from __future__ import annotations

import functools
import re
import shutil
import zlib
from collections import namedtuple
from pathlib import Path

import pdfplumber
import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from pipeline.corpus import read_meta
from pipeline.errors import HexaglotInputError
from pipeline.extract import extract_document
from pipeline.extract import pdf as pdf_reader
from pipeline.extract.in_pool import read_versions
from pipeline.extract.reader import Encodings
from pipeline.extract.markers import EXACT_CLOSE, EXACT_OPEN
from pipeline.extract.pdf import read_pdf, read_pdf_text
from pipeline.extract.visual_order import visual_to_logical
from pipeline.lang import profile
from pipeline.model import LANGUAGES
from pipeline.stages import extract_corpus
from tests.conftest import CORPUS, DOC, ROOT, run_hexaglot

SYMBOL = read_meta(CORPUS / "meta.toml", DOC).symbol
JOB = "V.22-04012"  # write_pdf's default, which the shared PDFs (printed_pdf) have


@pytest.fixture(scope="module")
def pdf_versions(printed_pdf):
    """Each language version written as a PDF (job number JOB, write_pdf's default): {lang:
    (path, the text the reader gives, the document extracted from the PDF)}. The text is the
    one extract_document read the PDF into (reading a PDF takes a second)."""
    versions = {}
    for lang in LANGUAGES:
        path = printed_pdf(DOC, lang)
        read = []

        def reading(*args, **kwargs):  # read_pdf, keeping the text it gave
            text, notes = read_pdf(*args, **kwargs)
            read.append(text)
            return text, notes

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(pdf_reader, "read_pdf", reading)  # extract_document imports it when it reads a PDF
            document = extract_document(path, lang)
        assert len(read) == 1
        versions[lang] = (path, read[0], document)
    return versions


def block_facts(document):
    return [(b.id, b.kind, b.text, len(b.sentences), b.footnotes, b.note_of) for b in document.blocks]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_pdf_version_gives_the_blocks_of_its_text_version(pdf_versions, documents, lang):
    """The same blocks in the same order: ids, kinds, texts, sentences, the footnotes each
    sentence calls and the block each footnote belongs to, links, annex rows. Two things
    differ, for a reason: the PDF's masthead has the `United Nations` line with the symbol,
    as the UN prints it, which the text version lacks (metadata, not a block); and the source
    lines sentences point at are lines of two different texts."""
    _, _, from_pdf = pdf_versions[lang]
    from_text = documents[lang]
    assert block_facts(from_pdf) == block_facts(from_text)
    assert from_pdf.annex_rows == from_text.annex_rows
    assert from_pdf.doc_type == from_text.doc_type == "annotated agenda"
    assert from_pdf.notes == ()
    assert from_text.masthead.symbol is None and from_pdf.masthead.symbol == SYMBOL


def test_page_headers_and_footers_are_taken_out(pdf_versions):
    path, text, english = pdf_versions["en"]
    with pdfplumber.open(path) as pdf:
        printed = [page.extract_text() for page in pdf.pages]
    pages = len(printed)
    # They are on the page: the job number and barcode on the first, the symbol above and the
    # job number with the page number below on every other.
    assert f"{JOB} (E)" in printed[0] and "*2204012*" in printed[0]
    for number, page in enumerate(printed[1:], start=2):
        assert SYMBOL in page.splitlines()[0]
        assert re.search(rf"{JOB}\s+{number}/{pages}|{number}/{pages}\s+{JOB}", page.splitlines()[-1])
    # They are not in the text.
    assert JOB not in text and "*2204012*" not in text
    assert not re.search(rf"\b\d/{pages}\b", text)
    assert [line for line in text.splitlines() if line.strip() == SYMBOL] == []
    assert text.count("\f") == pages
    assert not any(JOB in block.text or f"/{pages}" in block.text for block in english.blocks)


@pytest.mark.parametrize("lang", ["es", "fr", "ru"])
def test_a_paragraph_broken_across_pages_goes_on(pdf_versions, documents, lang):
    """Where a page ends inside a paragraph (its footer and the next page's header taken out,
    footnotes between), the paragraph is one block, as in the text version."""
    _, text, from_pdf = pdf_versions[lang]
    pages = [page for page in text.split("\f") if page.strip()]
    broken = []
    for page, following in zip(pages, pages[1:]):
        body = page.split("__________________")[0].rstrip().splitlines()
        last = [line for line in body if line.strip() and not line.startswith("http")][-1]
        first = next(line for line in following.splitlines() if line.strip())
        if first[0].isspace() or not first[0].islower():
            continue  # the page begins with a block of its own
        joined = last.strip() + ("" if last.endswith("-") else " ") + first.strip()
        # (The words may stand in more than one paragraph: each is the text version's.)
        holding = [b for b in from_pdf.blocks if joined in b.text]
        assert holding, f"the page's last line and the next page's first are in no one block: {joined!r}"
        for block in holding:
            assert block.text == documents[lang].block(block.id).text
        broken.append(joined)
    assert broken, "no paragraph of this version runs across a page"


def test_footnotes_go_under_a_rule_with_their_number_and_calls_are_marked(pdf_versions):
    """A raised call is written as an exact marker, as Word's reference is: the PDF knows it by
    its size and rise (Arabic keeps its `(1)`, which no number is written as)."""
    _, english, _ = pdf_versions["en"]
    _, arabic, _ = pdf_versions["ar"]
    _, chinese, _ = pdf_versions["zh"]
    call = f"{EXACT_OPEN}1{EXACT_CLOSE}"
    assert f"on Monday, 27 June, at 10 a.m.{call}\n" in english
    assert "__________________\n\n 1  Should the meeting have to be held in a hybrid format" in english
    assert f"  Proposed organization of work{call}\n" in english
    assert "حزيران/يونيه.(1)\n" in arabic
    assert "__________________\n\n (1)  إذا تعيَّن عقد الاجتماع بصيغة هجينة" in arabic
    assert f"上午10时开幕。{call}\n" in chinese
    assert "__________________\n\n 1  如果会议必须以混合形式举行" in chinese


def test_arabic_comes_out_in_reading_order(pdf_versions):
    """The glyphs stand right to left; numbers, times and Latin titles inside run left to right."""
    _, arabic, document = pdf_versions["ar"]
    assert "فيينا، 27 و28 حزيران/يونيه 2022\n" in arabic
    assert "في الساعة 00/10 من يوم الاثنين 27" in arabic
    assert document.block("annex/r1/time").text == "00/10–00/13"
    assert document.block("annex/r1/item").text == "1 (أ)"
    assert "كوفيد-19" in document.block("item/1b/h1").text
    assert "Smuggling of Migrants: Compendium and Thematic Index" in document.block("fn/2").text
    assert document.block("item/2/doc/1").text.endswith("(CTOC/COP/WG.7/2022/2)")


def test_chinese_has_no_space_between_characters(pdf_versions):
    _, chinese, document = pdf_versions["zh"]
    assert "2022年6月27日和28日，维也纳\n" in chinese
    assert document.block("item/1a/p1").text == "偷运移民问题工作组第九次会议将于6月27日星期一上午10时开幕。"
    assert "见联合国毒品和犯罪问题办公室，Smuggling of Migrants: Compendium" in document.block("fn/2").text


def test_the_annex_table_is_one_line_per_row(pdf_versions):
    """Cells in columns, a title cell over several lines: one line per row, the cells three
    spaces apart, as the structure stage reads a row."""
    _, english, document = pdf_versions["en"]
    assert "\n10 a.m.–1 p.m.   1 (a)   Opening of the meeting\n" in english
    assert ("\n3–6 p.m.   2   Good practices in cooperation with the private sector in preventing and "
            "combating the smuggling of migrants (continued)\n") in english
    assert [row.index for row in document.annex_rows if row.continued] == [4, 6]


def test_a_corpus_of_pdf_versions_aligns(pdf_versions, tmp_path, monkeypatch):
    """Text and PDF versions side by side: nothing unmatched but the text's link lines that
    the other PDF has too; a .txt beside a .pdf of the same language is the one read."""
    folder = tmp_path / "corpora" / DOC
    folder.mkdir(parents=True)
    shutil.copy(CORPUS / "meta.toml", folder)
    shutil.copy(CORPUS / "en.txt", folder)
    for lang in ("ar", "ru", "zh"):
        shutil.copy(pdf_versions[lang][0], folder / f"{lang}.pdf")
    shutil.copy(CORPUS / "fr.txt", folder)
    (folder / "fr.pdf").write_bytes(b"%PDF-1.7\nnot read: fr.txt comes first\n")
    monkeypatch.chdir(tmp_path)
    [result] = extract_corpus(tmp_path / "corpora", tmp_path / "locale")
    assert not result.errors
    assert result.unmatched == {}
    assert {lang: result.languages[lang].status for lang in ("ar", "fr", "ru", "zh")} == dict.fromkeys(("ar", "fr", "ru", "zh"), "extracted")
    assert result.languages["fr"].path.endswith("fr.txt")
    assert result.languages["ru"].segments == result.languages["en"].segments


def test_pdf_versions_read_in_two_processes_give_what_one_process_gives(pdf_versions, tmp_path, monkeypatch):
    """`extract --jobs 2` reads the PDF versions side by side: the same catalogs, the same
    lines printed, and a version that cannot be read is the same one error line."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1656288000")  # the two runs' catalogs dated alike, whatever the minute
    for tree in ("one", "two"):
        folder = tmp_path / tree / "corpora" / DOC
        folder.mkdir(parents=True)
        shutil.copy(CORPUS / "meta.toml", folder)
        for lang in LANGUAGES:
            shutil.copy(pdf_versions[lang][0], folder / f"{lang}.pdf")
        (folder / "es.pdf").write_bytes(b"%PDF-1.7\ncut short by a download")  # Spanish cannot be read
    one = run_hexaglot("extract", "--jobs", "1", cwd=tmp_path / "one")
    two = run_hexaglot("extract", "--jobs", "2", cwd=tmp_path / "two")
    assert one.returncode == two.returncode == 2
    assert one.stderr == two.stderr and one.stderr.count("\n") == 1 and "es.pdf" in one.stderr
    assert one.stdout == two.stdout and "ru/LC_MESSAGES" in one.stdout
    catalogs = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one" / "locale").rglob("*.po*"))
    assert len(catalogs) == 5 and not any("/es/" in str(c) for c in catalogs)  # Spanish failed: no catalog written for it
    assert [(tmp_path / "one" / c).read_bytes() for c in catalogs] == [(tmp_path / "two" / c).read_bytes() for c in catalogs]
    # Two processes did read them: each version's document, or its error, from the pool.
    versions = [(tmp_path / "two" / "corpora" / DOC / f"{lang}.pdf", lang, f"{lang}.pdf") for lang in LANGUAGES]
    read = read_versions(versions, Encodings(), 2)
    assert set(read) == {path for path, _, _ in versions} and isinstance(read[versions[LANGUAGES.index("es")][0]], HexaglotInputError)
    assert read[versions[LANGUAGES.index("ru")][0]].lang == "ru"
    assert read_versions(versions, Encodings(), 1) == {}  # one process: each read in turn, by the caller


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


@pytest.mark.parametrize("rule", [True, False], ids=["under a rule", "no rule drawn"])
def test_a_footnote_marked_with_a_star_is_a_footnote_not_text_of_the_page(tmp_path, rule):
    """A General Assembly document's first page ends with its `*` footnote (the agenda item's
    document list): read as body text, it was glued into the paragraph going on over the page."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_page()
    y = 80.0
    pdf.set_font("DejaVu", size=10)
    for line in ["General Assembly", "", "Distr.: General", "10 July 2023", "", "Original: English", "",
                 "Seventy-eighth session", "Item 69 (b) of the provisional agenda*", "Promotion and protection of human rights", "",
                 "Measures to combat trafficking in persons", "", "Report of the Secretary-General", "",
                 "I. Developments in 2022", "", "1. The present report is submitted pursuant to General Assembly resolution",
                 "77/194. It describes the measures taken by Member States and the"]:
        if line:
            pdf.text(64, y, line)
        y += 12.0
    if rule:
        pdf.set_line_width(0.5)
        pdf.line(64, 740, 164, 740)
    pdf.set_font("DejaVu", size=8)
    pdf.text(64, 760, "*")
    pdf.text(82, 760, "A/78/50.")
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    pdf.text(64, 80, "support provided by the United Nations system in the period under review.")
    pdf.text(64, 104, "2. Member States reported on new legislation.")
    path = tmp_path / "en.pdf"
    pdf.output(str(path))
    document = extract_document(path, "en")
    assert document.block("p/1").text.endswith("by Member States and the support provided by the United Nations system "
                                               "in the period under review.")
    assert (document.block("fn/*").text, document.block("fn/*").note_of) == ("A/78/50.", "masthead/item")


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
    assert "fr.pdf" in line and "[E027]" in line and message in line
    assert (tmp_path / "locale" / "templates" / f"{DOC}.pot").exists()
    assert not (tmp_path / "locale" / "fr").exists()


def test_a_scanned_page_inside_a_pdf_is_said_not_dropped(tmp_path):
    # A page scanned into a printed PDF (a signed annex, a table pasted as a picture): its text
    # was dropped without a word, a chapter missing from every catalog, exit 0.
    from PIL import Image

    picture = tmp_path / "scan.png"
    Image.new("RGB", (600, 800), "white").save(picture)
    writer = FPDF()
    writer.set_font("helvetica", size=11)
    for number in (1, 2, 3):
        writer.add_page()
        if number == 2:
            writer.image(str(picture), 10, 10, 190)
        else:
            writer.cell(text=f"Paragraph {number} of the report of the Working Group.")
    writer.output(str(tmp_path / "en.pdf"))
    document = extract_document(tmp_path / "en.pdf", "en")
    assert any(note.startswith("page 2 of en.pdf has a picture and no text (scanned?): what it shows is not read")
               for note in document.notes), document.notes
    assert not any("page 1" in note or "page 3" in note for note in document.notes)


def test_a_page_set_in_two_columns_is_said(tmp_path):
    # Read line by line across both columns, its sentences came out mixed ("…the Conference of
    # the   4.") and were written into the template without a word.
    left = ("The Working Group on the Smuggling of Migrants held its meeting in Vienna and adopted "
            "its report after a discussion of the items on its agenda. ") * 3
    right = ("The Conference of the Parties to the Convention encouraged States to strengthen their "
             "cooperation in investigating and prosecuting smuggling cases. ") * 3
    writer = FPDF()
    writer.set_font("helvetica", size=10)
    writer.add_page()
    top = writer.get_y()
    writer.multi_cell(90, 5, left * 2)
    writer.set_xy(110, top)
    writer.multi_cell(90, 5, right * 2)
    writer.output(str(tmp_path / "en.pdf"))
    notes = read_pdf(tmp_path / "en.pdf", profile("en"))[1]
    assert notes == ["page 1 of en.pdf is set in two columns, which are read line by line across both: their sentences "
                     "are mixed; give a text or .docx version"]
    # One column of the same text is no such page.
    writer = FPDF()
    writer.set_font("helvetica", size=10)
    writer.add_page()
    writer.multi_cell(190, 5, (left + right) * 2)
    writer.output(str(tmp_path / "one.pdf"))
    assert read_pdf(tmp_path / "one.pdf", profile("en"))[1] == []


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
    with pytest.raises(HexaglotInputError, match=r"\[E027\] the PDF is encrypted and needs a password"):
        read_pdf_text(locked, english)
    # Only restricted (printing, copying) with no password to open it: read as any reader does.
    restricted = tmp_path / "restricted.pdf"
    small_pdf(restricted, owner_password="owner")
    assert read_pdf_text(restricted, english).startswith("Working Group on the Smuggling of Migrants\n")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(restricted.read_bytes()[: len(restricted.read_bytes()) // 2])
    with pytest.raises(HexaglotInputError, match=r"\[E027\] not a readable PDF file"):
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
    with pytest.raises(HexaglotInputError, match=r"\[E027\] its compressed streams inflate past 2,097,152 bytes"):
        read_pdf_text(bomb, profile("en"))
    monkeypatch.undo()
    three_pages = tmp_path / "three.pdf"
    small_pdf(three_pages, pages=3)
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    with pytest.raises(HexaglotInputError, match=r"\[E027\] the PDF has 3 pages \(at most 2 are read\)"):
        read_pdf_text(three_pages, profile("en"))


@functools.cache
def plain_pdf() -> bytes:
    """A page of text and a link, its streams not compressed: edits land on the objects."""
    writer = FPDF()
    writer.set_compression(False)
    writer.add_page()
    writer.set_font("helvetica", size=10)
    writer.multi_cell(w=150, text="Working Group on the Smuggling of Migrants. " * 12)
    writer.link(10, 10, 50, 10, "https://undocs.org/en/CTOC/COP/WG.7/2022/2")
    return bytes(writer.output())


PDF_TOKENS = [b"", b"<<", b">>", b"[", b"]", b"(", b"/Annots", b"/Rect", b"/URI", b"9999 0 R", b"-1", b"null", b"1e308", b"0 0 R"]
# Where edits land: the objects whose damage pdfminer meets (pdfplumber wraps some of what it
# raises there, and passes TypeError, KeyError or ValueError on unwrapped from others).
PDF_ANCHORS = [b"/MediaBox", b"/Annots", b"/Rect", b"/URI", b"/Contents", b"/Font", b"/Length", b"xref", b"trailer", b"BT"]


@settings(derandomize=True, max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(PDF_ANCHORS), st.integers(0, 24), st.integers(0, 12), st.sampled_from(PDF_TOKENS)),
                min_size=1, max_size=4))
def test_a_damaged_pdf_is_one_error_never_a_traceback(tmp_path_factory, edits):
    """A byte cut or a token put in a page box, an annotation, a font, the cross-reference
    table: text, or one E027 line."""
    data = bytearray(plain_pdf())
    for anchor, offset, cut, token in edits:
        position = data.find(anchor)
        if position >= 0:
            position += len(anchor) + offset
            data[position : position + cut] = token
    path = tmp_path_factory.mktemp("pdf") / "fr.pdf"
    path.write_bytes(bytes(data))
    try:
        read_pdf_text(path, profile("fr"))
    except HexaglotInputError as error:
        assert error.code in ("E027", "E002")


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
    # In Arabic text a hyphen does not join two numbers (they are Arabic numbers, W2), so
    # `17-21` is drawn `21-17`; beside a Latin word it does (`COVID-19`, `ISO 2022-1`).
    assert logical(list("2022 ربوتكأ/لوألا نيرشت 21-17 ،انييف")) == "فيينا، 17-21 تشرين الأول/أكتوبر 2022"
    assert logical(list("ISO 2022-1 رايعم")) == "معيار ISO 2022-1"
    assert logical(list("2022 هينوي/ناريزح 28و 27 ،انييف")) == "فيينا، 27 و28 حزيران/يونيه 2022"
    assert logical(list(".47 ةحفصلا ،)2021 ،انييف( Thematic Index of Recommendations")) == (
        "Thematic Index of Recommendations (فيينا، 2021)، الصفحة 47.")
    assert logical(["ن", "َّ", "ي", "ع", "ت"]) == "تعيَّن"
    # A number in brackets after a Latin word is the word's run, brackets and all (W7, N0), as
    # a resolution's symbol stands on an Arabic masthead; brackets that take the line's
    # direction are drawn mirrored and stay where they are.
    assert logical(list("S/RES/2698 (2023) ةدحتملا ممألا")) == "الأمم المتحدة S/RES/2698 (2023)"
    assert logical(list("ررقي ،S/RES/2698 (2023) رارقلل اقفو")) == "وفقا للقرار S/RES/2698 (2023)، يقرر"
    assert logical(list("V.22-04012 (A)")) == "V.22-04012 (A)"
    assert logical(list("،)S/2023/640( 2023 سطسغأ/بآ 31 خرؤملا")) == "المؤرخ 31 آب/أغسطس 2023 (S/2023/640)،"
    assert logical(list(".A/78/136  )4(")) == "(4)  A/78/136."
    assert logical(list("ىلإو ،)2016( 2312 و")) == "و 2312 (2016)، وإلى"
    assert logical(["م", "م", "لأ", "ا"]) == "الأمم"


def test_a_table_whose_rows_stand_as_close_as_lines_keeps_its_rows(tmp_path):
    """A ruled table sets its rows at the line spacing: a row is a line with something in
    the first column and another, not a block of its own."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    lines = ["Working Group on the Smuggling of Migrants", "Vienna, 27 and 28 June 2022", "",
             "Report on the meeting", "", "1. The Working Group met.", "", "Annex", "", "Assistance delivered in 2022", ""]
    y = 80.0
    for line in lines:
        if line:
            pdf.text(64, y, line)
        y += 12.0
    for row in [("Region", "Countries", "Activities"), ("Africa", "12", "45"), ("Asia and the Pacific", "9", "30")]:
        for column, cell in enumerate(row):
            pdf.text(64 + 170 * column, y, cell)
        y += 12.0
    path = tmp_path / "en.pdf"
    pdf.output(str(path))
    cells = {b.id: b.text for b in extract_document(path, "en").blocks if b.id.startswith("annex/r")}
    assert cells == {
        "annex/r1/c1": "Region", "annex/r1/c2": "Countries", "annex/r1/c3": "Activities",
        "annex/r2/c1": "Africa", "annex/r2/c2": "12", "annex/r2/c3": "45",
        "annex/r3/c1": "Asia and the Pacific", "annex/r3/c2": "9", "annex/r3/c3": "30",
    }


def _report_opened(lines: list[str], size: float) -> tuple[FPDF, float]:
    """A PDF page of a report's first lines (`""` a blank line), in DejaVu of `size`, and the
    baseline below them."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=size)
    pdf.add_page()
    y = 80.0
    for line in lines:
        if line:
            pdf.text(64, y, line)
        y += 12.0
    return pdf, y


def _report_with_a_table(path, rows, columns) -> list:
    """The blocks of an English report whose first paragraph a table follows: `rows` of cells
    (None for none) set at the x of `columns` (a callable of the PDF, which may measure text)."""
    pdf, y = _report_opened(["Working Group on the Smuggling of Migrants", "", "Report on the meeting", "",
                             "1. Expenditure in 2021 and 2022 was distributed by region as follows:", ""], 9)
    for row in rows:
        for x, cell in zip(columns(pdf), row):
            if cell:
                pdf.text(x, y, cell)
        y += 13.0
    pdf.output(str(path))
    return extract_document(path, "en").blocks


def test_a_table_whose_heading_sets_two_columns_close_keeps_the_rows_columns(tmp_path):
    """A heading set a few points apart (`Activities carried out` before `Expenditure`) where
    the rows' cells stand far apart: read as one column from the heading, every row's two
    cells were joined (`82 1,520,000`, which in a language grouping thousands with a space
    reads as one number)."""
    blocks = _report_with_a_table(
        tmp_path / "en.pdf",
        [("Region", "Activities carried out", "Expenditure (United States dollars)"), ("Africa", "82", "1,520,000"),
         ("Asia and the Pacific", "61", "980,000"), ("Total", "214", "3,640,000")],
        lambda pdf: (64, 314, 314 + pdf.get_string_width("Activities carried out") + 10))  # 10 pt: less than a column's gap
    rows = [b.text for b in blocks if b.id.endswith("/c2") or b.id.endswith("/c3")]
    assert rows == ["Activities carried out", "Expenditure (United States dollars)", "82", "1,520,000", "61", "980,000",
                    "214", "3,640,000"]


def test_a_heading_that_spans_two_columns_with_its_words_only_stays_whole(tmp_path):
    """`Expenditure (United States dollars)` over `2021` and `2022`: cut where the second
    column begins, it was `Expenditure (United` and `States dollars)`."""
    blocks = _report_with_a_table(
        tmp_path / "en.pdf",
        [("Region", "Expenditure (United States dollars)", None), ("", "2021", "2022"),
         ("Africa", "1,520,000", "1,610,000"), ("Total", "3,640,000", "3,900,000")],
        lambda pdf: (64, 314, 400))
    cells = [b.text for b in blocks if "/r" in b.id]
    assert any(cell.startswith("Expenditure (United States dollars)") for cell in cells), cells
    assert "1,520,000" in cells and "1,610,000" in cells


def test_arabic_marks_placed_apart_from_their_letters_stay_with_them(tmp_path):
    # HarfBuzz (as Word does) places a tanwin or a shadda by the font's mark positioning: a
    # glyph of its own, a point or two above the line and left of its letter. It came out as a
    # line of its own, or after a space (`أولا ً-`): the heading lost its label, a paragraph
    # was cut in two.
    from pipeline.extract.pdf import read_pdf, read_pdf_text

    pdf = FPDF(format="A4")
    pdf.add_font("body", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_text_shaping(True, direction="rtl", script="arab", language="ar")
    pdf.add_page()
    pdf.set_font("body", "", 10)
    lines = ["أولاً- مقدمة", "1- يقدَّم هذا التقرير عملاً بقرار الجمعية العامة 76/187.",
             "2- وقدَّمت 46 دولةً عضواً معلوماتٍ."]
    for line in lines:
        pdf.multi_cell(160, 6, line, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    path = tmp_path / "ar.pdf"
    pdf.output(str(path))
    text = read_pdf_text(path, profile("ar"))
    assert [line.strip() for line in text.split("\n") if line.strip()] == lines


def test_a_general_assembly_masthead_with_distr_beside_the_body_s_name_is_read_apart(tmp_path):
    # UN General Assembly mastheads set `General Assembly` on the left and `Distr.: Limited` on
    # the right, on one baseline: read as one line, the body was `General Assembly Distr.:
    # Limited`, `Original: English` a title to translate, and the session, committee and
    # agenda item one title more.
    writer = FPDF(unit="pt", format="A4")
    writer.add_page()

    def at(x: float, y: float, text: str, size: float = 10) -> None:
        writer.set_font("helvetica", size=size)
        writer.text(x, y, text)

    at(77, 80, "United Nations", 11), at(360, 80, "A/C.3/78/L.17", 11)
    at(77, 108, "General Assembly", 16), at(360, 108, "Distr.: Limited")
    at(360, 120, "12 October 2023"), at(360, 144, "Original: English")
    for n, line in enumerate(["Seventy-eighth session", "Third Committee", "Agenda item 108",
                              "Crime prevention and criminal justice"]):
        at(71, 170 + 12 * n, line)
    at(128, 240, "Mexico and Morocco: draft resolution", 11)
    at(128, 266, "Strengthening international cooperation against the smuggling of migrants", 12)
    at(128, 300, "The General Assembly,")
    at(128, 322, "Recalling that the Protocol entered into force on 28 January 2004,")
    at(71, 344, "1. Urges States that have not yet done so to consider ratifying the Protocol;")
    writer.output(str(tmp_path / "en.pdf"))
    document = extract_document(tmp_path / "en.pdf", "en")
    assert document.masthead.distribution == "Distr.: Limited" and document.masthead.issued == "12 October 2023"
    assert document.masthead.original == "English" and document.masthead.symbol == "A/C.3/78/L.17"
    assert [(b.id, b.text) for b in document.blocks] == [
        ("masthead/body", "General Assembly"), ("masthead/session", "Seventy-eighth session"),
        ("masthead/organ", "Third Committee"), ("masthead/item", "Agenda item 108"),
        ("masthead/item/title", "Crime prevention and criminal justice"),
        ("masthead/title", "Mexico and Morocco: draft resolution"),
        ("masthead/title2", "Strengthening international cooperation against the smuggling of migrants"),
        ("pre/1", "The General Assembly,"), ("pre/2", "Recalling that the Protocol entered into force on 28 January 2004,"),
        ("op/1", "Urges States that have not yet done so to consider ratifying the Protocol;")]


ARABIC_PARAGRAPH = ["4. كثيراً ما تكون كيانات القطاع الخاص أول من يلاحظ الأنشطة المشبوهة، لأن المهربين يعتمدون",
                    "  على خدمات مشروعة لنقل المهاجرين والإعلان عن خدماتهم والتواصل مع زبائنهم وتلقي المدفوعات",
                    "  ولذلك فإنَّ الشركات في وضع جيد يتيح لها كشف الأنشطة المشبوهة وتزويد السلطات المختصة بالمعلومات"]


@pytest.mark.parametrize("lines, continued", [
    # the PDF reader's shape: the paragraph's lines set in from its number, the page's too
    (ARABIC_PARAGRAPH + ["\f  القيِّمة لأغراض التحقيق والملاحقة القضائية."], True),
    (ARABIC_PARAGRAPH[:1] + ["\f  على خدمات مشروعة لنقل المهاجرين."], True),  # its first line alone on its page
    # a heading set in at the top of a page, under a paragraph whose lines are not, is no line
    # of it (pdftotext's shape; Arabic and Chinese write no capitals to tell)
    (ARABIC_PARAGRAPH[:1] + ["على خدمات مشروعة لنقل المهاجرين والإعلان عن خدماتهم والتواصل مع زبائنهم وتلقي المدفوعات",
                             "\f  تنظيم الأعمال"], False),
    # nor a quotation after `decided,`
    (["1. In its resolution 7/1, entitled \"Strengthening the implementation of the Convention\", the Conference",
      "  of the Parties to the United Nations Convention against Transnational Organized Crime decided,",
      "\f      \"That the working groups shall hold meetings during the sessions of the Conference;\""], False),
])
def test_a_paragraph_going_on_over_a_page_set_in_as_its_text_is_put_back_together(lines, continued, tmp_path):
    """The PDF reader sets in a paragraph's lines where its text is set in from its number
    (`4.` in the margin), the first line of the next page too: in a script without capitals,
    such a line after a page break was a new paragraph (the Arabic paragraph 4 cut in two, its
    end in no catalog, and the checks blaming the translation for what the second half held).
    A heading or a quotation set in at the top of a page stays apart."""
    lang = "en" if lines[0].isascii() else "ar"
    path = tmp_path / f"{lang}.txt"
    path.write_text("\n".join(["United Nations\tCTOC/COP/WG.7/2022/2", "", "Note by the Secretariat", "", *lines, "",
                               "5. " + ("Other matters." if lang == "en" else "مسائل أخرى.")]) + "\n", encoding="utf-8")
    blocks = [b for b in extract_document(path, lang).blocks if not b.id.startswith("masthead")]
    last = lines[-1].lstrip("\f").strip()
    first_block = next(b for b in blocks if b.id.startswith("p/"))
    assert (last[:20] in first_block.text) == continued, [(b.id, b.text) for b in blocks]
    assert [b.id for b in blocks if b.id.startswith("p/")] == ["p/4" if lang == "ar" else "p/1", "p/5"]


def test_a_glyph_a_font_maps_to_a_control_character_gives_no_text():
    # Chromium's Arabic PDF maps the shadda with its vowel to U+0000: the NUL went into the
    # catalog, which was then no PO file (E008), and no language of the run could be checked.
    from types import SimpleNamespace

    def char(text):
        return SimpleNamespace(upright=True, get_text=lambda: text, fontname="NotoNaskhArabic", x0=10.0, x1=14.0,
                               matrix=(1, 0, 0, 1, 10.0, 700.0), size=12.0)

    assert pdf_reader._glyph(char("\x00"), 842.0, 0.0, 0.0).unmapped
    assert pdf_reader._glyph(char("\u0651\x00"), 842.0, 0.0, 0.0).text == "\u0651"
    assert pdf_reader._glyph(char("ب"), 842.0, 0.0, 0.0).text == "ب"


def test_a_heading_row_of_centred_wrapped_cells_is_one_row_over_its_columns(tmp_path):
    """A report's table whose heading cells wrap and are centred in the row's height (as Word
    and a browser set them): `États` / `parties` beside `Groupe régional` gave three rows, the
    figures of every row read under the heading of the row above; and `Réponses`, centred over
    right-aligned figures, began before its column and went into the first one."""
    pdf, y = _report_opened(["Groupe de travail sur le trafic illicite de migrants", "", "Rapport du Secrétaire général", "",
                             "1. Les réponses reçues sont récapitulées dans le tableau ci-après.", ""], 10)
    right = {1: 300.0, 2: 390.0, 3: 520.0}  # the figures' right edges

    def at_right(column, text, baseline):
        pdf.text(right[column] - pdf.get_string_width(text), baseline, text)

    pdf.text(110, y + 6, "Groupe régional")
    pdf.text(250, y + 6, "Réponses")
    pdf.text(350, y, "États")
    pdf.text(345, y + 12, "parties")
    pdf.text(420, y, "Affaires signalées en")
    at_right(3, "2022", y + 12)
    y += 30
    for region, *figures in [("États d’Afrique", "9", "42", "1 215"), ("États d’Asie et du Pacifique", "11", "38", "2 407"),
                             ("Total", "20", "80", "3 622")]:
        pdf.text(68, y, region)
        for column, figure in enumerate(figures, start=1):
            at_right(column, figure, y)
        y += 16.5
    path = tmp_path / "fr.pdf"
    pdf.output(str(path))
    rows: dict[str, list[str]] = {}
    for block in extract_document(path, "fr").blocks:
        if "/r" in block.id:
            rows.setdefault(block.id.rsplit("/", 1)[0], []).append(block.text)
    assert list(rows.values()) == [["Groupe régional", "Réponses", "États parties", "Affaires signalées en 2022"],
                                   ["États d’Afrique", "9", "42", "1 215"],
                                   ["États d’Asie et du Pacifique", "11", "38", "2 407"], ["Total", "20", "80", "3 622"]]


@pytest.mark.parametrize("read, mirrored", [
    (")1(", True), ("تقرير)1(.", True), (")أ( و)ب(", True),  # Chromium's Arabic: each bracket the glyph it looks like
    ("(أ) نص", False), ("(1) و(2)", False),  # HarfBuzz's and Word's: the character it stands for
    ("نص (انظر", False), ("الفقرة 5)", False),  # a bracket opened on one line, closed on the next
])
def test_brackets_a_pdf_gives_as_they_look_are_read_the_way_they_stand(read, mirrored):
    # A right-to-left line's brackets are drawn mirrored: a PDF maker that names each glyph by
    # the character it looks like gave `)1(` for the footnote call (1), and no call was found.
    from pipeline.extract.visual_order import brackets_drawn_mirrored

    assert brackets_drawn_mirrored(read) is mirrored


def test_a_document_whose_maker_mirrored_its_brackets_has_every_bracket_swapped_back():
    # Chromium's Arabic: `)ج(`, and a bracket opened on one line and closed on the next, which
    # no line alone can tell: the document's lines tell, and each bracket is read as it stands.
    from pipeline.lang import profile

    arabic = profile("ar")

    def line(logical: str, base: float) -> pdf_reader._Line:
        glyphs = [pdf_reader._Glyph(ch, 5.0 * i, 5.0 * i + 4.5, base, 10.0, False, space=ch == " ")
                  for i, ch in enumerate(reversed(logical))]  # drawn right to left: the page's order
        return pdf_reader._Line(glyphs, base, 10.0)

    page = pdf_reader._Page([line(")أ( تعزيز التعاون؛", 100.0), line(")ج( نص يفتح )وهو", 114.0),
                             line("نص يغلق هناك( ثم تنتهي.", 128.0)], [], [])
    [fixed] = pdf_reader._brackets_as_they_stand([page], arabic)
    texts = ["".join(g.text for g in pdf_reader._logical_units(each.glyphs, arabic)) for each in fixed.body]
    assert texts == ["(أ) تعزيز التعاون؛", "(ج) نص يفتح (وهو", "نص يغلق هناك) ثم تنتهي."]
    # ... and a document whose brackets read the right way round is left as it is
    right = pdf_reader._Page([line("(أ) تعزيز التعاون؛", 100.0), line("نص يغلق هناك) ثم تنتهي.", 114.0)], [], [])
    assert pdf_reader._brackets_as_they_stand([right], arabic) == [right]


def test_a_row_of_glyphs_that_give_no_text_is_no_line():
    # Chromium's Arabic shadda with its vowel, a glyph of its own a little above its line whose
    # character is U+0000: a line of nothing between two lines of a sub-paragraph cut it in two,
    # and the sub-paragraphs after it paired out of step.
    def glyph(text, x, base, unmapped=False):
        return pdf_reader._Glyph(text, x, x + 4.5, base, 10.0, False, unmapped=unmapped)

    lines = pdf_reader._lines([glyph("ب", 10, 100.0), glyph("ت", 15, 100.0), glyph("", 12, 106.0, unmapped=True),
                               glyph("ث", 10, 112.0), glyph("ج", 15, 112.0)])
    assert [["".join(g.text for g in line.glyphs)] for line in lines] == [["بت"], ["ثج"]]


def test_a_chromium_footnote_that_opens_with_its_number_before_a_symbol_keeps_its_place():
    # Chromium names a mirrored bracket by how it looks: `(4) A/78/136.` is drawn
    # `.A/78/136 (4)`, which the rule for `S/RES/2698 (2023)` took for the symbol's bracketed
    # year, and the document's brackets then read as unmirrored throughout.
    arabic = profile("ar")

    def line(visual: str, base: float) -> pdf_reader._Line:
        return pdf_reader._Line([pdf_reader._Glyph(ch, 5.0 * i, 5.0 * i + 4.5, base, 10.0, False, space=ch == " ")
                                 for i, ch in enumerate(visual)], base, 10.0)

    drawn = [".A/78/136 (4)", "3 ةرقفلا ،S/2023/640 (5)", ".A/78/123 رظنا (6)", "كلذ ىلإ (4) ريرقتلا راشأ دقو"]
    [page] = pdf_reader._brackets_as_they_stand([pdf_reader._Page([line(v, 100 + 14 * i) for i, v in enumerate(drawn)], [], [])],
                                               arabic)
    assert ["".join(g.text for g in pdf_reader._logical_units(read.glyphs, arabic)) for read in page.body] == [
        "(4) A/78/136.", "(5) S/2023/640، الفقرة 3", "(6) انظر A/78/123.", "وقد أشار التقرير (4) إلى ذلك"]


def _drawn(text: str) -> list:
    """A line's glyphs as a PDF places them, left to right, a character each."""
    from pipeline.extract.pdf import _Glyph

    return [_Glyph(ch, 10.0 + 5 * at, 14.0 + 5 * at, 700.0, 10.0, False) for at, ch in enumerate(text) if ch != " "]


def test_an_arabic_document_s_line_of_latin_alone_drawn_left_to_right_is_read_as_drawn():
    # A footnote that cites a symbol alone, drawn left to right (fpdf2 and LibreOffice draw a
    # paragraph whose first letter is Latin so where no direction is set): read backwards, it
    # was `.A/79/123 )2(`, and joined the footnote before it.
    from pipeline.extract.pdf import _logical_units

    read = "".join(unit.text for unit in _logical_units(_drawn("(2) A/79/123."), profile("ar")))
    assert read == "(2) A/79/123."
    # Drawn in a right-to-left paragraph (Word's, a browser's), its stop at its left end: reordered.
    assert "".join(unit.text for unit in _logical_units(_drawn(".A/78/136 (4)"), profile("ar"))).endswith(".")
    # Numbers alone keep the direction their paragraph was given: a table's times, drawn right to left.
    assert "".join(unit.text for unit in _logical_units(_drawn("00/13–00/10"), profile("ar"))) == "00/10–00/13"


def test_an_arabic_mark_set_inside_a_hyphen_goes_with_its_letter():
    # `أولاً-` as fpdf2 and HarfBuzz draw it, left to right on the page: the hyphen, the tanwin
    # (no width) 1.2 pt inside the hyphen's box, then lam-alef. Nearest the hyphen, the mark went
    # with it, and the heading after the label read `ً مقدمة` (a probe's).
    glyph = pdf_reader._Glyph
    hyphen, lam_alef = glyph("-", 500.3, 504.5, 100.0, 12.0, False), glyph("لا", 504.5, 511.9, 100.0, 12.0, False)
    line = pdf_reader._Line([hyphen, lam_alef], 100.0, 12.0)
    pdf_reader._with_marks(glyph("\u064b", 503.28, 503.28, 99.0, 12.0, False), [line])
    assert (hyphen.text, lam_alef.text) == ("-", "لا\u064b")
