"""Bad input gets one clear line (file, line, what is wrong), exit code 2, no traceback,
and no input file is ever modified."""

import codecs
import hashlib
import shutil
from pathlib import Path

import polib
import pytest

from tests.conftest import CORPUS, DOC, ROOT

RUSSIAN = CORPUS / "ru.txt"


def snapshot(root):
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def single_error_line(result):
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_empty_file_is_reported_and_the_others_are_extracted(hexaglot, project):
    (project / "corpora" / DOC / "ru.txt").write_text("  \n\n", encoding="utf-8")
    before = snapshot(project / "corpora")
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2
    line = single_error_line(result)
    assert line == f"hexaglot: corpora/{DOC}/ru.txt: [E002] the file is empty"
    assert snapshot(project / "corpora") == before
    assert not (project / "locale" / "ru").exists()
    assert (project / "locale" / "fr" / "LC_MESSAGES" / f"{DOC}.po").exists()


def test_cp1251_file_without_encoding_names_the_option(hexaglot, project):
    (project / "corpora" / DOC / "ru.txt").write_bytes(RUSSIAN.read_text(encoding="utf-8").encode("cp1251", errors="replace"))
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2
    line = single_error_line(result)
    assert line.startswith(f"hexaglot: corpora/{DOC}/ru.txt:1: [E003] not valid UTF-8")
    assert "--encoding" in line and "cp1251" in line
    # The versions read get their catalogs, listed; the one refused is listed too, as `run`'s
    # table lists it, not left to be told from the catalogs missing from the list.
    assert f"{DOC}: ru: not extracted, no catalog written: see the error below" in result.stdout.splitlines()
    assert f"locale/fr/LC_MESSAGES/{DOC}.po: written" in result.stdout


@pytest.mark.parametrize("lang, code_page", [("zh", "gb18030"), ("ar", "cp1256"), ("fr", "cp1252")])
def test_the_encoding_proposed_is_the_language_s_code_page(hexaglot, project, lang, code_page):
    # A GB18030 zh.txt was told to try "--encoding cp1251", a Cyrillic code page.
    version = project / "corpora" / DOC / f"{lang}.txt"
    version.write_bytes(version.read_text(encoding="utf-8").encode(code_page, errors="replace"))
    line = single_error_line(hexaglot("extract", cwd=project))
    assert "[E003] not valid UTF-8" in line and line.endswith(f"(for example --encoding {lang}={code_page})")


def test_cp1251_file_is_read_with_encoding(hexaglot, project):
    (project / "corpora" / DOC / "ru.txt").write_bytes(RUSSIAN.read_text(encoding="utf-8").encode("cp1251", errors="replace"))
    result = hexaglot("extract", "--encoding", "cp1251", cwd=project)
    assert result.returncode == 0, result.stderr
    russian = polib.pofile(str(project / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"))
    assert next(e for e in russian if e.msgctxt == "item/6/p1/s1").msgstr.startswith("Рабочей группе предстоит утвердить доклад")


def test_a_code_page_of_the_same_script_named_wrongly_is_one_error_and_no_catalog(hexaglot, project):
    # KOI8-R read as windows-1251 is Cyrillic still (`пДЙООБДГБФБС`): no other language, and it
    # was written into the Russian catalog as its translations, exit 0.
    (project / "corpora" / DOC / "ru.txt").write_bytes(RUSSIAN.read_text(encoding="utf-8").encode("koi8-r", errors="replace"))
    result = hexaglot("extract", "--encoding", "ru=cp1251", cwd=project)
    assert result.returncode == 2
    line = single_error_line(result)
    assert line.startswith(f"hexaglot: corpora/{DOC}/ru.txt: [E004] decoded as cp1251 (--encoding) its text is a wrong charset's")
    assert "(as koi8-r they read as text)" in line
    assert not (project / "locale" / "ru").exists()
    assert hexaglot("extract", "--encoding", "ru=koi8-r", cwd=project).returncode == 0


@pytest.mark.parametrize("written_in, named", [("cp1251", "iso8859-5"), ("cp1251", "cp866")])
def test_a_code_page_that_gives_letters_of_no_words_is_one_error(hexaglot, project, written_in, named):
    # windows-1251 read as ISO-8859-5 or cp866 is Cyrillic with its case as it should be
    # (`Тхэр, 27 ш 28`), and nothing but the words tells: a regression probe's pairs passed.
    (project / "corpora" / DOC / "ru.txt").write_bytes(RUSSIAN.read_text(encoding="utf-8").encode(written_in, errors="replace"))
    result = hexaglot("extract", "--encoding", f"ru={named}", cwd=project)
    assert result.returncode == 2
    line = single_error_line(result)
    assert f"[E004] decoded as {named} (--encoding)" in line and "words of no ru word list" in line
    assert hexaglot("extract", "--encoding", f"ru={written_in}", cwd=project).returncode == 0


def test_a_wrong_encoding_named_for_a_version_is_one_error_and_no_catalog(hexaglot, project):
    # cp1251 read as UTF-16: the tool saw "ru.txt reads as Chinese, not Russian", and still
    # wrote the garbled text into the Russian catalog, exit 0.
    data = RUSSIAN.read_text(encoding="utf-8").encode("cp1251", errors="replace")
    (project / "corpora" / DOC / "ru.txt").write_bytes(data + b"\n" * (len(data) % 2))  # whole UTF-16 units
    result = hexaglot("extract", "--encoding", "ru=utf-16", cwd=project)
    assert result.returncode == 2
    line = single_error_line(result)
    assert line.startswith(f"hexaglot: corpora/{DOC}/ru.txt: [E004] decoded as utf-16 (--encoding) it reads as Chinese, not Russian")
    assert not (project / "locale" / "ru").exists() and (project / "locale" / "fr" / "LC_MESSAGES" / f"{DOC}.po").exists()
    # A version in its code page whose annex is in the language of submission (English, as UN
    # annexes "circulated in the language of submission only" are) keeps its own script: read.
    english = (project / "corpora" / DOC / "en.txt").read_text(encoding="utf-8")
    (project / "corpora" / DOC / "ru.txt").write_bytes(
        (RUSSIAN.read_text(encoding="utf-8")[:1500] + "\n\nПриложение\n\n" + english).encode("cp1251", errors="replace"))
    assert hexaglot("extract", "--encoding", "ru=cp1251", cwd=project).returncode == 0
    # One encoding named for the whole corpus is not blamed on a version that is UTF-8.
    (project / "corpora" / DOC / "ru.txt").write_text(RUSSIAN.read_text(encoding="utf-8"), encoding="utf-8")
    assert hexaglot("extract", "--encoding", "cp1251", cwd=project).returncode == 0


def test_a_chinese_version_in_traditional_characters_is_refused_and_gets_no_catalog(hexaglot, project):
    # A Hong Kong or Taiwan text saved as zh.txt was read as the UN's (Simplified) Chinese:
    # "read as generic", its Traditional text in the zh catalog, TERM001 "expected 联合国".
    from pipeline.lang.zh import _TRADITIONAL_PAIRS

    to_traditional = str.maketrans({pair[1]: pair[0] for pair in _TRADITIONAL_PAIRS})
    chinese = project / "corpora" / DOC / "zh.txt"
    chinese.write_text(chinese.read_text(encoding="utf-8").translate(to_traditional), encoding="utf-8")
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2
    line = single_error_line(result)
    assert line.startswith(f"hexaglot: corpora/{DOC}/zh.txt: [E012] is in Traditional Chinese (") and "0 in the Simplified" in line
    assert not (project / "locale" / "zh").exists() and (project / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po").exists()


def test_each_language_s_legacy_encoding_is_named_apart(hexaglot, project):
    # An office's Russian in cp1251 and its Arabic in cp1256: one --encoding for the corpus
    # read one of the two as the other's letters.
    folder = project / "corpora" / DOC
    arabic = (folder / "ar.txt").read_text(encoding="utf-8")
    (folder / "ru.txt").write_bytes(RUSSIAN.read_text(encoding="utf-8").encode("cp1251", errors="replace"))
    (folder / "ar.txt").write_bytes(arabic.encode("cp1256", errors="replace"))
    result = hexaglot("extract", "--encoding", "ru=cp1251,ar=cp1256", cwd=project)
    assert result.returncode == 0, result.stderr
    russian = polib.pofile(str(project / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"))
    assert next(e for e in russian if e.msgctxt == "item/6/p1/s1").msgstr.startswith("Рабочей группе предстоит утвердить доклад")
    catalog = polib.pofile(str(project / "locale" / "ar" / "LC_MESSAGES" / f"{DOC}.po"))
    assert next(e for e in catalog if e.msgctxt == "item/6/p1/s1").msgstr == next(
        e for e in polib.pofile(str(ROOT / "locale" / "ar" / "LC_MESSAGES" / f"{DOC}.po")) if e.msgctxt == "item/6/p1/s1").msgstr


def test_an_encoding_named_for_no_language_of_the_six_is_one_line(hexaglot, project):
    result = hexaglot("extract", "--encoding", "uk=cp1251", cwd=project)
    assert result.returncode == 2
    assert "--encoding" in single_error_line(result) and "'uk'" in single_error_line(result)


def test_an_encoding_named_twice_for_a_language_is_one_line(hexaglot, project):
    result = hexaglot("extract", "--encoding", "ru=utf-8,ru=cp1251", cwd=project)
    assert single_error_line(result) == "hexaglot: [E004] --encoding: the encoding of ru is named twice"


def test_unknown_encoding_is_one_line(hexaglot, project):
    (project / "corpora" / DOC / "ru.txt").write_bytes("Вена".encode("cp1251") + b"\n")
    result = hexaglot("extract", "--encoding", "klingon-8", cwd=project)
    assert result.returncode == 2
    assert "[E004] --encoding: unknown encoding 'klingon-8'" in single_error_line(result)


def test_missing_language_version_is_said_and_the_others_extracted(hexaglot, project):
    (project / "corpora" / DOC / "zh.txt").unlink()
    result = hexaglot("run", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "zh: no zh.txt, zh.docx or zh.pdf; its catalog has 88 untranslated entries" in result.stdout
    chinese = polib.pofile(str(project / "locale" / "zh" / "LC_MESSAGES" / f"{DOC}.po"))
    assert len(chinese) > 80 and chinese.percent_translated() == 0
    russian = polib.pofile(str(project / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"))
    assert russian.percent_translated() == 100


def test_missing_source_version_stops_that_document(hexaglot, project):
    (project / "corpora" / DOC / "en.txt").unlink()
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2
    assert "[E009] no en version (the source language)" in single_error_line(result)
    assert not (project / "locale").exists()


def test_binary_file_is_refused(hexaglot, project):
    (project / "corpora" / DOC / "es.txt").write_bytes(b"Grupo de Trabajo\n\x00\x01\x02")
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2
    assert f"corpora/{DOC}/es.txt:2: [E005]" in single_error_line(result)


@pytest.mark.parametrize("content, said", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF file, not text: name it .pdf, and it is read as one"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "is a ZIP archive (a Word .docx or an OpenDocument file"),
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl} Grupo de Trabajo}", "is an RTF file, not text: save it as .docx or as plain text"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\xd0\x61", "is a program, not text"),
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\xff\xff\x00\x00\xb8", "NUL bytes in the file: it is binary, not text"),
    # one NUL in a short text is no UTF-16 (it was told to name an encoding that reads nothing)
    (b"Grupo de Trabajo\n\x00\n\n", "NUL byte in the file: it is binary, not text"),
    # a browser's "Save page as" and Word's "Save as Web Page", renamed: read as text, its tags
    # went into the catalog as translations, exit 0
    ("\ufeff<!DOCTYPE html>\n<html lang=\"es\"><body><p>Grupo de Trabajo</p></body></html>".encode("utf-8"),
     "is a web page (HTML), not text: save it as .docx or as plain text"),
    (b"<html xmlns:o='urn:schemas-microsoft-com:office:office'>\r\n<head><meta charset=utf-8></head>"
     b"<body><p class=MsoNormal>Grupo de Trabajo</p></body></html>", "is a web page (HTML), not text"),
    (b'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file/></xliff>', "is an XML file, not text"),
])
def test_a_file_of_another_kind_under_txt_is_named_for_what_it_is(hexaglot, project, content, said):
    # A PDF or a .docx saved as es.txt was "not valid UTF-8 (byte 0xe2); ... --encoding
    # cp1251", and an RTF file was read as text, its markup and all.
    (project / "corpora" / DOC / "es.txt").write_bytes(content)
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2
    line = single_error_line(result)
    assert f"corpora/{DOC}/es.txt" in line and "[E005]" in line and said in line and "--encoding" not in line


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_text_saved_as_utf16_with_its_byte_order_mark_is_read(hexaglot, project, encoding):
    # Windows Notepad's "Unicode" and Word's "Unicode Text" save UTF-16 with a byte-order mark,
    # whose NUL bytes were refused as "binary, not text".
    russian = project / "corpora" / DOC / "ru.txt"
    text = russian.read_text(encoding="utf-8")
    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    russian.write_bytes(bom + text.replace("\n", "\r\n").encode(encoding))
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 0, result.stderr
    as_utf8 = project / "as-utf8"
    shutil.copytree(project / "corpora", as_utf8 / "corpora")
    (as_utf8 / "corpora" / DOC / "ru.txt").write_text(text, encoding="utf-8")
    assert hexaglot("extract", cwd=as_utf8).returncode == 0
    name = f"ru/LC_MESSAGES/{DOC}.po"
    assert polib.pofile(str(project / "locale" / name)).translated_entries()  # read, and the same as from UTF-8
    assert [(e.msgctxt, e.msgstr) for e in polib.pofile(str(project / "locale" / name))] == [
        (e.msgctxt, e.msgstr) for e in polib.pofile(str(as_utf8 / "locale" / name))]


def test_utf16_without_a_byte_order_mark_is_named_and_read_when_given(hexaglot, project):
    russian = project / "corpora" / DOC / "ru.txt"
    russian.write_bytes(russian.read_text(encoding="utf-8").encode("utf-16-le"))
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2
    assert "--encoding utf-16-le" in single_error_line(result)  # what it looks like, and what to type
    assert hexaglot("extract", "--encoding", "utf-16-le", cwd=project).returncode == 0


def test_a_version_of_another_shape_is_read_and_named_not_refused(hexaglot, project):
    """A French file that is no agenda (two sentences) is read as generic paragraphs; the
    summary says so, and says that its segments have no counterpart in the English agenda."""
    (project / "corpora" / DOC / "fr.txt").write_text("Bonjour.\n\nAu revoir.\n", encoding="utf-8")
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 0, result.stderr
    assert f"{DOC}: fr: read as generic (type not recognised), the en version as annotated provisional agenda" in result.stdout
    french = polib.pofile(str(project / "locale" / "fr" / "LC_MESSAGES" / f"{DOC}.po"))
    assert french.percent_translated() == 0
    # Neither what the French file lacks nor what it has that no catalog holds is passed over.
    assert f"{DOC}: fr: 88 of 88 source segments found nothing in fr.txt: their entries are untranslated" in result.stdout
    assert f"{DOC}: fr: 2 segments of fr.txt have no counterpart in the source and are in no catalog: body/p1, body/p2" in result.stdout
    run = hexaglot("run", "--no-glossary", cwd=project)
    assert "  fr: 88 of 88 source segments found nothing in fr.txt" in run.stdout


def test_a_document_with_no_text_blocks_is_a_structure_error(hexaglot, project):
    (project / "corpora" / DOC / "fr.txt").write_text("__________________\n 1  Note.\n", encoding="utf-8")
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2
    assert f"corpora/{DOC}/fr.txt:1: [E006] no text blocks found" in single_error_line(result)


def test_missing_corpus_folder(hexaglot, tmp_path):
    result = hexaglot("extract", "no-such-corpus", cwd=tmp_path)
    assert result.returncode == 2
    assert single_error_line(result) == "hexaglot: no-such-corpus: [E001] the corpus folder does not exist"


def test_broken_existing_catalog_is_left_alone_and_named(hexaglot, project):
    assert hexaglot("extract", cwd=project).returncode == 0
    broken = project / "locale" / "fr" / "LC_MESSAGES" / f"{DOC}.po"
    broken.write_text('msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\nthis is not PO\n', encoding="utf-8")
    before = broken.read_bytes()
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2
    line = single_error_line(result)
    assert f"locale/fr/LC_MESSAGES/{DOC}.po" in line and "[E008]" in line and ":6:" in line
    assert broken.read_bytes() == before


def test_a_meta_toml_saved_with_a_byte_order_mark_is_read(hexaglot, project):
    # Windows Notepad's UTF-8: refused as "not valid TOML: Invalid statement" at line 1, while
    # the versions beside it are read with theirs.
    meta = project / "corpora" / DOC / "meta.toml"
    meta.write_bytes(b"\xef\xbb\xbf" + meta.read_bytes())
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "CTOC/COP/WG.7/2022/1: template" in (project / "locale" / "templates" / f"{DOC}.pot").read_text(encoding="utf-8")


def test_invalid_meta_toml_names_its_line(hexaglot, project):
    (project / "corpora" / DOC / "meta.toml").write_text('symbol = "CTOC/COP/WG.7/2022/1"\ntitle = \n', encoding="utf-8")
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2
    assert f"corpora/{DOC}/meta.toml:2: [E010]" in single_error_line(result)


@pytest.mark.parametrize("written, said", [
    # A misspelt key was passed by: the document read as English, its symbol the folder's name.
    ('symbol = "CTOC/COP/WG.7/2022/1"\nsource-lang = "ru"\n', "unknown key 'source-lang' (did you mean 'source_lang'?)"),
    ('symbol = ""\n', "'symbol' is empty"),
    ('symbol = "CTOC/COP/WG.7/2022/1"\ndates = "yesterday"\n', "'dates' must be a list of dates"),
    ('symbol = "CTOC/COP/WG.7/2022/1"\nplace = 7\n', "'place' must be a string"),
    # printed raw, it made one line of the summary three
    ('symbol = "A/1\\nLanguage: fr"\n', "'symbol' holds a line break or a control character: give it on one line"),
])
def test_a_meta_toml_that_says_something_unreadable_is_one_error_before_anything_is_written(hexaglot, project, written, said):
    (project / "corpora" / DOC / "meta.toml").write_text(written, encoding="utf-8")
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2 and said in single_error_line(result) and "[E010]" in result.stderr
    assert not (project / "locale").exists()


def test_crlf_and_bom_read_as_the_same_document(hexaglot, project):
    path = project / "corpora" / DOC / "ru.txt"
    shutil.copy(RUSSIAN, path)
    assert hexaglot("extract", cwd=project).returncode == 0
    po = project / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    before = po.read_bytes()
    path.write_bytes(b"\xef\xbb\xbf" + RUSSIAN.read_bytes().replace(b"\n", b"\r\n"))
    assert hexaglot("extract", cwd=project).returncode == 0
    assert po.read_bytes() == before


def test_a_folder_of_templates_alone_says_so(tmp_path, capsys):
    # A project not yet translated: its .pot files are sources, and the message says what to
    # make from them, not only that nothing was found.
    from pipeline.cli import main
    from tests.conftest import ROOT

    shutil.copy(ROOT / "locale" / "templates" / f"{DOC}.pot", tmp_path / f"{DOC}.pot")
    assert main(["check", str(tmp_path), "--no-glossary"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "[E009] no PO or XLIFF catalog found: only templates (.pot)" in line and "msginit" in line
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["check", str(empty), "--no-glossary"]) == 2
    assert capsys.readouterr().err.strip().endswith("[E009] no PO or XLIFF catalog found")
    # Named, the template was "its language cannot be determined … set its Language header".
    assert main(["check", str(tmp_path / f"{DOC}.pot"), "--no-glossary"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert f"{DOC}.pot: [E009] a template (.pot), which holds the sources, not a catalog to check" in line
    # A catalog of obsolete entries alone is named, with what it holds.
    (tmp_path / "po").mkdir()
    (tmp_path / "po" / "ru.po").write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n\n#~ msgid "Agenda"\n#~ msgstr "Повестка дня"\n',
                                           encoding="utf-8")
    assert main(["check", str(tmp_path / "po"), "--no-glossary"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "[E023] nothing was checked" in line and "po/ru.po: no entry but the header, or only obsolete ones (#~)" in line


def test_run_where_there_is_no_corpus_names_the_corpus_first(hexaglot, tmp_path):
    # Run from a folder that holds nothing: the corpus is what is missing, not only the glossary.
    line = single_error_line(hexaglot("run", cwd=tmp_path))
    assert line == "hexaglot: corpora: [E001] the corpus folder does not exist"
    assert hexaglot("run", cwd=tmp_path).returncode == 2


def test_entries_a_translator_filled_in_are_not_said_to_be_untranslated(hexaglot, project):
    """The French file lacks every segment; the translator translates one in the catalog and
    extraction runs again: the entry keeps its translation (nothing a person wrote is lost),
    and the note counts only the entries still untranslated."""
    (project / "corpora" / DOC / "fr.txt").write_text("Bonjour.\n\nAu revoir.\n", encoding="utf-8")
    assert hexaglot("extract", cwd=project).returncode == 0
    path = project / "locale" / "fr" / "LC_MESSAGES" / f"{DOC}.po"
    french = polib.pofile(str(path))
    filled = next(entry for entry in french if entry.msgid)
    filled.msgstr = "Ouverture de la réunion"
    french.save(str(path))
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 0, result.stderr
    assert polib.pofile(str(path)).find(filled.msgid, msgctxt=filled.msgctxt).msgstr == "Ouverture de la réunion"
    assert f"{DOC}: fr: 87 of 88 source segments found nothing in fr.txt: their entries are untranslated" in result.stdout


@pytest.mark.parametrize("name, text, said", [
    ("ru.json", '{"open": "Открыть"}\n', "a JSON catalog (i18next, WebExtension, Chrome), not a PO or XLIFF catalog: "
                                        "make a PO file of it with Translate Toolkit's json2po"),
    ("Localizable.strings", '"Open" = "Открыть";\n', "an Apple .strings file, not a PO or XLIFF catalog: make a PO file "
                                                     "of it with Translate Toolkit's prop2po --personality=strings"),
    ("app_ru.ts", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru_RU"><context>'
                  '<name>Main</name><message><source>Open</source><translation>Открыть</translation></message></context></TS>\n',
     "a Qt Linguist file, not a PO or XLIFF catalog: make a PO file of it with Translate Toolkit's ts2po"),
    ("strings.xml", '<?xml version="1.0" encoding="utf-8"?>\n<resources><string name="open">Открыть</string></resources>\n',
     "an Android strings.xml, not a PO or XLIFF catalog: make a PO file of it with Translate Toolkit's android2po"),
    # ... and a bilingual CSV, a subtitle file or a CAT tool's package, told to "fix or remove" a
    # PO file it is not, or taken for a Word file under another name (a probe's)
    ("agenda_en-ru.csv", "source,target\nOpening of the meeting,Открытие совещания\n",
     "a CSV file of translations, not a PO or XLIFF catalog: make a PO file of it with Translate Toolkit's csv2po"),
    ("agenda.ru.srt", "1\n00:00:01,000 --> 00:00:02,000\nОткрытие совещания\n",
     "a SubRip subtitle file, not a PO or XLIFF catalog: make a PO file of it with Translate Toolkit's sub2po"),
    ("agenda.mqxlz", "PK\x03\x04", "a memoQ XLIFF package (.mqxlz, a ZIP), not a PO or XLIFF catalog: unzip it, and check "
                                    "the .mqxliff inside"),
])
def test_a_catalog_of_another_format_is_named_with_its_converter(hexaglot, tmp_path, name, text, said):
    # It was refused with its parser's line: "unknown keyword '{'", "the root element is <TS>".
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = hexaglot("check", name, "--no-glossary", cwd=tmp_path)
    assert result.returncode == 2 and said in single_error_line(result)


def test_a_folder_of_catalogs_of_other_formats_says_what_it_holds(hexaglot, tmp_path):
    for lang in ("ru", "fr"):
        (tmp_path / "app" / f"{lang}.lproj").mkdir(parents=True)
        (tmp_path / "app" / f"{lang}.lproj" / "Localizable.strings").write_text('"Open" = "Open";\n', encoding="utf-8")
    (tmp_path / "app" / "package.json").write_text("{}\n", encoding="utf-8")  # no catalog: not counted
    result = hexaglot("check", "app", "--no-glossary", cwd=tmp_path)
    assert result.returncode == 2
    assert single_error_line(result).endswith("[E009] no PO or XLIFF catalog found; it holds catalogs of other formats, "
                                              "which a converter makes PO files of: 2 .strings (Translate Toolkit's "
                                              "prop2po --personality=strings)")


def test_a_folder_of_translation_memories_alone_says_so(hexaglot, tmp_path):
    # "no PO or XLIFF catalog found" and no more, of a folder a CAT tool's memories fill (a probe's).
    (tmp_path / "tm").mkdir()
    for name in ("WG7_memory.tmx", "project_save.tmx"):
        (tmp_path / "tm" / name).write_text('<?xml version="1.0"?><tmx version="1.4"><header/><body/></tmx>\n', encoding="utf-8")
    result = hexaglot("check", "tm", "--no-glossary", cwd=tmp_path)
    assert result.returncode == 2
    assert single_error_line(result).endswith("[E009] no PO or XLIFF catalog found; it holds 2 translation memories (.tmx), "
                                              "which are no catalogs: check the catalogs they were made from")


def test_importing_a_catalog_of_another_format_names_it(hexaglot, tmp_path):
    (tmp_path / "ru.json").write_text('{"open": "Открыть"}\n', encoding="utf-8")
    result = hexaglot("import", "ru.json", cwd=tmp_path)
    assert result.returncode == 2  # was "not well-formed XML: Start tag expected"
    assert "[E024] a JSON catalog (i18next, WebExtension, Chrome), not an XLIFF file" in single_error_line(result)


def test_a_version_in_another_language_is_named_at_extraction(hexaglot, project):
    """The French text saved as es.txt aligned with 7 of 88 segments, and those 7 went into the
    Spanish catalog as Spanish, with nothing said of the language (too few for the check's
    CONS008 to be sure): the extraction, which reads the whole file, says it."""
    corpus = project / "corpora" / DOC
    (corpus / "es.txt").write_text((corpus / "fr.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 0, result.stderr
    assert f"{DOC}: es: corpora/{DOC}/es.txt reads as French, not Spanish (of its" in result.stdout
    assert "is it the es version?" in result.stdout
    assert "reads as" not in result.stdout.replace(f"es: corpora/{DOC}/es.txt reads as", "")  # the others are what they say


def test_encodings_are_named_a_language_each_in_any_case_with_a_default_for_the_others():
    from pipeline.extract.reader import Encodings

    encodings = Encodings.parse("cp1252, RU = cp1251,ar=cp1256")
    assert (encodings.of("ru"), encodings.of("ar"), encodings.of("fr")) == ("cp1251", "cp1256", "cp1252")
    assert Encodings.parse("ru=cp1251").of("fr") is None


@pytest.mark.parametrize("spec", ["=cp1251", "ru=cp1251,ru=koi8-r", "cp1251,koi8-r"])
def test_an_encoding_spec_that_says_two_things_is_refused(spec):
    # Read as a default, or the last one winning: a legacy version read in the wrong encoding.
    from pipeline.extract.reader import Encodings

    with pytest.raises(ValueError):
        Encodings.parse(spec)


def test_a_source_language_option_against_meta_toml_is_refused_before_anything_is_written(hexaglot, project):
    # `extract --source-lang fr` over meta.toml's source_lang = "en": every translation of the
    # document was made fuzzy against the French version, and extracting again did not undo it.
    assert hexaglot("extract", cwd=project).returncode == 0
    before = {path: path.read_bytes() for path in (project / "locale").rglob("*") if path.is_file()}
    result = hexaglot("extract", "--source-lang", "fr", cwd=project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "[E012]" in line and '--source-lang fr, but meta.toml says source_lang = "en"' in line
    assert {path: path.read_bytes() for path in (project / "locale").rglob("*") if path.is_file()} == before
    # Saying what meta.toml says is no conflict.
    assert hexaglot("extract", "--source-lang", "en", cwd=project).returncode == 0


# Files and folders its permissions keep from the user (chmod 000; as root, whom chmod does not
# stop, what the kernel keeps from every process: /proc/1/mem cannot be opened, /proc/1/map_files
# cannot be listed).
UNREADABLE_FILE, UNREADABLE_FOLDER = Path("/proc/1/mem"), Path("/proc/1/map_files")


@pytest.mark.skipif(not UNREADABLE_FILE.exists(), reason="Linux's /proc")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_catalog_glossary_or_folder_that_cannot_be_read_is_one_line_and_exit_2(hexaglot, tmp_path, jobs):
    # A PermissionError traceback and exit 1 (the code of findings) for a file; for a folder,
    # nothing at all: its catalogs were passed by and the run passed.
    for document in ("a", "b"):
        for lang in ("ru", "fr"):
            catalog = polib.POFile()
            catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": lang}
            catalog.append(polib.POEntry(msgid="Opening of the meeting", msgstr="Открытие совещания" if lang == "ru" else "Ouverture"))
            (tmp_path / "t" / lang).mkdir(parents=True, exist_ok=True)
            catalog.save(str(tmp_path / "t" / lang / f"{document}.po"))
    (tmp_path / "t" / "ru" / "b.po").unlink()
    (tmp_path / "t" / "ru" / "b.po").symlink_to(UNREADABLE_FILE)
    result = hexaglot("check", "t", "--no-glossary", "--jobs", jobs, cwd=tmp_path)
    assert result.returncode == 2
    assert single_error_line(result) == "hexaglot: t/ru/b.po: [E001] the catalog cannot be read: Permission denied"
    (tmp_path / "t" / "ru" / "b.po").unlink()
    (tmp_path / "g.tbx").symlink_to(UNREADABLE_FILE)
    result = hexaglot("check", "t", "--glossary", "g.tbx", "--jobs", jobs, cwd=tmp_path)
    assert result.returncode == 2 and "g.tbx: [E" in single_error_line(result) and "cannot be read: Permission denied" in result.stderr
    shutil.rmtree(tmp_path / "t" / "ru")
    (tmp_path / "t" / "ru").symlink_to(UNREADABLE_FOLDER)
    result = hexaglot("check", "t", "--no-glossary", "--jobs", jobs, cwd=tmp_path)
    assert result.returncode == 2
    assert single_error_line(result) == "hexaglot: t/ru: [E001] the folder cannot be read: Permission denied"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_broken_catalog_met_by_run_is_said_once(hexaglot, project, jobs):
    # Extraction left the broken catalog as it was and said so; the check after it met it
    # again and said it again: two identical lines.
    assert hexaglot("extract", cwd=project).returncode == 0
    broken = project / "locale" / "fr" / "LC_MESSAGES" / f"{DOC}.po"
    broken.write_bytes(broken.read_bytes() + b'\nmsgid "Bad"\nmsgstr "unterminated\n')
    before = broken.read_bytes()
    result = hexaglot("run", "--jobs", jobs, "--no-cache", cwd=project)
    assert result.returncode == 2
    assert "[E008] the catalog cannot be parsed" in single_error_line(result)
    assert broken.read_bytes() == before


def test_an_output_under_a_file_names_the_file_in_its_way(hexaglot, tmp_path):
    # "cannot write: File exists", mkdir's word for a part of the path that is a file.
    (tmp_path / "notes").write_text("notes\n", encoding="utf-8")
    result = hexaglot("check", str(ROOT / "locale"), "--no-glossary", "--output", "notes/findings.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert single_error_line(result) == "hexaglot: notes/findings.txt: [E011] cannot write: notes is a file, not a folder"


def test_extracts_error_line_is_one_line_whatever_a_folder_is_named(hexaglot, tmp_path):
    # A document folder named with a line break printed the combined error on two lines.
    folder = tmp_path / "corpora" / "doc\nwith a break"
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text("", encoding="utf-8")
    result = hexaglot("extract", "corpora", "--out", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "hexaglot: corpora/doc\\nwith a break/en.txt: [E002] the file is empty\n"


def _two_documents(corpus: Path, first: str, second: str) -> None:
    for name, doc in ((first, DOC), (second, "CTOC-COP-WG.7-2022-2")):
        folder = corpus / name
        folder.mkdir(parents=True)
        for lang in ("en", "ru"):
            shutil.copy(CORPUS.parent / doc / f"{lang}.txt", folder / f"{lang}.txt")


@pytest.mark.parametrize("first, second", [("a\\b", "a_b"), ("doc ", "doc"), ("re\u0301solution", "r\u00e9solution")])
def test_two_documents_one_catalog_name_would_take_are_refused_both(tmp_path, first, second):
    # `a\b` and `a_b`, `doc ` and `doc`, a name in NFD (copied from a Mac) and in NFC: one name
    # once made safe for a file. The second was merged into the catalogs the first had just
    # written, the first's translations kept as obsolete entries, exit 0 (an attacker's probe).
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    _two_documents(corpus, first, second)
    (tmp_path / "third").mkdir()
    for lang in ("en", "ru"):
        shutil.copy(CORPUS.parent / "CTOC-COP-WG.7-2022-4" / f"{lang}.txt", corpus.parent / "third" / f"{lang}.txt")
    shutil.move(str(tmp_path / "third"), corpus / "third")
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(corpus), "--out", str(tmp_path / "locale")],
                            cwd=tmp_path, capture_output=True, text=True, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "[E022]" in result.stderr and "rename" in result.stderr
    written = sorted(path.name for path in (tmp_path / "locale" / "templates").iterdir())
    assert written == ["third.pot"]  # the other document is extracted; neither of the two


def test_a_version_that_is_no_file_or_a_meta_that_is_wrong_leaves_the_other_documents_extracted(tmp_path):
    # A named pipe or a folder at `ru.txt`, a version linked out of the corpus, a meta.toml with
    # a key misspelt: the first stopped extract for every document, the others unnamed.
    import os
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    _two_documents(corpus, "good", "pipe")
    (corpus / "pipe" / "ru.txt").unlink()
    os.mkfifo(corpus / "pipe" / "ru.txt")
    (corpus / "linked").mkdir()
    shutil.copy(CORPUS / "en.txt", corpus / "linked" / "en.txt")
    (tmp_path / "elsewhere.txt").write_text("Повестка дня", encoding="utf-8")
    (corpus / "linked" / "ru.txt").symlink_to(tmp_path / "elsewhere.txt")
    (corpus / "meta").mkdir()
    shutil.copy(CORPUS / "en.txt", corpus / "meta" / "en.txt")
    (corpus / "meta" / "meta.toml").write_text('source-lang = "en"\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(corpus), "--out", str(tmp_path / "locale")],
                            cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    for said in ("pipe/ru.txt: [E001]", "linked/ru.txt: [E019]", "meta/meta.toml: [E010]"):
        assert said in result.stderr, result.stderr
    assert (tmp_path / "locale" / "ru" / "LC_MESSAGES" / "good.po").is_file()
    assert (tmp_path / "locale" / "templates" / "pipe.pot").is_file()  # its English read, its Russian named
    assert "meta: not extracted: see the error below" in result.stdout  # not "0 segments", as if it had been


def test_report_refuses_two_documents_one_report_folder_would_take(tmp_path):
    # Catalogs of `résolution` in NFC and in NFD (one copied from a Mac): two documents, one
    # report folder; the second's page and findings.json written over the first's, unsaid.
    import os
    import subprocess
    import sys

    for name in ("r\u00e9solution", "re\u0301solution"):
        folder = tmp_path / "locale" / "ru" / "LC_MESSAGES"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po", folder / f"{name}.po")
    result = subprocess.run([sys.executable, "-m", "pipeline", "report", "locale", "--out", "reports", "--no-glossary"],
                            cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1 and "[E022]" in result.stderr, result.stderr
    assert not (tmp_path / "reports").exists() or not any((tmp_path / "reports").iterdir())
