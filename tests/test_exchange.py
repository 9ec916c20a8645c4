"""XLIFF and TMX files: what hexaglot writes is what the official schemas accept, reads back as
the catalog it came from, and is read by Translate Toolkit as a CAT-side reader would; what
it reads from outside cannot hurt it (pipeline/exchange/).

The catalogs are the shipped ones (locale/, the six versions of CTOC/COP/WG.7/2022/1) and the
software corpus's (tests/data/software: no msgctxt, plural forms, zh_Hans, placeholders)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import factory, tmx, xliff2

from pipeline.catalog import bilingual_catalog, read_entries
from pipeline.errors import HexaglotInputError
from pipeline.exchange.tmx import tmx_bytes
from pipeline.exchange.validation import tmx_problems, xliff_problems
from pipeline.exchange.xliff_in import read_xliff
from pipeline.exchange.xliff_out import METADATA, XLIFF_2, XLIFF_12, xliff_bytes
from tests.conftest import DOC, ROOT

LOCALE = ROOT / "locale"
TEMPLATE = LOCALE / "templates" / f"{DOC}.pot"
SHIPPED = {lang: LOCALE / lang / "LC_MESSAGES" / f"{DOC}.po" for lang in ("ar", "es", "fr", "ru", "zh")}
SOFTWARE = ROOT / "tests" / "data" / "software"
# Catalogs other tools wrote: no msgctxt, plural forms (Arabic's six, Russian's three), zh_Hans.
FOREIGN = [SOFTWARE / "shop" / "locale" / lang / "LC_MESSAGES" / "django.po" for lang in ("ar", "ru", "zh_Hans", "es_AR")] + [
    SOFTWARE / "editor" / "po" / "fr.po"]
VERSIONS = ("1.2", "2.0", "2.1")


def _catalog(path: Path):
    template = TEMPLATE if path.is_relative_to(LOCALE) else None
    return bilingual_catalog(path, template, path.relative_to(ROOT).as_posix())


def _written(tmp_path: Path, catalog, version: str) -> Path:
    path = tmp_path / f"{Path(catalog.original).stem}-{version}.xlf"
    path.write_bytes(xliff_bytes(catalog, version))
    return path


def _comparable(entry):
    """An entry as a round trip must keep it: all but where it was read and what the export says it exported."""
    return replace(entry, line=0, exported="", exported_state="")


# -- round trips -------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_shipped_catalog_goes_to_xliff_and_back_unchanged(tmp_path, lang, version):
    catalog = _catalog(SHIPPED[lang])
    back = read_xliff(_written(tmp_path, catalog, version))
    assert [_comparable(e) for e in back.entries] == [_comparable(e) for e in catalog.entries]
    assert (back.metadata, back.header, back.source_lang, back.target_lang, back.has_template) == (
        catalog.metadata, catalog.header, "en", lang, True)
    assert back.symbol == "CTOC/COP/WG.7/2022/1"


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("path", FOREIGN, ids=lambda p: p.relative_to(SOFTWARE).as_posix())
def test_catalogs_other_tools_wrote_go_to_xliff_and_back_unchanged(tmp_path, path, version):
    catalog = _catalog(path)
    assert any(e.msgid_plural for e in catalog.entries) or path.parent.parent.name in ("es_AR", "po")
    back = read_xliff(_written(tmp_path, catalog, version))
    assert [_comparable(e) for e in back.entries] == [_comparable(e) for e in catalog.entries]
    assert back.metadata == catalog.metadata


def test_round_trip_keeps_what_a_po_entry_holds(tmp_path):
    """The fields the shipped catalogs do not exercise: no msgctxt beside an empty one, plural
    forms, flags, translator comments, previous msgid, fuzzy, spaces and line breaks."""
    po = tmp_path / "ru.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
        '# Проверить с редактором\n#. Heading\n#: a.txt:3 b.txt\n#, fuzzy, c-format\n#| msgid "%d State party"\n'
        'msgid "%d States parties"\nmsgid_plural "%d States parties"\nmsgstr[0] "%d государство-участник"\n'
        'msgstr[1] "%d государства-участника"\nmsgstr[2] "%d государств-участников"\n\n'
        'msgctxt ""\nmsgid "  Vienna\\n"\nmsgstr "  Вена\\n"\n\n'
        'msgid "  Vienna\\n"\nmsgstr ""\n',
        encoding="utf-8",
    )
    catalog = bilingual_catalog(po, None, "ru.po")
    assert [e.msgctxt for e in catalog.entries] == [None, "", None]
    for version in VERSIONS:
        back = read_xliff(_written(tmp_path, catalog, version))
        assert [_comparable(e) for e in back.entries] == [_comparable(e) for e in catalog.entries], version
    plural = catalog.entries[0]
    assert (plural.fuzzy, plural.flags, plural.previous_msgid, plural.tcomment) == (
        True, ("c-format",), "%d State party", "Проверить с редактором")


def test_a_control_character_travels_as_a_code_point_in_xliff_2_and_is_refused_in_1_2(tmp_path):
    po = tmp_path / "fr.po"
    po.write_text('msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "Ring\\a"\nmsgstr "Sonnerie\\a"\n', encoding="utf-8")
    catalog = bilingual_catalog(po, None, "fr.po")
    data = xliff_bytes(catalog, "2.1")
    assert b'<cp hex="0007"/>' in data and not xliff_problems(data, "2.1")
    assert read_xliff(_written(tmp_path, catalog, "2.1")).entries[0].msgstr == "Sonnerie\a"
    with pytest.raises(HexaglotInputError) as refused:
        xliff_bytes(catalog, "1.2")
    assert refused.value.code == "E026" and "U+0007" in refused.value.message


# -- the official schemas ------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_every_xliff_written_is_valid_against_the_official_schema(version):
    for path in [*SHIPPED.values(), *FOREIGN]:
        assert xliff_problems(xliff_bytes(_catalog(path), version), version) == [], path


@pytest.mark.parametrize("version", VERSIONS)
def test_the_schema_check_refuses_what_the_standard_refuses(version):
    """The validation above can fail: a unit without its source, a 2.x id that is no NMTOKEN."""
    data = xliff_bytes(_catalog(SHIPPED["ru"]), version)
    root = etree.fromstring(data)
    if version == "1.2":
        unit = root.find(f".//{{{XLIFF_12}}}trans-unit")
        unit.remove(unit.find(f"{{{XLIFF_12}}}source"))
    else:
        root.find(f".//{{{XLIFF_2}}}unit").set("id", "item/2/p1/s1")
        root.find(f".//{{{METADATA}}}meta").set("kind", "not in the module")
    problems = xliff_problems(etree.tostring(root), version)
    assert problems and all(problem.startswith("line ") for problem in problems)


def test_xliff_2_ids_are_nmtokens_and_names_keep_the_segment_ids():
    root = etree.fromstring(xliff_bytes(_catalog(SHIPPED["ru"]), "2.1"))
    units = root.findall(f".//{{{XLIFF_2}}}unit")
    assert ("item_2_p1_s1", "item/2/p1/s1") in [(u.get("id"), u.get("name")) for u in units]
    assert len({u.get("id") for u in units}) == len(units) == 88


def test_tmx_is_valid_against_the_tmx_dtd_and_the_dtd_check_can_fail():
    versions = [_catalog(path) for path in SHIPPED.values()]
    data = tmx_bytes(DOC, "CTOC/COP/WG.7/2022/1", "en", versions)
    assert tmx_problems(data) == []
    broken = data.replace(b"<seg>", b"<segment>", 1).replace(b"</seg>", b"</segment>", 1)
    assert tmx_problems(broken)


# -- what Translate Toolkit, a CAT-side reader, makes of our files -----------------------------------


def test_translate_toolkit_reads_our_xliff_1_2_as_the_po_it_came_from(tmp_path):
    for path in (SHIPPED["ar"], SOFTWARE / "shop" / "locale" / "ru" / "LC_MESSAGES" / "django.po"):
        catalog = _catalog(path)
        store = factory.getobject(str(_written(tmp_path, catalog, "1.2")))
        units = [unit for unit in store.units if not unit.isheader()]
        assert len(units) == len(catalog.entries)
        for unit, entry in zip(units, catalog.entries):
            assert unit.hasplural() == bool(entry.msgid_plural)
            sources = unit.source.strings if unit.hasplural() else [unit.source]
            targets = unit.target.strings if unit.hasplural() and entry.translated else [unit.target or ""]
            assert sources[0] == entry.msgid
            expected = list(entry.forms if entry.translated else ("",))
            # (a form the catalog lacks is offered empty: the Russian entry short of its third)
            assert targets[:len(expected)] == expected and not any(targets[len(expected):])
            if not entry.msgid_plural:
                # (A plural group's state it looks for in `approved` on the group, which the 1.2
                # schema does not allow there: docs/exchange.md.)
                assert unit.isfuzzy() == (entry.fuzzy and entry.translated)


def test_translate_toolkit_reads_our_xliff_2_and_tmx(tmp_path):
    catalog = _catalog(SHIPPED["zh"])
    store = xliff2.Xliff2File.parsefile(str(_written(tmp_path, catalog, "2.1")))
    assert [(u.source, u.target) for u in store.units] == [(e.msgid, e.msgstr) for e in catalog.entries]
    path = tmp_path / "doc.tmx"
    path.write_bytes(tmx_bytes(DOC, "CTOC/COP/WG.7/2022/1", "en", [_catalog(p) for p in SHIPPED.values()]))
    memory = tmx.tmxfile.parsefile(str(path))
    first = memory.units[0]
    assert [node.get("{http://www.w3.org/XML/1998/namespace}lang") for node in first.getlanguageNodes()] == [
        "en", "ar", "es", "fr", "ru", "zh"]


# -- reading what comes from outside -----------------------------------------------------------------


def _xliff12(body: str, file_attributes: str = 'original="ru/LC_MESSAGES/doc.po" source-language="en" target-language="ru"') -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{XLIFF_12}" version="1.2">\n'
            f'<file {file_attributes} datatype="po"><body>\n{body}\n</body></file></xliff>\n').encode()


@pytest.mark.parametrize("attack", [
    '<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
], ids=["billion laughs", "external entity"])
def test_an_xliff_declaring_entities_is_refused_with_its_line(tmp_path, attack):
    path = tmp_path / "hostile.xlf"
    path.write_bytes(_xliff12('<trans-unit id="a"><source>&b;</source></trans-unit>').replace(
        b"<xliff ", attack.encode() + b"\n<xliff ", 1))
    with pytest.raises(HexaglotInputError) as refused:
        read_xliff(path)
    assert (refused.value.code, refused.value.line) == ("E024", 2)
    assert "entities" in str(refused.value)


def test_an_xliff_fetches_nothing_and_expands_no_external_dtd(tmp_path):
    path = tmp_path / "remote.xlf"
    path.write_bytes(_xliff12('<trans-unit id="a"><source>Vienna</source></trans-unit>').replace(
        b"<xliff ", b'<!DOCTYPE xliff SYSTEM "http://127.0.0.1:9/xliff.dtd">\n<xliff ', 1))
    assert read_xliff(path).entries[0].msgid == "Vienna"


@pytest.mark.parametrize("body, message, line", [
    ('<trans-unit id="a"><target>Вена</target></trans-unit>', "without <source>", 4),
    ('<trans-unit id="a" resname="x"><source>Vienna</source></trans-unit>\n'
     '<trans-unit id="b" resname="x"><source>Vienna</source></trans-unit>', "repeats the one at line 4", 5),
    ('<trans-unit id="a"><source>Vienna <x id="1"/></source></trans-unit>', "native data", 4),
    ('<trans-unit id="a"><source>Vienna</source>', "not well-formed XML", 5),
])
def test_an_xliff_that_cannot_become_a_catalog_is_refused_at_its_line(tmp_path, body, message, line):
    path = tmp_path / "bad.xlf"
    path.write_bytes(_xliff12(body))
    with pytest.raises(HexaglotInputError) as refused:
        read_xliff(path)
    assert refused.value.code == "E024" and message in refused.value.message and refused.value.line == line


def test_a_file_that_is_not_xliff_is_named_for_what_it_is(tmp_path):
    path = tmp_path / "glossary.xlf"
    shutil.copy(ROOT / "glossaries" / "untoc-som.tbx", path)
    with pytest.raises(HexaglotInputError) as refused:
        read_xliff(path)
    assert refused.value.code == "E024" and "a TBX glossary, not a catalog" in refused.value.message


def test_inline_codes_become_their_native_text(tmp_path):
    """A CAT tool that tagged placeholders gives them back as text: 1.2 <ph> and <g>, 2.x <ph>
    and <pc> with their originalData."""
    first, second = tmp_path / "one.xlf", tmp_path / "two.xlf"
    first.write_bytes(_xliff12('<trans-unit id="a" resname="c"><source><ph id="1">%(count)s</ph> States</source>'
                               '<target state="translated"><ph id="1">%(count)s</ph> <g id="2">государств</g></target>'
                               '</trans-unit>'))
    second.write_bytes((
        f'<?xml version="1.0"?><xliff xmlns="{XLIFF_2}" version="2.1" srcLang="en" trgLang="ru"><file id="f">'
        '<unit id="u" name="c"><originalData><data id="d1">%(count)s</data><data id="b">&lt;b&gt;</data>'
        '<data id="e">&lt;/b&gt;</data></originalData><segment state="translated">'
        '<source><ph id="1" dataRef="d1"/> States</source><target><ph id="1" dataRef="d1"/> '
        '<pc id="2" dataRefStart="b" dataRefEnd="e">государств</pc></target></segment></unit></file></xliff>').encode())
    assert read_xliff(first).entries[0].msgstr == "%(count)s государств"
    assert read_xliff(second).entries[0].msgstr == "%(count)s <b>государств</b>"
    assert read_entries(second).entries[0].msgid == "%(count)s States"


def test_the_tmx_summary_names_only_the_languages_it_holds(tmp_path):
    # A catalog extracted for a language no one has translated yet gives the memory nothing:
    # the summary must not list it among the languages the file holds.
    from tests.conftest import run_hexaglot

    header = 'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    entries = {"fr": "Adoption de l'ordre du jour", "ar": ""}
    for lang, translation in entries.items():
        path = tmp_path / "locale" / lang / "LC_MESSAGES" / "agenda.po"
        path.parent.mkdir(parents=True)
        path.write_text(header.format(lang=lang) + f'msgid "Adoption of the agenda"\nmsgstr "{translation}"\n', encoding="utf-8")
    result = run_hexaglot("export", "--format", "tmx", "locale", "--out", "exports", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = (tmp_path / "exports" / "agenda.tmx").read_text(encoding="utf-8")
    assert 'xml:lang="ar"' not in data and 'xml:lang="fr"' in data
    assert "exports/agenda.tmx: 1 translation units (en, fr)" in result.stdout
    assert "locale/ar/LC_MESSAGES/agenda.po (nothing translated)" in result.stdout


def test_an_empty_msgctxt_and_no_msgctxt_are_two_units_of_the_memory(tmp_path):
    # For gettext (and po2tmx) `msgctxt ""` is a context, another entry than the same msgid
    # without one: the memory held one of the two translations and dropped the other unsaid.
    po = tmp_path / "ru.po"
    po.write_text('msgid ""\nmsgstr "Language: ru\\n"\n\n'
                  'msgctxt ""\nmsgid "Open"\nmsgstr "Открыть файл"\n\n'
                  'msgid "Open"\nmsgstr "Открыть"\n\n'
                  'msgctxt "menu"\nmsgid "Open"\nmsgstr "Открыть меню"\n', encoding="utf-8")
    data = tmx_bytes("app", "app", "en", [bilingual_catalog(po, None, "ru.po")]).decode("utf-8")
    assert data.count("<tu ") == 3
    assert all(f"<seg>{text}</seg>" in data for text in ("Открыть файл", "Открыть", "Открыть меню"))
    # and the two are told apart: the empty context is written, empty
    assert data.count('<prop type="x-segment"></prop>') == 1 and data.count('<prop type="x-segment">menu</prop>') == 1


def test_exporting_a_memory_never_writes_over_another_tools(tmp_path):
    # A Trados memory of the same name in the folder (an OmegaT project's tm/, say) was
    # replaced by ours without a word, its units gone. Our own memory is made again.
    from tests.conftest import run_hexaglot

    path = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "agenda.po"
    path.parent.mkdir(parents=True)
    path.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "Adoption of the agenda"\nmsgstr "Adoption de l\'ordre du jour"\n', encoding="utf-8")
    theirs = tmp_path / "tm" / "agenda.tmx"
    theirs.parent.mkdir()
    theirs.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="SDL Language Platform" '
                      'creationtoolversion="8.0" segtype="sentence" o-tmf="SDL TM8 Format" adminlang="en-US" srclang="en-US" '
                      'datatype="xml"/><body><tu><tuv xml:lang="en-US"><seg>Organization of work</seg></tuv>'
                      '<tuv xml:lang="fr-FR"><seg>Organisation des travaux</seg></tuv></tu></body></tmx>\n', encoding="utf-8")
    before = theirs.read_bytes()
    result = run_hexaglot("export", "--format", "tmx", "locale", "--out", "tm", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "[E044] is another tool's translation memory (written by SDL Language Platform)" in result.stderr
    assert theirs.read_bytes() == before
    theirs.unlink()
    assert run_hexaglot("export", "--format", "tmx", "locale", "--out", "tm", cwd=tmp_path).returncode == 0
    assert run_hexaglot("export", "--format", "tmx", "locale", "--out", "tm", cwd=tmp_path).returncode == 0  # ours, again
