"""The two expressions hexaglot gives polib (pipeline/catalog.py, `_PolibExpressions`) read
every catalog exactly as polib's own do, and a malformed catalog still fails where it did."""

import gc
import re

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import catalog
from pipeline.cli import main
from tests.conftest import ROOT

EXPRESSIONS = catalog._PolibExpressions()
# The characters the expressions turn on, and a few that they do not.
TEXT = st.text(alphabet=['"', "\\", "n", "t", "a", " ", "\n", "й", "中"], max_size=40)


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_the_quote_test_finds_an_unescaped_quote_exactly_when_polibs_does(text):
    original = re.search(EXPRESSIONS.UNESCAPED_QUOTE, text) is not None
    assert (EXPRESSIONS.search(EXPRESSIONS.UNESCAPED_QUOTE, text) is not None) == original


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_unescaping_gives_what_polibs_unescape_gives(text):
    with_re = polib.re
    try:
        polib.re = re
        expected = polib.unescape(text)
    finally:
        polib.re = with_re
    assert polib.unescape(text) == expected


def test_the_expressions_are_polibs_own():
    # If polib writes them differently one day, the faster path is simply not taken: this
    # test says so, instead of a benchmark that quietly slows down.
    source = open(polib.__file__, encoding="utf-8").read()
    assert f"re.search(r'{EXPRESSIONS.UNESCAPED_QUOTE}'" in source
    assert f"re.sub(r'{EXPRESSIONS.ESCAPE}'" in source


ESCAPES = r'''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: fr\n"

#. A comment with "quotes"
msgctxt "item/1"
msgid "The \"Working Group\" met at 10\\11 a.m.\n"
msgstr ""
"Le \"Groupe de travail\" s'est réuni\t"
"à 10\\11 heures.\n"

msgctxt "item/2"
msgid "\"\""
msgstr "«\u00a0»"
'''


def read_all(paths):
    return [[(e.msgctxt, e.msgid, e.msgstr, e.linenum, e.comment, e.flags, e.obsolete) for e in polib.pofile(str(p))]
            for p in paths]


def test_catalogs_read_the_same_with_polibs_expressions_and_hexaglots(tmp_path, monkeypatch):
    escapes = tmp_path / "escapes.po"
    escapes.write_text(ESCAPES, encoding="utf-8")
    paths = [escapes, *sorted((ROOT / "locale").rglob("*.po")), *sorted((ROOT / "locale").rglob("*.pot"))]
    ours = read_all(paths)
    monkeypatch.setattr(polib, "re", re)
    assert read_all(paths) == ours
    assert ours[0][0][1] == 'The "Working Group" met at 10\\11 a.m.\n'
    assert ours[0][0][2] == "Le \"Groupe de travail\" s'est réuni\tà 10\\11 heures.\n"


@pytest.mark.parametrize("broken", [6, 12], ids=["msgid line", "continuation line"])
def test_an_unescaped_quote_is_still_an_error_with_its_line(tmp_path, capsys, broken):
    lines = ['msgid ""', 'msgstr ""', '"Language: ru\\n"', "", 'msgctxt "a"',
             'msgid "say \\"hi\\" now"', 'msgstr "b"', "", 'msgctxt "c"', 'msgid "ok"', 'msgstr ""', '"x \\"y\\" z"']
    lines[broken - 1] = lines[broken - 1].replace('\\"', '"')
    path = tmp_path / "ru" / "LC_MESSAGES" / "d.po"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = path.read_bytes()
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "[E008]" in err[0] and "unescaped double quote" in err[0]
    assert f"d.po:{broken}:" in err[0]
    assert path.read_bytes() == before


# -- reading without polib's second read and its reference cycle (catalog._parse) ------------

HEADER_LINE = st.sampled_from([
    '"Content-Type: text/plain; charset=UTF-8\\n"', '"Content-Type: text/plain; charset=latin-1\\n"',
    '"Content-Type: text/plain; charset=no-such-codec\\n"', '"Content-Type: charset=x charset=cp1251\\n"',
    '"Content-Type: text/plain; charset=KOI8-R\\n"', '"Language: ru\\n"', 'msgid ""', 'msgstr ""', "",
    "Content-Type: a charset=iso-8859-5", '"Content-Type:charset=utf-8"',
    '"Content-Type: a charset=nope Content-Type: b charset=cp1252\\n"',
])


@settings(max_examples=300, deadline=None)
@given(st.lists(HEADER_LINE, max_size=8), st.sampled_from(["\n", "\r\n"]))
def test_the_charset_is_the_one_polib_detects_in_the_file(tmp_path_factory, lines, newline):
    path = tmp_path_factory.mktemp("charset") / "c.po"
    path.write_bytes(newline.join(lines).encode("ascii"))
    assert catalog._polib_encoding(path.read_bytes()) == polib.detect_encoding(str(path))


def fields(found):
    return (found.metadata, found.metadata_is_fuzzy, found.encoding, found.fpath, found.wrapwidth, found.header,
            [(e.msgctxt, e.msgid, e.msgstr, e.msgid_plural, e.msgstr_plural, e.linenum, e.flags, e.comment,
              e.tcomment, e.occurrences, e.obsolete, e.previous_msgid, e.previous_msgctxt) for e in found])


def test_catalogs_read_as_polib_pofile_reads_them(tmp_path):
    escapes = tmp_path / "escapes.po"
    escapes.write_text(ESCAPES, encoding="utf-8")
    cyrillic = tmp_path / "koi8.po"
    cyrillic.write_bytes('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=KOI8-R\\n"\n\n'
                         'msgctxt "a"\nmsgid "Working Group"\nmsgstr "Рабочая группа"\n'.encode("koi8-r"))
    shipped = [*sorted((ROOT / "locale").rglob("*.po*")), *sorted((ROOT / "tests" / "data" / "planted").rglob("*.po*"))]
    assert len(shipped) == 12  # the seed document's five catalogs and template, and the planted copy's
    paths = [escapes, cyrillic, *shipped]
    for path in paths:
        assert fields(catalog.read_catalog(path)) == fields(polib.pofile(str(path), wrapwidth=78)), path
    assert [e.msgstr for e in catalog.read_catalog(cyrillic)] == ["Рабочая группа"]


def test_reading_a_catalog_leaves_no_cyclic_garbage():
    # The collector is not needed after reading: what it would have walked and freed (polib's
    # parser and the catalog it made, some 400 objects a file) is freed when it is dropped.
    path = ROOT / "locale" / "ru" / "LC_MESSAGES" / "CTOC-COP-WG.7-2022-1.po"
    gc.disable()
    try:
        gc.collect()
        polib.pofile(str(path))
        assert gc.collect() > 100  # polib's own reading does leave its cycle: the test can fail
        catalog.read_entries(path)
        catalog.read_catalog(path)
        assert gc.collect() == 0
    finally:
        gc.enable()


PO_LINE = st.sampled_from([
    'msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: ru\\n"', "",
    '#. comment', '#, fuzzy', 'msgctxt "a"', 'msgctxt "b"', 'msgid "Working Group"', 'msgstr "Рабочая группа"',
    '"continued \\"quoted\\" line"', 'msgstr "x\u2028y"', 'msgstr "form\x0cfeed"', '#~ msgid "old"', "   ", 'msgid "a" "b"',
    'msgstr "unescaped " quote"', "garbage line",
])


def outcome(read, path):
    try:
        return fields(read(path))
    except (OSError, ValueError, UnicodeDecodeError) as error:
        return type(error).__name__, str(error)


@settings(max_examples=300, deadline=None)
@given(st.lists(PO_LINE, max_size=10), st.sampled_from(["\n", "\r\n", "\r", "\n\r"]), st.booleans(), st.booleans())
def test_any_catalog_reads_as_polib_pofile_reads_it(tmp_path_factory, lines, newline, bom, bad_byte):
    # Line ends of every kind, a BOM, separators str.splitlines would break at, bytes that do
    # not decode, syntax errors: hexaglot's reading (catalog._parse) gives what polib's does,
    # entries or error.
    path = tmp_path_factory.mktemp("po") / "c.po"
    data = ("\ufeff" if bom else "").encode() + newline.join(lines).encode("utf-8") + (b"\xff" if bad_byte else b"")
    path.write_bytes(data)
    assert outcome(lambda p: catalog._parse(p, p.read_bytes()), path) == outcome(lambda p: polib.pofile(str(p), wrapwidth=78), path)
