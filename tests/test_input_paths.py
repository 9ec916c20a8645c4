"""The three input paths give the same catalogs: each document of the corpus, in its six
languages, as the text a PDF extractor gives (the corpus), as a Word file numbered by
Word's lists, and as a PDF printed as the UN prints it, extracted into gettext catalogs."""

import re
import shutil

import pytest

from pipeline.catalog import read_entries
from pipeline.extract import extract_document
from pipeline.lang import profile
from pipeline.model import LANGUAGES
from pipeline.stages import extract_corpus
from tests.conftest import ROOT
from tests.docx_builder import write_agenda_docx, write_numbered_docx

CORPUS = ROOT / "corpora"
DOCUMENTS = sorted(p.name for p in CORPUS.iterdir() if (p / "meta.toml").exists())
DOC_TYPES = {"CTOC-COP-2022-L.4": "resolution", "CTOC-COP-WG.7-2022-1": "annotated agenda",
             "CTOC-COP-WG.7-2022-2": "note", "CTOC-COP-WG.7-2022-4": "report"}


def catalogs_of(doc: str, root, printed_pdf) -> dict:
    """{path: {catalog name: entries}} for one document of the corpus read from text, .docx and
    PDF. One document at a time: the documents are extracted independently, and a test each
    lets two test processes share the work (building and reading 24 PDFs is most of it)."""
    shutil.copytree(CORPUS / doc, root / "text" / doc)
    for path in ("docx", "pdf"):
        (root / path / doc).mkdir(parents=True)
        shutil.copy(CORPUS / doc / "meta.toml", root / path / doc)
    for lang in LANGUAGES:
        document = extract_document(CORPUS / doc / f"{lang}.txt", lang)
        if document.doc_type.endswith("agenda"):
            write_agenda_docx(document, root / "docx" / doc / f"{lang}.docx", numbering="automatic", links=True)
        else:
            write_numbered_docx(document, root / "docx" / doc / f"{lang}.docx")
        shutil.copy(printed_pdf(doc, lang), root / "pdf" / doc / f"{lang}.pdf")  # as write_pdf writes it
    found = {}
    for path in ("text", "docx", "pdf"):
        results = extract_corpus(root / path, root / f"{path}-locale")
        assert [r.errors for r in results] == [[] for _ in results], path
        assert {r.name: r.doc_type for r in results} == {doc: DOC_TYPES[doc]}
        found[path] = {
            catalog.relative_to(root / f"{path}-locale").as_posix(): [
                (e.msgctxt, e.msgid, e.msgstr, e.fuzzy) for e in read_entries(catalog).entries
            ]
            for catalog in sorted((root / f"{path}-locale").rglob("*.po*"))
        }
    return found


def test_the_corpus_is_the_four_documents_of_four_types():
    assert DOCUMENTS == sorted(DOC_TYPES)


@pytest.mark.parametrize("doc", DOCUMENTS)
def test_every_document_gives_the_same_catalogs_from_text_word_and_pdf(doc, tmp_path, printed_pdf):
    catalogs = catalogs_of(doc, tmp_path, printed_pdf)
    text, word, pdf = catalogs["text"], catalogs["docx"], catalogs["pdf"]
    assert len(text) == 6 and text.keys() == word.keys() == pdf.keys()  # the template and five translations
    for name, entries in text.items():
        assert len(entries) > 30, name
        # The links too: the PDF's link annotations, the Word files' hyperlinks.
        assert pdf[name] == entries, name
        assert word[name] == entries, name


def _word_plain_text(docx_path) -> str:
    """What Word's "Save as Plain Text" writes of a document's body: each paragraph on a line
    of its own with the number Word shows, no blank line between them, each table row a line of
    cells joined by tabs (the paragraphs and numbers as the Word reader reads them; footnotes,
    which Word writes at the end, left out with their calls)."""
    from pipeline.extract.docx import read_docx_layout

    layout, _ = read_docx_layout(docx_path)
    return re.sub("\ue000[^\ue001]*\ue001", "", "\n".join(line for block in layout.blocks for line in
                     ([text for _, text in block.lines] if "\t" in block.first_line or block.masthead_cell
                      else [" ".join(text.strip() for _, text in block.lines)]))) + "\n"


@pytest.mark.parametrize("doc", ["CTOC-COP-WG.7-2022-2", "CTOC-COP-2022-L.4"])
def test_a_text_written_a_paragraph_a_line_gives_the_paragraphs_of_the_printed_text(doc, tmp_path):
    # Word's plain text (or a copy from a web page): no blank line between paragraphs. Read as
    # the lines of one block, the whole body was one paragraph: 88 of 88 segments untranslated.
    shutil.copytree(CORPUS / doc, tmp_path / "text" / doc)
    (tmp_path / "lines" / doc).mkdir(parents=True)
    shutil.copy(CORPUS / doc / "meta.toml", tmp_path / "lines" / doc)
    for lang in LANGUAGES:
        write_numbered_docx(extract_document(CORPUS / doc / f"{lang}.txt", lang), tmp_path / f"{lang}.docx")
        plain = _word_plain_text(tmp_path / f"{lang}.docx")
        assert "\n\n" not in plain.strip()
        (tmp_path / "lines" / doc / f"{lang}.txt").write_text(plain, encoding="utf-8")
    found = {}
    for path in ("text", "lines"):
        results = extract_corpus(tmp_path / path, tmp_path / f"{path}-locale")
        assert [r.errors for r in results] == [[]], path
        found[path] = {
            catalog.name + catalog.parent.parent.name: {
                e.msgctxt: (e.msgstr, e.fuzzy) for e in read_entries(catalog).entries
                # Word's plain text has no footnotes or link targets in place
                if not e.msgctxt.startswith("fn/") and "link" not in e.msgctxt and "/fn/" not in e.msgctxt}
            for catalog in (tmp_path / f"{path}-locale").rglob("*.po")
        }
    assert len(found["lines"]) == 5
    for name, entries in found["text"].items():
        assert len(entries) > 25, name
        assert found["lines"][name] == entries, name


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "ar", "zh"])
def test_sub_paragraphs_with_no_blank_line_between_them_are_each_a_block(lang, tmp_path):
    # A PDF whose list has no space between its items gives their lines with no blank line
    # between them: (a), (b) and (c) were one block, read as one sub-paragraph, and the
    # others untranslated.
    original = (CORPUS / "CTOC-COP-WG.7-2022-2" / f"{lang}.txt").read_text(encoding="utf-8")
    language = profile(lang)
    lines = original.split("\n")
    tight = [line for number, line in enumerate(lines)
             if line.strip() or number + 1 >= len(lines) or not language.sub_item.match(lines[number + 1]) or number == 0
             or not lines[number - 1].strip()]
    assert len(tight) < len(lines) - 3, lang  # blank lines were taken out
    (tmp_path / f"{lang}.txt").write_text("\n".join(tight), encoding="utf-8")
    expected = extract_document(CORPUS / "CTOC-COP-WG.7-2022-2" / f"{lang}.txt", lang)
    found = extract_document(tmp_path / f"{lang}.txt", lang)
    assert [(b.id, b.text) for b in found.blocks] == [(b.id, b.text) for b in expected.blocks]


def test_paragraphs_on_one_line_beside_a_masthead_broken_into_lines_keep_the_masthead_whole(tmp_path):
    # A text edited by hand: the masthead's lines broken as printed, each paragraph on one long
    # line. Read a line a paragraph throughout, the Conference's name became three organs, none
    # paired with the other versions' (TERM001 and untranslated entries on correct text).
    original = (CORPUS / "CTOC-COP-WG.7-2022-2" / "en.txt").read_text(encoding="utf-8")
    blocks = original.split("\n\n")
    joined = [" ".join(line.strip() for line in block.split("\n")) if re.match(r"\s*\d+\.\s", block) else block
              for block in blocks]
    assert any(len(block) > 150 for block in joined)
    (tmp_path / "en.txt").write_text("\n\n".join(joined), encoding="utf-8")
    expected = extract_document(CORPUS / "CTOC-COP-WG.7-2022-2" / "en.txt", "en")
    found = extract_document(tmp_path / "en.txt", "en")
    assert [b.id for b in found.blocks] == [b.id for b in expected.blocks]
    masthead = [(b.id, b.text) for b in expected.blocks if b.id.startswith("masthead/")]
    assert [(b.id, b.text) for b in found.blocks if b.id.startswith("masthead/")] == masthead


def test_an_annex_on_a_new_page_after_lines_that_end_no_sentence_starts_its_own_block(tmp_path):
    # A resolution ends `50th plenary meeting / 19 December 2023` (no stop), then a page break
    # and `Annex`: the annex went on the date's block, and its table was read as text.
    from pipeline.extract.layout import read_layout

    text = ("11. Requests the Secretary-General to submit a report.\n\n"
            "                                                  50th plenary meeting\n"
            "                                                  19 December 2023\n\n"
            "__________________\n\n 1  See CTOC/COP/WG.7/2022/4.\n23-26145 3/4\n \nA/RES/78/231\n\n"
            " Annex\n\n  Contributions to the Fund, 2021–2023\n")
    blocks = [" ".join(line.strip() for _, line in block.lines) for block in read_layout(text, profile("en")).blocks]
    assert "Annex" in blocks and "50th plenary meeting 19 December 2023" in blocks, blocks


def test_a_pdf_s_text_pasted_without_its_blank_lines_is_not_read_a_line_a_paragraph(tmp_path):
    # Copied from a PDF viewer: lines at the page's width, no blank line at all. Read a line a
    # paragraph (as Word's plain text is), every line was a paragraph: the template itself
    # changed and 28 translations of every catalog went obsolete. Read as lines of text, its
    # numbered paragraphs are the printed ones (what blank lines alone told apart, such as a
    # heading from the paragraph under it, may run together).
    original = CORPUS / "CTOC-COP-WG.7-2022-4" / "fr.txt"
    pasted = tmp_path / "fr.txt"
    pasted.write_text("\n".join(line for line in original.read_text(encoding="utf-8").split("\n") if line.strip()) + "\n",
                      encoding="utf-8")
    numbered = [b.id for b in extract_document(original, "fr").blocks if re.fullmatch(r"p/\d+", b.id)]
    found = [b.id for b in extract_document(pasted, "fr").blocks]
    assert len(numbered) >= 15 and [i for i in found if re.fullmatch(r"p/\d+", i)] == numbered
    assert len(found) < 2 * len(extract_document(original, "fr").blocks)  # not a block a line


@pytest.mark.parametrize("lang", ["ru", "zh"])
@pytest.mark.parametrize("lost", ["everywhere", "in the masthead"])
@pytest.mark.parametrize("doc", DOCUMENTS)
def test_each_document_pasted_without_its_blank_lines_reads_as_printed(doc, lost, lang, tmp_path):
    # Copied from a PDF viewer, with no blank line anywhere or none among the masthead's first
    # twenty lines: the masthead's name wrapped on short lines became three organs, the type
    # line was glued to the title (three documents "of no known type", 27 of 41 entries
    # untranslated), and the agenda's masthead, titles and first item were one paragraph; a
    # Chinese name under `Original:` (all letters, as a language's name is) was metadata.
    original = CORPUS / doc / f"{lang}.txt"
    lines = original.read_text(encoding="utf-8").split("\n")
    if lost == "everywhere":
        pasted_lines = [line for line in lines if line.strip()]
    else:
        pasted_lines = [line for line in lines[:20] if line.strip()] + lines[20:]
    pasted = tmp_path / f"{lang}.txt"
    pasted.write_text("\n".join(pasted_lines) + "\n", encoding="utf-8")
    printed, read = extract_document(original, lang), extract_document(pasted, lang)
    assert read.doc_type == printed.doc_type and read.masthead == printed.masthead
    as_printed = {(b.id, b.text) for b in printed.blocks}
    assert len(as_printed & {(b.id, b.text) for b in read.blocks}) >= 0.9 * len(as_printed)
    assert [b.id for b in read.blocks if b.id.startswith("masthead/")] == [b.id for b in printed.blocks if b.id.startswith("masthead/")]


def test_a_list_inside_a_sentence_wrapped_onto_a_line_s_start_stays_in_its_paragraph():
    # `… in three areas: (a) preservation of data;` / `(b) disclosure of data; and (c) …`: the
    # PDF's line break put (b) at a line's start after a `;`, and it became a sub-paragraph of
    # its own, untranslated in every version.
    from pipeline.extract.layout import read_layout

    text = ("7. Speakers stressed the need for cooperation in three areas: (a) preservation of data;\n"
            "(b) disclosure of data; and (c) removal of content advertising smuggling services.\n\n"
            "8. Other speakers agreed.\n")
    blocks = read_layout(text, profile("en")).blocks
    assert [len(block.lines) for block in blocks] == [2, 1]
