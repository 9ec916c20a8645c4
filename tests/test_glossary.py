"""The UNTOC/SOM glossary and its formats: TBX v3 and v2, CSV, XLSX; nothing lost, nothing unsafe."""

import json
import os
import re
import shutil
from pathlib import Path
from dataclasses import replace

import pytest

from pipeline.errors import HexaglotInputError
from pipeline.glossary import load_glossary, save_glossary
from pipeline.glossary.tbx import read_tbx, tbx_text, write_tbx
from pipeline.model import LANGUAGES, TermStatus, Verification
from tests.conftest import ROOT, run_hexaglot

GLOSSARY = ROOT / "glossaries" / "untoc-som.tbx"


@pytest.fixture(scope="module")
def glossary():
    return read_tbx(GLOSSARY)


def term(glossary, lang, text):
    [found] = [t for c in glossary.concepts for t in c.terms if t.lang == lang and t.text == text]
    return found


def concept_of(glossary, lang, text):
    [found] = [c.id for c in glossary.concepts for t in c.terms if t.lang == lang and t.text == text]
    return found


def test_our_tbx_round_trips_byte_for_byte(glossary):
    assert tbx_text(glossary).encode("utf-8") == GLOSSARY.read_bytes()


def test_at_least_80_concepts_each_with_a_preferred_term_in_all_six_languages(glossary):
    assert len(glossary.concepts) >= 80
    for concept in glossary.concepts:
        for lang in LANGUAGES:
            assert any(t.status is TermStatus.PREFERRED for t in concept.terms_in(lang)), (concept.id, lang)


@pytest.mark.parametrize(
    "concept, lang, text",
    [
        ("smuggling-of-migrants", "ru", "незаконный ввоз мигрантов"),
        ("smuggling-of-migrants", "zh", "偷运移民"),
        ("cop", "ru", "Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности"),
        ("som-protocol", "fr", "Protocole contre le trafic illicite de migrants par terre, air et mer, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée"),
        ("state-party", "ru", "государство-участник"),
        ("wg-som", "ar", "الفريق العامل المعني بتهريب المهاجرين"),
        ("unodc", "zh", "联合国毒品和犯罪问题办公室"),
    ],
)
def test_preferred_terms_from_the_reference(glossary, concept, lang, text):
    assert concept_of(glossary, lang, text) == concept
    assert term(glossary, lang, text).status is TermStatus.PREFERRED


@pytest.mark.parametrize(
    "lang, text, statuses",
    [
        ("ru", "контрабанда мигрантов", {TermStatus.FORBIDDEN}),
        ("ru", "Конференция Сторон", {TermStatus.FORBIDDEN}),
        ("fr", "contrebande de migrants", {TermStatus.FORBIDDEN}),
        ("es", "contrabando de migrantes", {TermStatus.FORBIDDEN}),
        ("es", "ONUDD", {TermStatus.DEPRECATED}),
        ("ar", "الاتجار بالبشر", {TermStatus.DEPRECATED}),
        ("zh", "人口走私", {TermStatus.FORBIDDEN}),
        ("zh", "联合国毒品与犯罪办公室", {TermStatus.FORBIDDEN}),
        ("en", "human trafficking", {TermStatus.DEPRECATED}),
        ("en", "Working Group on Smuggling of Migrants", {TermStatus.DEPRECATED}),
    ],
)
def test_wrong_variants_of_the_reference_are_deprecated_or_forbidden(glossary, lang, text, statuses):
    assert term(glossary, lang, text).status in statuses


@pytest.mark.parametrize(
    "concept, lang, text, status",
    [
        # the treaties' own words
        ("fraudulent-document", "es", "documento de identidad o de viaje falso", TermStatus.PREFERRED),  # Protocol, art. 3 (c)
        ("fraudulent-document", "es", "documento de viaje o de identidad falso", TermStatus.ADMITTED),
        ("joint-investigation", "zh", "联合调查", TermStatus.PREFERRED),  # Convention, art. 19
        ("joint-investigation", "zh", "联合侦查", TermStatus.ADMITTED),
        ("extradition", "ar", "تسليم المجرمين", TermStatus.PREFERRED),  # Convention, art. 16
        ("extradition", "ar", "تسليم المطلوبين", TermStatus.ADMITTED),
        # wrong only as the name of the offence, not as a crossing of a border
        ("smuggling-of-migrants", "fr", "passage clandestin de migrants", TermStatus.DEPRECATED),
        ("smuggling-of-migrants", "ar", "تهريب البشر", TermStatus.DEPRECATED),
        ("irregular-migration", "ru", "нелегальная миграция", TermStatus.DEPRECATED),
        # the reference's marks: ✔ over ?
        ("annotated-provisional-agenda", "es", "programa provisional y anotaciones", TermStatus.PREFERRED),
        ("annotated-provisional-agenda", "es", "programa provisional anotado", TermStatus.ADMITTED),
        ("som-protocol", "ru", "Протокол о мигрантах", TermStatus.ADMITTED),
    ],
)
def test_reviewed_terms(glossary, concept, lang, text, status):
    assert concept_of(glossary, lang, text) == concept
    assert term(glossary, lang, text).status is status


def test_passage_clandestin_alone_is_no_term(glossary):
    assert all(t.text != "passage clandestin" for c in glossary.concepts for t in c.terms_in("fr"))


def test_context_rules_survive_spreadsheets_and_are_one_line_each(glossary, tmp_path):
    from dataclasses import replace

    from pipeline.glossary.tabular import read_csv, write_csv

    cop = next(c for c in glossary.concepts if c.id == "cop")
    multiline = replace(cop, terms=tuple(replace(t, contexts=("followed by\nизменении   климата",)) if t.text == "Конференция Сторон" else t
                                         for t in cop.terms))
    edited = replace(glossary, concepts=(multiline,))
    tbx = tmp_path / "g.tbx"
    write_tbx(edited, tbx)
    assert term(read_tbx(tbx), "ru", "Конференция Сторон").contexts == ("followed by изменении климата",)
    write_csv(read_tbx(tbx), tmp_path / "g.csv")
    assert term(read_csv(tmp_path / "g.csv"), "ru", "Конференция Сторон").contexts == ("followed by изменении климата",)
    assert term(glossary, "ru", "Конференция Сторон").contexts[:2] == ("followed by изменении климата", "followed by биологическом разнообразии")


def test_xlsx_refuses_a_cell_it_cannot_hold(glossary, tmp_path):
    from dataclasses import replace

    from pipeline.errors import HexaglotInputError
    from pipeline.glossary.tabular import write_xlsx

    long_note = replace(glossary.concepts[0], note="слово " * 7000)
    with pytest.raises(HexaglotInputError) as refused:
        write_xlsx(replace(glossary, concepts=(long_note,)), tmp_path / "g.xlsx")
    assert refused.value.code == "E015" and "an XLSX cell holds 32,767 at most" in str(refused.value)
    assert not (tmp_path / "g.xlsx").exists()


def test_reference_marks_become_verification_and_a_note(glossary):
    unverified = term(glossary, "ru", "Управление Организации Объединенных Наций по наркотикам и преступности")
    assert unverified.verification is Verification.UNVERIFIED
    assert unverified.note.startswith("○ ")
    uncertain = term(glossary, "ru", "процедура отсутствия возражений")
    assert uncertain.verification is Verification.UNCERTAIN and uncertain.note.startswith("? ")
    assert term(glossary, "ru", "незаконный ввоз мигрантов").verification is Verification.VERIFIED


def test_acronyms_match_case_sensitively(glossary):
    for lang, text in (("en", "UNODC"), ("fr", "ONUDC"), ("ru", "УНП ООН")):
        assert term(glossary, lang, text).case_sensitive


def test_forbidden_pattern_catches_every_form_but_not_goods(glossary):
    pattern = re.compile(term(glossary, "ru", "контрабанда мигрантов").pattern, re.IGNORECASE)
    assert pattern.search("борьба с контрабандой мигрантов")
    assert pattern.search("случаи контрабанды людей")
    assert not pattern.search("контрабанда товаров через таможенную границу")
    # the migrants the genitive's: not the smuggling of drugs *by* migrants (docs/matching.md)
    assert not pattern.search("Таможня пресекла контрабанду мигрантами наркотиков.")
    assert pattern.search("о контрабанде 40 мигрантов") and pattern.search("контрабанда мигранта")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_spreadsheet_round_trip_keeps_every_field(glossary, tmp_path, suffix):
    path = tmp_path / f"untoc-som{suffix}"
    save_glossary(glossary, path)
    again = load_glossary(path)
    assert again.concepts == glossary.concepts
    # And back to TBX: the same bytes as the file we started from.
    if suffix == ".xlsx":
        assert again.title == glossary.title and again.description == glossary.description
        assert tbx_text(again) == tbx_text(glossary)


def test_csv_is_readable_by_a_person(glossary, tmp_path):
    path = tmp_path / "g.csv"
    save_glossary(glossary, path)
    text = path.read_text(encoding="utf-8-sig")
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["concept id", "subject field", "definition"]
    assert "ru 1 term" in header and "ru 1 status" in header
    assert ",forbidden," in text and ",unverified," in text
    assert "незаконный ввоз мигрантов" in text


def test_cells_that_look_like_formulas_are_neutralised_and_restored(glossary, tmp_path):
    from dataclasses import replace

    from openpyxl import load_workbook

    concept = glossary.concepts[0]
    odd = replace(concept.terms[0], note="=HYPERLINK(\"http://evil\")", text="-1 term")
    hostile = replace(glossary, concepts=(replace(concept, terms=(odd,) + concept.terms[1:]),))
    save_glossary(hostile, tmp_path / "g.csv")
    assert "'=HYPERLINK" in (tmp_path / "g.csv").read_text(encoding="utf-8-sig")
    assert load_glossary(tmp_path / "g.csv").concepts == hostile.concepts
    save_glossary(hostile, tmp_path / "g.xlsx")
    sheet = load_workbook(tmp_path / "g.xlsx").active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert load_glossary(tmp_path / "g.xlsx").concepts == hostile.concepts


TBX_V2 = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><titleStmt><title>Legacy export</title></titleStmt>
  <sourceDesc><p>From a TBX v2 tool</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="som">
      <descrip type="subjectField">migration</descrip>
      <descrip type="definition">Procurement of illegal entry for a benefit.</descrip>
      <langSet xml:lang="en">
        <tig><term>smuggling of migrants</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
        <termNote type="partOfSpeech">noun</termNote></tig>
        <tig><term>human smuggling</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="ru-RU">
        <ntig><termGrp><term>незаконный ввоз мигрантов</term><termNote type="grammaticalGender">masculine</termNote></termGrp>
        <admin type="source">Protocol, art. 3</admin><descrip type="context">борьба с незаконным ввозом мигрантов</descrip></ntig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_tbx_v2_is_read(tmp_path):
    path = tmp_path / "legacy.tbx"
    path.write_text(TBX_V2, encoding="utf-8")
    legacy = read_tbx(path)
    assert legacy.title == "Legacy export"
    [concept] = legacy.concepts
    assert (concept.id, concept.subject) == ("som", "migration")
    english = concept.terms_in("en")
    assert [(t.text, t.status) for t in english] == [
        ("smuggling of migrants", TermStatus.PREFERRED), ("human smuggling", TermStatus.DEPRECATED)
    ]
    [russian] = concept.terms_in("ru")
    assert (russian.gender, russian.source) == ("masculine", "Protocol, art. 3")
    # A field we do not model is kept, and written back as TBX v3.
    assert russian.extra == (("descrip", "context", "борьба с незаконным ввозом мигрантов"),)
    v3 = tmp_path / "modern.tbx"
    save_glossary(legacy, v3)
    assert '<descrip type="context">борьба с незаконным ввозом мигрантов</descrip>' in v3.read_text(encoding="utf-8")
    assert read_tbx(v3).concepts == legacy.concepts


def test_a_termbase_s_regions_are_its_languages_and_traditional_chinese_stays_apart(tmp_path):
    # A CAT tool's termbase names its languages with regions (memoQ: en-US, ru-RU, zh-CN); a
    # Taiwan or Hong Kong section is Traditional Chinese, whose terms are not UN Chinese's.
    path = tmp_path / "termbase.tbx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en-US" xmlns="urn:iso:std:iso:30042:ed-2">\n'
        '<text><body>\n<conceptEntry id="som">\n'
        '<langSec xml:lang="en-US"><termSec><term>smuggling of migrants</term></termSec></langSec>\n'
        '<langSec xml:lang="ru-RU"><termSec><term>незаконный ввоз мигрантов</term></termSec></langSec>\n'
        '<langSec xml:lang="zh-CN"><termSec><term>偷运移民</term></termSec></langSec>\n'
        # Simplified as Hong Kong writes it names its script: Chinese's (it was zh-Hant, never matched).
        '<langSec xml:lang="zh-Hans-HK"><termSec><term>移民偷运</term></termSec></langSec>\n'
        '<langSec xml:lang="zh-TW"><termSec><term>偷運移民</term></termSec></langSec>\n'
        '<langSec xml:lang="zh-Hant-HK"><termSec><term>偷運移民者</term></termSec></langSec>\n'
        '</conceptEntry>\n</body></text>\n</tbx>\n', encoding="utf-8")
    [concept] = read_tbx(path).concepts
    assert [t.text for t in concept.terms_in("en")] == ["smuggling of migrants"]
    assert [t.text for t in concept.terms_in("ru")] == ["незаконный ввоз мигрантов"]
    assert [t.text for t in concept.terms_in("zh")] == ["偷运移民", "移民偷运"]  # not the Traditional ones
    # (a private-use part names no script: `zh-Hant-x-Hans` is Traditional still)
    from pipeline.glossary.tbx import glossary_language
    assert [glossary_language(tag) for tag in ("zh-Hant-x-Hans", "zh-HK-x-hans", "zh-Hans-HK")] == ["zh-Hant", "zh-Hant", "zh"]
    assert [t.text for t in concept.terms_in("zh-Hant")] == ["偷運移民", "偷運移民者"]
    # Kept, written back, and named by lint.
    again = tmp_path / "again.tbx"
    save_glossary(read_tbx(path), again)
    assert read_tbx(again).concepts == read_tbx(path).concepts
    lint = run_hexaglot("glossary", "lint", str(path), cwd=tmp_path)
    assert "GLS012" in lint.stdout and "2 Traditional Chinese (zh-Hant) terms" in lint.stdout
    # Every other form holds them too, and gives them back (the spreadsheet layouts crashed or
    # could not read back a language beyond the six).
    for back in _read_back_from_every_layout(path):
        assert [t.text for t in back.concepts[0].terms_in("zh-Hant")] == ["偷運移民", "偷運移民者"]


def test_another_region_beside_the_un_variety_is_kept_apart_and_written_back(tmp_path):
    # A termbase with Latin American and Canadian sections beside UN Spanish and French: read
    # as `es` and `fr`, `tráfico de migrantes` became a second preferred UN Spanish term (check
    # passed it), and the regions were lost on writing back; `sr-Latn` became `sr`, and lint
    # said its Latin term was in the wrong script (a terminologist's probe).
    path = tmp_path / "termbase.tbx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n<termEntry id="som">\n'
        '<langSet xml:lang="en"><tig><term>smuggling of migrants</term></tig></langSet>\n'
        '<langSet xml:lang="ES-ES"><tig><term>tráfico ilícito de migrantes</term></tig></langSet>\n'
        '<langSet xml:lang="es-419"><tig><term>tráfico de migrantes</term></tig></langSet>\n'
        '<langSet xml:lang="fr"><tig><term>trafic illicite de migrants</term></tig></langSet>\n'
        '<langSet xml:lang="fr-CA"><tig><term>passage de clandestins</term></tig></langSet>\n'
        '<langSet xml:lang="sr-Latn-RS"><tig><term>krijumčarenje migranata</term></tig></langSet>\n'
        '</termEntry>\n</body></text></martif>\n', encoding="utf-8")
    [concept] = read_tbx(path).concepts
    assert [t.text for t in concept.terms_in("es")] == ["tráfico ilícito de migrantes"]
    assert [t.text for t in concept.terms_in("fr")] == ["trafic illicite de migrants"]
    assert [t.text for t in concept.terms_in("es-419")] == ["tráfico de migrantes"]
    assert [t.text for t in concept.terms_in("fr-CA")] == ["passage de clandestins"]
    again = tmp_path / "again.tbx"
    save_glossary(read_tbx(path), again)
    written = again.read_text(encoding="utf-8")
    assert 'xml:lang="es-419"' in written and 'xml:lang="fr-CA"' in written and 'xml:lang="sr-Latn-RS"' in written
    assert read_tbx(again).concepts == read_tbx(path).concepts
    lint = run_hexaglot("glossary", "lint", str(path), cwd=tmp_path).stdout
    assert "GLS017" not in lint, lint
    assert "'es-419'" in lint and "looked for in no catalog" in lint
    # Every spreadsheet layout writes the regions and reads them back apart (the columns
    # `es 1 term` and `es-419 1 term` were "both the es term 1").
    for back in _read_back_from_every_layout(path):
        assert back.concepts[0].terms == concept.terms
    # A termbase whose only Spanish is a region's (memoQ's es-ES, or es-MX alone) is its Spanish.
    alone = tmp_path / "alone.tbx"
    alone.write_text(path.read_text(encoding="utf-8").replace('<langSet xml:lang="ES-ES"><tig><term>tráfico ilícito de migrantes</term></tig></langSet>\n', ""),
                     encoding="utf-8")
    assert [t.text for t in read_tbx(alone).concepts[0].terms_in("es")] == ["tráfico de migrantes"]


@pytest.mark.parametrize(
    "content, message",
    [
        ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<tbx>&lol2;</tbx>\n', "declares XML entities"),
        ('<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tbx>&xxe;</tbx>\n', "declares XML entities"),
        # An entity of a DTD the DOCTYPE names, which is never read: it was kept as the term `&foo;`
        ('<?xml version="1.0"?>\n<!DOCTYPE tbx SYSTEM "file:///etc/passwd">\n<tbx>\n<text><body><conceptEntry id="a">'
         '<langSec xml:lang="en"><termSec><term>&foo;</term></termSec></langSec></conceptEntry></body></text>\n</tbx>\n',
         "refers to the entity &foo;, which it does not define"),
        ('<?xml version="1.0"?>\n<html><body>not a glossary</body></html>\n', "not TBX"),
        # SDL MultiTerm's own XML export: named, with what to give instead
        ('<?xml version="1.0"?>\n<mtf><conceptGrp><concept>1</concept></conceptGrp></mtf>\n',
         "a MultiTerm XML export, not a TBX glossary: give the terms as TBX"),
        ('<?xml version="1.0"?>\n<tbx>\n  <text><body>\n    <conceptEntry id="a">\n  </body></text>\n</tbx>\n', "not well-formed XML"),
        # saved anew as UTF-8 under its old declaration: read as declared, `Office des Nations Unies
        # contre la drogue et le crime` had every accented letter garbled, and no term matched
        ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<tbx type="TBX-Basic"><text><body><conceptEntry id="c1"><langSec xml:lang="fr">'
         '<termSec><term>Office des Nations Unies contre la drogue et le crime</term></termSec><termSec><term>coopération</term>'
         '</termSec></langSec></conceptEntry></body></text></tbx>\n',
         "its XML declaration says encoding ISO-8859-1, but the file is UTF-8"),
    ],
)
def test_hostile_or_broken_tbx_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.tbx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HexaglotInputError) as caught:
        read_tbx(path)
    assert caught.value.code == "E014"
    assert message in caught.value.message
    assert caught.value.line is not None


@pytest.mark.parametrize(
    "rows, message, line",
    [
        ("concept id,en 1 term,en 1 status\nsom,smuggling of migrants,preferd\n", "not one of preferred", 2),
        ("concept id,en 1 term,colour\nsom,smuggling of migrants,red\n", "unknown column 'colour'", 1),
        ("en 1 term\nsmuggling of migrants\n", "neither hexaglot's layout (a 'concept id' column", 1),
        ("concept id,en 1 term,en 1 note\nsom,,a note without its term\n", "has details but no term", 2),
        # A quotation mark that opens a cell and is never closed: every later row was read
        # into that cell, the concepts after it lost with exit 0.
        ("concept id,en 1 term,en 1 status,en 1 note\nx,foo,preferred,\"a note with a stray quote\n"
         "y,bar,preferred,ok\nz,baz,forbidden,fine\n", "a quotation mark opens a cell that no quotation mark closes", 2),
        ("English,Russian\nleast developed country,\"наименее развитая страна\n"
         "small island developing State,малое островное развивающееся государство\nhuman rights,права человека\n",
         "a quotation mark opens a cell that no quotation mark closes", 2),
        # Closed by a second stray one further down: the rows between were one cell.
        ("concept id,en 1 term,en 1 status,en 1 note\nx,foo,preferred,\"a \"\"stray\n"
         "y,bar,preferred,ok\nz,baz,forbidden,ok\"\n", "holds 2 rows of the sheet", 2),
        # ... and in a term list, whose rows became a concept's synonyms (a regression probe's)
        ("English,Russian\nmigrant,\"мигрант\nvictim,жертва\nwitness,свидетель\"\nreport,доклад\n",
         "holds 2 rows of the sheet", 2),
    ],
)
def test_malformed_csv_is_one_clear_error(tmp_path, rows, message, line):
    path = tmp_path / "bad.csv"
    path.write_text(rows, encoding="utf-8")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(path)
    assert caught.value.code == "E015" and message in caught.value.message and caught.value.line == line


def test_a_note_over_several_lines_in_a_csv_is_one_cell(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text('concept id,en 1 term,en 1 status,en 1 note\nsom,smuggling of migrants,preferred,"Protocol, art. 3.\n'
                    'See also: A/RES/55/25, annex III."\nx,migrant,preferred,\n', encoding="utf-8")
    glossary = load_glossary(path)
    assert [c.id for c in glossary.concepts] == ["som", "x"]
    # A line of a note as many cells as the header is no row without a status where the
    # status is (a regression probe's false refusal).
    path.write_text('concept id,en 1 term,en 1 status,en 1 note\nsom,smuggling of migrants,preferred,"Do not use:\n'
                    'Not to be confused with: transit, transport, carriage, shipment."\n', encoding="utf-8")
    assert [c.id for c in load_glossary(path).concepts] == ["som"]
    # ... nor in a term list, whose note's sentences list words with commas (a probe's)
    path.write_text('English,Russian,Note\nsmuggling of migrants,незаконный ввоз мигрантов,"Source: the Protocol, art. 3.\n'
                    'See also: illegal entry, fraudulent document, border control.\n'
                    'Compare: smuggling by sea, trafficking in persons, irregular migration."\nvictim,жертва,\n', encoding="utf-8")
    assert len(load_glossary(path).concepts) == 2


def test_a_csv_excel_saved_in_windows_1252_is_one_error_naming_its_line_and_byte(tmp_path):
    # "not valid UTF-8 (byte 88)": no line, and the byte's offset where a document's E003
    # gives its value; nothing said of Excel's encoding.
    path = tmp_path / "list.csv"
    path.write_bytes("concept,en,fr\nsom,smuggling of migrants,trafic illicite de migrants\nsec,Secretariat,Secrétariat\n"
                     .encode("cp1252"))
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(path)
    assert (caught.value.code, caught.value.line) == ("E003", 3)
    assert caught.value.message.startswith("not valid UTF-8 (byte 0xe9); save the file as UTF-8")
    assert '"CSV UTF-8"' in caught.value.message
    # With a byte-order mark before it: the byte named was the one three before (`byte 0x74`).
    path.write_bytes(b"\xef\xbb\xbfconcept,en,ru\nsom,smuggling of migrants,\xd0\xd0\n")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(path)
    assert (caught.value.code, caught.value.line) == ("E003", 2)
    assert caught.value.message.startswith("not valid UTF-8 (byte 0xd0)")


def test_xlsx_with_a_formula_or_not_an_xlsx_is_refused(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["concept id", "en 1 term"])
    sheet.append(["som", "=1+1"])
    workbook.save(tmp_path / "formula.xlsx")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(tmp_path / "formula.xlsx")
    assert "B2 holds a formula" in caught.value.message and caught.value.line == 2
    # Excel made a date of a resolution's number as it was typed (`7/1`): read as
    # `2022-07-01 00:00:00`, a term never found.
    import datetime

    workbook = Workbook()
    workbook.active.append(["English", "Russian"])
    workbook.active.append(["resolution 7/1", datetime.datetime(2022, 7, 1)])
    workbook.save(tmp_path / "dates.xlsx")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(tmp_path / "dates.xlsx")
    assert "cell B2 holds a date or a time (2022-07-01 00:00:00)" in caught.value.message and caught.value.line == 2
    # ... and a number of digits typed in a term's cell: `1.234567890123457e+19`, `1e+21` as
    # terms, said nowhere (a whole number, `2030`, is the digits typed).
    workbook = Workbook()
    workbook.active.append(["English", "Russian"])
    workbook.active.append(["Agenda 2030", 2030])
    workbook.active.append(["a code", 12345678901234567890])
    workbook.save(tmp_path / "numbers.xlsx")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(tmp_path / "numbers.xlsx")
    assert "cell B3 holds the number 1.234567890123457e+19" in caught.value.message and caught.value.line == 3
    workbook = Workbook()
    workbook.active.append(["English", "Russian"])
    workbook.active.append(["true", True])
    workbook.save(tmp_path / "logical.xlsx")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(tmp_path / "logical.xlsx")
    assert "cell B2 holds the logical value TRUE" in caught.value.message
    (tmp_path / "garbage.xlsx").write_bytes(b"not a zip")
    with pytest.raises(HexaglotInputError) as caught:
        load_glossary(tmp_path / "garbage.xlsx")
    assert caught.value.code == "E015"


def test_cli_import_and_export(tmp_path, monkeypatch):
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    assert main(["glossary", "export", "g.tbx", "--out", "g.xlsx"]) == 0
    assert main(["glossary", "import", "g.xlsx", "--out", "again.tbx"]) == 0
    assert (tmp_path / "again.tbx").read_bytes() == GLOSSARY.read_bytes()


@pytest.mark.parametrize("name, layout", [("terms.csv", []), ("terms.xlsx", []), ("termbase.csv", ["--layout", "cat"])])
def test_exporting_again_never_writes_over_a_spreadsheet_with_edits(tmp_path, monkeypatch, capsys, name, layout):
    # A terminologist's spreadsheet, edited and not yet imported, was written over by the next
    # export: the edits were gone. The same export again is written; anything else is said.
    from pipeline.cli import main
    from pipeline.model import Term

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    assert main(["glossary", "export", "g.tbx", "--out", name, *layout]) == 0
    assert main(["glossary", "export", "g.tbx", "--out", name, *layout]) == 0  # nothing of it lost
    edited = load_glossary(GLOSSARY)
    first = edited.concepts[0]
    edited = replace(edited, concepts=(replace(first, terms=(*first.terms, Term("people smuggling", "en", TermStatus.ADMITTED))),
                                       *edited.concepts[1:]))
    if layout:
        from pipeline.glossary.cat_csv import write_cat_csv
        write_cat_csv(edited, tmp_path / name)
    else:
        save_glossary(edited, tmp_path / name)
    before = (tmp_path / name).read_bytes()
    capsys.readouterr()
    assert main(["glossary", "export", "g.tbx", "--out", name, *layout]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"[E044] holds a glossary other than g.tbx (1 concept differs: {first.id})" in err
    assert f"import them first (hexaglot glossary import {name} --out g.tbx)" in err
    assert (tmp_path / name).read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == sorted(["g.tbx", name])


def test_stats_counts_variants_in_the_catalogs(project):
    from tests.conftest import run_hexaglot

    assert run_hexaglot("extract", cwd=project).returncode == 0
    result = run_hexaglot("glossary", "stats", "--in", "locale", "--format", "json", cwd=project)
    assert result.returncode == 0, result.stderr
    import json

    data = json.loads(result.stdout)
    assert data["concepts"] == len(load_glossary(GLOSSARY).concepts) == 96
    uses = {(u["concept"], u["lang"], u["term"]): u["count"] for u in data["variant_usage"]}
    # The published Russian text once writes «незаконным провозом» for «незаконный ввоз».
    assert uses[("smuggling-of-migrants", "ru", "незаконный провоз мигрантов")] == 1
    assert uses[("smuggling-of-migrants", "ru", "незаконный ввоз мигрантов")] > 20
    assert uses[("smuggling-of-migrants", "es", "contrabando de migrantes")] == 1


BAD_PATTERN_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body>
<conceptEntry id="smuggling-of-migrants">
<langSec xml:lang="en">
<termSec><term>smuggling of migrants</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
</langSec>
<langSec xml:lang="ru">
<termSec><term>незаконный ввоз мигрантов</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>контрабанда мигрантов</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
<termNote type="x-pattern">контрабанд(\\w*\\s+мигрант\\w*</termNote></termSec>
</langSec>
</conceptEntry>
</body></text>
</tbx>
"""


def test_a_pattern_that_is_no_regular_expression_is_one_clear_error(tmp_path):
    # The checks compile each pattern when they first match a language: a glossary's unclosed
    # bracket must stop the run at the glossary's line, not as a re.error traceback mid-check.
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "note.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgid "Preventing the smuggling of migrants"\nmsgstr "Предупреждение контрабанды мигрантов"\n', encoding="utf-8")
    (tmp_path / "g.tbx").write_text(BAD_PATTERN_TBX, encoding="utf-8")
    (tmp_path / "g.csv").write_text("concept id,en 1 term,ru 1 term,ru 2 term,ru 2 status,ru 2 pattern\n"
                                    "som,smuggling of migrants,незаконный ввоз мигрантов,контрабанда мигрантов,deprecated,"
                                    "контрабанд(\\w*\n", encoding="utf-8")
    for glossary, error in (("g.tbx", "g.tbx:11: [E014]"), ("g.csv", "g.csv:2: [E015]")):
        result = run_hexaglot("check", "locale", "--glossary", glossary, cwd=tmp_path)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.startswith(f"hexaglot: {error}") and "not a valid regular expression" in result.stderr
        assert len(result.stderr.splitlines()) == 1


def test_a_tbx_v2_concepts_grouped_subject_and_definition_are_read(tmp_path):
    # IATE's and MultiTerm's TBX put a descrip and its source in a <descripGrp>: the subject
    # and the definition were kept as an unknown field, written back as one flat element.
    grouped = TBX_V2.replace('<descrip type="subjectField">migration</descrip>',
                             '<descripGrp><descrip type="subjectField">migration</descrip></descripGrp>').replace(
        '<descrip type="definition">Procurement of illegal entry for a benefit.</descrip>',
        '<descripGrp><descrip type="definition">Procurement of illegal entry for a benefit.</descrip>'
        '<admin type="source">Protocol, art. 3 (a)</admin></descripGrp>')
    path = tmp_path / "iate.tbx"
    path.write_text(grouped, encoding="utf-8")
    [concept] = read_tbx(path).concepts
    assert (concept.subject, concept.definition, concept.source) == (
        "migration", "Procurement of illegal entry for a benefit.", "Protocol, art. 3 (a)")
    assert concept.extra == ()


IATE_LIKE = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>IATE export</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="IATE-1136468">
        <descripGrp>
          <descrip type="definition">the procurement of the illegal entry of a person into a State Party</descrip>
          <admin type="sourceOfDefinition">Protocol against the Smuggling of Migrants, Art. 3</admin>
        </descripGrp>
        <langSet xml:lang="en">
          <descripGrp>
            <descrip type="definition">the procurement, for a financial or other material benefit, of the illegal entry of a person</descrip>
            <admin type="sourceOfDefinition">Protocol, art. 3 (a)</admin>
          </descripGrp>
          <note>English usage note</note>
          <ntig>
            <termGrp>
              <term>smuggling of migrants</term>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            </termGrp>
            <transacGrp>
              <transac type="transactionType">modification</transac>
              <date>2024-05-01</date>
              <transacNote type="responsibility">terminologist1</transacNote>
            </transacGrp>
            <xref type="externalCrossReference" target="https://www.unodc.org/">UNODC</xref>
          </ntig>
        </langSet>
        <langSet xml:lang="ru">
          <tig>
            <term>незаконный ввоз мигрантов</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <admin type="source">Протокол, ст. 3</admin>
            <admin type="source">A/RES/55/25</admin>
          </tig>
        </langSet>
      </termEntry>
    </body>
  </text>
</martif>
"""


def test_what_a_termbase_holds_beyond_our_fields_is_written_back_whole(tmp_path):
    # IATE puts a definition in each language section, with its own source; a term's history
    # is a transacGrp of typed parts, a link an xref with its target. All were lost or flattened
    # to their text (the URL gone) when the glossary was written again, with exit 0.
    path = tmp_path / "iate.tbx"
    path.write_text(IATE_LIKE, encoding="utf-8")
    glossary = read_tbx(path)
    written = tbx_text(glossary)
    for kept in ('<descrip type="definition">the procurement, for a financial or other material benefit, of the illegal entry '
                 'of a person</descrip>', '<admin type="sourceOfDefinition">Protocol, art. 3 (a)</admin>',
                 "<note>English usage note</note>", '<transac type="transactionType">modification</transac>',
                 '<transacNote type="responsibility">terminologist1</transacNote>',
                 '<xref type="externalCrossReference" target="https://www.unodc.org/">UNODC</xref>',
                 '<admin type="sourceOfDefinition">Protocol against the Smuggling of Migrants, Art. 3</admin>',
                 '<admin type="source">Протокол, ст. 3</admin>', '<admin type="source">A/RES/55/25</admin>'):
        assert kept in written
    # The language's fields stay in its section, before its terms.
    english = written[written.index('<langSec xml:lang="en">'):written.index("</langSec>")]
    assert english.index("English usage note") < english.index("<termSec>")
    assert "English usage note" not in written[written.index('<langSec xml:lang="ru">'):]
    # Written and read again, and through a spreadsheet, nothing moves.
    v3 = tmp_path / "v3.tbx"
    save_glossary(glossary, v3)
    assert read_tbx(v3) == replace(glossary, title=read_tbx(v3).title)
    for suffix in (".csv", ".xlsx"):
        save_glossary(read_tbx(v3), tmp_path / f"sheet{suffix}")
        again = tmp_path / f"again{suffix}.tbx"
        save_glossary(replace(load_glossary(tmp_path / f"sheet{suffix}"), title=read_tbx(v3).title,
                              description=read_tbx(v3).description), again)
        assert again.read_bytes() == v3.read_bytes()


def test_a_tbx_in_the_dct_style_keeps_its_statuses(tmp_path):
    # TBX v3's other style writes each data category as an element of its dialect
    # (<basic:administrativeStatus>): read as nothing, every deprecated term became preferred,
    # an approved rendering for the term checks.
    path = tmp_path / "dct.tbx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>DCT</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="smuggling-of-migrants">
      <basic:subjectField>smuggling of migrants</basic:subjectField>
      <descripGrp><basic:definition>The procurement of the illegal entry of a person.</basic:definition><admin type="source">Protocol, art. 3</admin></descripGrp>
      <langSec xml:lang="ru">
        <termSec>
          <term>незаконный ввоз мигрантов</term>
          <basic:partOfSpeech>noun</basic:partOfSpeech>
          <basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus>
        </termSec>
        <termSec>
          <term>контрабанда мигрантов</term>
          <basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus>
          <basic:customerSubset>UNODC</basic:customerSubset>
        </termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
""", encoding="utf-8")
    [concept] = read_tbx(path).concepts
    assert concept.subject == "smuggling of migrants"
    # (a definition in its group with its source, as UNTERM's DCT export writes it: a traceback)
    assert (concept.definition, concept.source) == ("The procurement of the illegal entry of a person.", "Protocol, art. 3")
    assert [(t.text, t.status, t.part_of_speech) for t in concept.terms] == [
        ("незаконный ввоз мигрантов", TermStatus.PREFERRED, "noun"), ("контрабанда мигрантов", TermStatus.DEPRECATED, "")]
    assert concept.terms[1].extra == (("admin", "customerSubset", "UNODC"),)
    # Older MultiTerm exports give the status as normativeAuthorization, without the suffix.
    v2 = tmp_path / "multiterm.tbx"
    v2.write_text(TBX_V2.replace('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>',
                                 '<termNote type="normativeAuthorization">deprecatedTerm</termNote>'), encoding="utf-8")
    assert "normativeAuthorization" in v2.read_text(encoding="utf-8")
    english = read_tbx(v2).concepts[0].terms_in("en")
    assert [(t.text, t.status) for t in english][-1] == ("human smuggling", TermStatus.DEPRECATED)


def test_importing_a_sheet_into_a_glossary_keeps_the_concepts_only_the_glossary_holds(tmp_path, monkeypatch, capsys):
    # A sheet exported, edited, and imported back while a colleague added a concept to the TBX:
    # the import replaced the glossary with the sheet, and the concept was gone (exit 0) — the
    # very command E044 tells the user to run.
    from pipeline.cli import main
    from pipeline.model import Concept, Term

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    assert main(["glossary", "export", "g.tbx", "--out", "g.csv"]) == 0
    glossary = load_glossary(tmp_path / "g.tbx")
    added = Concept("commercial-carrier", (Term("commercial carrier", "en"), Term("коммерческий перевозчик", "ru")))
    save_glossary(replace(glossary, concepts=(*glossary.concepts, added)), tmp_path / "g.tbx")
    sheet = load_glossary(tmp_path / "g.csv")
    first = sheet.concepts[0]
    edited = replace(first, note="checked against the Protocol")
    save_glossary(replace(sheet, concepts=(edited, *sheet.concepts[1:])), tmp_path / "g.csv")
    capsys.readouterr()
    assert main(["glossary", "import", "g.csv", "--out", "g.tbx"]) == 0
    out = capsys.readouterr().out
    assert "kept 1 concept g.csv does not hold: commercial-carrier (--remove-missing removes them)" in out
    merged = load_glossary(tmp_path / "g.tbx")
    assert [c.id for c in merged.concepts] == [c.id for c in glossary.concepts] + ["commercial-carrier"]
    assert merged.concepts[0].note == "checked against the Protocol" and merged.concepts[-1] == added
    assert merged.title == glossary.title
    # Deleted in the sheet on purpose: said so, and removed.
    save_glossary(replace(sheet, concepts=sheet.concepts[1:]), tmp_path / "g.csv")
    assert main(["glossary", "import", "g.csv", "--out", "g.tbx", "--remove-missing"]) == 0
    assert f"removed 2 concepts g.csv does not hold: {first.id}, commercial-carrier" in capsys.readouterr().out
    assert [c.id for c in load_glossary(tmp_path / "g.tbx").concepts] == [c.id for c in glossary.concepts[1:]]


def test_a_cat_tool_s_tbx_export_changes_only_what_it_holds(tmp_path, monkeypatch, capsys):
    # memoQ or MultiTerm give the glossary back as TBX-Basic: hexaglot's x- notes gone (patterns,
    # case, context rules, verification, checkMissing), forbidden written as deprecated, notes
    # and sources dropped. Imported as whole records, all 96 concepts were "replaced", «Рабочая
    # группа по контрабанде людей» was no longer TERM002, and 460 unverified terms verified.
    from lxml import etree

    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    before = load_glossary(tmp_path / "g.tbx")
    tree = etree.parse(str(GLOSSARY))
    ns = "{urn:iso:std:iso:30042:ed-2}"
    for node in list(tree.iter(f"{ns}termNote", f"{ns}descrip", f"{ns}note", f"{ns}admin")):
        kind = node.get("type") or ""
        if kind.startswith("x-") or node.tag == f"{ns}note" or kind == "source":
            node.getparent().remove(node)
        elif node.text == "forbiddenTerm-admn-sts":
            node.text = "deprecatedTerm-admn-sts"
    tree.getroot().set("{http://www.w3.org/XML/1998/namespace}lang", "en-US")
    for statement in list(tree.iter(f"{ns}publicationStmt")):  # the tool writes its own header
        statement.getparent().remove(statement)
    # The one change made in the tool: a Russian term added to the Working Group's concept.
    ru = next(section for entry in tree.iter(f"{ns}conceptEntry") if entry.get("id") == "wg-som"
              for section in entry.iter(f"{ns}langSec") if section.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru")
    added = etree.SubElement(etree.SubElement(ru, f"{ns}termSec"), f"{ns}term")
    added.text = "Рабочая группа по вопросам незаконного ввоза мигрантов"
    tree.write(str(tmp_path / "memoq.tbx"), encoding="UTF-8", xml_declaration=True)
    assert load_glossary(tmp_path / "memoq.tbx").concepts != before.concepts  # the export lost all that

    assert main(["glossary", "import", "memoq.tbx", "--out", "g.tbx"]) == 0
    out = capsys.readouterr().out
    assert f"0 added, 1 updated, {len(before.concepts) - 1} unchanged" in out
    assert "updated wg-som: replaced by the file's record, keeping what it has no field for (" in out
    merged = load_glossary(tmp_path / "g.tbx")
    new = [term for concept in merged.concepts if concept.id == "wg-som" for term in concept.terms if term.text == added.text]
    assert len(new) == 1 and new[0].lang == "ru"
    assert [replace(c, terms=tuple(t for t in c.terms if t.text != added.text)) for c in merged.concepts] == list(before.concepts)
    assert merged.source_lang == "en"
    assert "kept the glossary's case sensitive, checkMissing, concept note, concept source, contexts, forbidden, note, " \
           f"pattern, source, verification in {len(before.concepts) - 1} concepts otherwise unchanged: memoq.tbx holds none" in out
    # A TBX hexaglot wrote is a whole record: a field it holds nowhere is one no term has (a
    # terminologist who verified every term, deleting each x-verification, is taken at his word).
    assert main(["glossary", "export", "g.tbx", "--out", "edited.tbx"]) == 0
    edited = tmp_path / "edited.tbx"
    edited.write_text("".join(line for line in edited.read_text(encoding="utf-8").splitlines(keepends=True)
                              if "x-verification" not in line), encoding="utf-8")
    capsys.readouterr()
    assert main(["glossary", "import", "edited.tbx", "--out", "g.tbx"]) == 0
    assert "kept the glossary's" not in capsys.readouterr().out
    assert all(term.verification is Verification.VERIFIED for concept in load_glossary(tmp_path / "g.tbx").concepts
               for term in concept.terms)
    # Its header kept by a tool that dropped every one of hexaglot's own fields, the file is
    # another tool's: the forbidden terms, marks, patterns and context rules stay.
    stripped = tmp_path / "stripped.tbx"
    stripped.write_text("".join(line for line in (tmp_path / "edited.tbx").read_text(encoding="utf-8").splitlines(keepends=True)
                                if 'type="x-' not in line), encoding="utf-8")
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    assert main(["glossary", "import", "stripped.tbx", "--out", "g.tbx"]) == 0
    merged = load_glossary(tmp_path / "g.tbx")
    assert [replace(c, terms=tuple(t for t in c.terms if t.text != added.text)) for c in merged.concepts] == list(before.concepts)


def test_a_sheet_whose_columns_a_reviewer_deleted_changes_only_what_it_holds(tmp_path, monkeypatch, capsys):
    # The Russian reviewer kept `concept id`, `en 1 term` and the Russian terms, and deleted the
    # status columns and the other languages': read as whole records, `контрабанда мигрантов`
    # (forbidden) became preferred and 23 Arabic, Spanish, French and Chinese terms were gone.
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    rows = _glossary_exported_as_csv(tmp_path)
    columns = ["concept id", "en 1 term", "ru 1 term", "ru 2 term", "ru 3 term"]
    kept = [row for row in rows if row["concept id"] in ("report", "smuggling-of-migrants")]
    for row in kept:
        if row["concept id"] == "report":
            row["ru 1 term"] = "доклад (документ)"  # the one edit
    _write_csv(tmp_path / "trim.csv", columns, kept)
    before = {c.id: c for c in load_glossary(GLOSSARY).concepts}
    capsys.readouterr()
    assert main(["glossary", "import", "trim.csv", "--out", "g.tbx"]) == 0
    out = capsys.readouterr().out
    after = {c.id: c for c in load_glossary(tmp_path / "g.tbx").concepts}
    assert after["smuggling-of-migrants"] == before["smuggling-of-migrants"]
    assert ("контрабанда мигрантов", TermStatus.FORBIDDEN) in [(t.text, t.status) for t in after["smuggling-of-migrants"].terms]
    report = after["report"]
    assert [t.text for t in report.terms_in("ru")][0] == "доклад (документ)"
    assert ("отчет", TermStatus.DEPRECATED) in [(t.text, t.status) for t in report.terms_in("ru")]
    assert all(report.terms_in(lang) == before["report"].terms_in(lang) for lang in ("ar", "es", "fr", "zh", "en"))
    assert "1 updated, 1 unchanged" in out and "keeping what it has no column for (" in out


def test_a_term_corrected_in_its_cell_replaces_the_old_spelling(tmp_path, monkeypatch, capsys):
    # Every column there: the corrected cell is the term. Read as "a row that fills its slots
    # had no room for the others", the typo came back as a second preferred term.
    import csv

    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    assert main(["glossary", "export", "g.tbx", "--out", "full.csv"]) == 0
    with open(tmp_path / "full.csv", encoding="utf-8-sig", newline="") as stream:
        reader = csv.DictReader(stream)
        columns, rows = reader.fieldnames, list(reader)
    row = next(row for row in rows if row["concept id"] == "smuggling-of-migrants")
    old = row["en 2 term"]
    row["en 2 term"] = old + " (corrected)"
    with open(tmp_path / "full.csv", "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, columns)
        writer.writeheader()
        writer.writerows(rows)
    assert main(["glossary", "import", "full.csv", "--out", "g.tbx"]) == 0
    english = [t.text for t in {c.id: c for c in load_glossary(tmp_path / "g.tbx").concepts}["smuggling-of-migrants"].terms_in("en")]
    assert old + " (corrected)" in english and old not in english


def test_a_glossary_edited_between_two_runs_of_one_process_is_read_again(project, hexaglot):
    """A process keeps what it read of a glossary (and the term indexes built from it) by the
    file's content: a program or a test calling main() again after a terminologist's edit gets
    the edited glossary's findings, not the first read's."""
    def admitted_findings() -> list[str]:
        checked = json.loads(hexaglot("check", "--format", "json", cwd=project).stdout)
        return [f["message"] for f in checked["findings"] if f["code"] == "TERM003" and "modalités hybrides" in f["message"]]

    assert hexaglot("extract", cwd=project).returncode == 0
    assert len(admitted_findings()) == 4
    tbx = project / "glossaries" / "untoc-som.tbx"
    text = tbx.read_text(encoding="utf-8")
    admitted = "<term>modalités hybrides</term>\n            <termNote type=\"partOfSpeech\">noun</termNote>\n" \
               "            <termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"
    assert admitted in text
    # The edit keeps the file's size and time, as an edit within the file system's clock tick
    # may: the content decides (one space of indentation less for the letter `preferred` adds).
    edited = text.replace(admitted, admitted.replace("admittedTerm-admn-sts", "preferredTerm-admn-sts")
                                            .replace("            <termNote type=\"admin", "           <termNote type=\"admin"))
    assert len(edited.encode()) == len(text.encode())
    written = tbx.stat()
    tbx.write_text(edited, encoding="utf-8")
    os.utime(tbx, ns=(written.st_atime_ns, written.st_mtime_ns))
    assert admitted_findings() == []
    tbx.write_text(text, encoding="utf-8")
    os.utime(tbx, ns=(written.st_atime_ns, written.st_mtime_ns))
    assert len(admitted_findings()) == 4


def test_a_bilingual_termbase_changes_its_two_languages_and_keeps_the_other_four(tmp_path, monkeypatch, capsys):
    # A MultiTerm English–French export (TBX v2) imported into the six-language glossary replaced
    # each concept it holds by its record: those concepts' Arabic, Spanish, Russian and Chinese
    # terms were gone, "replaced by the file's record", nothing said of them.
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    before = load_glossary(tmp_path / "g.tbx")
    wanted = {concept.id: concept for concept in before.concepts}["smuggling-of-migrants"]
    english = [term.text for term in wanted.terms_in("en") if term.status.approved]
    (tmp_path / "mt.tbx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
        '<termEntry id="smuggling-of-migrants">\n'
        + "".join(f'<langSet xml:lang="en"><tig><term>{text}</term></tig></langSet>\n' for text in english)
        + '<langSet xml:lang="fr"><tig><term>trafic illicite de migrants</term></tig></langSet>\n'
          '<langSet xml:lang="fr"><tig><term>trafic de migrants</term></tig></langSet>\n'
          '</termEntry>\n</body></text></martif>\n', encoding="utf-8")
    assert main(["glossary", "import", "mt.tbx", "--out", "g.tbx"]) == 0
    out = capsys.readouterr().out
    assert "updated smuggling-of-migrants: replaced by the file's record, keeping what it has no field for (" in out
    assert all(f"{lang} terms" in out for lang in ("es", "ru", "ar", "zh"))
    merged = {concept.id: concept for concept in load_glossary(tmp_path / "g.tbx").concepts}["smuggling-of-migrants"]
    for lang in ("es", "ru", "ar", "zh"):
        assert merged.terms_in(lang) == wanted.terms_in(lang)
    assert "trafic de migrants" in [term.text for term in merged.terms_in("fr")]


def test_a_termbase_without_ids_merged_into_the_glossary_brings_its_terms_sources_and_contexts(tmp_path, monkeypatch,
                                                                                                  capsys):
    # MultiTerm's TBX (no ids) is merged as a term list: a term's status and note were taken,
    # its source, its context and its status's source dropped, "1 status changed" said.
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "base.csv").write_text("concept id,en 1 term,ru 1 term,ru 2 term,ru 2 status\n"
                                       "som,smuggling of migrants,незаконный ввоз мигрантов,контрабанда мигрантов,admitted\n",
                                       encoding="utf-8")
    assert main(["glossary", "import", "base.csv", "--out", "g.tbx"]) == 0
    (tmp_path / "mt.tbx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body><termEntry>\n'
        '<langSet xml:lang="en-US"><ntig><termGrp><term>smuggling of migrants</term></termGrp></ntig></langSet>\n'
        '<langSet xml:lang="ru-RU"><ntig><termGrp><term>контрабанда мигрантов</term></termGrp><descripGrp>'
        '<descrip type="Status">Forbidden</descrip><admin type="source">UNTERM</admin></descripGrp>'
        '<descrip type="context">Борьба с контрабандой мигрантов.</descrip><admin type="source">MT</admin></ntig></langSet>\n'
        '</termEntry></body></text></martif>\n', encoding="utf-8")
    capsys.readouterr()
    assert main(["glossary", "import", "mt.tbx", "--out", "g.tbx"]) == 0
    # (each status change said by name, from what to what, as merge logs do)
    assert ("updated som: 1 status changed (ru 'контрабанда мигрантов': admitted → forbidden), 3 term fields added"
            in capsys.readouterr().out)
    [concept] = load_glossary(tmp_path / "g.tbx").concepts
    term = next(term for term in concept.terms_in("ru") if term.text == "контрабанда мигрантов")
    assert term.status is TermStatus.FORBIDDEN and term.source == "MT"
    written = (tmp_path / "g.tbx").read_text(encoding="utf-8")
    assert '<admin type="source">UNTERM</admin></termNoteGrp>' in written
    assert '<descrip type="context">Борьба с контрабандой мигрантов.</descrip>' in written


def test_a_sheet_without_verification_columns_leaves_each_term_s_mark_on_that_term(tmp_path, monkeypatch, capsys):
    # `расширенное бюро` and `расширенное Бюро` are two terms of one concept, one unverified:
    # matched up to case, the sheet's terms took each other's marks, "2 updated".
    import csv

    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    assert main(["glossary", "export", "g.tbx", "--out", "g.csv"]) == 0
    rows = list(csv.reader((tmp_path / "g.csv").open(encoding="utf-8-sig")))
    kept = [n for n, name in enumerate(rows[0]) if "verification" not in name]
    with (tmp_path / "reviewed.csv").open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([[row[n] for n in kept] for row in rows])
    capsys.readouterr()
    assert main(["glossary", "import", "reviewed.csv", "--out", "g.tbx"]) == 0
    assert "0 added, 0 updated, 96 unchanged" in capsys.readouterr().out
    assert (tmp_path / "g.tbx").read_bytes() == GLOSSARY.read_bytes()


def test_tbx_v2_entries_without_an_id_are_given_one_from_their_terms(tmp_path, hexaglot):
    # TBX v2 makes termEntry's id optional (MultiTerm writes none): such a termbase was refused
    # ("a concept entry has no id"). Each entry is given an id made from its English term, never
    # one the file wrote, and checking with it finds what its terms say.
    entry = """    <termEntry{id}>
      <langSet xml:lang="en"><ntig><termGrp><term>{en}</term></termGrp></ntig></langSet>
      <langSet xml:lang="ru"><ntig><termGrp><term>{ru}</term></termGrp></ntig></langSet>
    </termEntry>
"""
    path = tmp_path / "multiterm.tbx"

    def termbase(*entries: dict[str, str]) -> None:
        path.write_text('<?xml version="1.0" encoding="UTF-16"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
                        + "".join(entry.format(**fields) for fields in entries) + "</body></text></martif>\n", encoding="utf-16")

    def imported_into_a_copy():
        shutil.copy(ROOT / "glossaries" / "untoc-som.tbx", tmp_path / "copy.tbx")
        merged = hexaglot("glossary", "import", str(path), "--out", "copy.tbx", cwd=tmp_path)
        assert merged.returncode == 0, merged.stderr
        return merged.stdout, {c.id: c for c in load_glossary(tmp_path / "copy.tbx").concepts}

    termbase(dict(id="", en="smuggling of migrants", ru="незаконный ввоз мигрантов"),
             dict(id=' id="smuggling-of-migrants"', en="migrant", ru="мигрант"),
             dict(id="", en="Smuggling of Migrants", ru="незаконный ввоз мигрантов"))
    glossary = read_tbx(path)
    assert [c.id for c in glossary.concepts] == ["smuggling-of-migrants-2", "smuggling-of-migrants", "smuggling-of-migrants-3"]
    assert glossary.made_ids == {"smuggling-of-migrants-2", "smuggling-of-migrants-3"}

    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "report.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgid "The smuggling of migrants is a crime."\nmsgstr "Контрабанда людей является преступлением."\n',
                       encoding="utf-8")
    result = hexaglot("check", "locale", "--glossary", str(path), "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    found = {(f["code"], f["concept"]) for f in json.loads(result.stdout)["findings"]}
    assert ("TERM001", "smuggling-of-migrants-2") in found
    stats = hexaglot("glossary", "stats", str(path), cwd=tmp_path)
    assert stats.returncode == 0, stats.stderr

    # Imported into a glossary, such a termbase is merged as a term list is: each entry the
    # concept its terms are (by id was the glossary's `smuggling-of-migrants` replaced by the
    # entry whose made id it was), its terms added, no concept replaced.
    termbase(dict(id="", en="smuggling of migrants", ru="незаконный ввоз мигрантов"),
             dict(id="", en="human rights defender", ru="правозащитник"))
    said, after = imported_into_a_copy()
    assert "matched by their terms: 'smuggling of migrants' → smuggling-of-migrants" in said
    assert "added: human-rights-defender" in said and "replaced" not in said
    before = {c.id: c for c in load_glossary(ROOT / "glossaries" / "untoc-som.tbx").concepts}
    assert set(after["smuggling-of-migrants"].terms) >= set(before["smuggling-of-migrants"].terms)

    # A file mixing entries with ids and without keeps its records (the one with an id is the
    # glossary's concept, as before); one without is a new concept, whatever id its terms make
    # (`report` replaced the glossary's report).
    termbase(dict(id=' id="migrant"', en="migrant", ru="мигрант"), dict(id="", en="report", ru="сообщение"))
    _, after = imported_into_a_copy()
    assert after["report"] == before["report"] and [t.text for t in after["report-2"].terms_in("ru")] == ["сообщение"]


_PHRASE_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="som">
 <langSet xml:lang="en"><tig><term>smuggling of migrants</term><termNote type="preferred">true</termNote></tig></langSet>
 <langSet xml:lang="ru">
  <tig><term>незаконный ввоз мигрантов</term><termNote type="preferred">true</termNote></tig>
  <tig><term>контрабанда мигрантов</term>{status}</tig>
 </langSet>
</termEntry></body></text></martif>
"""


@pytest.mark.parametrize("status, expected", [
    ('<termNote type="forbidden">true</termNote>', TermStatus.FORBIDDEN),  # Phrase's (Memsource's) export
    ('<termNote type="forbidden">false</termNote>', TermStatus.PREFERRED),
    ('<termNote type="Status">Forbidden</termNote>', TermStatus.FORBIDDEN),  # a MultiTerm field named Status
    ('<termNote type="Status">Deprecated</termNote>', TermStatus.DEPRECATED),
    # MultiTerm writes its Status field as a descrip, alone or in a group with its source: read
    # nowhere, the forbidden term was preferred (TERM004 only, exit 0)
    ('<descrip type="Status">Forbidden</descrip>', TermStatus.FORBIDDEN),
    ('<descripGrp><descrip type="Status">Forbidden</descrip><admin type="source">MT</admin></descripGrp>',
     TermStatus.FORBIDDEN),
    ('<descripGrp><descrip type="Status">Preferred</descrip></descripGrp>', TermStatus.PREFERRED),
    # ... or as a termNote in a termNoteGrp with its source: kept whole, unread, preferred
    ('<termNoteGrp><termNote type="Status">Forbidden</termNote><admin type="source">UNTERM</admin></termNoteGrp>',
     TermStatus.FORBIDDEN),
    # the names a Status picklist gives a rejected term, spaced as typed
    ('<descrip type="Status">Do not use</descrip>', TermStatus.FORBIDDEN),
    ('<descrip type="Status">Not  recommended</descrip>', TermStatus.FORBIDDEN),
    ('<descrip type="Status">Rejected</descrip>', TermStatus.DEPRECATED),
    ('<termNote type="Status">Obsolete</termNote>', TermStatus.SUPERSEDED),
    # other picklists' words, and the fields as other termbases name them: read as nothing, each
    # of these forbidden terms was preferred, and passed as approved (probe 66a)
    ('<termNote type="Status">Prohibited</termNote>', TermStatus.FORBIDDEN),
    ('<termNote type="Status">Not allowed</termNote>', TermStatus.FORBIDDEN),
    ("<termNote type=\"Status\">Don't use</termNote>", TermStatus.FORBIDDEN),
    ('<termNote type="Status">Avoid</termNote>', TermStatus.FORBIDDEN),
    ('<termNote type="Status">Banned</termNote>', TermStatus.FORBIDDEN),
    ('<termNote type="Status">Incorrect</termNote>', TermStatus.FORBIDDEN),
    ('<descrip type="Status">Deprecated term</descrip>', TermStatus.DEPRECATED),
    ('<descrip type="Status">Deprecated (do not use)</descrip>', TermStatus.DEPRECATED),
    ('<termNote type="Status">Outdated</termNote>', TermStatus.SUPERSEDED),
    ('<termNote type="Status">Admitted term</termNote>', TermStatus.ADMITTED),
    ('<descrip type="Term Status">forbidden</descrip>', TermStatus.FORBIDDEN),
    ('<termNote type="term_status">Forbidden</termNote>', TermStatus.FORBIDDEN),
    ('<termNote type="Usage Status">Forbidden</termNote>', TermStatus.FORBIDDEN),
    ('<termNote type="Usage">Forbidden</termNote>', TermStatus.FORBIDDEN),
    ('<descrip type="administrativeStatus">deprecatedTerm-admn-sts</descrip>', TermStatus.DEPRECATED),
    ('<termNote type="AdministrativeStatus">deprecatedTerm-admn-sts</termNote>', TermStatus.DEPRECATED),
    # in the other languages a termbase is kept in, and with a remark after a dash or colon
    # (probe 66h: read as no status, these forbidden terms were preferred)
    ('<termNote type="Status">Interdit</termNote>', TermStatus.FORBIDDEN),
    ('<termNote type="Status">Запрещено</termNote>', TermStatus.FORBIDDEN),
    ('<termNote type="Status">Prohibido</termNote>', TermStatus.FORBIDDEN),
    ('<termNote type="Status">Deprecated - do not use</termNote>', TermStatus.DEPRECATED),
    ('<termNote type="Status">Forbidden: see smuggling of migrants</termNote>', TermStatus.FORBIDDEN),
])
def test_a_status_other_tools_give_in_a_note_of_their_own_is_read(tmp_path, status, expected):
    # Kept as a note of no meaning, Phrase's forbidden term was read as preferred: «контрабанда
    # мигрантов» passed as approved.
    path = tmp_path / "phrase.tbx"
    path.write_text(_PHRASE_TBX.format(status=status), encoding="utf-8")
    [concept] = read_tbx(path).concepts
    assert {term.text: term.status for term in concept.terms_in("ru")}["контрабанда мигрантов"] == expected


@pytest.mark.parametrize("notes, expected", [
    # a workflow's Status field (MultiTerm): no term status, kept; the term's own status stands
    ('<termNote type="Status">Approved</termNote>', TermStatus.PREFERRED),
    ('<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote><termNote type="Status">Draft</termNote>',
     TermStatus.ADMITTED),
    ('<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote><descrip type="Status">Draft</descrip>',
     TermStatus.ADMITTED),
    # deprecated in TBX-Basic and marked forbidden, as hexaglot itself writes a forbidden term: the stronger
    ('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><termNote type="forbidden">true</termNote>',
     TermStatus.FORBIDDEN),
])
def test_status_notes_that_do_not_contradict_each_other_are_read(tmp_path, notes, expected):
    path = tmp_path / "notes.tbx"
    path.write_text(_PHRASE_TBX.format(status=notes), encoding="utf-8")
    [concept] = load_glossary(path).concepts
    assert {term.text: term.status for term in concept.terms_in("ru")}["контрабанда мигрантов"] == expected


@pytest.mark.parametrize("note", ['<termNote type="Status">Unsuitable for UN texts</termNote>',
                                  '<descrip type="Term Status">Bad</descrip>'])
def test_a_status_note_that_names_no_status_and_no_workflow_step_is_named_by_lint(tmp_path, note):
    # Kept as a note of no meaning, the term it rejects is read as preferred: lint says so (a
    # refusal, tried, refused whole termbases for a picklist's `Candidate` or `Approved term`).
    from pipeline.glossary.lint import lint_file

    path = tmp_path / "unknown.tbx"
    path.write_text(_PHRASE_TBX.format(status=note), encoding="utf-8")
    assert load_glossary(path).concepts
    found = [problem for problem in lint_file(path) if problem.code == "GLS023"]
    assert len(found) == 1 and "'контрабанда мигрантов' has the" in found[0].message, found
    # ... and where the glossary is used: check says it, not only lint (probe 66h)
    from pipeline.cli import main

    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "note.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgid "The smuggling of migrants grew."\nmsgstr "Контрабанда мигрантов выросла."\n', encoding="utf-8")
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", str(catalog.parent.parent.parent), "--glossary", str(path), "--no-cache", "--fail-on", "never"])
    assert "glossary: ru: 'контрабанда мигрантов' has the status" in out.getvalue(), out.getvalue()


@pytest.mark.parametrize("note", ['<termNote type="Usage">Used in legal texts of the Protocol</termNote>',
                                  '<termNote type="Status">Approved</termNote>', '<descrip type="Status">Reviewed</descrip>',
                                  # a picklist's workflow words, and statuses that approve (probe 66e)
                                  '<termNote type="Status">Approved term</termNote>', '<termNote type="Status">Draft term</termNote>',
                                  '<termNote type="Status">Candidate</termNote>', '<termNote type="Status">To be checked</termNote>',
                                  '<termNote type="Status">Not approved</termNote>', '<termNote type="Status">Approuvé</termNote>',
                                  '<termNote type="Status">Legal term</termNote>', '<termNote type="Status">Recommended</termNote>'])
def test_a_usage_note_or_a_workflow_step_is_kept_as_a_note_not_refused(tmp_path, note):
    path = tmp_path / "usage.tbx"
    path.write_text(_PHRASE_TBX.format(status=note), encoding="utf-8")
    [concept] = load_glossary(path).concepts
    assert {term.text: term.status for term in concept.terms_in("ru")}["контрабанда мигрантов"] == TermStatus.PREFERRED


def test_a_status_read_out_of_its_group_goes_back_with_its_source(tmp_path):
    # A descripGrp's status taken out left a descripGrp of no descrip (no valid TBX), its
    # source apart from the status it was the source of.
    path = tmp_path / "multiterm.tbx"
    path.write_text(_PHRASE_TBX.format(status='<descripGrp><descrip type="Status">Forbidden</descrip>'
                                              '<admin type="source">UNTERM</admin><note>treaty title</note></descripGrp>'),
                    encoding="utf-8")
    glossary = load_glossary(path)
    written = tmp_path / "written.tbx"
    write_tbx(glossary, written)
    text = written.read_text(encoding="utf-8")
    assert ('<termNoteGrp><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>'
            '<admin type="source">UNTERM</admin><note>treaty title</note></termNoteGrp>') in text
    assert "<descripGrp" not in text
    assert load_glossary(written) == glossary


def test_two_statuses_on_one_term_are_refused_not_the_last_read(tmp_path):
    # The last one read won in silence, and `glossary import` wrote it alone.
    path = tmp_path / "two.tbx"
    path.write_text(_PHRASE_TBX.format(status='<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>'
                                               '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>'),
                    encoding="utf-8")
    with pytest.raises(HexaglotInputError) as refused:
        load_glossary(path)
    assert refused.value.code == "E014" and "'контрабанда мигрантов' has 2 statuses" in refused.value.message
    # Two in one group too (the second was kept as a note, the first read).
    path.write_text(_PHRASE_TBX.format(status='<descripGrp><descrip type="Status">Forbidden</descrip>'
                                              '<descrip type="Status">Preferred</descrip></descripGrp>'), encoding="utf-8")
    with pytest.raises(HexaglotInputError) as refused:
        load_glossary(path)
    assert "'контрабанда мигрантов' has 2 statuses" in refused.value.message


@pytest.mark.parametrize("written", ["un\x00toc", "un\x01toc", "UN 2", "2", "a\u00b2"])  # (² is Python's \\w, no XML name's)
def test_a_concept_id_tbx_cannot_hold_is_refused_at_its_row_not_written(tmp_path, monkeypatch, capsys, written):
    # A NUL in a CSV's `concept id` went into the TBX's id attribute: `glossary import --out
    # g.tbx` said "1 added", exit 0, and every later command refused g.tbx as not well-formed
    # XML (E014). A space or a leading digit made a TBX validating tools refuse.
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    assert main(["glossary", "export", "g.tbx", "--out", "g.csv"]) == 0
    text = (tmp_path / "g.csv").read_text(encoding="utf-8-sig")
    first_id = text.splitlines()[1].split(",")[0]
    (tmp_path / "bad.csv").write_text(text.replace(first_id + ",", written + ",", 1), encoding="utf-8")
    before = (tmp_path / "g.tbx").read_bytes()
    capsys.readouterr()
    assert main(["glossary", "import", "bad.csv", "--out", "g.tbx"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("hexaglot: bad.csv:2: [E015] concept id ") and error.count("\n") == 1, error
    assert "TBX" in error and "\x00" not in error and "\x01" not in error
    assert (tmp_path / "g.tbx").read_bytes() == before
    # Lint says it as an error (it said a warning, and of a NUL "0 errors")
    assert main(["glossary", "lint", "bad.csv"]) == 1
    assert "GLS020 error: [" in capsys.readouterr().out


def test_glossary_export_names_the_file_asked_for_and_a_folder_it_cannot_write_is_one_error(tmp_path, monkeypatch, capsys):
    # `--out noext` named `.noext.hexaglot-new` (the file staged beside it); a folder that
    # cannot be written gave a traceback and exit 1 (the staged file's clean-up raised again).
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    assert main(["glossary", "export", "g.tbx", "--out", "noext"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("hexaglot: noext: [E013]") and error.count("\n") == 1, error
    assert not list(tmp_path.glob(".*hexaglot-new*"))

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    import pipeline.cli as cli

    monkeypatch.setattr(cli.Path, "unlink", refused)
    monkeypatch.setattr(cli.os, "replace", refused)
    assert main(["glossary", "export", "g.tbx", "--out", "out.csv"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("hexaglot: out.csv: [E011] cannot write") and error.count("\n") == 1, error


def test_a_glossary_of_no_concept_is_said_so_not_a_pass_on_terms(tmp_path, monkeypatch, capsys):
    # A header-only CSV (or a TBX with an empty body) as the glossary: the note said "only its
    # rejected terms were looked for", of a glossary with none; importing it wrote "0 concepts".
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    assert main(["glossary", "export", "g.tbx", "--out", "g.csv"]) == 0
    (tmp_path / "empty.csv").write_text((tmp_path / "g.csv").read_text(encoding="utf-8-sig").splitlines()[0] + "\n",
                                        encoding="utf-8")
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    capsys.readouterr()
    assert main(["check", "locale", "--glossary", "empty.csv", "--no-cache", "--fail-on", "never"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "not checked: terminology: the glossary holds no concept (empty.csv), so no TERM check had a term to look for" in lines
    assert not [line for line in lines if "rejected terms were looked for" in line]
    # Imported, it is said to be an empty glossary (a terminologist's start), not "0 concepts" alone.
    assert main(["glossary", "import", "empty.csv", "--out", "new.tbx"]) == 0
    assert "(it holds no concept: new.tbx is an empty glossary, to be filled)" in capsys.readouterr().out


@pytest.mark.parametrize("written", ["mije\u0301te", "x\u00b7y", "a\u203fb", "организованная-группа", "偷运移民"])
def test_a_concept_id_xml_takes_is_imported_as_written(tmp_path, monkeypatch, written):
    # XML's names take combining marks (a decomposed é), the middle dot and the undertie: such
    # ids were refused, and the id suggested dropped the accent.
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "g.csv").write_text(f"concept id,en 1 term,ru 1 term\n{written},smuggling of migrants,незаконный ввоз мигрантов\n",
                                    encoding="utf-8")
    assert main(["glossary", "import", "g.csv", "--out", "g.tbx"]) == 0
    assert [concept.id for concept in load_glossary(tmp_path / "g.tbx").concepts] == [written]


def test_a_term_whose_text_a_cat_tool_changed_keeps_what_the_file_has_no_field_for(tmp_path, monkeypatch, capsys):
    # memoQ gives a termbase back with statuses only, one Russian term's spelling edited: the
    # edited term lost its notes, its source and its ○ mark (unverified), and the import said
    # it had kept the Russian notes (a terminologist's probe).
    from pipeline.cli import main
    from pipeline.model import Verification

    monkeypatch.chdir(tmp_path)
    shutil.copy(GLOSSARY, tmp_path / "g.tbx")
    wanted = {concept.id: concept for concept in load_glossary(tmp_path / "g.tbx").concepts}["smuggling-of-migrants"]
    status = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
              "deprecated": "deprecatedTerm-admn-sts", "forbidden": "deprecatedTerm-admn-sts", "superseded": "supersededTerm-admn-sts"}
    edited = {"незаконный провоз мигрантов": "незаконный перевоз мигрантов"}
    (tmp_path / "memoq.tbx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
        '<termEntry id="smuggling-of-migrants">\n'
        + "".join(f'<langSet xml:lang="{term.lang}"><tig><term>{edited.get(term.text, term.text)}</term>'
                  f'<termNote type="administrativeStatus">{status[term.status.value]}</termNote></tig></langSet>\n'
                  for term in wanted.terms)
        + '</termEntry>\n</body></text></martif>\n', encoding="utf-8")
    assert main(["glossary", "import", "memoq.tbx", "--out", "g.tbx"]) == 0
    out = capsys.readouterr().out
    merged = {concept.id: concept for concept in load_glossary(tmp_path / "g.tbx").concepts}["smuggling-of-migrants"]
    old = next(term for term in wanted.terms_in("ru") if term.text == "незаконный провоз мигрантов")
    new = next(term for term in merged.terms_in("ru") if term.text == "незаконный перевоз мигрантов")
    assert (new.note, new.source, new.verification) == (old.note, old.source, Verification.UNVERIFIED)
    assert "'незаконный провоз мигрантов', which the file writes 'незаконный перевоз мигрантов'" in out, out


def test_the_un_region_is_the_language_and_a_region_alone_merged_goes_to_its_own(tmp_path, monkeypatch, capsys):
    # A regression probe's: beside en-US, en-GB (the English UN texts follow) was set aside and
    # matched nowhere; a Latin American termbase merged into a glossary that keeps es-419 apart
    # replaced the UN Spanish terms; `es-419-x-legal` was folded into UN Spanish.
    from pipeline.cli import main
    from pipeline.glossary.tbx import glossary_languages

    assert glossary_languages({"en-GB", "en-US"}) == {"en-GB": "en", "en-US": "en-US"}
    assert glossary_languages({"es-ES", "es-419-x-legal"}) == {"es-ES": "es", "es-419-x-legal": "es-419-x-legal"}
    assert glossary_languages({"ar-SA", "ar-EG"}) == {"ar-SA": "ar", "ar-EG": "ar"}  # no UN region: one language
    assert glossary_languages({"zh-CN", "zh-SG", "zh-TW"}) == {"zh-CN": "zh", "zh-SG": "zh", "zh-TW": "zh-Hant"}

    def termbase(sections: str) -> str:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
                f'<termEntry id="smuggling-of-migrants">\n{sections}</termEntry>\n</body></text></martif>\n')

    monkeypatch.chdir(tmp_path)
    (tmp_path / "both.tbx").write_text(termbase(
        '<langSet xml:lang="en"><tig><term>smuggling of migrants</term></tig></langSet>\n'
        '<langSet xml:lang="es"><tig><term>tráfico ilícito de migrantes</term></tig></langSet>\n'
        '<langSet xml:lang="es-419"><tig><term>tráfico de migrantes</term></tig></langSet>\n'), encoding="utf-8")
    assert main(["glossary", "import", "both.tbx", "--out", "g.tbx"]) == 0
    (tmp_path / "latam.tbx").write_text(termbase(
        '<langSet xml:lang="en"><tig><term>smuggling of migrants</term></tig></langSet>\n'
        '<langSet xml:lang="es-419"><tig><term>tráfico de migrantes</term></tig>'
        '<tig><term>contrabando de migrantes</term></tig></langSet>\n'), encoding="utf-8")
    assert main(["glossary", "import", "latam.tbx", "--out", "g.tbx"]) == 0
    [concept] = load_glossary(tmp_path / "g.tbx").concepts
    assert [t.text for t in concept.terms_in("es")] == ["tráfico ilícito de migrantes"]
    assert [t.text for t in concept.terms_in("es-419")] == ["tráfico de migrantes", "contrabando de migrantes"]
    # ... and a Mexican one, a region the glossary does not hold, beside the one it keeps apart
    (tmp_path / "mx.tbx").write_text(termbase(
        '<langSet xml:lang="en"><tig><term>smuggling of migrants</term></tig></langSet>\n'
        '<langSet xml:lang="es-MX"><tig><term>tráfico de personas migrantes</term></tig></langSet>\n'), encoding="utf-8")
    assert main(["glossary", "import", "mx.tbx", "--out", "g.tbx"]) == 0
    [concept] = load_glossary(tmp_path / "g.tbx").concepts
    assert [t.text for t in concept.terms_in("es")] == ["tráfico ilícito de migrantes"]
    assert [t.text for t in concept.terms_in("es-MX")] == ["tráfico de personas migrantes"]


def test_a_term_respelt_in_a_sheet_without_its_note_columns_is_named(tmp_path, monkeypatch, capsys):
    # As a TBX's respelt term is (a regression probe's: the sheet's kept its fields unsaid).
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    rows = _glossary_exported_as_csv(tmp_path)
    columns = [column for column in rows[0] if column == "concept id" or column.endswith((" term", " status"))]
    for row in rows:
        row.update({column: cell.replace("незаконный провоз мигрантов", "незаконный перевоз мигрантов")
                    for column, cell in row.items()})
    _write_csv(tmp_path / "cut.csv", columns, rows)
    capsys.readouterr()
    assert main(["glossary", "import", "cut.csv", "--out", "g.tbx"]) == 0
    assert "of 'незаконный провоз мигрантов', which the file writes 'незаконный перевоз мигрантов'" in capsys.readouterr().out


def _glossary_exported_as_csv(folder: Path) -> list[dict]:
    """The shipped glossary copied to `folder` as g.tbx, exported as hexaglot's CSV, its rows."""
    import csv

    from pipeline.cli import main

    shutil.copy(GLOSSARY, folder / "g.tbx")
    assert main(["glossary", "export", str(folder / "g.tbx"), "--out", str(folder / "full.csv")]) == 0
    with open(folder / "full.csv", encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    import csv

    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def _read_back_from_every_layout(path: Path) -> list:
    """The glossary at `path` exported in each spreadsheet layout beside it, each read back."""
    read = []
    for layout, name in (("hexaglot", "terms.csv"), ("hexaglot", "terms.xlsx"), ("cat", "cat.csv")):
        exported = run_hexaglot("glossary", "export", str(path), "--out", name, "--layout", layout, cwd=path.parent)
        assert exported.returncode == 0, exported.stderr
        read.append(load_glossary(path.parent / name))
    return read


@pytest.mark.parametrize("column", ["es-419", "es_419"])
def test_a_sheet_of_one_region_merged_changes_that_region_and_keeps_un_spanish(tmp_path, monkeypatch, capsys, column):
    # A regression probe's: merged into a glossary with `es` and `es-419` terms, a sheet whose
    # only Spanish is es-419 removed the UN Spanish terms ("keeping es-419 terms", said).
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "both.tbx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
        '<termEntry id="wallet">\n<langSet xml:lang="en"><tig><term>wallet</term></tig></langSet>\n'
        '<langSet xml:lang="es"><tig><term>cartera</term></tig></langSet>\n'
        '<langSet xml:lang="es-419"><tig><term>billetera</term></tig></langSet>\n'
        '</termEntry>\n</body></text></martif>\n', encoding="utf-8")
    assert main(["glossary", "import", "both.tbx", "--out", "g.tbx"]) == 0
    (tmp_path / "latam.csv").write_text(f"concept id,en 1 term,{column} 1 term\nwallet,wallet,billetera digital\n", encoding="utf-8")
    assert main(["glossary", "import", "latam.csv", "--out", "g.tbx"]) == 0
    [concept] = load_glossary(tmp_path / "g.tbx").concepts
    assert [t.text for t in concept.terms_in("es")] == ["cartera"]
    assert [t.text for t in concept.terms_in("es-419")] == ["billetera digital"]
    # ... and into a glossary of UN Spanish alone, the sheet's term is added, the glossary's kept
    (tmp_path / "es.tbx").write_text((tmp_path / "both.tbx").read_text(encoding="utf-8").replace(
        '<langSet xml:lang="es-419"><tig><term>billetera</term></tig></langSet>\n', ""), encoding="utf-8")
    (tmp_path / "g.tbx").unlink()
    assert main(["glossary", "import", "es.tbx", "--out", "g.tbx"]) == 0
    assert main(["glossary", "import", "latam.csv", "--out", "g.tbx"]) == 0
    [concept] = load_glossary(tmp_path / "g.tbx").concepts
    assert "cartera" in [t.text for t in concept.terms_in("es")]


def test_microsofts_legacy_chinese_tags_and_pinyin_are_told_apart_from_un_chinese(tmp_path):
    # A Trados termbase's `zh-CHT` section was read as UN Chinese (its Traditional terms
    # preferred UN Chinese terms), and pinyin (`zh-Latn`) too.
    from pipeline.glossary.tbx import glossary_languages

    assert glossary_languages({"zh-CHS", "zh-CHT", "zh-Latn"}) == {"zh-CHS": "zh", "zh-CHT": "zh-Hant", "zh-Latn": "zh-Latn"}
    path = tmp_path / "chs.tbx"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
                    '<termEntry id="c1"><langSet xml:lang="en"><tig><term>trafficking in persons</term></tig></langSet>'
                    '<langSet xml:lang="zh-CHS"><tig><term>贩运人口</term></tig></langSet>'
                    '<langSet xml:lang="zh-CHT"><tig><term>販運人口</term></tig></langSet>'
                    '<langSet xml:lang="zh-Latn"><tig><term>fànyùn rénkǒu</term></tig></langSet></termEntry>\n'
                    '</body></text></martif>\n', encoding="utf-8")
    [concept] = load_glossary(path).concepts
    assert [t.text for t in concept.terms_in("zh")] == ["贩运人口"]


def test_concepts_whose_source_terms_are_all_another_variety_are_said_not_looked_for(tmp_path, monkeypatch, capsys):
    # A termbase indexed in en-US with one concept that has en-GB too: every other concept's
    # English is kept apart (the UN's variety is the language), found in no source, and TERM001
    # said nothing of the concept the translation left out (probe 66a).
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "multiterm.tbx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en-US"><text><body>\n'
        '<termEntry id="c1"><langSet xml:lang="en-US"><tig><term>trafficking in persons</term></tig></langSet>'
        '<langSet xml:lang="fr-FR"><tig><term>traite des personnes</term></tig></langSet></termEntry>\n'
        '<termEntry id="c2"><langSet xml:lang="en-US"><tig><term>program of work</term></tig></langSet>'
        '<langSet xml:lang="en-GB"><tig><term>programme of work</term></tig></langSet>'
        '<langSet xml:lang="fr-FR"><tig><term>programme de travail</term></tig></langSet></termEntry>\n'
        '</body></text></martif>\n', encoding="utf-8")
    catalog = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "note.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgid "The programme of work on trafficking in persons was adopted."\n'
                       'msgstr "Le programme de travail sur la traite a été adopté."\n', encoding="utf-8")
    main(["check", "locale", "--glossary", "multiterm.tbx", "--no-cache", "--fail-on", "never"])
    out = capsys.readouterr().out
    assert ("not checked: terminology: 1 concept has en terms only under en-US, another variety than the UN's, which "
            "the glossary keeps apart: not looked for in the sources (c1)") in out, out


@pytest.mark.parametrize("field", ["Subject", "subjectField", "Domain"])
def test_multiterms_subject_and_definition_fields_are_the_concepts(tmp_path, field):
    # MultiTerm's `Subject` and `Definition` descrips (in a descripGrp with their source) were kept
    # as notes: the concept had no subject, and the `cat` export's columns were empty (probes 64b, 66a).
    path = tmp_path / "multiterm.tbx"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
                    f'<termEntry id="c1"><descripGrp><descrip type="{field}">Cybercrime</descrip></descripGrp>'
                    '<descripGrp><descrip type="Definition">Crime committed by means of computer systems.</descrip>'
                    '<admin type="source">UNODC</admin></descripGrp>'
                    '<langSet xml:lang="en"><tig><term>cybercrime</term></tig></langSet></termEntry>\n'
                    '</body></text></martif>\n', encoding="utf-8")
    [concept] = load_glossary(path).concepts
    assert (concept.subject, concept.definition, concept.source) == (
        "Cybercrime", "Crime committed by means of computer systems.", "UNODC")


def test_tbxs_own_subject_field_wins_over_multiterms_beside_it(tmp_path):
    # Both MultiTerm's `Subject` and TBX's `subjectField`: the first read won, and the standard
    # one went to the concept's extra, lost to the `cat` layout (probe 66j).
    path = tmp_path / "both.tbx"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n'
                    '<termEntry id="c2"><descrip type="Subject">Smuggling of migrants</descrip>'
                    '<descrip type="subjectField">Migration</descrip>'
                    '<langSet xml:lang="en"><tig><term>migrant</term></tig></langSet></termEntry>\n'
                    '</body></text></martif>\n', encoding="utf-8")
    [concept] = load_glossary(path).concepts
    assert concept.subject == "Migration"
    assert any("Smuggling of migrants" in str(item) for item in concept.extra)
