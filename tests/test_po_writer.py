"""Catalogs written as GNU gettext writes them: `msgcat` on a catalog hexaglot wrote changes
no byte, so a translator's PO editor or gettext's own tools make no whitespace-only changes
against ours. Checked on the shipped document's catalogs as extraction writes them, and on
generated catalogs of every kind of text the six languages put in a string (long sentences,
Chinese without spaces, Arabic with its marks, URLs and symbols, escapes and line breaks),
against msgcat itself; and read back to the same entries."""

from __future__ import annotations

import random
import shutil
import subprocess

import polib
import pytest

from pipeline.catalog import read_catalog
from pipeline.po_reader import parse_po
from pipeline.po_writer import po_text, width
from tests.conftest import DOC, ROOT, run_hexaglot

needs_msgcat = pytest.mark.skipif(not shutil.which("msgcat"), reason="needs gettext's msgcat (.ci/run installs gettext)")

FRAGMENTS = [
    "The Working Group on the Smuggling of Migrants will hold its ninth meeting in Vienna",
    "Рабочая группа по незаконному ввозу мигрантов проведет свое девятое совещание в Вене",
    "Le Groupe de travail sur le trafic illicite de migrants tiendra sa neuvième réunion à Vienne",
    "El Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes celebrará su novena reunión en Viena",
    "سيعقد الفريق العامل المعني بتهريب المهاجرين اجتماعه التاسع في فيينا، وشجَّع الفريق العامل على النظر",
    "偷运移民问题工作组将于2022年6月27日和28日在维也纳举行第九次会议。",
    "《联合国打击跨国有组织犯罪公约》及其各项议定书",
    "https://www.unodc.org/documents/treaties/compendiums_working_groups_2021/20-01800A_Smuggling_of_Migrants_eBooks.pdf",
    "CTOC/COP/WG.7/2022/1", "resolution 7/1", "HH:MM[:ss[.uuuuuu]][TZ]", "e-mail: support@shop.example.org;",
    "“quoted” «guillemets» „inner“", "a \"straight\" quote", "C:\\Users\\Public", "%(count)d documents", "{name}",
    "Usage: editor [OPTION…] FILE\n", "line one\nline two", "\ttabbed", "trailing space ", "  two leading spaces",
    "supercalifragilisticexpialidocioussupercalifragilisticexpialidocioussupercalifragilistic",
    "10:00–13:00", "27 и 28 июня 2022 года", "第47页。", "(a) открытие совещания;",
    # what text from PDFs and Word holds: soft hyphens, zero-width and no-break spaces, a line
    # or paragraph separator (a break gettext does not write, after which it counts from 0)
    "предупре\u00adждения", "zero\u200bwidth", "10\u202f000", "line\u2028separator", "para\u2029graph\u0085next",
]


def generated_catalog(seed: int, entries: int = 150) -> polib.POFile:
    rng = random.Random(seed)

    def text(pieces: int) -> str:
        return " ".join(rng.choice(FRAGMENTS) for _ in range(pieces))

    catalog = polib.POFile()
    catalog.header = "A generated catalog.\nWritten to test the writer."
    catalog.metadata = {"Project-Id-Version": "test", "Language": "ru", "MIME-Version": "1.0",
                        "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit",
                        "Plural-Forms": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                                        "(n%100<10 || n%100>=20) ? 1 : 2);"}
    for number in range(entries):
        entry = polib.POEntry(msgctxt=f"item/{number}" if rng.random() < 0.7 else None, msgid=f"{number} {text(rng.randint(1, 4))}",
                              msgstr=text(rng.randint(0, 4)))
        if rng.random() < 0.3:
            entry.occurrences = [(f"corpora/doc-{rng.randint(1, 9)}/{lang}.txt", str(rng.randint(1, 900)))
                                 for lang in rng.sample(["ar", "en", "es", "fr", "ru", "zh"], rng.randint(1, 6))]
        if rng.random() < 0.3:
            entry.comment = text(1).replace("\n", " ")
        if rng.random() < 0.2:
            entry.tcomment = "a translator's note"
        if rng.random() < 0.15 and entry.msgstr:  # as extraction makes one: a translation to review
            entry.flags = ["fuzzy"]
            entry.previous_msgid = text(2)
        if rng.random() < 0.1:
            entry.msgid_plural, entry.msgstr = f"{number} plural {text(1)}", ""
            entry.msgstr_plural = {index: text(rng.randint(1, 2)) for index in range(3)}
        if rng.random() < 0.08 and entry.msgstr:
            # a translation no segment takes any more (gettext keeps no comment or reference
            # of an obsolete entry, and no untranslated one)
            entry.obsolete, entry.comment, entry.occurrences = True, "", []
        catalog.append(entry)
    catalog.sort(key=lambda entry: entry.obsolete)  # gettext writes obsolete entries last, as hexaglot does
    return catalog


def msgcat(text: str, tmp_path) -> str:
    path = tmp_path / "written.po"
    path.write_text(text, encoding="utf-8")
    return subprocess.run(["msgcat", str(path)], capture_output=True, text=True, check=True).stdout


@needs_msgcat
@pytest.mark.parametrize("seed", range(4))
def test_msgcat_changes_nothing_hexaglot_wrote(seed, tmp_path):
    written = po_text(generated_catalog(seed))
    assert msgcat(written, tmp_path) == written


@needs_msgcat
def test_msgcat_changes_nothing_in_the_extracted_catalogs(project):
    assert run_hexaglot("extract", cwd=project).returncode == 0
    catalogs = sorted((project / "locale").rglob("*.po*"))
    assert len(catalogs) == 6
    for path in catalogs:
        assert subprocess.run(["msgcat", str(path)], capture_output=True, text=True, check=True).stdout == path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize("seed", range(4))
def test_what_is_written_reads_back_to_the_same_entries(seed):
    catalog = generated_catalog(seed)
    read = parse_po(po_text(catalog).encode("utf-8"), "written.po")
    assert [(e.msgctxt, e.msgid, e.msgstr, e.msgid_plural, e.msgstr_plural, e.obsolete, e.flags, e.occurrences)
            for e in read] == [(e.msgctxt, e.msgid, e.msgstr, e.msgid_plural, e.msgstr_plural, e.obsolete, e.flags, e.occurrences)
                               for e in catalog]


def test_strings_keep_to_79_columns_unless_a_word_is_longer():
    # comments are not wrapped (gettext does not wrap them either), and after a line separator
    # gettext counts columns from the line's start again
    strings = [line for line in po_text(generated_catalog(7)).splitlines() if line.endswith('"')]
    assert len(strings) > 300
    for line in strings:
        if width(line) > 79 and not any(separator in line for separator in "\u2028\u2029\x85"):
            content = line[line.index('"') + 1:-1]
            assert " " not in content.strip(" "), line  # one unbreakable unit, as gettext leaves it


def test_widths_are_counted_as_gettext_counts_them():
    assert width("Вена") == 4
    assert width("维也纳") == 6  # wide characters take two columns
    assert width("شجَّع") == 3  # a shadda and a fatha take none
    assert width("لا") == 2  # no shaping: lam and alef are two characters


def test_a_backslash_before_n_is_no_line_break():
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(polib.POEntry(msgid="Use \\n to insert a line break.", msgstr="Используйте \\n для разрыва строки."))
    assert 'msgid "Use \\\\n to insert a line break."' in po_text(catalog).splitlines()


def test_the_shipped_catalogs_are_written_as_gettext_writes_them():
    # what the repository holds is what extraction writes: read and written again, unchanged
    from tests.conftest import ROOT

    for path in sorted((ROOT / "locale").rglob("*.po*")):
        assert po_text(read_catalog(path)) == path.read_text(encoding="utf-8"), path


@needs_msgcat
@pytest.mark.parametrize("page_width", [35, 40, 60, 72, 79, 80, 100, 120, None])
def test_a_catalog_is_written_again_byte_for_byte_at_the_width_it_was_written_at(tmp_path, page_width):
    # Poedit's and Lokalize's width setting, msgcat --width: imported into, a catalog was
    # rewrapped at 79 columns (an 840-line diff for one word); one wrapped past 79 was read as
    # unwrapped and lost its breaks. (None: msgcat --no-wrap.)
    from pipeline.po_writer import page_width_of

    for lang in ("ru", "ar", "fr"):
        path = tmp_path / f"{lang}.po"
        option = "--no-wrap" if page_width is None else f"--width={page_width}"
        subprocess.run(["msgcat", option, str(ROOT / "locale" / lang / "LC_MESSAGES" / f"{DOC}.po"), "-o", str(path)], check=True)
        text = path.read_text(encoding="utf-8")
        assert page_width_of(text) == page_width
        assert po_text(parse_po(path.read_bytes(), path), page_width) == text


@needs_msgcat
def test_the_width_is_told_by_the_strings_that_tell_widths_apart_wherever_they_are(tmp_path):
    # A software catalog's labels first (each written alike at 60 and at 79 columns), its help
    # texts last: the width was taken from the first 100 long strings, 79, and the help texts
    # of a catalog written at 60 were rewrapped.
    from pipeline.po_writer import page_width_of

    entries = [(f"Message number {n} of the settings page", f"Message numéro {n} de la page des réglages") for n in range(150)]
    entries.append(("This is a long help text that explains in detail how the settings page works and what each of its "
                    "options does.", "Ceci est un long texte d’aide qui explique en détail comment fonctionne la page des "
                    "réglages et ce que fait chacune de ses options."))
    raw = tmp_path / "raw.po"
    raw.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                   + "".join(f'\nmsgid "{source}"\nmsgstr "{translation}"\n' for source, translation in entries), encoding="utf-8")
    written = subprocess.run(["msgcat", "--width=60", str(raw)], capture_output=True, text=True, check=True).stdout
    assert page_width_of(written) == 60
    assert page_width_of(raw.read_text(encoding="utf-8")) is None  # its help text on one line: unwrapped
