"""PO files are read as msgfmt reads them (pipeline/po_reader.py): what msgfmt refuses as syntax
is refused with its line (E008), what it accepts is read to the same text, and catalogs polib
reads right are read to the same entries as polib's."""

from __future__ import annotations

import shutil
import subprocess

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.catalog import read_catalog
from pipeline.cli import main
from pipeline.errors import HexaglotInputError
from pipeline.po_reader import parse_po
from tests.conftest import ROOT
from tests.foreign import po_text

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'

# Each body after HEADER, and what GNU gettext 0.21's msgfmt said of it (None: accepted; else
# the line it named). Recorded so that the table is checked where msgfmt is not installed; the
# test below asks msgfmt itself where it is.
VERDICTS = {
    "unterminated msgstr": ('msgid "a"\nmsgstr "Привет\n', 6),
    "string broken over two lines": ('msgid "a\nb"\nmsgstr "x"\n', 5),
    "escaped closing quote": ('msgid "a\\"\nmsgstr "x"\n', 5),
    "unknown escape": ('msgid "a"\nmsgstr "x\\q"\n', 6),
    "escape \\? is not gettext's": ('msgid "a"\nmsgstr "x\\?"\n', 6),
    "unknown keyword": ('msgid "a"\nmsgfoo "x"\n', 6),
    "text after the string": ('msgid "a" x\nmsgstr "x"\n', 5),
    "comment after the string": ('msgid "a" # c\nmsgstr "x"\n', 5),
    "comment between msgid and msgstr": ('msgid "a"\n# c\nmsgstr "x"\n', 6),
    "msgid without msgstr": ('msgid "a"\n', 5),
    "msgctxt alone": ('msgctxt "c"\n', 5),
    "msgctxt after msgid": ('msgid "a"\nmsgctxt "c"\nmsgstr "x"\n', 6),
    "duplicate entry": ('msgid "a"\nmsgstr "x"\n\nmsgid "a"\nmsgstr "y"\n', 8),
    "obsolete twin of a live entry": ('msgid "a"\nmsgstr "x"\n\n#~ msgid "a"\n#~ msgstr "y"\n', 8),
    "obsolete garbage": ('msgid "a"\nmsgstr "x"\n\n#~ garbage\n', 8),
    "unterminated obsolete string": ('msgid "a"\nmsgstr "x"\n\n#~ msgid "b"\n#~ msgstr "y\n', 9),
    "previous garbage": ('#| garbage\nmsgid "a"\nmsgstr "x"\n', 5),
    "unterminated previous msgid": ('#| msgid "b\nmsgid "a"\nmsgstr "x"\n', 5),
    "plural index skipped": ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[2] "y"\n', 8),
    "plural index not from 0": ('msgid "a"\nmsgid_plural "as"\nmsgstr[1] "x"\n', 7),
    "plural without msgstr[n]": ('msgid "a"\nmsgid_plural "as"\nmsgstr "x"\n', 7),
    "msgstr[n] without plural": ('msgid "a"\nmsgstr[0] "x"\n', 6),
    "entry partly obsolete": ('msgid "a"\n#~ msgstr "x"\n', 6),
    "second header": ('msgid ""\nmsgstr "y"\n', 5),
    # Accepted by msgfmt, and read to what it means:
    "blank line inside an entry": ('msgid "a"\n\nmsgstr "x"\n', None),
    "two strings on a line": ('msgid "a" "b"\nmsgstr "x"\n', None),
    "string on the next line": ('msgid\n"a"\nmsgstr "x"\n', None),
    "two keywords on a line": ('msgid "a" msgstr "x"\n', None),
    "indented keywords": ('   msgid "a"\n   msgstr "x"\n', None),
    "no space after the keyword": ('msgid"a"\nmsgstr"x"\n', None),
    "spaces in the index": ('msgid "a"\nmsgid_plural "as"\nmsgstr [0] "x"\nmsgstr[ 1 ] "y"\n', None),
    "octal, hex and C escapes": ('msgid "a"\nmsgstr "\\101\\x42\\t\\a\\\\\\""\n', None),
    "same msgid in two contexts": ('msgctxt "c"\nmsgid "a"\nmsgstr "x"\n\nmsgctxt "d"\nmsgid "a"\nmsgstr "x"\n', None),
    "previous and obsolete": ('msgid "a"\nmsgstr "x"\n\n#~| msgid "old"\n#~ msgid "b"\n#~ msgstr "y"\n', None),
    "tab and control character in a string": ('msgid "a\tb"\nmsgstr "x\x01"\n', None),
    "CR inside an LF line": ('msgid "a"\nmsgstr "b\rc"\n', None),
    "CR between keyword and index": ('msgid "a"\nmsgid_plural "as"\nmsgstr\r[0] "x"\n', None),
    "index on the line after msgstr": ('msgid "a"\nmsgid_plural "as"\nmsgstr\n[0] "x"\n', None),
    "index without msgstr": ('msgid "a"\nmsgid_plural "as"\n[0] "x"\n', 7),
}


def outcome(data: bytes):
    try:
        parse_po(data, "t.po")
        return None
    except HexaglotInputError as error:
        return error.line


@pytest.mark.parametrize("name", VERDICTS)
def test_what_msgfmt_refuses_is_refused_at_its_line(name):
    body, line = VERDICTS[name]
    assert outcome((HEADER + body).encode("utf-8")) == line


@pytest.mark.parametrize("name", VERDICTS)
def test_the_recorded_verdicts_are_msgfmts(name, tmp_path):
    if not shutil.which("msgfmt"):
        pytest.skip("msgfmt is not installed here; the recorded verdicts stand")
    path = tmp_path / "t.po"
    path.write_text(HEADER + VERDICTS[name][0], encoding="utf-8")
    accepted = subprocess.run(["msgfmt", "-o", "/dev/null", str(path)], capture_output=True).returncode == 0
    assert accepted == (VERDICTS[name][1] is None)


def test_accepted_layouts_read_to_what_they_mean():
    def read(body):
        return [(e.msgid, e.msgstr, e.msgstr_plural) for e in parse_po((HEADER + body).encode(), "t.po")]

    assert read('msgid "a" "b"\nmsgstr "x"\n') == [("ab", "x", {})]
    assert read('msgid\n"a"\nmsgstr "x"\n') == [("a", "x", {})]
    assert read('msgid "a" msgstr "x"\n') == [("a", "x", {})]
    assert read('msgid "a"\nmsgstr "\\101\\x42\\t\\a\\\\\\""\n') == [("a", 'AB\t\a\\"', {})]
    assert read('msgid "a"\nmsgstr "\\303\\251t\\303\\251"\n') == [("a", "été", {})]  # octal bytes in the charset
    assert read('msgid "a"\nmsgid_plural "as"\nmsgstr [0] "x"\nmsgstr[ 1 ] "y"\n') == [("a", "", {0: "x", 1: "y"})]


def test_an_unterminated_translation_stops_the_gate_with_its_line(tmp_path, capsys):
    # Read leniently (as polib does), `msgstr "Привет` becomes "Приве" and the file passes.
    path = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    text = po_text("ru", [("Adoption of the agenda", "Утверждение повестки дня")]) + 'msgid "Other matters"\nmsgstr "Прочие вопросы\n'
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()
    assert main(["check", str(tmp_path / "locale"), "--no-glossary"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    line = text.count("\n")
    assert len(err) == 1 and "[E008]" in err[0] and f"messages.po:{line}:" in err[0] and "not closed" in err[0]
    assert path.read_bytes() == before


def long_header(charset: str) -> str:
    # Custom fields before Content-Type push the charset past the first 4 KiB of the file.
    fields = "".join(f'"X-Review-Note-{n}: {"reviewed by the Spanish section " * 3}\\n"\n' for n in range(40))
    return f'msgid ""\nmsgstr ""\n{fields}"Content-Type: text/plain; charset={charset}\\n"\n\n'


def test_the_charset_is_read_wherever_it_is_in_the_header():
    header = long_header("ISO-8859-1")
    assert len(header) > 4096
    latin = (header + 'msgid "Agenda"\nmsgstr "Programa provisional y anotación"\n').encode("iso-8859-1")
    assert [e.msgstr for e in parse_po(latin, "t.po")] == ["Programa provisional y anotación"]
    # Declared ISO-8859-1 but written in UTF-8: refused, not read as "anotaciÃ³n".
    mislabelled = (header + 'msgid "Agenda"\nmsgstr "Programa provisional y anotación"\n').encode("utf-8")
    with pytest.raises(HexaglotInputError, match="declares charset ISO-8859-1 but the file is UTF-8"):
        parse_po(mislabelled, "t.po")


def test_a_syntax_error_in_a_windows_catalog_in_a_legacy_charset_is_said_as_the_error_it_is():
    # CRLF line ends hid the header's end: it ran on to the error, its ISO-8859-1 was lost, and
    # the error said was "the header declares no charset … this line is not utf-8", at a line of text.
    text = ('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
            'msgid "Deleted"\nmsgstr "Supprimé"\n\nmsgid "Hello"\nmsgstr "Bonjour "urgent""\n')
    data = text.replace("\n", "\r\n").encode("iso-8859-1")
    with pytest.raises(HexaglotInputError) as raised:
        parse_po(data, "t.po")
    assert raised.value.line == 10 and "unknown keyword 'urgent'" in raised.value.message
    healthy = text.replace('"Bonjour "urgent""', '"Bonjour"').replace("\n", "\r\n").encode("iso-8859-1")
    assert [e.msgstr for e in parse_po(healthy, "t.po")] == ["Supprimé", "Bonjour"]


def test_a_charset_only_in_a_translation_is_not_the_files():
    # polib takes the first `Content-Type: ... charset=` anywhere in the file; gettext only the header's.
    body = 'msgid "Header example"\nmsgstr ""\n"Content-Type: text/plain; charset=KOI8-R\\n"\n\nmsgid "a"\nmsgstr "Повестка"\n'
    assert [e.msgstr for e in parse_po((HEADER + body).encode("utf-8"), "t.po")][1] == "Повестка"


def test_undecodable_bytes_name_their_line():
    data = (HEADER + 'msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "').encode() + b"\xff\xfe" + b'"\n'
    with pytest.raises(HexaglotInputError) as raised:
        parse_po(data, "t.po")
    assert raised.value.line == 9 and "not utf-8" in str(raised.value)


def fields(found):
    return (found.metadata, found.metadata_is_fuzzy, found.header,
            [(e.msgctxt, e.msgid, e.msgstr, e.msgid_plural, e.msgstr_plural, e.linenum, e.flags, e.comment,
              e.tcomment, e.occurrences, e.obsolete, e.previous_msgid, e.previous_msgctxt) for e in found])


FOREIGN = po_text("fr", [("Adoption of the agenda", "Adoption de l’ordre du jour")]) + r'''
#. Footnote marker: 1.
#: agenda.txt:12 agenda.txt:40
#, fuzzy, c-format
#| msgid "Four plenary meetings"
msgid "Four plenary meetings will be held."
msgstr ""
"Quatre séances plénières "
"se tiendront."

msgid "%d meeting"
msgid_plural "%d meetings"
msgstr[0] "%d séance"
msgstr[1] "%d séances"

#~ msgid "Other matters"
#~ msgstr "Questions diverses"
'''


def test_catalogs_polib_reads_right_are_read_to_the_same_entries(tmp_path):
    foreign = tmp_path / "fr.po"
    foreign.write_text(FOREIGN, encoding="utf-8")
    shipped = [*sorted((ROOT / "locale").rglob("*.po*")), *sorted((ROOT / "tests" / "data" / "planted").rglob("*.po*"))]
    assert len(shipped) == 30  # four documents' template and five catalogs each, six planted
    for path in [foreign, *shipped]:
        ours = read_catalog(path)
        assert fields(ours) == fields(polib.pofile(str(path), wrapwidth=78)), path
        assert str(ours) == str(polib.pofile(str(path), wrapwidth=78))


# -- msgfmt's verdict on catalogs damaged at random ----------------------------------------

SOUND = (HEADER + FOREIGN.split("\n\n", 1)[1]).splitlines()
DAMAGE = st.sampled_from(['"', "\\", "\n", "#~ ", "#| ", "#~| ", "msgstr ", "msgctxt ", "msgid_plural ", "[1]", "[0]", " x", "\\q", "\\101", "\r", "#, ", ""])


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="needs gettext's msgfmt (.ci/run installs it)")
@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, len(SOUND) - 1), st.integers(0, 80), DAMAGE, st.booleans(), st.booleans())
def test_a_damaged_catalog_is_refused_when_msgfmt_refuses_it(tmp_path, line, column, damage, cut, repeat):
    lines = list(SOUND)
    text = lines[line]
    column = min(column, len(text))
    lines[line] = text[:column] + damage + text[column + (1 if cut else 0):]
    if repeat:
        lines.insert(line, lines[line])
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path = tmp_path / "damaged.po"
    path.write_bytes(data)
    check = subprocess.run(["msgfmt", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    syntax = any(word in check.stderr for word in (
        "syntax error", "end-of-line within string", "invalid control sequence", "unknown", "missing 'msg",
        "duplicate message definition", "inconsistent use of #~", "wrong index", "nonzero index"))
    ours = outcome(data)
    if syntax:
        assert ours is not None, (check.stderr, lines)
    if ours is not None:
        assert check.returncode != 0, (ours, lines)


def test_a_syntax_error_survives_the_trip_from_a_worker():
    """Pickled as a pool's worker sends it (as the context of the E008 it is raised into)."""
    import pickle

    from pipeline.po_reader import PoSyntaxError

    error = pickle.loads(pickle.dumps(PoSyntaxError(12, 'msgstr "Questions diverses" has no msgid before it')))
    assert (error.line, error.message) == (12, 'msgstr "Questions diverses" has no msgid before it')


def test_a_compiled_catalog_is_named_for_what_it_is(tmp_path):
    # A .mo file given where a catalog is expected: msgfmt's output, binary, named as such.
    from pipeline.catalog import read_entries

    compiled = tmp_path / "ru.mo"
    source = next((ROOT / "locale" / "ru" / "LC_MESSAGES").glob("*.po"))
    subprocess.run(["msgfmt", "-o", str(compiled), str(source)], check=True)
    with pytest.raises(HexaglotInputError) as refused:
        read_entries(compiled)
    assert refused.value.code == "E008" and refused.value.message.startswith("a compiled gettext catalog (.mo)")


# msginit writes charset=ASCII when the template is ASCII (xgettext over C or Python sources).
MSGINIT_ASCII = '''# Russian translations for agenda package.
# Automatically generated, 2026.
#
msgid ""
msgstr ""
"Project-Id-Version: agenda 1.0\\n"
"Language-Team: none\\n"
"Language: ru\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=ASCII\\n"
"Content-Transfer-Encoding: 8bit\\n"

#: agenda.c:5
#, c-format
msgid "The meeting of the %s will be held on %d June.\\n"
msgstr "{translation}"
'''


def test_a_catalog_declaring_ascii_and_holding_utf8_is_refused_as_msgfmt_refuses_it(tmp_path, capsys):
    # The translator typed Russian into msginit's catalog and left its charset=ASCII: msgfmt
    # refuses it ("invalid multibyte sequence" at line 16); hexaglot read it as UTF-8 and passed it.
    path = tmp_path / "ru.po"
    path.write_text(MSGINIT_ASCII.format(translation="Совещание %s состоится %d июня.\\n"), encoding="utf-8")
    before = path.read_bytes()
    assert main(["check", str(path), "--no-glossary", "--no-cache"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "ru.po:16: [E008]" in err[0] and "declares charset ASCII" in err[0] and "UTF-8" in err[0]
    assert path.read_bytes() == before
    if shutil.which("msgfmt"):
        assert subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True).returncode != 0


def test_a_catalog_declaring_ascii_and_holding_ascii_is_read():
    data = MSGINIT_ASCII.format(translation="Sovещание").replace("Sovещание", "Sovetschanie %s %d\\n").encode("ascii")
    assert [e.msgstr for e in parse_po(data, "t.po")] == ["Sovetschanie %s %d\n"]


def test_an_obsolete_entry_keeps_its_previous_msgid_when_the_catalog_is_written_again(tmp_path):
    # msgmerge --previous writes `#~| msgid` on an obsolete entry; an import that wrote the
    # catalog again dropped the line.
    from pipeline.catalog import read_catalog, save_catalog

    text = HEADER + 'msgid "a"\nmsgstr "x"\n\n#, fuzzy\n#~| msgid "Old label"\n#~ msgid "Older label"\n#~ msgstr "Старая метка"\n'
    path = tmp_path / "ru.po"
    path.write_text(text, encoding="utf-8")
    catalog = read_catalog(path)
    [obsolete] = [e for e in catalog if e.obsolete]
    assert obsolete.previous_msgid == "Old label"
    save_catalog(catalog, path, catalog)
    assert '#~| msgid "Old label"\n#~ msgid "Older label"\n' in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding, named", [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-32", "UTF-32")])
def test_a_catalog_saved_as_utf16_is_named_so_not_called_binary(tmp_path, encoding, named):
    # Notepad's "Unicode": gettext reads no UTF-16 catalog, and "NUL byte: binary" told the
    # translator nothing of what to do.
    from pipeline.catalog import read_catalog
    from pipeline.errors import HexaglotInputError

    path = tmp_path / "ru.po"
    text = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "Opening of the meeting"\nmsgstr "Открытие совещания"\n')
    path.write_bytes(text.encode(encoding))
    with pytest.raises(HexaglotInputError) as raised:
        read_catalog(path)
    assert raised.value.code == "E008" and f"saved as {named}" in raised.value.message and "iconv" in raised.value.message


def test_a_file_that_is_no_catalog_is_refused_without_its_text_in_the_error(tmp_path):
    # A catalog linked to /etc/passwd (or any file) was refused quoting its whole first line,
    # `unknown keyword 'root:x:0:0:root:/root:/bin/bash'`, into a CI log anyone may read.
    from pipeline.catalog import read_entries
    from pipeline.errors import HexaglotInputError

    path = tmp_path / "ru.po"
    path.write_text("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n", encoding="utf-8")
    with pytest.raises(HexaglotInputError) as error:
        read_entries(path)
    assert error.value.code == "E008" and "root" not in error.value.message and "no PO syntax" in error.value.message
    path.write_text('msgid "a"\nmsgfoo "x"\n', encoding="utf-8")  # a keyword-like word is still named
    with pytest.raises(HexaglotInputError) as error:
        read_entries(path)
    assert "unknown keyword 'msgfoo'" in error.value.message


RUSSIAN_UI = [("Save all changes before closing the window", "Сохранить все изменения перед закрытием окна"),
              ("The team's report is ready", "Отчёт группы готов"),
              ("Open the file %s in the editor", "Открыть файл %s в редакторе")]


def _legacy_catalog(lang: str, declared: str, written_in: str, pairs) -> bytes:
    text = (f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset={declared}\\n"\n'
            '"Content-Transfer-Encoding: 8bit\\n"\n\n'
            + "".join(f'msgid "{source}"\nmsgstr "{translation}"\n\n' for source, translation in pairs))
    return text.encode(written_in)


FRENCH_UI = [("The file was saved", "Le fichier a été enregistré"), ("Delete the selected item?", "Supprimer l'élément sélectionné ?"),
             ("Open the settings", "Ouvrir les paramètres généraux"), ("Summer events", "Événements d'été")]
ARABIC_UI = [("Save all changes", "حفظ جميع التغييرات"), ("Open the file %s", "فتح الملف %s"),
             ("The committee's report", "تقرير اللجنة")]


@pytest.mark.parametrize("lang, pairs, declared, written_in, shown", [
    ("ru", RUSSIAN_UI, "ISO-8859-1", "windows-1251", "Ñîõðàíèòü"),  # Cyrillic read as Latin-1: accented letters
    ("ru", RUSSIAN_UI, "windows-1251", "koi8-r", "уПИТБОЙФШ"),  # KOI8-R read as windows-1251: the case turned over
    ("fr", FRENCH_UI, "windows-1251", "windows-1252", "Le fichier a"),  # `йtй`: words of two scripts
    ("ar", ARABIC_UI, "windows-1251", "windows-1256", "НЭЩ МгнЪ"),  # an Arabic catalog in Cyrillic letters
])
def test_a_catalog_whose_header_names_another_charset_than_its_bytes_is_refused(tmp_path, lang, pairs, declared,
                                                                                   written_in, shown):
    # A legacy charset reads any byte: the wrong one gave other letters, no error, and the
    # "Russian" catalog passed the gate with nothing in it to find (msgfmt accepts it too).
    path = tmp_path / f"{lang}.po"
    path.write_bytes(_legacy_catalog(lang, declared, written_in, pairs))
    with pytest.raises(HexaglotInputError) as raised:
        read_catalog(path)
    message = raised.value.message
    assert raised.value.code == "E008" and f"declares charset {declared}" in message and shown in message
    assert f"as {written_in} they read as text" in message


@pytest.mark.parametrize("lang, charset, pairs", [
    ("ru", "windows-1251", RUSSIAN_UI),
    ("ru", "KOI8-R", RUSSIAN_UI),
    ("ru", "windows-1251", [("SAVE", "СОХРАНИТЬ ВСЕ"), ("DELETE", "УДАЛИТЬ ФАЙЛ ИЗ СПИСКА"), ("UN", "ООН и ЮНОДК")]),
    # Units, brands and field names that turn from a small letter to a capital inside a word,
    # beside capitals (a first rule took them for KOI8-R's case turned over: a probe's).
    ("ru", "windows-1251", [("kW", "кВт"), ("kHz", "кГц"), ("mW", "мВт"), ("uF", "мкФ"), ("TOTAL", "ИТОГО"), ("RESET", "СБРОС")]),
    ("ru", "windows-1251", [("RATED POWER, kVA", "НОМИНАЛЬНАЯ МОЩНОСТЬ ТРАНСФОРМАТОРА, кВА"), ("MAXIMUM LOAD, kVA", "МАКСИМАЛЬНАЯ НАГРУЗКА, кВА"),
                            ("NOISE LEVEL, dBA", "УРОВЕНЬ ШУМА, дБА"), ("VOLTAGE, kV", "НАПРЯЖЕНИЕ, кВ")]),
    # Arabic joins a Latin name to its article with a tatweel: no word of two scripts
    ("ar", "windows-1256", [("PDF file", "ملف الـPDF"), ("USB key", "مفتاح الـUSB"), ("URL", "عنوان الـURL"), ("Save", "حفظ")]),
    ("ru", "KOI8-R", [("MegaFon", "МегаФон"), ("SAVE", "СОХРАНИТЬ"), ("CANCEL", "ОТМЕНА"), ("DELETE", "УДАЛИТЬ"),
                      ("SberPay", "СберПэй"), ("Document number", "НомерДокумента")]),
    ("fr", "ISO-8859-1", [("SUMMER", "ÉTÉ"), ("EVENT", "ÉVÉNEMENT"), ("STATES", "ÉTATS"), ("CREATED", "CRÉÉ"),
                          ("Size", "1920×1080 px"), ("Zoom", "Zoom ×2")]),
    ("fr", "ISO-8859-1", [("Summer", "Été"), ("Event raised", "Événement élevé à côté"), ("Delete", "Supprimer l'élément")]),
    ("es", "windows-1252", [("Year", "Año"), ("Action", "Acción señalada"), ("Question", "¿Qué opción?")]),
])
def test_a_catalog_in_its_declared_legacy_charset_is_read(tmp_path, lang, charset, pairs):
    path = tmp_path / f"{lang}.po"
    path.write_bytes(_legacy_catalog(lang, charset, charset, pairs))
    assert [entry.msgstr for entry in read_catalog(path) if entry.msgid] == [translation for _, translation in pairs]


def test_an_entry_with_a_context_and_an_empty_msgid_is_checked(tmp_path):
    # `pgettext("ctx-only", "")` is a lookup gettext makes, msgfmt compiles the entry: it was
    # left out of the checks without a word (its double space and trailing space unseen).
    path = tmp_path / "po" / "fr.po"
    path.parent.mkdir()
    path.write_text(po_text("fr", [("Delete", "Supprimer")]) + '\nmsgctxt "ctx-only"\nmsgid ""\nmsgstr "Contexte  vide "\n',
                    encoding="utf-8")
    from pipeline.catalog import read_entries

    entries = read_entries(path).entries
    assert [(entry.msgctxt, entry.msgid, entry.msgstr) for entry in entries][-1] == ("ctx-only", "", "Contexte  vide ")
    out = tmp_path / "findings.txt"
    assert main(["check", str(path.parent), "--no-glossary", "--no-cache", "--select", "TYPO003", "--select", "CONS007", "--fail-on", "warning", "--output", str(out)]) == 1
    assert "[ctx-only] double space" in out.read_text(encoding="utf-8")
    assert "CONS007" not in out.read_text(encoding="utf-8")  # no source to count its sentences against
    # ... and a translator gets it in an exchange file (it was left out of every export).
    assert main(["export", str(path.parent), "--format", "xliff", "--out", str(tmp_path / "x"), "--no-glossary"]) == 0
    [xliff] = (tmp_path / "x").rglob("*.xlf")
    assert "Contexte  vide " in xliff.read_text(encoding="utf-8")
