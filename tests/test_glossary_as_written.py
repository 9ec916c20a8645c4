"""Glossaries other tools wrote or a person typed: what a terminologist wrote is read as meant
or refused by name, never dropped or misread in silence (a terminologist's probe, 2026-12-06).
Each case here passed before with lint and check silent, and a forbidden variant unreported."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from pipeline.errors import HexaglotInputError
from pipeline.glossary import load_glossary
from pipeline.glossary.lint import lint_file
from pipeline.model import TermStatus
from tests.conftest import run_hexaglot

# The Russian catalog of the shipped agenda writes the variant once, in
# item/2/p3/s2 (`незаконным провозом мигрантов`): a deprecated variant of `незаконный ввоз мигрантов`.
V3_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n<text><body>\n'
V3_TAIL = "</body></text>\n</tbx>\n"


def _v3(russian: str, lang_attr: str = "ru", english_attr: str = "en", concept_id: str = "smuggling-of-migrants") -> str:
    return (V3_HEAD + f'<conceptEntry id="{concept_id}">\n'
            f'<langSec xml:lang="{english_attr}"><termSec><term>smuggling of migrants</term></termSec></langSec>\n'
            f'<langSec xml:lang="{lang_attr}"><termSec><term>незаконный ввоз мигрантов</term></termSec>{russian}</langSec>\n'
            "</conceptEntry>\n" + V3_TAIL)


GROUPED_V3 = _v3('<termSec><term>незаконный провоз мигрантов</term><termNoteGrp>'
                 '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>'
                 '<admin type="source">UNTERM</admin></termNoteGrp></termSec>')
GROUPED_V2 = ('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
              '<termEntry id="som"><langSet xml:lang="en"><tig><term>smuggling of migrants</term></tig></langSet>\n'
              '<langSet xml:lang="ru"><tig><term>незаконный ввоз мигрантов</term></tig>'
              '<ntig><termGrp><term>незаконный провоз мигрантов</term><termNoteGrp>'
              '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termNoteGrp></termGrp></ntig>'
              "</langSet></termEntry>\n</body></text></martif>\n")


def _term_two_findings(project, hexaglot, glossary_name: str) -> list[dict]:
    assert hexaglot("extract", cwd=project).returncode == 0
    result = hexaglot("check", "--no-cache", "--glossary", glossary_name, "--select", "TERM002", "--lang", "ru",
                      "--format", "json", cwd=project)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)["findings"]


@pytest.mark.parametrize("text", [GROUPED_V3, GROUPED_V2], ids=["v3-termSec", "v2-ntig"])
def test_a_status_in_a_term_note_group_is_the_term_s_status(project, hexaglot, text):
    (project / "grouped.tbx").write_text(text, encoding="utf-8")
    russian = load_glossary(project / "grouped.tbx").concepts[0].terms_in("ru")
    assert [(t.text, t.status) for t in russian] == [("незаконный ввоз мигрантов", TermStatus.PREFERRED),
                                                     ("незаконный провоз мигрантов", TermStatus.DEPRECATED)]
    findings = _term_two_findings(project, hexaglot, "grouped.tbx")
    assert [(f["msgctxt"], f["found"]) for f in findings] == [("item/2/p3/s2", "незаконным провозом мигрантов")]


def test_an_empty_status_is_refused_not_read_as_preferred(tmp_path):
    path = tmp_path / "empty.tbx"
    path.write_text(_v3('<termSec><term>незаконный провоз мигрантов</term>'
                        '<termNote type="administrativeStatus"></termNote></termSec>'), encoding="utf-8")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(path)
    assert caught.value.code == "E014" and "administrativeStatus of 'незаконный провоз мигрантов' is empty" in caught.value.message


def test_v2_entries_under_a_v3_root_are_read_and_an_empty_file_empties_nothing(tmp_path, hexaglot):
    v2_under_tbx = GROUPED_V2.replace("<martif", "<tbx").replace("</martif>", "</tbx>")
    (tmp_path / "mixed.tbx").write_text(v2_under_tbx, encoding="utf-8")
    assert [c.id for c in load_glossary(tmp_path / "mixed.tbx").concepts] == ["som"]
    # An empty glossary (as `glossary import` of an empty list writes it) is read, and filled.
    (tmp_path / "header.csv").write_text("English,Russian\n", encoding="utf-8")
    assert hexaglot("glossary", "import", "header.csv", "--out", "empty.tbx", cwd=tmp_path).returncode == 0
    assert load_glossary(tmp_path / "empty.tbx").concepts == ()
    # Imported with --remove-missing, a file read as no concept emptied the glossary it went into.
    (tmp_path / "team.tbx").write_text(GROUPED_V3, encoding="utf-8")
    before = (tmp_path / "team.tbx").read_bytes()
    result = hexaglot("glossary", "import", "empty.tbx", "--out", "team.tbx", "--remove-missing", cwd=tmp_path)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "[E046] holds no concept, and --remove-missing would remove all 1 of team.tbx" in result.stderr
    assert (tmp_path / "team.tbx").read_bytes() == before
    assert hexaglot("glossary", "import", "mixed.tbx", "--out", "empty.tbx", cwd=tmp_path).returncode == 0
    assert [c.id for c in load_glossary(tmp_path / "empty.tbx").concepts] == ["som"]


@pytest.mark.parametrize("tag, lang", [("ru_RU", "ru"), ("rus", "ru"), ("RU-ru", "ru"), ("zh_CN", "zh"), ("zh-Hans", "zh"),
                                       ("ru-RU-x-legal", "ru"), ("zh-cmn-Hans", "zh"), ("zh-Hant-x-hk", "zh-Hant")])
def test_a_language_tag_written_as_other_tools_write_it_is_its_language(tmp_path, tag, lang):
    path = tmp_path / "tags.tbx"
    path.write_text(_v3("", lang_attr=tag, english_attr="en_US"), encoding="utf-8")
    concept = load_glossary(path).concepts[0]
    assert sorted({term.lang for term in concept.terms}) == sorted({"en", lang})


@pytest.mark.parametrize("rows", [
    # A merged `Russian` heading over the term's column and its variant's.
    [["English", "Russian", None, "Spanish"],
     ["smuggling of migrants", "незаконный ввоз мигрантов", "незаконный провоз мигрантов (forbidden)", "tráfico ilícito de migrantes"]],
    # The same over the last two columns: right of the last heading.
    [["English", "Russian", None],
     ["smuggling of migrants", "незаконный ввоз мигрантов", "незаконный провоз мигрантов (forbidden)"]],
], ids=["merged-heading", "merged-last-heading"])
def test_a_cell_under_no_heading_is_refused_in_a_workbook(tmp_path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.active.merge_cells("B1:C1")
    book.save(tmp_path / "terms.xlsx")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(tmp_path / "terms.xlsx")
    assert caught.value.code == "E015" and "'незаконный провоз мигрантов (forbidden)' is in column C" in caught.value.message
    assert caught.value.line == 2


@pytest.mark.parametrize("text, said", [
    ("English,Russian,,Spanish\nsmuggling of migrants,незаконный ввоз мигрантов,незаконный провоз мигрантов (forbidden),"
     "tráfico ilícito de migrantes\n", "is in column C, which has no heading"),
    # An unquoted `;` inside a cell of a semicolon list moved the row's cells a language on.
    ("English;Russian;Spanish\nsmuggling of migrants;незаконный ввоз мигрантов; незаконный провоз мигрантов (forbidden);"
     "tráfico ilícito de migrantes\n", "is in column D, right of the header's last (C)"),
    # The hexaglot layout too.
    ("concept id,en 1 term,ru 1 term,\nsom,smuggling of migrants,незаконный ввоз мигрантов,незаконный провоз\n",
     "is in column D, which has no heading"),
])
def test_a_cell_no_heading_names_is_refused_in_a_csv(tmp_path, text, said):
    (tmp_path / "terms.csv").write_text(text, encoding="utf-8")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(tmp_path / "terms.csv")
    assert caught.value.code == "E015" and said in caught.value.message and caught.value.line == 2


def test_empty_columns_without_a_heading_are_no_problem(tmp_path):
    (tmp_path / "terms.csv").write_text("English,,Russian,\nsmuggling of migrants,,незаконный ввоз мигрантов,\n", encoding="utf-8")
    assert [t.text for t in load_glossary(tmp_path / "terms.csv").concepts[0].terms] == ["smuggling of migrants",
                                                                                          "незаконный ввоз мигрантов"]


@pytest.mark.parametrize("note", [
    "do not use: незаконный провоз мигрантов",
    "DO NOT USE: незаконный провоз мигрантов (forbidden)",
    "Не использовать: незаконный провоз мигрантов",
    "Термин Протокола. Do not use: незаконный провоз мигрантов",
])
def test_a_list_of_terms_not_to_use_is_read_however_it_is_typed(tmp_path, note):
    (tmp_path / "terms.csv").write_text(f"English,Russian,Russian note\nsmuggling of migrants,незаконный ввоз мигрантов,{note}\n",
                                        encoding="utf-8")
    russian = load_glossary(tmp_path / "terms.csv").concepts[0].terms_in("ru")
    assert [(t.text, t.status) for t in russian] == [("незаконный ввоз мигрантов", TermStatus.PREFERRED),
                                                     ("незаконный провоз мигрантов", TermStatus.FORBIDDEN)]


@pytest.mark.parametrize("note", ["Avoid: capitalising in running text", "Usage - do not use - as a verb",
                                  "To avoid - confusion with MMS", "Пишется со строчной; do not use it as a verb"])
def test_a_note_that_says_do_not_use_in_prose_stays_a_note(tmp_path, note):
    (tmp_path / "terms.csv").write_text(f"English,English note\nworking group,{note}\n", encoding="utf-8")
    [term] = load_glossary(tmp_path / "terms.csv").concepts[0].terms
    assert (term.text, term.status, term.note) == ("working group", TermStatus.PREFERRED, note)


def test_two_glossaries_that_give_one_id_to_two_concepts_are_refused(tmp_path, hexaglot):
    # Two term lists numbered 1, 2, …: the concepts became one, and the finding said to use
    # `синхронный перевод` for `незаконный провоз мигрантов`.
    (tmp_path / "a.csv").write_text("ID,English,Russian,Russian note\n1,smuggling of migrants,незаконный ввоз мигрантов,"
                                    "Do not use: незаконный провоз мигрантов\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("ID,English,Russian\n1,simultaneous interpretation,синхронный перевод\n", encoding="utf-8")
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "doc.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgid "Smuggling of migrants"\nmsgstr "Незаконный провоз мигрантов"\n', encoding="utf-8")
    result = hexaglot("check", "--glossary", "a.csv", "--glossary", "b.csv", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == ("hexaglot: b.csv: [E049] concept id 'concept-1' is also a concept of a.csv: the checks would "
                                     "read the two as one; give one file's concepts other ids (`hexaglot glossary "
                                     "import b.csv --out a.csv` merges by id: it would put this concept in the place of "
                                     "a.csv's, not beside it)")


def test_a_term_list_without_ids_beside_the_glossary_is_checked_as_concepts_of_its_own(project, hexaglot):
    # Its ids are made from its English terms: `working-group`, the shipped glossary's too. The
    # two were one concept, the list's, and the glossary's working group lost its other terms.
    (project / "extra.csv").write_text("English,Russian,Russian note\nworking group,рабочая группа,"
                                       "Do not use: рабочая комиссия (deprecated)\n", encoding="utf-8")
    russian = project / "corpora" / "CTOC-COP-WG.7-2022-1" / "ru.txt"
    russian.write_text(russian.read_text(encoding="utf-8").replace("Рабочей группы", "Рабочей комиссии", 1), encoding="utf-8")
    assert hexaglot("extract", cwd=project).returncode == 0
    result = hexaglot("check", "--no-cache", "--glossary", "glossaries/untoc-som.tbx", "--glossary", "extra.csv",
                      "--select", "TERM002", "--format", "json", cwd=project)
    assert result.returncode == 1, result.stderr
    assert {(f["concept"], f["found"]) for f in json.loads(result.stdout)["findings"]} >= {("working-group-2", "Рабочей комиссии")}


def test_one_tbx_that_gives_one_id_to_two_entries_is_refused_by_check_and_named_by_lint(tmp_path):
    entry = GROUPED_V3[len(V3_HEAD):-len(V3_TAIL)]
    (tmp_path / "twice.tbx").write_text(V3_HEAD + entry + entry.replace("smuggling of migrants", "migrant smuggling") + V3_TAIL,
                                        encoding="utf-8")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(tmp_path / "twice.tbx")
    assert caught.value.code == "E049" and "'smuggling-of-migrants' is given to two concept entries" in caught.value.message
    assert [p.code for p in lint_file(tmp_path / "twice.tbx") if p.severity == "error"] == ["GLS002"]


def test_lint_names_a_language_none_of_the_six_a_term_in_the_wrong_script_and_synonyms_in_one_term(tmp_path):
    (tmp_path / "terms.csv").write_text(
        "English,ur,Chinese\n"
        "smuggling of migrants,незаконный ввоз мигрантов,偷运移民\n"
        "working group,рабочая группа,الفريق العامل\n"
        '"smuggling of migrants, migrant smuggling",,\n', encoding="utf-8")
    (tmp_path / "mixed.csv").write_text("English,Russian\nworking group,Рабочaя группa\nland and sea,\"по суше, морю и воздуху\"\n"
                                        "COVID-19,COVID-19\nIT specialist,IT-специалист\ntext message,SMS-сообщение\n"
                                        "email address,адрес e-mail\n", encoding="utf-8")
    found = [(p.code, p.lang, p.message) for p in lint_file(tmp_path / "terms.csv") if p.code in ("GLS016", "GLS017", "GLS018")]
    assert ("GLS016", "ur", "2 terms in 'ur', which is none of the six languages: kept, and looked for in no catalog") in found
    assert ("GLS017", "ur", "'незаконный ввоз мигрантов' is written in Cyrillic, not in Arabic as ur is (ru meant?)") in found
    assert ("GLS017", "zh", "'الفريق العامل' is written in Arabic, not in Han as zh is: a term in the wrong column?") in found
    assert ("GLS018", "en", "'smuggling of migrants, migrant smuggling' writes 2 terms in one, found only as written: give "
            "'smuggling of migrants' and 'migrant smuggling' as terms of their own") in found
    assert len(found) == 5  # and рабочая группа under ur
    mixed = [(p.code, p.message) for p in lint_file(tmp_path / "mixed.csv") if p.code in ("GLS016", "GLS017", "GLS018")]
    # An enumeration in a term, an acronym every language writes in Latin, a Latin word beside
    # Russian ones, are terms as written.
    assert mixed == [("GLS017", "'Рабочaя группa' mixes Latin and Cyrillic letters in 'Рабочaя': retype it in one script")]


def test_lint_names_chinese_synonyms_listed_with_chinese_commas_in_one_term(tmp_path):
    # `偷运移民、移民偷运` read as one term, and check then asked every correct Chinese sentence
    # for it (TERM001); the Latin comma was said, the enumeration comma and the full-width not.
    (tmp_path / "terms.csv").write_text(
        "ID,English,Chinese\n"
        "som,smuggling of migrants,偷运移民、移民偷运\n"
        "sp,State party,缔约国，缔约方\n"
        "protocol,Smuggling of Migrants Protocol,联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书\n", encoding="utf-8")
    found = [(p.code, p.concept) for p in lint_file(tmp_path / "terms.csv") if p.code == "GLS018"]
    assert found == [("GLS018", "som"), ("GLS018", "sp")]


@pytest.mark.parametrize("heading, lang", [("Russian (ru)", "ru"), ("English (US)", "en"), ("Russian (RU)", "ru"),
                                           ("Arabic (SA)", "ar"), ("Chinese (Hans)", "zh")])
def test_a_language_heading_with_its_code_or_region_code_in_brackets_is_the_language(tmp_path, heading, lang):
    (tmp_path / "terms.csv").write_text(f"ID,{heading}\nx,термин\n", encoding="utf-8")
    assert load_glossary(tmp_path / "terms.csv").concepts[0].terms[0].lang == lang


@pytest.mark.parametrize("heading, lang", [
    # As Windows names a language and Trados and MultiTerm head their exports' columns with it.
    ("Chinese (Simplified, PRC)", "zh"), ("Spanish (Spain, International Sort)", "es"), ("Arabic (U.A.E.)", "ar"),
    ("English (U.S.)", "en"), ("Simplified Chinese", "zh"), ("简体中文", "zh"), ("Русский язык", "ru"),
    ("French (France)", "fr"), ("Chinese (Simplified, Hong Kong S.A.R.)", "zh"), ("Chinese (Hong Kong S.A.R.)", "zh-Hant"),
    ("Chinese (Macao S.A.R.)", "zh-Hant"),
    # the region as the UN names its Member States
    ("Russian (Russian Federation)", "ru"), ("Arabic (Syrian Arab Republic)", "ar"),
    ("English (United Kingdom of Great Britain and Northern Ireland)", "en"), ("Chinese (People's Republic of China)", "zh"),
    # Windows' and Trados's legacy tags for Chinese (probe 66e)
    ("zh-CHS", "zh"), ("zh-CHT", "zh-Hant"),
])
def test_a_language_heading_as_windows_and_cat_tools_name_it_is_the_language(tmp_path, heading, lang):
    # Each was E015 ("not a script or region"): an export could not be read without editing.
    (tmp_path / "terms.csv").write_text(f'ID,"{heading}"\nx,термин\n', encoding="utf-8")
    assert load_glossary(tmp_path / "terms.csv").concepts[0].terms[0].lang == lang


def test_traditional_chinese_named_as_windows_names_it_is_kept_apart(tmp_path):
    (tmp_path / "terms.csv").write_text("ID,English,\"Chinese (Traditional, Taiwan)\"\nx,migrant,移民\n", encoding="utf-8")
    assert [term.lang for term in load_glossary(tmp_path / "terms.csv").concepts[0].terms] == ["en", "zh-Hant"]


def test_inflecting_a_concept_with_no_russian_term_says_so(tmp_path, hexaglot):
    (tmp_path / "terms.csv").write_text("ID,English,French\nsom,smuggling of migrants,trafic illicite de migrants\n",
                                        encoding="utf-8")
    result = hexaglot("glossary", "inflect", "--concept", "som", "--glossary", "terms.csv", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == "hexaglot: terms.csv: [E016] concept 'som' has no Russian term to inflect"


def test_a_term_note_group_s_source_stays_the_status_s(tmp_path, hexaglot):
    (tmp_path / "grouped.tbx").write_text(GROUPED_V3, encoding="utf-8")
    [_, variant] = load_glossary(tmp_path / "grouped.tbx").concepts[0].terms_in("ru")
    assert variant.source == ""  # UNTERM is the status's source, not the term's
    assert hexaglot("glossary", "import", "grouped.tbx", "--out", "out.tbx", cwd=tmp_path).returncode == 0
    written = (tmp_path / "out.tbx").read_text(encoding="utf-8")
    # The group is written back with the status in it: written without, it held no termNote,
    # which TBX does not allow, and the status stood apart from its source.
    assert ('<termNoteGrp><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>'
            '<admin type="source">UNTERM</admin></termNoteGrp>') in written
    assert written.count("deprecatedTerm-admn-sts") == 1
    [_, again] = load_glossary(tmp_path / "out.tbx").concepts[0].terms_in("ru")
    assert (again.status, again.source) == (TermStatus.DEPRECATED, "")


def test_run_refuses_a_glossary_it_cannot_use_before_it_writes_a_catalog(project, hexaglot):
    # It was read at the check, after every catalog was written.
    (project / "a.csv").write_text("ID,English,Russian\n1,smuggling of migrants,незаконный ввоз мигрантов\n", encoding="utf-8")
    (project / "b.csv").write_text("ID,English,Russian\n1,working group,рабочая группа\n", encoding="utf-8")
    result = hexaglot("run", "--glossary", "a.csv", "--glossary", "b.csv", cwd=project)
    assert result.returncode == 2 and "[E049]" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (project / "locale").exists()


def test_rejected_terms_a_note_lists_under_other_labels_or_in_quotation_marks_are_terms(tmp_path):
    # `Deprecated: …`, `Не рекомендуется: …` were kept as the preferred term's note, the terms
    # they reject lost; a term in quotation marks kept them, and was found only where a text
    # quotes it.
    (tmp_path / "terms.csv").write_text(
        "ID,English,Russian,Russian note,French\n"
        'som,smuggling of migrants,незаконный ввоз мигрантов,"Deprecated: контрабанда мигрантов; провоз мигрантов. '
        'Не рекомендуется: «нелегальный ввоз». Термин Протокола.","trafic illicite de migrants|""passage clandestin de migrants"" (deprecated)"\n',
        encoding="utf-8")
    terms = {(t.lang, t.text): (t.status.value, t.note) for t in load_glossary(tmp_path / "terms.csv").concepts[0].terms}
    assert terms[("ru", "контрабанда мигрантов")][0] == terms[("ru", "провоз мигрантов")][0] == "deprecated"
    assert terms[("ru", "нелегальный ввоз")][0] == "forbidden"
    assert terms[("fr", "passage clandestin de migrants")][0] == "deprecated"
    assert terms[("ru", "незаконный ввоз мигрантов")][1].startswith("Термин Протокола")


def test_a_status_opening_prose_stays_the_note_and_quotes_inside_a_term_stay(tmp_path):
    # `Obsoleto: antes de 2004.` made `antes de 2004` a deprecated term, and TERM002 found it in
    # ordinary Spanish; `"Palermo" et "Vienna"` lost its outer quotes and kept the inner ones.
    text = ('English,French,French note,Spanish,Spanish note\n'
            'smuggling of migrants,trafic illicite de migrants,"Terme du Protocole. Obsolète : depuis 2004, le terme est aligné.",'
            'tráfico ilícito de migrantes,"Obsoleto: antes de 2004."\n'
            '"""Palermo"" Convention","""Palermo"" et ""Vienna""",,Convención de Palermo,\n')
    (tmp_path / "terms.csv").write_text(text, encoding="utf-8")
    concepts = load_glossary(tmp_path / "terms.csv").concepts
    terms = {(t.lang, t.text): t for c in concepts for t in c.terms}
    assert [t.status.value for t in terms.values() if t.lang in ("fr", "es")] == ["preferred"] * 4
    assert terms[("es", "tráfico ilícito de migrantes")].note == "Obsoleto: antes de 2004."
    assert "depuis 2004" in terms[("fr", "trafic illicite de migrants")].note
    assert ("fr", '"Palermo" et "Vienna"') in terms


def test_an_acronym_listed_beside_the_full_name_is_its_acronym_not_a_rival_variant(tmp_path):
    # `Управление … | УНП ООН`: TERM004 said the catalog used two variants of the name where
    # one entry wrote the name and another the acronym, as a TBX with termType says it does not.
    from pipeline.checks import selected
    from pipeline.model import CatalogFile, Entry
    from pipeline.run import check_catalog, terminology_for

    (tmp_path / "terms.csv").write_text(
        "ID,English,Russian\nunodc,United Nations Office on Drugs and Crime|UNODC,"
        "Управление Организации Объединенных Наций по наркотикам и преступности|УНП ООН\n", encoding="utf-8")
    glossary = load_glossary(tmp_path / "terms.csv")
    assert [(t.text, t.term_type) for t in glossary.concepts[0].terms_in("ru")][1] == ("УНП ООН", "acronym")
    entries = (Entry("a", "The United Nations Office on Drugs and Crime reported.",
                     "Управление Организации Объединенных Наций по наркотикам и преступности сообщило.", 1),
               Entry("b", "UNODC reported.", "УНП ООН сообщило.", 2))
    findings = check_catalog(CatalogFile("t.po", "ru", entries), selected(["TERM004"]), terminology_for([glossary]), "en")
    assert findings == []


def test_two_acronyms_or_a_name_in_capitals_are_rival_variants_still(tmp_path):
    # Tagging every term in capitals after the first as an acronym put `ONUDC` and `UNODC`, and
    # `États Membres` and `ÉTATS MEMBRES`, in groups of their own: TERM004 said neither.
    (tmp_path / "terms.csv").write_text(
        "ID,English,French\nunodc,United Nations Office on Drugs and Crime|UNODC,ONUDC|UNODC\n"
        "ms,Member States,États Membres|ÉTATS MEMBRES\n", encoding="utf-8")
    concepts = load_glossary(tmp_path / "terms.csv").concepts
    types = {(t.lang, t.text): t.term_type for c in concepts for t in c.terms}
    assert types[("en", "UNODC")] == "acronym"
    assert types[("fr", "UNODC")] == "" and types[("fr", "ÉTATS MEMBRES")] == ""


def test_import_says_the_terms_it_took_as_typed_that_lint_would_question(tmp_path):
    # Synonyms typed into one cell with a comma were imported as one term, matched by no text,
    # "2 concepts, 4 terms" and nothing more: only a later lint said so (a terminologist's probe).
    (tmp_path / "list.csv").write_text("English;Russian\n"
                                       "smuggling of migrants;незаконный ввоз мигрантов, нелегальный ввоз мигрантов\n"
                                       "mutual legal assistance;взаимная правовая помощь\n", encoding="utf-8")
    result = run_hexaglot("glossary", "import", "list.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "GLS018" in result.stdout and "'незаконный ввоз мигрантов, нелегальный ввоз мигрантов'" in result.stdout
    assert "взаимная правовая помощь" not in result.stdout  # the clean row is not named
    # A line break typed inside a term's cell (Alt+Enter) is a space: no term spans two lines.
    (tmp_path / "terms.csv").write_text('concept id,en 1 term,ru 1 term\r\nc1,"smuggling\r\nof migrants",незаконный ввоз мигрантов\r\n',
                                        encoding="utf-8")
    assert [t.text for t in load_glossary(tmp_path / "terms.csv").concepts[0].terms] == \
        ["smuggling of migrants", "незаконный ввоз мигрантов"]


def test_lint_of_a_sheet_that_gives_one_id_twice_reports_it_at_its_row(tmp_path):
    # `glossary lint` of a CSV with a concept id on two rows stopped with E049, no row, telling
    # the user to run `hexaglot glossary lint`; a TBX's twice-given id is lint's GLS002 at its line.
    (tmp_path / "dup.csv").write_text("concept id,en 1 term,ru 1 term\n"
                                      "c1,smuggling of migrants,незаконный ввоз мигрантов\n"
                                      "c1,mutual legal assistance,взаимная правовая помощь\n", encoding="utf-8")
    result = run_hexaglot("glossary", "lint", "dup.csv", cwd=tmp_path)
    assert result.returncode == 1 and result.stderr == "", result.stderr
    assert "dup.csv:3: GLS002 error: [c1] concept id 'c1' is used twice" in result.stdout, result.stdout
    # Read to check or import, it is refused with the row of the second.
    refused = run_hexaglot("glossary", "import", "dup.csv", "--out", "g.tbx", cwd=tmp_path)
    assert refused.returncode == 2 and "dup.csv:3: [E049]" in refused.stderr and "glossary lint" not in refused.stderr
