"""Inputs bounded in what they cost, and text kept across round trips: zip bombs in .docx and
.xlsx refused before anything inflates, a vast and nearly empty XLSX range read by its cells,
glossary cells that start with an apostrophe kept, entity declarations refused in UTF-16 TBX
too, and a FIFO or a folder where a glossary or document should be named, never a hang."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from pipeline.errors import HexaglotInputError
from pipeline.extract.docx import read_docx_layout
from pipeline.glossary import load_glossary, save_glossary
from pipeline.glossary.tabular import _guard, _unguard
from pipeline.model import Concept, Glossary, Term

GLOSSARY = Glossary("Smuggling of migrants", (
    Concept("c1", (Term("'-ism", "en"), Term("-изм", "ru"))),
    Concept("c2", (Term("-ism", "en"), Term("=SUM(A1)", "ru"))),
    Concept("c3", (Term("'s", "en"), Term("@home", "ru"), Term("'Working Group'", "fr"))),
    Concept("c4", (Term("smuggling of migrants", "en"), Term("незаконный ввоз мигрантов", "ru"))),
))


def bomb(path: Path, base: Path | None, member: str, size: int) -> Path:
    """A copy of the archive at `base` (or a new one) with a member of `size` zero bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if base is not None:
            with zipfile.ZipFile(base) as original:
                for item in original.infolist():
                    archive.writestr(item, original.read(item))
        with archive.open(member, "w", force_zip64=True) as out:
            chunk = bytes(1024 * 1024)
            for _ in range(size // len(chunk)):
                out.write(chunk)
    return path


def test_a_docx_zip_bomb_is_refused_before_it_inflates(tmp_path):
    import docx

    sound = tmp_path / "ru.docx"
    word = docx.Document()
    word.add_paragraph("Рабочая группа по незаконному ввозу мигрантов")
    word.save(str(sound))
    read_docx_layout(sound)  # the sound document reads
    bombed = bomb(tmp_path / "bomb.docx", sound, "word/media/image1.bin", 40 * 1024 * 1024)
    assert bombed.stat().st_size < 1024 * 1024
    with pytest.raises(HexaglotInputError, match=r"word/media/image1.bin inflates [\d,]+ times to 41,943,040 bytes "
                       r"\(at most 200 times past 10,485,760 bytes\): refused as a zip bomb") as raised:
        read_docx_layout(bombed)
    assert raised.value.code == "E007" and raised.value.path == bombed


def test_a_300_mb_member_is_refused_by_its_declared_size(tmp_path):
    import docx

    sound = tmp_path / "ru.docx"
    word = docx.Document()
    word.add_paragraph("Доклад Рабочей группы по незаконному ввозу мигрантов о работе ее совещания")
    word.save(str(sound))
    bombed = bomb(tmp_path / "report.docx", sound, "word/media/image1.png", 300 * 1024 * 1024)
    assert bombed.stat().st_size < 1024 * 1024  # 300 MB of zeros compress to about 300 KB
    with pytest.raises(HexaglotInputError, match=r"word/media/image1.png inflates to 314,572,800 bytes "
                       r"\(at most 268,435,456\): refused as a zip bomb") as raised:
        read_docx_layout(bombed)
    assert raised.value.code == "E007" and str(bombed) in str(raised.value)


def test_an_archive_past_the_total_or_member_count_limit_is_refused(tmp_path, monkeypatch):
    from pipeline import archive

    sound = tmp_path / "glossary.xlsx"
    save_glossary(GLOSSARY, sound)
    crowded = tmp_path / "crowded.xlsx"
    with zipfile.ZipFile(sound) as original, zipfile.ZipFile(crowded, "w") as copy:
        for item in original.infolist():
            copy.writestr(item, original.read(item))
        for number in range(archive.MAX_MEMBERS):
            copy.writestr(f"xl/media/image{number}.png", b"")
    with pytest.raises(HexaglotInputError, match=r"the glossary holds 10,0\d\d files \(at most 10,000 are read\)") as raised:
        load_glossary(crowded)
    assert raised.value.code == "E015"
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 4096)  # the workbook of four concepts is larger in all
    with pytest.raises(HexaglotInputError, match=r"the glossary inflates to [\d,]+ bytes in all \(at most 4,096\)"):
        load_glossary(sound)


def test_an_xlsx_zip_bomb_is_refused_before_it_inflates(tmp_path):
    sound = tmp_path / "glossary.xlsx"
    save_glossary(GLOSSARY, sound)
    bombed = bomb(tmp_path / "bomb.xlsx", sound, "xl/worksheets/sheet9.xml", 40 * 1024 * 1024)
    with pytest.raises(HexaglotInputError, match="zip bomb") as raised:
        load_glossary(bombed)
    assert raised.value.code == "E015"


def test_a_member_past_the_size_limit_is_refused(tmp_path, monkeypatch):
    from pipeline import archive

    sound = tmp_path / "glossary.xlsx"
    save_glossary(GLOSSARY, sound)
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 1024)  # the sheet of four concepts is larger
    with pytest.raises(HexaglotInputError, match=r"inflates to [\d,]+ bytes \(at most 1,024\)"):
        load_glossary(sound)


def test_a_vast_nearly_empty_range_reads_by_its_cells(tmp_path):
    path = tmp_path / "glossary.xlsx"
    save_glossary(GLOSSARY, path)
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    sheet.cell(row=1_048_576, column=16_384, value=" ")  # the used range becomes A1:XFD1048576
    workbook.save(path)
    found = load_glossary(path)
    assert [c.id for c in found.concepts] == ["c1", "c2", "c3", "c4"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cells_starting_with_an_apostrophe_come_back_as_they_went(tmp_path, suffix):
    path = tmp_path / f"glossary{suffix}"
    save_glossary(GLOSSARY, path)
    again = load_glossary(path)
    assert [(t.text, t.lang) for c in again.concepts for t in c.terms] == \
        [(t.text, t.lang) for c in GLOSSARY.concepts for t in c.terms]


# Texts built from the characters the guard looks at, so that the cases that matter (`''-ism`,
# `'\t=`, `'`) come up often, and any other text (no lone surrogates: UTF-8 cannot hold them).
CELL_TEXTS = st.text(alphabet=st.sampled_from("'=+-@\t\r\n s,\"") , max_size=8) | st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(CELL_TEXTS)
def test_unguarding_a_guarded_cell_gives_it_back(text):
    assert _unguard(_guard(text)) == text


@settings(max_examples=200, deadline=None, derandomize=True)
@given(CELL_TEXTS)
def test_any_note_comes_back_from_csv_as_it_went(tmp_path_factory, note):
    path = tmp_path_factory.mktemp("csv") / "glossary.csv"
    glossary = Glossary("Smuggling of migrants", (Concept("c1", (Term("smuggling of migrants", "en", note=note),)),))
    save_glossary(glossary, path)
    assert load_glossary(path).concepts[0].terms[0].note == note


def test_a_note_starting_with_a_tab_and_a_formula_is_guarded_in_csv(tmp_path):
    # Pasted from a web page with its indent; some spreadsheet programs skip the tab and run
    # the formula (OWASP lists the tab and the carriage return with = + - @).
    note = '\t=HYPERLINK("http://example.org/unodc","see the UNODC page")'
    glossary = Glossary("Smuggling of migrants", (
        Concept("c1", (Term("smuggling of migrants", "en", note=note), Term("незаконный ввоз мигрантов", "ru"))),))
    path = tmp_path / "glossary.csv"
    save_glossary(glossary, path)
    assert "'\t=HYPERLINK" in path.read_text(encoding="utf-8-sig")
    assert load_glossary(path).concepts == glossary.concepts


def tbx_with_entity(encoding: str) -> bytes:
    text = ('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE tbx [\n<!ENTITY small "x">\n]>\n'
            '<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n'
            '<text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&small;</term>'
            '</termSec></langSec></conceptEntry></body></text></tbx>\n')
    if encoding.startswith("utf-32"):
        text = text.replace('encoding="UTF-16"', 'encoding="UTF-32"')
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}
    return bom[encoding] + text.encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_utf16_or_utf32_tbx_declaring_entities_is_refused_like_a_utf8_one(tmp_path, encoding):
    # UTF-32 is not looked for before parsing; the parsed DTD gives it away, and the line is
    # found in the text as the parser decoded it.
    path = tmp_path / "glossary.tbx"
    path.write_bytes(tbx_with_entity(encoding))
    with pytest.raises(HexaglotInputError, match="declares XML entities") as raised:
        load_glossary(path)
    assert raised.value.code == "E014" and raised.value.line == 3
    assert "small" not in str(raised.value) and "&" not in str(raised.value)  # the file and line, not its text


@pytest.mark.parametrize("kind", ["fifo", "folder", "dangling link"])
@pytest.mark.parametrize("name", ["glossary.tbx", "glossary.csv", "glossary.xlsx", "ru.docx"])
def test_a_glossary_or_document_that_is_not_a_file_is_named_never_a_hang(tmp_path, kind, name):
    path = tmp_path / name
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to(tmp_path / "gone")
    read = read_docx_layout if name.endswith(".docx") else load_glossary
    expected = {"fifo": "is a named pipe (FIFO), not a regular file", "folder": "is a directory, not a regular file",
                "dangling link": "is a symbolic link to nothing"}[kind]
    with pytest.raises(HexaglotInputError, match=re.escape(expected)):
        read(path)


def numbered_glossary(count: int) -> Glossary:
    return Glossary("Articles of the Protocol", tuple(
        Concept(f"article-{n}", (Term(f"article {n} of the Protocol", "en"), Term(f"статья {n} Протокола", "ru")))
        for n in range(1, count + 1)))


def test_a_stray_cell_at_the_last_column_of_every_row_is_not_read_across(tmp_path):
    import tracemalloc

    path = tmp_path / "glossary.xlsx"
    save_glossary(numbered_glossary(300), path)
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    for row in range(2, 302):
        sheet.cell(row=row, column=16_384, value=" ")  # a space typed in column XFD of each row
    workbook.save(path)
    tracemalloc.start()
    try:
        found = load_glossary(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [c.id for c in found.concepts] == [f"article-{n}" for n in range(1, 301)]
    # Read 16,384 cells wide, the 300 rows held 39 MB of empty cells; read as wide as the
    # header (five columns), they hold a few kilobytes.
    assert peak < 16 * 1024 * 1024


def edited_sheet(path: Path, edit) -> Path:
    """The workbook at `path` with its first sheet's XML passed through `edit`, for what
    openpyxl will not write."""
    with zipfile.ZipFile(path) as original:
        members = [(item, original.read(item)) for item in original.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for item, data in members:
            archive.writestr(item, edit(data.decode("utf-8")).encode("utf-8") if item.filename == "xl/worksheets/sheet1.xml" else data)
    return path


def test_a_row_past_the_last_a_sheet_may_have_is_refused_not_read(tmp_path):
    path = tmp_path / "glossary.xlsx"
    save_glossary(GLOSSARY, path)
    edited_sheet(path, lambda xml: xml.replace("</sheetData>", (
        '<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>c5</t></is></c>'
        '<c r="B1048577" t="inlineStr"><is><t>Conference of the Parties</t></is></c></row></sheetData>')))
    with pytest.raises(HexaglotInputError, match="a row past row 1,048,576") as raised:
        load_glossary(path)
    assert raised.value.code == "E015" and raised.value.line == 1_048_577


def test_an_xlsx_error_names_the_row_of_the_sheet_past_blank_rows(tmp_path):
    path = tmp_path / "glossary.xlsx"
    save_glossary(GLOSSARY, path)
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    sheet.cell(row=9, column=2, value="Working Group on the Smuggling of Migrants")  # rows 6-8 blank, no concept id
    workbook.save(path)
    with pytest.raises(HexaglotInputError, match="a row has no concept id") as raised:
        load_glossary(path)
    assert raised.value.line == 9


def test_an_xlsx_whose_sheet_is_cut_short_is_one_coded_error(tmp_path):
    path = tmp_path / "glossary.xlsx"
    save_glossary(numbered_glossary(300), path)
    edited_sheet(path, lambda xml: xml[: xml.index('<row r="150"')])  # a copy that stopped half-way
    with pytest.raises(HexaglotInputError, match=r"its sheet 'glossary' cannot be read \(ParseError") as raised:
        load_glossary(path)
    assert raised.value.code == "E015"


def test_an_xlsx_damaged_after_its_first_rows_is_one_coded_error(tmp_path):
    path = tmp_path / "glossary.xlsx"
    save_glossary(numbered_glossary(3000), path)
    with zipfile.ZipFile(path) as original:  # stored, so that a byte of the sheet can be changed in place
        members = [(item.filename, original.read(item)) for item in original.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    data = path.read_bytes()
    damaged = data.rindex(b"article-2999")
    path.write_bytes(data[:damaged] + b"A" + data[damaged + 1:])  # the CRC no longer matches
    with pytest.raises(HexaglotInputError, match=r"its sheet 'glossary' cannot be read \(BadZipFile") as raised:
        load_glossary(path)
    assert raised.value.code == "E015"


def test_a_control_character_in_a_glossary_note_does_not_break_xlsx_or_tbx_export(tmp_path):
    # A CSV glossary holds any character; XLSX and XML 1.0 cannot: openpyxl raised
    # IllegalCharacterError, and the TBX written was refused when read back (E014).
    noted = Glossary("Smuggling of migrants", (
        Concept("c1", (Term("smuggling of migrants", "en", note="from the Protocol\x0b, art. 3"),
                       Term("незаконный ввоз мигрантов", "ru"))),))
    csv_path = tmp_path / "glossary.csv"
    save_glossary(noted, csv_path)
    from_csv = load_glossary(csv_path)
    assert from_csv.concepts[0].terms[0].note == "from the Protocol\x0b, art. 3"
    for suffix in (".xlsx", ".tbx"):
        path = tmp_path / f"glossary{suffix}"
        save_glossary(from_csv, path)
        assert load_glossary(path).concepts[0].terms[0].note == "from the Protocol\\x0b, art. 3"


def test_the_findings_cache_stores_a_long_entry_once_however_many_findings_it_has(tmp_path):
    # Every finding carries its entry's text, and the cache stored it once per finding: an
    # entry of ten thousand repeated words (a paste gone wrong, or a hostile file) made a
    # 2 GB cache file from a 220 KB catalog, and reading it back exhausted the memory.
    from pipeline.run import check_catalogs

    translation = "Доклад Рабочей группы: " + "совещание совещание доклад доклад " * 375  # 750 words doubled
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "report.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       f'msgid "Report of the Working Group"\nmsgstr "{translation}"\n', encoding="utf-8")
    cache = tmp_path / "cache"
    first = check_catalogs([catalog.parent.parent.parent], [], cache=cache)
    assert sum(f.code == "TYPO006" for f in first.findings) == 750
    stored = sum(path.read_text(encoding="utf-8").count("Доклад Рабочей группы") for path in cache.iterdir())
    assert stored <= 3  # once in the findings' table of texts, and in the run index (what CONS004/CONS005 compare)
    again = check_catalogs([catalog.parent.parent.parent], [], cache=cache)
    assert again.findings == first.findings


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_catalog_entry_of_millions_of_characters_is_refused_not_checked_for_minutes(tmp_path, jobs):
    # A msgstr of 48 MB (a file generated or pasted over itself) was checked for two minutes
    # in 3 GB, for two million findings of one entry.
    from tests.conftest import run_hexaglot

    huge = "слово " * 300_000
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "app.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgid "Open"\nmsgstr "Открыть"\n\n'
                       f'msgid "Word"\nmsgstr "{huge}"\n', encoding="utf-8")
    result = run_hexaglot("check", "locale", "--no-glossary", "--no-cache", "--jobs", jobs, cwd=tmp_path,
                          in_process=jobs == "1")
    assert result.returncode == 2
    assert result.stderr == ("hexaglot: locale/ru/LC_MESSAGES/app.po:10: [E018] an entry's text of 1,800,000 characters "
                             "(the limit is 1,000,000): not a translation to check; is the file generated?\n")


def test_extract_refuses_an_existing_catalog_entry_of_millions_of_characters_as_check_does(tmp_path, capsys, monkeypatch):
    # Check refused it (E018); extract merged the 50-million-character msgstr for six minutes in
    # 6.6 GB, then wrote it back at exit 0 (probe 66c). The other catalogs are written.
    from pipeline.cli import main

    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "corpora" / "note"
    corpus.mkdir(parents=True)
    (corpus / "en.txt").write_text("Note by the Secretariat\n\nThe Working Group met in Vienna.\n", encoding="utf-8")
    (corpus / "ru.txt").write_text("Записка Секретариата\n\nРабочая группа провела совещание в Вене.\n", encoding="utf-8")
    (corpus / "fr.txt").write_text("Note du Secrétariat\n\nLe Groupe de travail s'est réuni à Vienne.\n", encoding="utf-8")
    assert main(["extract", "corpora", "--out", "locale"]) == 0
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "note.po"
    text = catalog.read_text(encoding="utf-8").replace('msgstr "Записка Секретариата"',
                                                      'msgstr "' + "слово " * 300_000 + '"')
    catalog.write_text(text, encoding="utf-8")
    before = catalog.read_bytes()
    capsys.readouterr()
    assert main(["extract", "corpora", "--out", "locale"]) == 2
    error = capsys.readouterr().err
    assert "[E018] an entry's text of 1,800,000 characters (the limit is 1,000,000)" in error and error.count("\n") == 1
    assert catalog.read_bytes() == before


def test_an_obsolete_entry_of_millions_of_characters_is_kept_not_refused(tmp_path):
    # Obsolete entries are neither checked nor merged: one over the limit, which extract itself
    # may have made obsolete, stopped check and extract at E018 (probe 66h).
    from pipeline.catalog import read_entries

    catalog = tmp_path / "ru.po"
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgid "Open"\nmsgstr "Открыть"\n\n'
                       f'#~ msgid "Word"\n#~ msgstr "{"слово " * 200_000}"\n', encoding="utf-8")
    assert [entry.msgid for entry in read_entries(catalog).entries] == ["Open"]
