"""Each language's UN editorial conventions in the checks, each with the sentences of UN
documents it applies to and the ones it does not: a list's items end and begin as the
language's agendas have them (TYPO004, TYPO007), a title kept in English keeps English
typography (TYPO003), the spelling signal knows UN words (TYPO008), and French, Spanish and
Russian place a footnote call before the punctuation (TYPO010)."""

from __future__ import annotations

import pytest

from pipeline.checks import selected
from pipeline.glossary import load_glossary
from pipeline.model import CatalogFile, Entry, Glossary
from pipeline.run import check_catalog, terminology_for
from tests.conftest import ROOT

TYPO = [c for c in selected() if c.code.startswith("TYPO")]

# The agenda of CTOC/COP/WG.7/2022/1, its ids as extraction makes them.
AGENDA = ["agenda/title", "agenda/1", "agenda/1a", "agenda/1b", "agenda/2", "agenda/3", "agenda/4", "agenda/5", "agenda/6"]


def found(lang: str, msgctxt: str, source: str, translation: str, comment: str = "", ours: bool = True,
          glossaries: list[Glossary] | None = None) -> list[str]:
    """The TYPO codes found on one entry of a catalog that also holds the rest of the agenda."""
    entry = Entry(msgctxt, source, translation, 99, comment=comment)
    entries = [entry if ctx == msgctxt else Entry(ctx, f"{ctx} source", f"{ctx} перевод", n) for n, ctx in enumerate(AGENDA)]
    if msgctxt not in AGENDA:
        entries.append(entry)
    catalog = CatalogFile(f"locale/{lang}/LC_MESSAGES/doc.po", lang, tuple(entries), contexts_are_ids=ours)
    return [f.code for f in check_catalog(catalog, TYPO, terminology_for(glossaries or []), "en", with_terms=False)
            if f.line == 99]


@pytest.mark.parametrize("msgctxt, source, translation, expected", [
    # Russian agenda items: unpunctuated, or `;`, whatever the English has
    ("agenda/2", "Good practices in cooperation with the private sector in preventing and combating the smuggling of migrants.",
     "Успешная практика сотрудничества с частным сектором в деле предупреждения и пресечения незаконного ввоза мигрантов", []),
    ("agenda/1b", "Adoption of the agenda and organization of work.", "утверждение повестки дня и организация работы;", []),
    ("agenda/5", "Other matters.", "Прочие вопросы.", []),
    # ... but never with a comma, and the last item ends the list with a stop, as the source
    ("agenda/5", "Other matters.", "Прочие вопросы,", ["TYPO004"]),
    ("agenda/6", "Adoption of the report.", "Утверждение доклада", ["TYPO004"]),
    ("agenda/6", "Adoption of the report.", "Утверждение доклада.", []),
    # a paragraph is no list item: it ends as the source does
    ("item/6/p1/s1", "The Working Group will adopt a report on its meeting.",
     "Рабочая группа утвердит доклад о работе своего совещания", ["TYPO004"]),
])
def test_russian_list_items_end_as_russian_agendas_end_them(msgctxt, source, translation, expected):
    assert found("ru", msgctxt, source, translation) == expected


def test_languages_without_their_own_list_endings_follow_the_source():
    assert found("fr", "agenda/5", "Other matters.", "Questions diverses") == ["TYPO004"]
    assert found("es", "agenda/5", "Other matters.", "Otros asuntos.") == []


def test_list_items_of_other_tools_catalogs_are_not_known():
    # in a catalog hexaglot did not write, msgctxt is not a segment id: the source decides
    assert found("ru", "agenda/2", "Other matters.", "Прочие вопросы", ours=False) == ["TYPO004"]


@pytest.mark.parametrize("lang, msgctxt, translation, expected", [
    ("ru", "agenda/1a", "открытие совещания;", []),  # a sub-item: lower case is Russian style
    ("fr", "agenda/1a", "ouverture de la réunion ;", []),  # and some French series'
    ("es", "agenda/1a", "apertura de la reunión;", []),
    ("ru", "agenda/2", "открытие совещания;", ["TYPO007"]),  # an item is not a sub-item
    ("ru", "item/1/title", "открытие совещания;", ["TYPO007"]),
])
def test_sub_items_may_start_in_lower_case(lang, msgctxt, translation, expected):
    assert [code for code in found(lang, msgctxt, "Opening of the meeting;", translation) if code == "TYPO007"] == expected


@pytest.mark.parametrize("lang, msgctxt, source, translation, expected", [
    # a resolution's paragraphs: Russian starts them in lower case, French with a capital
    ("ru", "pre/3", "Recalling its resolution 7/1,", "ссылаясь на свою резолюцию 7/1,", []),
    ("ru", "op/2/s1", "Requests the Secretariat to report.", "просит Секретариат представить доклад.", []),
    ("fr", "op/2/s1", "Requests the Secretariat to report.", "prie le Secrétariat de faire rapport.", ["TYPO007"]),
    # a report's sub-paragraphs are sub-items as an agenda's are
    ("ru", "p/3/b", "Electronic surveillance;", "электронное наблюдение;", []),
    ("ru", "p/3", "States reported on the following:", "государства сообщили о следующем:", ["TYPO007"]),
    # a masthead line that starts with a number has no case to compare
    ("es", "masthead/session", "Eleventh session", "11º período de sesiones", []),
])
def test_lower_case_starts_by_the_languages_style_of_resolutions_and_lists(lang, msgctxt, source, translation, expected):
    assert [code for code in found(lang, msgctxt, source, translation) if code == "TYPO007"] == expected


@pytest.mark.parametrize("source, translation, expected", [
    ("Electronic surveillance;", "электронное наблюдение", []),  # not the last: none or `;`, as agenda items
    ("Undercover operations.", "агентурные операции;", ["TYPO004"]),  # the last ends the list as the source
])
def test_russian_sub_paragraphs_end_as_list_items(source, translation, expected):
    last = expected != []
    entries = [Entry("p/3/s1", "States reported:", "Государства сообщили:", 1),
               Entry("p/3/a", "Controlled deliveries;", "контролируемые поставки;", 2),
               Entry("p/3/c" if last else "p/3/b", source, translation, 99),
               *([] if last else [Entry("p/3/c", "Undercover operations.", "агентурные операции.", 3)]),
               Entry("p/4/s1", "Several States noted it.", "Ряд государств отметили это.", 4)]
    catalog = CatalogFile("locale/ru/LC_MESSAGES/doc.po", "ru", tuple(entries), contexts_are_ids=True)
    codes = [f.code for f in check_catalog(catalog, TYPO, terminology_for([]), "en", with_terms=False) if f.line == 99]
    assert [code for code in codes if code == "TYPO004"] == expected


def test_a_title_kept_in_english_keeps_english_typography():
    source = ("See United Nations Office on Drugs and Crime, Smuggling of Migrants: Compendium and Thematic Index of "
              "Recommendations, Resolutions and Decisions (Vienna, 2021), p. 47.")
    kept = ("Voir Office des Nations Unies contre la drogue et le crime, Smuggling of Migrants: Compendium and Thematic "
            "Index of Recommendations, Resolutions and Decisions (Vienne, 2021), p. 47.")
    assert found("fr", "fn/2/s1", source, kept) == []
    translated = ("Voir Office des Nations Unies contre la drogue et le crime, Trafic illicite de migrants: recueil et "
                  "index thématique des recommandations (Vienne, 2021), p. 47.")
    assert found("fr", "fn/2/s1", source, translated) == ["TYPO003"]


def test_the_spelling_signal_knows_the_words_beside_the_glossary():
    sentence = "Влияние коронавирусного кризиса на проведение конференционного обслуживания."
    assert found("ru", "item/1b/h1", "Impact of the coronavirus crisis.", sentence) == ["TYPO008", "TYPO008"]
    shipped = load_glossary(ROOT / "glossaries" / "untoc-som.tbx")
    assert found("ru", "item/1b/h1", "Impact of the coronavirus crisis.", sentence, glossaries=[shipped]) == []
    # a glossary's own list: any form of a listed word is known, and only those
    glossary = Glossary("mine", (), known_words=(("ru", ("коронавирусный",)),))
    assert found("ru", "item/1b/h1", "Impact.", sentence, glossaries=[glossary]) == ["TYPO008"]  # конференционного


def test_a_glossarys_own_terms_are_known_words():
    sentence = "Сотрудничество с частным сектором в деле противодействия кибертерроризму."
    assert found("ru", "item/2/p1/s1", "Cooperation.", sentence) == ["TYPO008"]
    from pipeline.model import Concept, Term, TermStatus

    concept = Concept("cyber", (Term("cyberterrorism", "en", TermStatus.PREFERRED), Term("кибертерроризм", "ru", TermStatus.PREFERRED)))
    assert found("ru", "item/2/p1/s1", "Cooperation.", sentence, glossaries=[Glossary("g", (concept,))]) == []


def test_a_word_list_that_is_not_utf8_is_named(tmp_path):
    from pipeline.errors import HexaglotInputError

    (tmp_path / "g.tbx").write_bytes((ROOT / "glossaries" / "untoc-som.tbx").read_bytes())
    (tmp_path / "ru-words.txt").write_bytes("коронавирусный\n".encode("cp1251"))
    with pytest.raises(HexaglotInputError) as raised:
        load_glossary(tmp_path / "g.tbx")
    assert raised.value.code == "E003" and raised.value.path.name == "ru-words.txt"


CALLED_AFTER = "Footnote marker: fn/1.\nFootnote call after the punctuation: fn/1."


@pytest.mark.parametrize("lang, expected", [("fr", ["TYPO010"]), ("es", ["TYPO010"]), ("ru", ["TYPO010"]), ("ar", []), ("zh", [])])
def test_a_footnote_call_after_the_stop_in_languages_that_place_it_before(lang, expected):
    codes = found(lang, "item/1a/p1/s1", "The meeting will be opened at 10 a.m.", "…", comment=CALLED_AFTER)
    assert [code for code in codes if code == "TYPO010"] == expected


def test_where_the_published_versions_place_their_footnote_calls(documents):
    # fr `à 10 heures.1` and es `a las 10.00 horas.1`, `2019,2 pero`: after the punctuation;
    # ru `мин. 1` follows an abbreviation's stop, `год2,` precedes the comma; fr `recommandations2`
    assert documents["fr"].block("item/1a/p1").calls_after_punctuation == ("fn/1",)
    assert documents["es"].block("item/1a/p1").calls_after_punctuation == ("fn/1",)
    assert documents["es"].block("item/2/p1").calls_after_punctuation == ("fn/2",)
    assert documents["ru"].block("item/1a/p1").calls_after_punctuation == ()
    assert documents["ru"].block("item/2/p1").calls_after_punctuation == ()
    assert documents["fr"].block("item/2/p1").calls_after_punctuation == ()
    assert documents["ru"].block("item/1a/p1").footnotes == ("fn/1",)


@pytest.mark.parametrize("doc", ["CTOC-COP-2022-L.4", "CTOC-COP-WG.7-2022-1"])
def test_a_catalog_another_tool_passed_on_without_its_header_keeps_its_ids_meaning(tmp_path, doc):
    # Okapi's XLIFF of a hexaglot catalog (its resnames the msgctxt, no hexaglot header), or a
    # PO editor that rewrote the header: the ids were not taken for ids, and each lower-case
    # preambular or operative paragraph of the Russian resolution was a TYPO007 note.
    from pipeline.catalog import read_entries

    original = ROOT / "locale" / "ru" / "LC_MESSAGES" / f"{doc}.po"
    text = original.read_text(encoding="utf-8")
    header_end = text.index("\n\n")
    header = "\n".join(line for line in text[:header_end].splitlines()
                       if not line.startswith(('"X-Generator', '"X-Document-Symbol')))
    passed_on = tmp_path / "ru" / f"{doc}.po"
    passed_on.parent.mkdir()
    passed_on.write_text(header + text[header_end:], encoding="utf-8")
    catalogs = [read_entries(original), read_entries(passed_on)]
    assert catalogs[1].contexts_are_ids
    codes = [sorted((f.code, f.msgctxt) for f in check_catalog(catalog, TYPO, terminology_for([]), "en", with_terms=False))
             for catalog in catalogs]
    assert codes[0] == codes[1]
    # Another tool's contexts (gettext's pgettext) are no ids.
    other = tmp_path / "ru" / "app.po"
    other.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                     'msgctxt "month name"\nmsgid "May"\nmsgstr "май"\n\nmsgctxt "p/verb"\nmsgid "May"\nmsgstr "может"\n',
                     encoding="utf-8")
    assert not read_entries(other).contexts_are_ids
