"""A document's language versions as people name and save them: `EN.TXT`, `zh-CN.txt`,
`ru_RU.txt` are read as the versions they are; a version saved in a form hexaglot does not read
(`ru.doc`, `fr.odt`) or given twice is refused by name, one line and exit 2, while the other
versions are extracted; a version that is not there is said, never passed over in silence."""

from __future__ import annotations

import shutil

import polib
import pytest

from tests.conftest import CORPUS, DOC

SOURCES = {lang: CORPUS / f"{lang}.txt" for lang in ("ar", "en", "es", "fr", "ru", "zh")}


def corpus(tmp_path, names: dict[str, str]):
    """A document folder whose versions are the agenda's, saved under other names."""
    folder = tmp_path / "corpora" / DOC
    folder.mkdir(parents=True)
    for lang, name in names.items():
        shutil.copy(SOURCES[lang], folder / name)
    return folder


def translated(tmp_path, lang: str) -> float:
    return polib.pofile(str(tmp_path / "locale" / lang / "LC_MESSAGES" / f"{DOC}.po")).percent_translated()


def errors(result) -> list[str]:
    assert "Traceback" not in result.stderr
    return result.stderr.strip().splitlines()


def test_versions_named_by_any_spelling_of_their_language_are_read(hexaglot, tmp_path):
    corpus(tmp_path, {"en": "EN.TXT", "zh": "zh-CN.txt", "ru": "ru_RU.txt", "fr": "fr-FR.Txt", "es": "es.txt", "ar": "ar.txt"})
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for lang in ("zh", "ru", "fr", "es", "ar"):
        assert translated(tmp_path, lang) > 90, lang
    # The entries name the files they came from, as they are spelt.
    russian = polib.pofile(str(tmp_path / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"))
    assert russian[0].occurrences[0][0] == f"corpora/{DOC}/EN.TXT"
    assert f"corpora/{DOC}/ru_RU.txt" in russian.header


def test_versions_named_after_their_document_with_the_language_last_are_read(hexaglot, tmp_path):
    # As the UN Digital Library names its downloads (A_RES_77_1-EN.pdf) and offices their
    # files (Agenda_FR.docx, agenda.ru.txt): the folder was "no document found".
    corpus(tmp_path, {"en": "CTOC_COP_WG.7_2022_1-EN.txt", "ar": "CTOC_COP_WG.7_2022_1-AR.txt", "fr": "Agenda_FR.txt",
                      "ru": "agenda.ru.txt", "zh": "CTOC_COP_WG.7_2022_1-ZH.txt", "es": "es_AR.txt"})
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for lang in ("ar", "fr", "ru", "zh"):
        assert translated(tmp_path, lang) > 90, lang
    # es_AR is Argentine Spanish, not a version "es" of a document named in Arabic: said.
    assert translated(tmp_path, "es") == 0
    assert "es_AR.txt is not read as the UN es version" in result.stdout


def test_a_version_in_a_form_not_read_is_one_error_and_the_others_are_extracted(hexaglot, tmp_path):
    folder = corpus(tmp_path, {"en": "en.txt", "fr": "fr.txt", "es": "es.txt", "ar": "ar.txt", "zh": "zh.txt"})
    (folder / "ru.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)  # an OLE2 (Word 97-2003) file
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 2
    [line] = errors(result)
    assert line.startswith(f"hexaglot: corpora/{DOC}/ru.doc: [E030] ")
    assert ".docx" in line and "soffice --headless --convert-to docx" in line
    assert translated(tmp_path, "fr") > 90
    assert not (tmp_path / "locale" / "ru").exists()


@pytest.mark.parametrize("name, said", [
    ("ru.mht", "single-file web page (MHTML)"), ("ru.xml", "Word 2003 XML"), ("ru.xps", "print it to PDF"),
    ("ru.zip", "unzip it into the document's folder"), ("ru.pages", "Apple Pages"), ("ru.fodt", "flat OpenDocument"),
    # and a form no list names (a spreadsheet, slides, a scan): named all the same, never passed by
    ("ru.xlsx", "a .xlsx file"), ("ru.pptx", "a .pptx file"), ("ru.png", "a .png file"),
])
def test_other_forms_a_version_is_saved_in_are_named_not_called_missing(hexaglot, tmp_path, name, said):
    # Word's "Single File Web Page", its 2003 XML, a zip the version came in: the run said
    # "ru: no ru.txt, ru.docx or ru.pdf", exit 0, with an untranslated catalog, the file never named.
    folder = corpus(tmp_path, {"en": "en.txt", "fr": "fr.txt"})
    (folder / name).write_bytes(b"PK\x03\x04" if name.endswith(".zip") else b"<html><body>\xd0\x9f</body></html>")
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 2
    [line] = errors(result)
    assert line.startswith(f"hexaglot: corpora/{DOC}/{name}: [E030] the ru version is ") and said in line
    assert translated(tmp_path, "fr") > 90


def test_an_editor_s_backup_beside_a_version_is_no_version(hexaglot, tmp_path):
    # `ru.txt~` alone was E030 ("a .txt~ file, which hexaglot does not read") where `fr.txt.bak`
    # was passed by: an editor's copy is no version in another form.
    folder = corpus(tmp_path, {"en": "en.txt", "fr": "fr.txt"})
    shutil.copy(folder / "fr.txt", folder / "ru.txt~")
    shutil.copy(folder / "fr.txt", folder / "es.bak")
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "ru: no ru.txt, ru.docx or ru.pdf" in result.stdout


def test_several_versions_not_read_are_one_error_line_naming_each(hexaglot, tmp_path):
    # Each was a line of its own: the one-line contract every other error keeps.
    folder = corpus(tmp_path, {"en": "en.txt", "fr": "fr.txt", "ar": "ar.txt", "zh": "zh.txt"})
    (folder / "ru.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)  # Word 97-2003
    (folder / "es.odt").write_bytes(b"PK\x03\x04")  # OpenDocument
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 2
    [line] = errors(result)
    assert line.startswith(f"hexaglot: corpora/{DOC}/") and line.count("[E030]") == 2
    assert "ru.doc: [E030]" in line and "es.odt: [E030]" in line
    assert translated(tmp_path, "fr") > 90


def test_the_source_in_a_form_not_read_is_named_not_called_missing(hexaglot, tmp_path):
    folder = corpus(tmp_path, {"ru": "ru.txt"})
    shutil.copy(SOURCES["en"], folder / "en.odt")
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 2
    [line] = errors(result)
    assert line.startswith(f"hexaglot: corpora/{DOC}/en.odt: [E030] ") and "OpenDocument" in line


def test_two_versions_of_one_language_in_one_form_are_refused_by_name(hexaglot, tmp_path):
    corpus(tmp_path, {"en": "en.txt", "fr": "fr.txt", "ru": "ru.txt"})
    shutil.copy(SOURCES["ru"], tmp_path / "corpora" / DOC / "ru_RU.txt")
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 2
    [line] = errors(result)
    assert f"[E030]" in line and "ru.txt" in line and "ru_RU.txt" in line
    assert translated(tmp_path, "fr") > 90


def test_a_version_of_another_form_beside_one_read_is_set_aside_and_said(hexaglot, tmp_path):
    # The .txt is read first (corpus.py); a Word copy beside it, perhaps the newer one, was
    # passed over without a word.
    folder = corpus(tmp_path, {"en": "en.txt", "ru": "ru.txt"})
    (folder / "ru.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "RU.docx").write_bytes(b"PK\x03\x04")
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert translated(tmp_path, "ru") > 90
    assert f"{DOC}: ru: ru.txt is read, not RU.docx and ru.doc beside it (one version a language: " \
           "move the others out of the folder)" in result.stdout


def test_extract_says_which_versions_are_missing(hexaglot, tmp_path):
    corpus(tmp_path, {"en": "en.txt", "ru": "ru.txt"})
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for lang in ("ar", "es", "fr", "zh"):
        assert any(line.startswith(f"{DOC}: {lang}: no {lang}.txt, {lang}.docx or {lang}.pdf") for line in lines), (lang, lines)
    assert not any(": ru: no ru.txt" in line for line in lines)


def test_a_version_named_as_another_variety_is_said_where_its_language_is_missing(hexaglot, tmp_path):
    # es_AR.txt is Argentine Spanish and zh_TW.txt Traditional Chinese, not UN versions: not
    # read, and named where their language is said to be missing, not passed over in silence.
    corpus(tmp_path, {"en": "en.txt", "ru": "ru.txt", "es": "es_AR.txt", "zh": "zh_TW.txt"})
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    [spanish] = [line for line in lines if line.startswith(f"{DOC}: es: ")]
    assert "es_AR.txt is not read as the UN es version" in spanish
    [chinese] = [line for line in lines if line.startswith(f"{DOC}: zh: ")]
    assert "zh_TW.txt is not read as the UN zh version" in chinese
    assert translated(tmp_path, "es") == 0


def test_a_source_named_as_another_variety_is_named_in_the_error(hexaglot, tmp_path):
    # An English version saved as en-GB.docx: "no en version" alone sent the user looking for
    # a file that is there.
    corpus(tmp_path, {"ru": "ru.txt", "en": "en_GB.txt"})
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 2
    [line] = errors(result)
    assert "[E009] no en version (the source language)" in line
    assert "en_GB.txt is not read as the UN en version" in line and "rename it en.txt" in line


def test_files_named_otherwise_are_named_not_passed_over(hexaglot, tmp_path):
    # `Russian.txt` (the language named in English), `Français.docx` and a Brazilian version
    # were passed over without a word: the Russian version was said to be missing, no more.
    folder = corpus(tmp_path, {"en": "en.txt", "ru": "Russian.txt", "fr": "Français.txt", "es": "pt-BR.txt"})
    (folder / "notes.txt").write_text("Reviser's notes.\n", encoding="utf-8")
    result = hexaglot("extract", "corpora", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    [russian] = [line for line in lines if line.startswith(f"{DOC}: ru: ")]
    assert "Russian.txt is not read: a version is named by its language's code (rename it ru.txt if it is the ru version)" \
        in russian
    [french] = [line for line in lines if line.startswith(f"{DOC}: fr: ")]
    assert "Français.txt is not read" in french and "rename it fr.txt" in french
    assert f"{DOC}: not read: notes.txt, pt-BR.txt (a version is named by the code of its language: ar, en, es, fr, ru " \
           "or zh)" in lines
