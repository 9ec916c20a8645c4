"""The three documents of the corpus that are not agendas, in all six languages: the type each
version is read as, its headings, numbered paragraphs and sub-paragraphs, footnotes attached
to the paragraphs that call them, annex rows, and sentences — the same structure in every
version, so that the six align segment by segment."""

import re
import tomllib
from pathlib import Path

import pytest

from pipeline.extract import extract_document
from pipeline.model import LANGUAGES, BlockKind
from tests.conftest import ROOT

CORPUS = ROOT / "corpora"

EXPECTED = {
    "CTOC-COP-WG.7-2022-2": {
        "type": "note",
        "headings": ["h/1", "h/2", "h/2.1", "h/2.2", "h/2.3", "h/3", "h/4"],
        "paragraphs": 19,
        "sub": ["p/6/a", "p/6/b", "p/6/c", "p/9/a", "p/9/a/i", "p/9/a/ii", "p/9/a/iii", "p/9/b",
                "p/19/a", "p/19/b", "p/19/c", "p/19/d"],
        "footnotes": {"fn/1": "p/3", "fn/2": "p/8", "fn/3": "p/10", "fn/4": "p/10"},
        "annex_cells": 0,
        "sentences": 79,
        "masthead": ["masthead/organ", "masthead/body", "masthead/dates", "masthead/item", "masthead/item/title",
                     "masthead/title", "masthead/title2"],
    },
    "CTOC-COP-WG.7-2022-4": {
        "type": "report",
        "headings": ["h/1", "h/2", "h/3", "h/3.1", "h/3.2", "h/4", "h/4.1", "h/4.2", "h/4.3", "h/4.4", "h/4.5", "h/5"],
        "paragraphs": 27,
        "sub": ["p/3/a", "p/3/b", "p/3/b/i", "p/3/b/ii", "p/3/c", "p/21/a", "p/21/b", "p/21/c", "p/21/d"],
        "footnotes": {"fn/1": "p/1", "fn/2": "p/6", "fn/3": "p/23"},
        "annex_cells": 10,  # a header row and four documents, two columns
        "sentences": 81,
        "masthead": ["masthead/organ", "masthead/body", "masthead/dates", "masthead/title"],
    },
    "CTOC-COP-2022-L.4": {
        "type": "resolution",
        "headings": [],
        "paragraphs": 12,  # operative
        "preamble": 9,  # the author line and eight preambular paragraphs
        "sub": ["op/4/a", "op/4/b", "op/4/c", "op/4/c/i", "op/4/c/ii", "op/4/d"],
        "footnotes": {"fn/1": "pre/2", "fn/2": "pre/5", "fn/3": "pre/8"},
        "annex_cells": 0,
        "sentences": 37,
        "masthead": ["masthead/body", "masthead/session", "masthead/dates", "masthead/item", "masthead/item/title",
                     "masthead/title", "masthead/title2"],
    },
}


@pytest.fixture(scope="module")
def versions():
    return {
        doc: {lang: extract_document(CORPUS / doc / f"{lang}.txt", lang) for lang in LANGUAGES}
        for doc in EXPECTED
    }


CASES = [(doc, lang) for doc in EXPECTED for lang in LANGUAGES]


@pytest.mark.parametrize("doc, lang", CASES)
def test_each_version_is_read_as_its_type_with_its_masthead(versions, doc, lang):
    document, expected = versions[doc][lang], EXPECTED[doc]
    assert document.doc_type == expected["type"] and document.notes == ()
    assert [b.id for b in document.blocks if b.id.startswith("masthead/")] == expected["masthead"]
    meta = tomllib.loads((CORPUS / doc / "meta.toml").read_text(encoding="utf-8"))
    assert document.masthead.symbol == meta["symbol"]
    assert document.masthead.original  # "English", "anglais", "inglés"


@pytest.mark.parametrize("doc, lang", CASES)
def test_headings_paragraphs_and_sub_paragraphs(versions, doc, lang):
    document, expected = versions[doc][lang], EXPECTED[doc]
    ids = [b.id for b in document.blocks]
    assert [i for i in ids if i.startswith("h/")] == expected["headings"]
    kind = "op" if expected["type"] == "resolution" else "p"
    assert [i for i in ids if i.count("/") == 1 and i.startswith(f"{kind}/")] == [f"{kind}/{n}" for n in range(1, expected["paragraphs"] + 1)]
    assert [i for i in ids if i.count("/") >= 2 and i.startswith(f"{kind}/")] == expected["sub"]
    if "preamble" in expected:
        assert [i for i in ids if i.startswith("pre/")] == [f"pre/{n}" for n in range(1, expected["preamble"] + 1)]
    # a label is taken off its text, and every sub-paragraph but a list's last ends as a list item does
    for block in document.blocks:
        if block.id in expected["sub"]:
            assert not block.text.startswith(("(", "‘")) and block.text[-1] in ";.:؛；。：,", (block.id, block.text)


@pytest.mark.parametrize("doc, lang", CASES)
def test_footnotes_are_attached_to_the_paragraph_that_calls_them(versions, doc, lang):
    document = versions[doc][lang]
    footnotes = {b.id: b.note_of for b in document.blocks if b.kind is BlockKind.FOOTNOTE}
    assert footnotes == EXPECTED[doc]["footnotes"]
    for footnote, carrier in footnotes.items():
        assert footnote in document.block(carrier).footnotes


@pytest.mark.parametrize("doc, lang", CASES)
def test_page_headers_and_footers_are_not_text(versions, doc, lang):
    document = versions[doc][lang]
    symbol = document.masthead.symbol
    for block in document.blocks:
        assert "V.22-" not in block.text and block.text != symbol, (block.id, block.text)
        assert not re.search(r"(?<![\w/.])[1-5]/[3-5](?![\w/])", block.text), (block.id, block.text)  # `2/5`, not `7/1` in `2022/4`


def test_the_report_annex_table_keeps_its_rows_and_columns(versions):
    for lang, document in versions["CTOC-COP-WG.7-2022-4"].items():
        cells = {b.id: b.text for b in document.blocks if b.id.startswith("annex/r")}
        assert len(cells) == EXPECTED["CTOC-COP-WG.7-2022-4"]["annex_cells"]
        assert cells["annex/r5/c1"] == "CTOC/COP/WG.7/2022/INF/1"
        # a title cell that runs over three lines is one cell
        assert cells["annex/r3/c2"].count(" ") > 5 or lang == "zh", (lang, cells["annex/r3/c2"])
    english = {b.id: b.text for b in versions["CTOC-COP-WG.7-2022-4"]["en"].blocks}
    assert english["annex/r4/c2"].startswith("Background paper prepared by the Secretariat on national procedures")
    assert english["annex/r4/c2"].endswith("possible harmonization of approaches")


@pytest.mark.parametrize("doc", EXPECTED)
def test_every_version_has_the_sentences_of_the_source(versions, doc):
    counts = {lang: document.sentence_count for lang, document in versions[doc].items()}
    assert counts == {lang: EXPECTED[doc]["sentences"] for lang in LANGUAGES}
    ids = {lang: [b.id for b in document.blocks] for lang, document in versions[doc].items()}
    assert all(ids[lang] == ids["en"] for lang in LANGUAGES)


def test_arabic_text_copied_out_of_a_pdf_in_presentation_forms_reads_as_its_letters(tmp_path):
    # Text copied out of a PDF whose font has no map back to the letters holds the glyphs'
    # presentation forms, which the PDF reader folds: the same text saved as .txt went into the
    # catalog as glyphs, where no term, number word or search finds anything.
    import unicodedata

    isolated = {}
    for code in range(0xFE70, 0xFEFF):
        glyph = chr(code)
        if unicodedata.name(glyph, "").endswith("ISOLATED FORM") and len(unicodedata.normalize("NFKC", glyph)) == 1:
            isolated.setdefault(unicodedata.normalize("NFKC", glyph), glyph)
    source = ROOT / "corpora" / "CTOC-COP-WG.7-2022-1" / "ar.txt"
    text = source.read_text(encoding="utf-8")
    glyphs = "".join(isolated.get(ch, ch) for ch in text)
    assert sum(ch != glyph for ch, glyph in zip(text, glyphs)) > 5000
    (tmp_path / "ar.txt").write_text(glyphs, encoding="utf-8")

    def sentences(document):
        return [sentence.text for block in document.blocks for sentence in block.sentences]

    assert sentences(extract_document(tmp_path / "ar.txt", "ar")) == sentences(extract_document(source, "ar"))
