"""A treaty's text (a protocol annexed to a resolution, rules of procedure): articles, each
with its title and its paragraphs numbered again from 1. tests/data/documents/treaty holds
articles 3 and 6 of the Protocol against the Smuggling of Migrants, six versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import extract_document
from pipeline.stages import extract_corpus

TREATY = Path(__file__).parent / "data" / "documents" / "treaty"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_version_is_read_article_by_article(lang):
    document = extract_document(TREATY / f"{lang}.txt", lang)
    ids = [block.id for block in document.blocks]
    assert document.doc_type == "treaty"
    assert ids == ["masthead/title", "h/1", "art/3", "art/3/h1", "art/3/p1", "art/3/p1/a", "art/3/p1/b", "art/3/p1/c",
                   "art/3/p1/c/i", "art/3/p1/c/ii", "art/3/p1/c/iii", "art/3/p1/d", "art/6", "art/6/h1", "art/6/p/1",
                   "art/6/p/1/a", "art/6/p/1/b", "art/6/p/1/b/i", "art/6/p/1/b/ii", "art/6/p/1/c", "art/6/p/2", "art/6/p/2/a",
                   "art/6/p/2/b", "art/6/p/2/c", "art/6/p/3", "art/6/p/3/a", "art/6/p/3/b", "art/6/p/4"]
    # No masthead is expected of a treaty's text, and no paragraph "follows" another.
    assert not [note for note in document.notes if "masthead" in note or "follows" in note or "not recognised" in note]


def _article(text: str, lang: str, tmp_path: Path) -> list[str]:
    path = tmp_path / f"{lang}.txt"
    path.write_text(text, encoding="utf-8")
    return [block.id for block in extract_document(path, lang).blocks]


def test_paragraphs_numbered_again_in_each_article_keep_their_labels_out_of_the_text(tmp_path):
    # Article 8's `1.` was a segment of its own (`h/2/p1/s1`: "1."), its paragraph 2 dropped
    # with a note, and no article's number was in any id.
    text = ("Protocol against the Smuggling of Migrants by Land, Sea and Air\n\nArticle 6\n\nCriminalization\n\n"
            "1. Each State Party shall adopt such measures.\n\n2. Each State Party shall also adopt such measures.\n\n"
            "Article 8\n\nMeasures against the smuggling of migrants by sea\n\n1. A State Party may request assistance.\n\n"
            "2. The flag State may authorize the requesting State, inter alia:\n\n(a) To board the vessel;\n\n"
            "(b) To search the vessel.\n")
    ids = _article(text, "en", tmp_path)
    assert ids[-6:] == ["art/8", "art/8/h1", "art/8/p/1", "art/8/p/2", "art/8/p/2/a", "art/8/p/2/b"]
    # French numbers its first article `premier`, Chinese its articles in characters.
    assert "art/1" in _article("Protocole\n\nArticle premier\n\nObjet\n\n1. Le présent Protocole a pour objet.\n", "fr", tmp_path)
    assert "art/21/p/1" in _article("议定书\n\n第二十一条\n\n签署\n\n1. 本议定书开放供签署。\n", "zh", tmp_path)


def test_a_report_that_heads_its_paragraphs_by_article_numbers_them_on(tmp_path):
    # A report reviewing a treaty article by article numbers its paragraphs through the
    # document: under `Article 5` they stay p/12, p/13, as every version numbers them.
    text = ("Report on the review of implementation\n\nI. Review\n\n11. The review covered two articles.\n\nArticle 5\n\n"
            "12. Speakers described their legislation.\n\n13. Others described their practice.\n")
    ids = _article(text, "en", tmp_path)
    assert ids[-4:] == ["p/11", "art/5", "p/12", "p/13"]


def test_a_paragraph_number_mistyped_in_a_version_is_paired_by_place_and_said(tmp_path):
    # French `3.` for Article 6's `2.` with no paragraph after it to tell: its text was in no
    # catalog, and the source's paragraph 2 untranslated.
    corpus = tmp_path / "corpora" / "treaty"
    corpus.mkdir(parents=True)
    for lang in ("en", "fr"):
        text = (TREATY / f"{lang}.txt").read_text(encoding="utf-8")
        if lang == "fr":
            text = text.replace("\n4. Aucune disposition", "\n5. Aucune disposition")
        (corpus / f"{lang}.txt").write_text(text, encoding="utf-8")
    (corpus / "meta.toml").write_text((TREATY / "meta.toml").read_text(encoding="utf-8"), encoding="utf-8")
    [result] = extract_corpus(tmp_path / "corpora", tmp_path / "locale")
    catalog = (tmp_path / "locale" / "fr" / "LC_MESSAGES" / "treaty.po").read_text(encoding="utf-8")
    entry = catalog[catalog.index('msgctxt "art/6/p/4/s1"') - 200:catalog.index('msgctxt "art/6/p/4/s1"') + 400]
    assert "#, fuzzy" in entry and "numbered 5 in fr where en numbers it 4" in entry and "Aucune disposition" in entry


@pytest.mark.parametrize("heading", ["Article 8\nMeasures against the smuggling of migrants by sea",
                                     "Article 8\tMeasures against the smuggling of migrants by sea"])
def test_an_article_s_title_set_right_under_its_label_is_its_title(tmp_path, heading):
    # Printed at the body's leading with no blank line between (a PDF's text), or after a tab
    # (a Word heading typed with its label): `Article 8 Measures against …` was a heading of
    # no article, and its paragraphs were numbered on as the document's.
    text = (f"Protocol against the Smuggling of Migrants by Land, Sea and Air\n\n{heading}\n\n"
            "1. A State Party may request assistance.\n\n2. The flag State may authorize the requesting State.\n")
    assert _article(text, "en", tmp_path)[-4:] == ["art/8", "art/8/h1", "art/8/p/1", "art/8/p/2"]


def test_article_premier_is_article_1_to_the_number_check(tmp_path):
    from pipeline.lang import profile
    from pipeline.value_extraction import extract_values

    assert dict(extract_values("Article premier", profile("fr")).numbers) == dict(extract_values("Article 1", profile("en")).numbers)
    assert dict(extract_values("le premier rapport", profile("fr")).numbers) == {}


def _extracted_pair(tmp_path: Path, french) -> str:
    """The French catalog of the treaty extracted with French's text changed by `french`."""
    corpus = tmp_path / "corpora" / "treaty"
    corpus.mkdir(parents=True)
    for lang in ("en", "fr"):
        text = (TREATY / f"{lang}.txt").read_text(encoding="utf-8")
        (corpus / f"{lang}.txt").write_text(french(text) if lang == "fr" else text, encoding="utf-8")
    (corpus / "meta.toml").write_text((TREATY / "meta.toml").read_text(encoding="utf-8"), encoding="utf-8")
    extract_corpus(tmp_path / "corpora", tmp_path / "locale")
    return (tmp_path / "locale" / "fr" / "LC_MESSAGES" / "treaty.po").read_text(encoding="utf-8")


def test_an_article_numbered_otherwise_in_a_version_is_paired_by_place_and_its_number_compared(tmp_path):
    # `Article 7` for `Article 6`: its sixteen entries were untranslated, their French in no
    # catalog, and nothing said which number was wrong.
    import polib

    catalog = polib.pofile(_extracted_pair(tmp_path, lambda text: text.replace("\nArticle 6\n", "\nArticle 7\n")))
    assert not [entry.msgctxt for entry in catalog if not entry.msgstr]
    assert catalog.find("art/6", by="msgctxt").msgstr == "Article 7"
    from tests.conftest import call_main

    result = call_main(("check", "locale", "--no-glossary", "--select", "NUM001", "--lang", "fr"), tmp_path)
    assert "[art/6] numbers differ from the source: 7 here, 6 in the source" in result.stdout


def test_paragraphs_a_version_numbers_on_through_the_articles_keep_their_translations(tmp_path):
    # A Word list not restarted in French: Rule 2's paragraphs numbered 3 and 4 on from Rule
    # 1's, read as the document's p/3 and p/4, in no catalog. Now the rule's own, paired by
    # place, fuzzy with what happened.
    import polib

    english = ("Rules of procedure of the Conference\n\nRule 1\n\nPurpose\n\n1. These rules govern the sessions.\n\n"
               "2. They apply to every meeting.\n\nRule 2\n\nPlace of sessions\n\n1. Sessions take place at the seat.\n\n"
               "2. A host Government bears the additional costs.\n")
    french = ("Règlement intérieur de la Conférence\n\nArticle 1\n\nObjet\n\n1. Le présent règlement régit les sessions.\n\n"
              "2. Il s’applique à toute séance.\n\nArticle 2\n\nLieu des sessions\n\n3. Les sessions se tiennent au siège.\n\n"
              "4. Un gouvernement hôte prend à sa charge les dépenses supplémentaires.\n")
    corpus = tmp_path / "corpora" / "rules"
    corpus.mkdir(parents=True)
    (corpus / "en.txt").write_text(english, encoding="utf-8")
    (corpus / "fr.txt").write_text(french, encoding="utf-8")
    extract_corpus(tmp_path / "corpora", tmp_path / "locale")
    catalog = polib.pofile(str(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "rules.po"))
    assert not [entry.msgctxt for entry in catalog if not entry.msgstr]
    assert [entry.msgctxt for entry in catalog if entry.fuzzy] == ["art/2/p/1/s1", "art/2/p/2/s1"]
    assert catalog.find("art/2/p/1/s1", by="msgctxt").msgstr == "Les sessions se tiennent au siège."


def test_an_arabic_article_numbered_in_words_is_its_number(tmp_path):
    # `المادة الثالثة`, article three, as some Arabic treaty texts write it.
    text = ("بروتوكول\n\nالمادة الثالثة\n\nالمصطلحات المستخدمة\n\nلأغراض هذا البروتوكول.\n\nالمادة السادسة\n\nالتجريم\n\n"
            "1- تعتمد كل دولة طرف ما قد يلزم من تدابير.\n")
    assert _article(text, "ar", tmp_path)[1:] == ["art/3", "art/3/h1", "art/3/p1", "art/6", "art/6/h1", "art/6/p/1"]


def test_an_article_number_given_twice_makes_no_entry_twice(tmp_path):
    # The source's `Article 6` mistyped `Article 3`: two entries of msgctxt `art/3` made a
    # template no catalog reader takes (E008, the whole document unchecked). The second is
    # `art/3#2`, the versions' Article 6 paired with it, and NUM001 says the source's slip in
    # every version.
    import polib
    from tests.conftest import call_main

    corpus = tmp_path / "corpora" / "treaty"
    corpus.mkdir(parents=True)
    for lang in ("en", "fr", "ru"):
        text = (TREATY / f"{lang}.txt").read_text(encoding="utf-8")
        (corpus / f"{lang}.txt").write_text(text.replace("\nArticle 6\n", "\nArticle 3\n") if lang == "en" else text, encoding="utf-8")
    extract_corpus(tmp_path / "corpora", tmp_path / "locale")
    template = polib.pofile(str(tmp_path / "locale" / "templates" / "treaty.pot"))
    assert len({entry.msgctxt for entry in template}) == len(template)
    result = call_main(("check", "locale", "--no-glossary", "--select", "NUM001"), tmp_path)
    assert result.returncode == 1 and result.stdout.count("[art/3#2] numbers differ from the source: 6 here, 3 in the source") == 2


def test_arabic_articles_in_words_are_their_numbers_to_the_number_check():
    from pipeline.lang import profile
    from pipeline.value_extraction import extract_values

    assert dict(extract_values("المادة السادسة", profile("ar")).numbers) == {6.0: 1}
    assert dict(extract_values("المادة الحادية عشرة", profile("ar")).numbers) == {11.0: 1}


def test_a_table_whose_rows_open_with_article_numbers_stays_a_table(tmp_path):
    # `Article 5      Implemented          12` as a PDF's text sets a row: its first cell was
    # split off as an article's heading, the rest its title.
    text = ("Report on implementation\n\nI. Status\n\n11. The status of implementation is shown below.\n\n"
            "Article 5      Implemented          12\n\nArticle 6      Partially            7\n\n12. Speakers welcomed it.\n")
    ids = _article(text, "en", tmp_path)
    assert not [block_id for block_id in ids if "art/" in block_id] and "p/12" in ids


def test_a_version_that_gives_an_article_number_twice_keeps_both_articles_translations(tmp_path):
    # French `Article 3` for Article 6: its paragraphs (`art/3#2/…`) were in no catalog, the
    # source's Article 6 untranslated.
    import polib

    catalog = polib.pofile(_extracted_pair(tmp_path, lambda text: text.replace("\nArticle 6\n", "\nArticle 3\n")))
    assert not [entry.msgctxt for entry in catalog if not entry.msgstr]
    assert catalog.find("art/6", by="msgctxt").msgstr == "Article 3"
