"""The three input paths give the same catalogs: each document of the corpus, in its six
languages, as the text a PDF extractor gives (the corpus), as a Word file numbered by
Word's lists, and as a PDF printed as the UN prints it, extracted into gettext catalogs."""

import shutil

import pytest

from pipeline.catalog import read_entries
from pipeline.extract import extract_document
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
