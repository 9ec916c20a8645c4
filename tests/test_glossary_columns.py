"""A glossary kept as one column per language (a CAT tool's termbase export, a term list in a
spreadsheet, hexaglot's own `--layout cat` export) is read as the terminologist wrote it, and
checked against: approved terms, the preferred first, rejected terms from the language's note;
what cannot be read is refused by name."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest

from pipeline.errors import HexaglotInputError
from pipeline.glossary import load_glossary, save_glossary
from pipeline.model import TermStatus, Verification
from tests.conftest import ROOT, run_hexaglot

GLOSSARY = ROOT / "glossaries" / "untoc-som.tbx"

# As memoQ or the Glossary Converter export a termbase: language names as headings, synonyms
# split by `|`, a note column per language; Chinese headed as those tools head it.
MEMOQ = (
    "English,Russian,Russian note,French,Chinese (Simplified)\n"
    "smuggling of migrants|migrant smuggling,незаконный ввоз мигрантов,"
    "Do not use: контрабанда мигрантов (deprecated); незаконный провоз мигрантов (forbidden),"
    "trafic illicite de migrants,偷运移民\n"
    "States parties,государства-участники,,États parties,缔约国\n"
)


def _glossary(tmp_path, text, name="terms.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return load_glossary(path)


def test_a_cat_tools_termbase_export_is_read_as_the_terminologist_wrote_it(tmp_path):
    glossary = _glossary(tmp_path, MEMOQ)
    smuggling, parties = glossary.concepts
    assert (smuggling.id, parties.id) == ("smuggling-of-migrants", "states-parties")  # no ID column: from the English term
    assert [(t.text, t.status) for t in smuggling.terms_in("en")] == [
        ("smuggling of migrants", TermStatus.PREFERRED), ("migrant smuggling", TermStatus.ADMITTED)]
    assert [(t.text, t.status) for t in smuggling.terms_in("ru")] == [
        ("незаконный ввоз мигрантов", TermStatus.PREFERRED), ("контрабанда мигрантов", TermStatus.DEPRECATED),
        ("незаконный провоз мигрантов", TermStatus.FORBIDDEN)]
    assert [t.text for t in parties.terms_in("zh")] == ["缔约国"] and glossary.source_lang == "en"


def test_the_check_finds_what_the_spreadsheet_approves_and_rejects(tmp_path):
    (tmp_path / "glossary.csv").write_text(MEMOQ, encoding="utf-8")
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "report.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
        'msgid "The smuggling of migrants is a crime."\n'
        'msgstr "Контрабанда мигрантов является преступлением."\n', encoding="utf-8")
    result = run_hexaglot("check", "locale", "--glossary", "glossary.csv", "--format", "json", "--select", "TERM", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["concept"], finding["found"]) == ("TERM002", "smuggling-of-migrants", "Контрабанда мигрантов")
    assert "незаконный ввоз мигрантов" in finding["expected"]
    # The approved term, inflected: nothing to say.
    catalog.write_text(catalog.read_text(encoding="utf-8").replace("Контрабанда мигрантов", "Незаконный ввоз мигрантов"),
                       encoding="utf-8")
    result = run_hexaglot("check", "locale", "--glossary", "glossary.csv", "--format", "json", "--select", "TERM", cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout)["findings"] == []


def test_hexaglots_cat_export_reads_back_with_every_term_it_holds(tmp_path):
    exported = tmp_path / "terms.csv"
    assert run_hexaglot("glossary", "export", str(GLOSSARY), "--out", str(exported), "--layout", "cat",
                        cwd=tmp_path).returncode == 0
    original, read = load_glossary(GLOSSARY), load_glossary(exported)
    assert [c.id for c in read.concepts] == [c.id for c in original.concepts]
    for before, after in zip(original.concepts, read.concepts):
        assert (after.subject, after.definition, after.note) == (before.subject, before.definition, before.note)
        for lang in ("ar", "en", "es", "fr", "ru", "zh"):
            written = [t for t in before.terms_in(lang) if not t.pattern]  # the export leaves patterns out
            approved = sorted((t.text, t.verification) for t in written if t.status.approved)
            rejected = sorted((t.text, t.status) for t in written if not t.status.approved)
            assert sorted((t.text, t.verification) for t in after.terms_in(lang) if t.status.approved) == approved
            assert sorted((t.text, t.status) for t in after.terms_in(lang) if not t.status.approved) == rejected
            preferred = [t.text for t in written if t.status is TermStatus.PREFERRED]
            assert not preferred or after.terms_in(lang)[0].text in preferred


def test_codes_as_headings_an_id_column_and_an_xlsx_sheet(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in (["ID", "en", "ru-RU", "zh_Hans", "fr note", "fr"],
                ["conference-of-the-parties", "Conference of the Parties", "Конференция Участников; Конференция",
                 "缔约方会议", "À vérifier dans les rapports", "Conférence des Parties"]):
        sheet.append(row)
    workbook.save(tmp_path / "terms.xlsx")
    [concept] = load_glossary(tmp_path / "terms.xlsx").concepts
    assert concept.id == "conference-of-the-parties"
    assert [t.text for t in concept.terms_in("ru")] == ["Конференция Участников", "Конференция"]
    assert concept.terms_in("fr")[0].note == "À vérifier dans les rapports"


def test_a_workbook_of_one_sheet_per_subject_is_refused_not_read_in_part(tmp_path):
    # Sheet 2 (`asset recovery`) was never read: glossary import said "1 added", exit 0.
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Migration"
    for title, row in (("Migration", ["financial intelligence unit", "подразделение финансовой разведки"]),
                       ("Crime", ["asset recovery", "возвращение активов"])):
        sheet = workbook[title] if title in workbook.sheetnames else workbook.create_sheet(title)
        sheet.append(["English", "Russian"])
        sheet.append(row)
    workbook.create_sheet("Empty")
    workbook.save(tmp_path / "terms.xlsx")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(tmp_path / "terms.xlsx")
    assert caught.value.code == "E015" and "its sheets 'Migration', 'Crime' all hold cells" in caught.value.message
    # Named `glossary`, the one sheet to read is the terminologist's to say.
    workbook["Crime"].title = "glossary"
    workbook.save(tmp_path / "terms.xlsx")
    assert [c.terms_in("en")[0].text for c in load_glossary(tmp_path / "terms.xlsx").concepts] == ["asset recovery"]
    # One sheet that holds cells, among empty ones, is the list.
    del workbook["Migration"]
    workbook["glossary"].title = "Crime"
    workbook.save(tmp_path / "terms.xlsx")
    assert len(load_glossary(tmp_path / "terms.xlsx").concepts) == 1
    # A sheet named `Glossary` is the one named so (Excel's names have no case), and a hidden
    # sheet (a picklist's values) is none a person keeps terms in: both were refused.
    workbook.create_sheet("Lists").append(["preferred", "admitted", "forbidden"])
    workbook["Lists"].sheet_state = "hidden"
    workbook.save(tmp_path / "terms.xlsx")
    assert [c.terms_in("en")[0].text for c in load_glossary(tmp_path / "terms.xlsx").concepts] == ["asset recovery"]
    workbook.create_sheet("Read me").append(["Terms of the Crime Commission, 2024"])
    workbook["Crime"].title = "Glossary"
    workbook.save(tmp_path / "terms.xlsx")
    assert [c.terms_in("en")[0].text for c in load_glossary(tmp_path / "terms.xlsx").concepts] == ["asset recovery"]
    # ... but an empty `Glossary` sheet (a cover) is none, in any case: the one that holds the terms is read
    for name in ("Glossary", "glossary"):
        covered = Workbook()
        covered.active.title = name
        covered.create_sheet("Terms").append(["English", "Russian"])
        covered["Terms"].append(["asset recovery", "возвращение активов"])
        covered.save(tmp_path / "covered.xlsx")
        assert [c.terms_in("en")[0].text for c in load_glossary(tmp_path / "covered.xlsx").concepts] == ["asset recovery"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_term_list_in_utf_16_without_a_byte_order_mark_is_read(tmp_path, codec):
    # A script's or a termbase tool's export: refused as "not valid UTF-8 … Windows-1252", or
    # its header as no language header, though its NULs say what it is.
    (tmp_path / "terms.txt").write_bytes("English\tRussian\tChinese\nsmuggling of migrants\tнезаконный ввоз мигрантов\t偷运移民\n"
                                         .encode(codec))
    [concept] = load_glossary(tmp_path / "terms.txt").concepts
    assert [t.text for t in concept.terms] == ["smuggling of migrants", "незаконный ввоз мигрантов", "偷运移民"]


def test_terms_still_to_verify_keep_their_marks(tmp_path):
    glossary = _glossary(tmp_path, "English,Arabic,Arabic note\n"
                                   "migrant,مهاجر|المهاجر,To verify: المهاجر ?\n")
    assert [(t.text, t.verification) for t in glossary.concepts[0].terms_in("ar")] == [
        ("مهاجر", Verification.VERIFIED), ("المهاجر", Verification.UNCERTAIN)]


@pytest.mark.parametrize("note", [
    "Do not use: contrabando de migrantes (forbidden). Término del Protocolo.",  # the note goes on after the list
    "Do not use: contrabando de migrantes (Forbidden)",  # typed by a person
    "Do not use: contrabando de migrantes (forbidden)\ntráfico de personas (deprecated)",  # Alt+Enter in Excel
    # the list ended by its stop, the note's lines after it are its text, not terms
    "Do not use: contrabando de migrantes (forbidden).\nTérmino del Protocolo",
])
def test_rejected_terms_in_a_note_are_found_however_a_person_typed_the_list(tmp_path, note):
    # Each of these made one term of the status, the line break or the sentence after it
    # (`contrabando de migrantes (Forbidden)`), looked for as written and never found: the
    # forbidden variant passed with lint and check both silent.
    glossary = _glossary(tmp_path, f'English,Spanish,Spanish note\nsmuggling of migrants,tráfico ilícito de migrantes,"{note}"\n')
    spanish = glossary.concepts[0].terms_in("es")
    assert spanish[0].text == "tráfico ilícito de migrantes" and spanish[0].status is TermStatus.PREFERRED
    assert (spanish[1].text, spanish[1].status) == ("contrabando de migrantes", TermStatus.FORBIDDEN)
    if "tráfico de personas" in note:
        assert (spanish[2].text, spanish[2].status) == ("tráfico de personas", TermStatus.DEPRECATED)
    assert len(spanish) == 2 + ("tráfico de personas" in note)
    # (the note after the list as written, its stop with it)
    assert spanish[0].note == (note[note.index("Término"):] if "Término" in note else "")


@pytest.mark.parametrize("text, said", [
    ("English,Russian (Draft)\nsmuggling of migrants,незаконный ввоз мигрантов\n", "'Draft' in column 'Russian (Draft)'"),
    ("English,Russian,Colour\nsmuggling of migrants,незаконный ввоз мигрантов,red\n", "column 'Colour' is neither"),
    ("English,Russian,en\nsmuggling of migrants,незаконный ввоз мигрантов,x\n", "column 'en' names what an earlier"),
    ("ID,English\nsom,smuggling of migrants\nsom,migrant smuggling\n", "concept id 'som' is on an earlier row"),
    ("English,Russian note\nsmuggling,Everything here\n", "a ru note with no ru term"),
    ("English,Spanish,Spanish note\nsmuggling of migrants,tráfico ilícito de migrantes,"
     "Do not use: contrabando de migrantes (admitted)\n", "gives a rejected es term an approved status"),
    ("English,Spanish,Spanish note\nsmuggling of migrants,tráfico ilícito de migrantes,"
     "Do not use: contrabando de migrantes (forbidden) tráfico de personas (deprecated)\n", "separate the terms with ';'"),
    # The row's preferred term is also one not to use: read so, it demoted the glossary's.
    ("English,Russian,Russian note\nsmuggling of migrants,незаконный ввоз мигрантов,"
     "Do not use: незаконный ввоз мигрантов (deprecated)\n", "'незаконный ввоз мигрантов' is in the ru column and in the note"),
    ("English,Russian,Russian note\nreport,отчёт,Do not use: отчет\n", "'отчёт' (as 'отчет', one spelling to the matcher) is in the ru column and in the note"),
])
def test_what_cannot_be_read_is_refused_by_name(tmp_path, text, said):
    with pytest.raises(HexaglotInputError) as caught:
        _glossary(tmp_path, text)
    assert caught.value.code == "E015" and said in caught.value.message


def test_a_status_written_after_a_term_in_its_language_s_column_is_its_status(tmp_path):
    # `анкета (deprecated)` in the Russian column was an admitted term, words and brackets
    # included: never found, the deprecated variant passed, and TERM001 offered it as approved.
    glossary = _glossary(tmp_path, 'English,Russian\nquestionnaire,"вопросник\nанкета (Deprecated)"\n'
                                   'smuggling of migrants,незаконный ввоз мигрантов; контрабанда мигрантов (forbidden)\n')
    russian = [(t.text, t.status) for concept in glossary.concepts for t in concept.terms_in("ru")]
    assert russian == [("вопросник", TermStatus.PREFERRED), ("анкета", TermStatus.DEPRECATED),
                       ("незаконный ввоз мигрантов", TermStatus.PREFERRED), ("контрабанда мигрантов", TermStatus.FORBIDDEN)]


@pytest.mark.parametrize("cell, said", [
    ("незаконный ввоз мигрантов; незаконный провоз мигрантов (не рекомендуется)", "'незаконный провоз мигрантов (не рекомендуется)'"),
    ("tráfico ilícito de migrantes|contrabando de migrantes (no recomendado)", "'contrabando de migrantes (no recomendado)'"),
    ("偷运移民；人口走私（不推荐）", "'人口走私（不推荐）'"),
])
def test_a_status_in_another_language_in_a_term_s_cell_is_refused_by_name(tmp_path, cell, said):
    lang = "Russian" if "мигрантов" in cell else "Spanish" if "tráfico" in cell else "Chinese"
    with pytest.raises(HexaglotInputError) as caught:
        _glossary(tmp_path, f'English,{lang}\nsmuggling of migrants,"{cell}"\n')
    assert caught.value.code == "E015" and said in caught.value.message and "(deprecated)" in caught.value.message


def test_a_term_list_without_ids_gets_one_id_per_concept(tmp_path):
    glossary = _glossary(tmp_path, "Russian,English\nдоклад,report\nотчет,report\nпротокол,\n")
    assert [c.id for c in glossary.concepts] == ["report", "report-2", "протокол"]
    copy = tmp_path / "copy.tbx"
    shutil.copy(tmp_path / "terms.csv", tmp_path / "again.csv")
    assert run_hexaglot("glossary", "import", "again.csv", "--out", str(copy), cwd=tmp_path).returncode == 0
    assert [c.id for c in load_glossary(copy).concepts] == ["report", "report-2", "протокол"]


def test_a_traditional_chinese_column_is_kept_apart_from_un_chinese(tmp_path):
    glossary = _glossary(tmp_path, "English,Chinese (Simplified),Chinese (Traditional)\n"
                                   "smuggling of migrants,偷运移民,偷運移民\n")
    [concept] = glossary.concepts
    assert [t.text for t in concept.terms_in("zh")] == ["偷运移民"]
    assert [t.text for t in concept.terms_in("zh-Hant")] == ["偷運移民"]


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_csv_saved_with_semicolons_or_tabs_is_read_by_its_separator(tmp_path, separator):
    # Excel saves CSV with semicolons where the decimal mark is a comma (French, Russian,
    # Spanish settings); a termbase exported as tab-separated text is often named .csv.
    rows = [["English", "Russian", "French"],
            ["smuggling of migrants", "незаконный ввоз мигрантов", "trafic illicite de migrants, en bref"]]
    text = "\r\n".join(separator.join(f'"{cell}"' if "," in cell else cell for cell in row) for row in rows) + "\r\n"
    [concept] = _glossary(tmp_path, text).concepts
    assert [t.text for t in concept.terms_in("ru")] == ["незаконный ввоз мигрантов"]
    assert [t.text for t in concept.terms_in("fr")] == ["trafic illicite de migrants, en bref"]


def test_a_termbase_s_regions_are_its_languages(tmp_path):
    # memoQ heads its columns with the termbase's locales; UN English is British English.
    glossary = _glossary(tmp_path, "English (United Kingdom),Arabic (Saudi Arabia),German\n"
                                   "smuggling of migrants,تهريب المهاجرين,Schleusung\n")
    [concept] = glossary.concepts
    assert [(t.lang, t.text) for t in concept.terms] == [
        ("en", "smuggling of migrants"), ("ar", "تهريب المهاجرين"), ("de", "Schleusung")]


def test_a_row_without_its_id_gets_one_that_no_written_id_takes(tmp_path):
    glossary = _glossary(tmp_path, "ID,English\nreport,report of the Working Group\n,report\n")
    assert [c.id for c in glossary.concepts] == ["report", "report-2"]


def test_a_list_saved_by_excel_in_a_french_or_russian_locale_is_read(tmp_path):
    # Excel in a locale whose decimal mark is the comma separates a CSV's cells by `;` (and
    # quotes a cell that holds one): the whole header was one unknown column.
    glossary = _glossary(tmp_path, "English;Russian\n"
                         'smuggling of migrants;"незаконный ввоз мигрантов;незаконный ввоз"\n'
                         "States parties;государства-участники\n")
    smuggling, parties = glossary.concepts
    assert [t.text for t in smuggling.terms_in("ru")] == ["незаконный ввоз мигрантов", "незаконный ввоз"]
    assert [t.text for t in parties.terms_in("en")] == ["States parties"]


def test_ids_a_termbase_numbers_its_entries_by_are_written_as_tbx_ids(tmp_path):
    # memoQ and MultiTerm number their entries; TBX's conceptEntry id is an XML ID (a letter or
    # _ first, no spaces or colons), and `1` or `UN 1` made a TBX that validating tools refuse.
    (tmp_path / "terms.csv").write_text("ID,English,Russian\n1,States parties,государства-участники\n"
                                        "UN 2,smuggling of migrants,незаконный ввоз мигрантов\n"
                                        "som:3,migrant,мигрант\nmeeting,meeting,совещание\n", encoding="utf-8")
    assert run_hexaglot("glossary", "import", "terms.csv", "--out", "terms.tbx", cwd=tmp_path).returncode == 0
    ids = [c.id for c in load_glossary(tmp_path / "terms.tbx").concepts]
    assert ids == ["concept-1", "UN-2", "som-3", "meeting"]


@pytest.mark.parametrize("heading", ["No.", "No", "#", "N°", "Nº", "Number"])
def test_a_column_of_row_numbers_is_not_read_as_terms(tmp_path, heading):
    # A term list kept in a spreadsheet numbers its rows; `No` is Norwegian's code too.
    glossary = _glossary(tmp_path, f"{heading},English,Russian\n1,smuggling of migrants,незаконный ввоз мигрантов\n"
                                   "2,States parties,государства-участники\n")
    assert [c.id for c in glossary.concepts] == ["smuggling-of-migrants", "states-parties"]
    assert {t.lang for c in glossary.concepts for t in c.terms} == {"en", "ru"}


def test_a_no_column_of_words_is_norwegian(tmp_path):
    [concept] = _glossary(tmp_path, "English,No\nsmuggling of migrants,menneskesmugling\n").concepts
    assert [(t.lang, t.text) for t in concept.terms] == [("en", "smuggling of migrants"), ("no", "menneskesmugling")]


@pytest.mark.parametrize("name, encoding", [("terms.tsv", "utf-8"), ("terms.txt", "utf-16"), ("terms.csv", "utf-16")])
def test_a_termbase_saved_as_unicode_text_is_read(tmp_path, name, encoding):
    # Excel's "Unicode Text" and a CAT tool's tab-delimited export: tabs, UTF-16 with its mark.
    text = "English\tRussian\tChinese (Simplified)\r\nsmuggling of migrants\tнезаконный ввоз мигрантов\t偷运移民\r\n"
    (tmp_path / name).write_bytes(text.encode(encoding))
    [concept] = load_glossary(tmp_path / name).concepts
    assert [(t.lang, t.text) for t in concept.terms] == [
        ("en", "smuggling of migrants"), ("ru", "незаконный ввоз мигрантов"), ("zh", "偷运移民")]


@pytest.mark.parametrize("cell", [
    "ДВЗЯИ (Договор о всеобъемлющем запрещении ядерных испытаний)", "НЯ (нежелательное явление)",
    "obsolete munitions (obsolete ammunition)", "违禁品（禁用物品）", "coronavirus disease (COVID-19)",
    "Conference of the Parties (COP)",
])
def test_a_term_with_an_expansion_or_synonym_in_brackets_is_a_term(tmp_path, cell):
    # A status word inside an expansion is no status: these were refused (E015).
    glossary = _glossary(tmp_path, f'English,Russian\nx,"{cell}"\n')
    assert [t.text for t in glossary.concepts[0].terms_in("ru")] == [cell]


def test_not_recommended_is_tbx_s_forbidden_in_a_cell_as_in_a_note(tmp_path):
    glossary = _glossary(tmp_path, 'English,Russian,Russian note\nx,"term a; term b (Not recommended)","Do not use: term c '
                                   '(not recommended)."\n')
    assert [(t.text, t.status) for t in glossary.concepts[0].terms_in("ru")] == [
        ("term a", TermStatus.PREFERRED), ("term b", TermStatus.FORBIDDEN), ("term c", TermStatus.FORBIDDEN)]


@pytest.mark.parametrize("cell", ["term b (avoid)", "term b (do not use)", "term b [deprecated]",
                                  "term b (deprecated term)", "term b (Rejected).", "term b (не рек.)"])
def test_a_status_in_other_english_words_is_refused_by_name(tmp_path, cell):
    with pytest.raises(HexaglotInputError) as caught:
        _glossary(tmp_path, f'English,Russian\nx,"term a; {cell}"\n')
    assert caught.value.code == "E015" and cell in caught.value.message


# The preferred terms of three concepts of the shipped glossary, as a terminologist keeps them
# in a spreadsheet saved by Excel under French settings: no ID column, so each row names its
# concept only by its terms (the glossary's ids are `smuggling-of-migrants`, `cop`,
# `trafficking-in-persons`).
TERM_LIST = (
    "English;French;Spanish;Russian;Arabic;Chinese\n"
    "smuggling of migrants;trafic illicite de migrants;tráfico ilícito de migrantes;незаконный ввоз мигрантов;"
    "تهريب المهاجرين;偷运移民\n"
    "Conference of the Parties;Conférence des Parties;Conferencia de las Partes;Конференция участников;"
    "مؤتمر الأطراف;缔约方会议\n"
    "trafficking in persons;traite des personnes;trata de personas;торговля людьми;الاتجار بالأشخاص;贩运人口\n"
)


def _terms_of(concept):
    return sorted((t.lang, t.text, t.status, t.verification, t.contexts, t.pattern, t.note) for t in concept.terms)


def test_a_term_list_imported_into_the_glossary_finds_the_concepts_it_already_has(tmp_path):
    # The rows were added as new concepts beside the glossary's own (`conference-of-the-parties`
    # beside `cop`), the output said the list "does not hold" `cop`, and with --remove-missing
    # the glossary's concepts went, with their forbidden and deprecated variants.
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    (tmp_path / "terms.csv").write_text(TERM_LIST, encoding="utf-8-sig")
    original = load_glossary(GLOSSARY)
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    merged = load_glossary(tmp_path / "g.tbx")
    assert merged.concepts == original.concepts  # each row is a concept it has, term for term
    assert "0 added, 0 updated, 3 unchanged" in result.stdout
    assert "'Conference of the Parties' → cop" in result.stdout
    assert f"kept {len(original.concepts) - 3} concepts terms.csv does not hold: untoc, som-protocol" in result.stdout
    # Removing what the list does not hold keeps what it does, with every variant.
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", "--remove-missing", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    kept = load_glossary(tmp_path / "g.tbx")
    assert [c.id for c in kept.concepts] == ["cop", "smuggling-of-migrants", "trafficking-in-persons"]
    by_id = {c.id: c for c in original.concepts}
    for concept in kept.concepts:
        assert _terms_of(concept) == _terms_of(by_id[concept.id])
    assert ("ru", "Конференция Сторон", TermStatus.FORBIDDEN) in [(t.lang, t.text, t.status) for t in kept.concepts[0].terms]


def test_a_term_list_row_adds_to_its_concept_and_never_takes_away(tmp_path):
    # memoQ's and MultiTerm's "merge": a row's new synonym and new rejected variant join the
    # concept; what the glossary records and a term list cannot hold (grammar, notes, marks,
    # patterns, other rejected variants) stays; a term the glossary rejects stays rejected when a
    # row lists it as approved, and the output says so.
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    (tmp_path / "terms.csv").write_text(
        "English,Russian,Russian note\n"
        "smuggling of migrants|human smuggling,незаконный ввоз мигрантов|незаконный ввоз,"
        "Do not use: нелегальный ввоз мигрантов (deprecated)\n"
        "financial intelligence unit,подразделение финансовой разведки,\n", encoding="utf-8-sig")
    original = {c.id: c for c in load_glossary(GLOSSARY).concepts}
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    merged = {c.id: c for c in load_glossary(tmp_path / "g.tbx").concepts}
    smuggling = merged["smuggling-of-migrants"]
    before = original["smuggling-of-migrants"]
    assert set(_terms_of(before)) <= set(_terms_of(smuggling))  # nothing lost
    assert [(t.text, t.status) for t in smuggling.terms_in("ru")][-2:] == [
        ("незаконный ввоз", TermStatus.ADMITTED), ("нелегальный ввоз мигрантов", TermStatus.DEPRECATED)]
    assert merged["financial-intelligence-unit"].terms_in("ru")[0].text == "подразделение финансовой разведки"
    assert "1 added, 1 updated, 0 unchanged" in result.stdout
    assert ("smuggling-of-migrants: 2 terms added (ru 'незаконный ввоз', admitted; ru 'нелегальный ввоз мигрантов', "
            "deprecated)") in result.stdout
    assert "'human smuggling' (en) is deprecated in smuggling-of-migrants, approved in terms.csv: kept deprecated" in result.stdout


def test_a_term_list_row_s_note_is_added_and_a_definition_it_replaces_is_said(tmp_path):
    # The concept's note was written over by the row's, and the Protocol's definition replaced
    # by the row's with "definition changed" alone: neither could be got back from the output.
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    glossary = load_glossary(GLOSSARY)
    concept = next(c for c in glossary.concepts if c.id == "smuggling-of-migrants")
    save_glossary(replace(glossary, concepts=tuple(replace(c, note="Checked by the Vienna team.") if c is concept else c
                                                   for c in glossary.concepts)), tmp_path / "g.tbx")
    (tmp_path / "terms.csv").write_text("English,Spanish,Note,Definition\nsmuggling of migrants,tráfico ilícito de migrantes,"
                                        "Checked against UNTERM 2024,Short definition.\n", encoding="utf-8-sig")
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    merged = next(c for c in load_glossary(tmp_path / "g.tbx").concepts if c.id == "smuggling-of-migrants")
    assert merged.note == "Checked by the Vienna team.\nChecked against UNTERM 2024"
    assert merged.definition == "Short definition."
    assert "definition changed (was 'The procurement, in order to obtain a financial or other ...')" in result.stdout
    assert "concept note added to" in result.stdout


@pytest.mark.parametrize("row, lang, term, concept", [
    # The glossary deprecates `отчет`; a list typed with ё names the same word.
    ("English,Russian\nreport,отчёт\n", "ru", "отчет", "report"),
    # And `تهريب البشر`: a list that writes the vowels names the same term.
    ("English,Arabic\nsmuggling of migrants,تَهْرِيبُ البَشَر\n", "ar", "تهريب البشر", "smuggling-of-migrants"),
])
def test_a_rejected_term_written_with_optional_marks_stays_rejected(tmp_path, row, lang, term, concept):
    # ё and Arabic vowel marks are optional in writing: the term matcher reads a text with or
    # without them alike, so a row that has them lists the glossary's rejected term, not a new one.
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    (tmp_path / "terms.csv").write_text(row, encoding="utf-8-sig")
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    merged = {c.id: c for c in load_glossary(tmp_path / "g.tbx").concepts}[concept]
    assert [t.status for t in merged.terms_in(lang) if t.text == term] == [TermStatus.DEPRECATED]
    assert all(t.status is TermStatus.DEPRECATED for t in merged.terms_in(lang) if t.text.replace("ё", "е") == term)
    assert len(merged.terms_in(lang)) == len({c.id: c for c in load_glossary(GLOSSARY).concepts}[concept].terms_in(lang))
    assert f"is deprecated in {concept}, approved in terms.csv: kept deprecated" in result.stdout


def test_a_row_s_term_that_is_another_concept_s_is_not_copied_into_the_row_s_concept(tmp_path):
    # The row is `report` by two terms, and lists the Working Group's Russian term too: added,
    # it made `рабочая группа` a term of two concepts, and every match of it ambiguous.
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    (tmp_path / "terms.csv").write_text("English,Russian\nreport,доклад|рабочая группа\n", encoding="utf-8-sig")
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    merged = {c.id: c for c in load_glossary(tmp_path / "g.tbx").concepts}
    assert "рабочая группа" not in [t.text for t in merged["report"].terms]
    assert "'рабочая группа' (ru) is a term of working-group: not added to report" in result.stdout
    assert "0 added, 0 updated, 1 unchanged" in result.stdout


def test_a_term_list_row_that_matches_two_concepts_is_refused_by_name(tmp_path):
    # `report` is the glossary's English term of `report` only; a row that also names the
    # Working Group's Russian term matches two concepts equally: which one it means is the
    # terminologist's to say, with an ID column.
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    before = (tmp_path / "g.tbx").read_bytes()
    (tmp_path / "terms.csv").write_text("English,Russian\nreport,рабочая группа\n", encoding="utf-8-sig")
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 2 and "[E046]" in result.stderr and "report, working-group" in result.stderr
    assert (tmp_path / "g.tbx").read_bytes() == before


def test_the_cat_export_imported_back_into_the_glossary_changes_nothing(tmp_path):
    # The cat layout holds approved terms and the rejected ones' names, not grammar, term notes
    # or patterns: imported back by id, each row replaced its concept and those were lost.
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    assert run_hexaglot("glossary", "export", "g.tbx", "--out", "terms.csv", "--layout", "cat", cwd=tmp_path).returncode == 0
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "g.tbx").read_bytes() == GLOSSARY.read_bytes()
    assert "0 added, 0 updated, 96 unchanged" in result.stdout


def test_a_notes_text_after_its_list_is_kept_as_written(tmp_path):
    # A regression probe: its semicolons and stops were lost (`Protocol term see art. 3`).
    glossary = _glossary(tmp_path, 'English,Russian,Russian note\nsmuggling of migrants,незаконный ввоз мигрантов,'
                                   '"Do not use: контрабанда мигрантов (forbidden). Protocol term; see art. 3. Ends here."\n')
    russian = glossary.concepts[0].terms_in("ru")
    assert russian[0].note == "Protocol term; see art. 3. Ends here."
    assert [(t.text, t.status) for t in russian[1:]] == [("контрабанда мигрантов", TermStatus.FORBIDDEN)]
    # a rejected term with no status, and the note after its stop
    glossary = _glossary(tmp_path, 'English,Russian,Russian note\nevidence,доказательство,"Do not use: улика. Термин УПК."\n')
    russian = glossary.concepts[0].terms_in("ru")
    assert [(t.text, t.status) for t in russian[1:]] == [("улика", TermStatus.FORBIDDEN)] and russian[0].note.startswith("Термин УПК")


def test_arabic_synonyms_separated_by_the_arabic_semicolon_are_two_terms(tmp_path):
    # `الدول الأطراف؛ الدولة الطرف` was one term, found in no text, where `;` and Chinese `；`
    # already separate synonyms.
    glossary = _glossary(tmp_path, "English,Arabic\nStates parties,الدول الأطراف؛ الدولة الطرف\n")
    assert [t.text for concept in glossary.concepts for t in concept.terms_in("ar")] == ["الدول الأطراف", "الدولة الطرف"]


def test_a_row_with_no_term_is_refused_by_its_line(tmp_path):
    # A section's heading (`Crime` in the Subject column) or a comment in a row of its own became
    # a concept with no term, `row-2`, added to the glossary on import.
    with pytest.raises(HexaglotInputError) as caught:
        _glossary(tmp_path, "English,Russian,Subject,Note\n,,Crime,\ntrafficking in persons,торговля людьми,Crime,\n")
    assert (caught.value.code, caught.value.line) == ("E015", 2) and "Subject: Crime" in caught.value.message


def test_a_term_list_s_other_forms_of_the_glossary_s_terms_are_those_terms(tmp_path):
    # A UNTERM-style list gives plurals and genitives: `незаконного ввоза мигрантов` joined the
    # concept as an admitted variant (TERM003 and TERM004 then fell on the preferred term, the
    # same words to the matcher), and `Member States / государства-члены` became a second concept.
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    (tmp_path / "terms.csv").write_text("English,Russian\nsmuggling of migrants,незаконного ввоза мигрантов\n"
                                        "States parties,государства-участники\n", encoding="utf-8-sig")
    original = load_glossary(GLOSSARY)
    assert any(t.text == "State party" for c in original.concepts for t in c.terms_in("en"))
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "0 added" in result.stdout and "'States parties' →" in result.stdout
    assert load_glossary(tmp_path / "g.tbx").concepts == original.concepts


def test_a_region_in_hexaglots_own_columns_is_the_language(tmp_path):
    # `ru-RU 1 term` was a language of its own, none of the six: lint called it foreign, its
    # terms were looked for in no catalog, and a forbidden Russian term passed.
    path = tmp_path / "terms.csv"
    path.write_text("concept id,en 1 term,ru-RU 1 term,ru-RU 2 term,ru-RU 2 status,zh-Hans 1 term,zh-TW 1 term,ar-SA 1 term\n"
                    "som,smuggling of migrants,незаконный ввоз мигрантов,контрабанда мигрантов,forbidden,偷运移民,偷運移民,تهريب المهاجرين\n",
                    encoding="utf-8")
    [concept] = load_glossary(path).concepts
    assert {(term.lang, term.text, term.status) for term in concept.terms if term.lang != "en"} == {
        ("ru", "незаконный ввоз мигрантов", TermStatus.PREFERRED), ("ru", "контрабанда мигрантов", TermStatus.FORBIDDEN),
        ("zh", "偷运移民", TermStatus.PREFERRED), ("zh-Hant", "偷運移民", TermStatus.PREFERRED),
        ("ar", "تهريب المهاجرين", TermStatus.PREFERRED)}
    # Two columns that are one language's same slot are refused, not one of them dropped.
    path.write_text("concept id,en 1 term,ru 1 term,ru-RU 1 term\nsom,smuggling of migrants,незаконный ввоз мигрантов,"
                    "контрабанда мигрантов\n", encoding="utf-8")
    with pytest.raises(HexaglotInputError) as refused:
        load_glossary(path)
    assert refused.value.code == "E015" and "'ru 1 …' and 'ru-RU 1 …' are both the ru term 1" in refused.value.message


def test_a_status_a_termbase_names_otherwise_is_read_in_hexaglots_own_columns(tmp_path):
    # `Not Recommended` (TBX's name for forbidden) was refused here, read as forbidden in a TBX
    # and in a term list.
    path = tmp_path / "terms.csv"
    path.write_text("concept id,en 1 term,ru 1 term,ru 2 term,ru 2 status,ru 3 term,ru 3 status\n"
                    "som,smuggling of migrants,незаконный ввоз мигрантов,контрабанда мигрантов,Not Recommended,"
                    "провоз мигрантов,deprecatedTerm-admn-sts\n", encoding="utf-8")
    [concept] = load_glossary(path).concepts
    assert {term.text: term.status for term in concept.terms_in("ru")} == {
        "незаконный ввоз мигрантов": TermStatus.PREFERRED, "контрабанда мигрантов": TermStatus.FORBIDDEN,
        "провоз мигрантов": TermStatus.DEPRECATED}
    path.write_text("concept id,en 1 term,en 1 status\nsom,smuggling of migrants,approvedish\n", encoding="utf-8")
    with pytest.raises(HexaglotInputError) as refused:
        load_glossary(path)
    assert "'en 1 status' is 'approvedish', not one of preferred" in refused.value.message


@pytest.mark.parametrize("header, said", [
    # a column copied in Excel: the last one was read, the preferred term lost, the other term
    # given its forbidden status, exit 0
    ("concept id,ru 1 term,ru 1 term,ru 1 status", "columns 'ru 1 term' and 'ru 1 term' are one column of the glossary"),
    ("concept id,ru 1 term,ru 01 term,ru 1 status", "columns 'ru 1 term' and 'ru 01 term' are one column of the glossary"),
    ("concept id,definition,definition,ru 1 term", "columns 'definition' and 'definition' are one column of the glossary"),
    ("concept id,ru 1 term,ru-RU 1 status,ru 2 term", "columns 'ru 1 …' and 'ru-RU 1 …' are both the ru term 1"),
])
def test_one_column_given_twice_is_refused_not_one_of_them_dropped(tmp_path, header, said):
    path = tmp_path / "terms.csv"
    path.write_text(f"{header}\nsom,незаконный ввоз мигрантов,контрабанда мигрантов,forbidden\n", encoding="utf-8")
    with pytest.raises(HexaglotInputError) as refused:
        load_glossary(path)
    assert refused.value.code == "E015" and said in refused.value.message and refused.value.line == 1


def test_a_slot_written_with_a_leading_zero_or_a_posix_region_is_read(tmp_path):
    # `ru 01 term` with `ru 1 status` stopped the import with a KeyError's traceback; `ru_RU`
    # (a TBX's POSIX spelling) was an unknown column.
    path = tmp_path / "terms.csv"
    path.write_text("concept id,en 1 term,ru 01 term,ru 1 status,ru_RU 2 term\n"
                    "som,smuggling of migrants,контрабанда мигрантов,forbidden,незаконный ввоз мигрантов\n", encoding="utf-8")
    [concept] = load_glossary(path).concepts
    assert {term.text: term.status for term in concept.terms_in("ru")} == {
        "контрабанда мигрантов": TermStatus.FORBIDDEN, "незаконный ввоз мигрантов": TermStatus.PREFERRED}


def test_a_row_s_rejected_spacing_variant_never_rejects_the_term_it_approves(tmp_path):
    # `государство-член|страна-член|государство - член (deprecated)`: the variant is the
    # preferred term up to spacing, and the import deprecated the glossary's preferred term,
    # every correct text then a TERM002 (probe 62e).
    from tests.conftest import ROOT, run_hexaglot

    shutil.copy(ROOT / "glossaries" / "untoc-som.tbx", tmp_path / "g.tbx")
    (tmp_path / "terms.csv").write_text('ID,English,Russian\nmember-state,Member State,'
                                        '"государство-член|страна-член|государство - член (deprecated)"\n', encoding="utf-8")
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "ru 'государство - член' (deprecated) is 'государство-член' to the glossary, which the row approves" in result.stdout
    concept = {c.id: c for c in load_glossary(tmp_path / "g.tbx").concepts}["member-state"]
    assert [t.status for t in concept.terms_in("ru") if t.text == "государство-член"] == [TermStatus.PREFERRED]


def test_id_cells_written_otherwise_as_tbx_ids_are_said_and_two_made_one_refused(tmp_path):
    # `un:som` became `un-som`, `12345` `concept-12345`, in silence; `un:som` and `un/som` both
    # `un-som` gave E049 "give each its own id", which they had (probe 62e).
    from tests.conftest import run_hexaglot

    (tmp_path / "terms.csv").write_text("ID,English,Russian\nun:som,smuggling of migrants,незаконный ввоз мигрантов\n"
                                        "12345,mutual legal assistance,взаимная правовая помощь\n", encoding="utf-8")
    result = run_hexaglot("glossary", "import", "terms.csv", "--out", "g.tbx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "terms.csv: ID cells written as TBX ids (no ':', '/', space or leading digit): 'un:som' → 'un-som', " \
           "'12345' → 'concept-12345'" in result.stdout
    (tmp_path / "two.csv").write_text("ID,English,Russian\nun:som,smuggling of migrants,незаконный ввоз мигрантов\n"
                                      "un/som,migrant smuggling,ввоз мигрантов\n", encoding="utf-8")
    result = run_hexaglot("glossary", "import", "two.csv", "--out", "h.tbx", cwd=tmp_path)
    assert result.returncode == 2 and "[E015] concept id 'un/som' and 'un:som' (row 2) both become 'un-som'" in result.stderr


@pytest.mark.parametrize("header", ["English (United States),English (United Kingdom),French (France),English (United States) note",
                                    "en-US,en-GB,fr-FR,en-US note"])
def test_two_regions_of_english_are_two_columns_and_a_rows_only_english_is_its_english(tmp_path, header):
    # Refused as "names what an earlier column names" (CLDR's main region of English is the
    # US, the UN's Great Britain: both were read as `en`): the UN's is English, the other kept
    # apart under its tag, as a TBX's sections are.
    path = tmp_path / "us-uk.csv"
    path.write_text(f"{header}\n"
                    "trafficking in persons,trafficking in persons,traite des personnes,Protocol term\n"
                    "program of work,programme of work,programme de travail,\n", encoding="utf-8")
    concepts = load_glossary(path).concepts
    by_english = {tuple(t.text for t in concept.terms_in("en")): concept for concept in concepts}
    assert set(by_english) == {("trafficking in persons",), ("programme of work",)}
    assert [t.text for t in by_english[("programme of work",)].terms_in("en-US")] == ["program of work"]
    [trafficking] = by_english[("trafficking in persons",)].terms_in("en-US")
    assert trafficking.note == "Protocol term"
