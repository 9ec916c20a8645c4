"""PDF input: a PDF version of a document gives the blocks its text version gives."""

from pipeline.extract import extract_document
from tests.conftest import CORPUS


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
