"""The three input paths give the same catalogs: each document of the corpus, in its six
languages, as the text a PDF extractor gives (the corpus), as a Word file numbered by
Word's lists, and as a PDF printed as the UN prints it, extracted into gettext catalogs."""

import shutil

import pytest

from pipeline.catalog import read_entries
from pipeline.corpus import read_meta
from pipeline.extract import extract_document
from pipeline.model import LANGUAGES
from pipeline.stages import extract_corpus
from tests.conftest import ROOT
from tests.docx_builder import write_agenda_docx, write_numbered_docx
from tests.pdf_builder import write_pdf

CORPUS = ROOT / "corpora"
DOCUMENTS = sorted(p.name for p in CORPUS.iterdir() if (p / "meta.toml").exists())


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory):
    """{path: {catalog name: entries}} for the corpus read from text, .docx and PDF."""
    root = tmp_path_factory.mktemp("paths")
    for doc in DOCUMENTS:
        meta = read_meta(CORPUS / doc / "meta.toml", doc)
        shutil.copytree(CORPUS / doc, root / "text" / doc)
        for path in ("docx", "pdf"):
            (root / path / doc).mkdir(parents=True)
            shutil.copy(CORPUS / doc / "meta.toml", root / path / doc)
        for lang in LANGUAGES:
            document = extract_document(CORPUS / doc / f"{lang}.txt", lang)
            if document.doc_type.endswith("agenda"):
                write_agenda_docx(document, root / "docx" / doc / f"{lang}.docx", numbering="automatic")
            else:
                write_numbered_docx(document, root / "docx" / doc / f"{lang}.docx")
            write_pdf(document, root / "pdf" / doc / f"{lang}.pdf", meta.symbol)
    found = {}
    for path in ("text", "docx", "pdf"):
        results = extract_corpus(root / path, root / f"{path}-locale")
        assert [r.errors for r in results] == [[] for _ in results], path
        assert {r.name: r.doc_type for r in results} == {
            "CTOC-COP-2022-L.4": "resolution", "CTOC-COP-WG.7-2022-1": "annotated agenda",
            "CTOC-COP-WG.7-2022-2": "note", "CTOC-COP-WG.7-2022-4": "report"}
        found[path] = {
            catalog.relative_to(root / f"{path}-locale").as_posix(): [
                (e.msgctxt, e.msgid, e.msgstr, e.fuzzy) for e in read_entries(catalog).entries
            ]
            for catalog in sorted((root / f"{path}-locale").rglob("*.po*"))
        }
    return found


def without_links(entries):
    return [entry for entry in entries if "/link" not in entry[0]]


def test_every_document_gives_the_same_catalogs_from_text_word_and_pdf(catalogs):
    text, word, pdf = catalogs["text"], catalogs["docx"], catalogs["pdf"]
    assert len(text) == 4 * 6 and text.keys() == word.keys() == pdf.keys()
    for name, entries in text.items():
        assert len(entries) > 30, name
        # The PDF keeps the links the text has; the Word files written here have none.
        assert pdf[name] == entries, name
        assert word[name] == without_links(entries), name
