"""`hexaglot check` on XLIFF gives what it gives on the PO the XLIFF came from, at the XLIFF's
lines; `hexaglot export` writes XLIFF with the glossary's terms noted, and a TMX of the six
aligned versions; neither writes where inputs live; the glossary goes to CAT tools as CSV."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
from lxml import etree

from pipeline.catalog import read_catalog, save_catalog
from pipeline.cli import main
from pipeline.exchange.validation import tmx_problems
from pipeline.glossary import load_glossary
from pipeline.exchange.xliff_out import XLIFF_2, XLIFF_12
from tests.conftest import DOC, ROOT

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The shipped catalogs, exported as XLIFF 1.2 and 2.1, and the findings of a check of each
    (the default glossary, every check)."""
    root = tmp_path_factory.mktemp("exchange")
    shutil.copytree(ROOT / "locale", root / "locale")
    shutil.copytree(ROOT / "glossaries", root / "glossaries")
    previous = Path.cwd()
    import os

    os.chdir(root)
    try:
        results = {}
        for version in ("1.2", "2.1"):
            assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", f"xliff-{version}"]) == 0
        for name, paths in (("po", ["locale"]), ("1.2", ["xliff-1.2"]), ("2.1", ["xliff-2.1"])):
            code = main(["check", *paths, "--format", "json", "--output", f"{name}.json", "--jobs", "1"])
            results[name] = (code, json.loads(Path(f"{name}.json").read_text(encoding="utf-8")))
        yield root, results
    finally:
        os.chdir(previous)


def _without_place(finding: dict) -> str:
    """A finding less where it is: its file and line, and the other place a CONS004 message
    names (`… in locale/ru/LC_MESSAGES/X.po:105`, in the XLIFF `… in xliff-1.2/ru/X.xlf:224`)."""
    kept = {k: v for k, v in finding.items() if k not in ("file", "line")}
    kept["message"] = re.sub(r" in \S+:\d+$", " in <place>", kept["message"])
    return json.dumps(kept, sort_keys=True, ensure_ascii=False)


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_checking_the_xliff_gives_the_findings_and_exit_code_of_the_po(exported, version):
    _, results = exported
    po_code, po = results["po"]
    code, xliff = results[version]
    assert (code, po_code) == (1, 1)  # the shipped catalogs hold errors (the Russian text's own)
    assert sorted(map(_without_place, xliff["findings"])) == sorted(map(_without_place, po["findings"]))
    assert len(po["findings"]) >= 20
    assert {k: v for k, v in xliff["summary"].items() if k != "catalogs"} == {k: v for k, v in po["summary"].items() if k != "catalogs"}


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_each_xliff_finding_points_at_the_unit_of_its_entry(exported, version):
    root, results = exported
    findings = results[version][1]["findings"]
    assert any(f["code"] == "TYPO001" and f["lang"] == "ru" for f in findings)
    for finding in findings:
        tree = etree.parse(str(root / finding["file"]))
        at_line = [e for e in tree.iter() if e.sourceline == finding["line"] and isinstance(e.tag, str)
                   and etree.QName(e).localname in ("trans-unit", "unit", "group")]
        assert at_line, finding
        name = at_line[0].get("resname" if version == "1.2" else "name")
        assert name == finding["msgctxt"], finding


def test_footnote_markers_are_compared_with_the_source_in_xliff_as_beside_the_template(tmp_path, monkeypatch, capsys):
    """REF004 needs the template's comments: they travel in the XLIFF, so that a marker lost
    from one version is found in the XLIFF as in the PO."""
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    monkeypatch.chdir(tmp_path)
    ru = Path("locale/ru/LC_MESSAGES") / f"{DOC}.po"
    catalog = read_catalog(ru)
    entry = next(e for e in catalog if "Footnote marker: fn/2." in (e.comment or ""))
    entry.comment = entry.comment.replace("\nFootnote marker: fn/2.", "")
    save_catalog(catalog, ru, catalog)
    assert main(["export", "--format", "xliff", "--out", "xliff", "--no-glossary", str(ru)]) == 0
    capsys.readouterr()
    assert main(["check", str(ru), "--select", "REF004", "--no-glossary", "--jobs", "1"]) == 1
    from_po = capsys.readouterr().out
    assert main(["check", f"xliff/ru/{DOC}.xlf", "--select", "REF004", "--no-glossary", "--jobs", "1"]) == 1
    from_xliff = capsys.readouterr().out
    assert f"REF004 error: [{entry.msgctxt}] footnote markers differ: none here, fn/2 in the source" in from_po
    assert f"REF004 error: [{entry.msgctxt}] footnote markers differ: none here, fn/2 in the source" in from_xliff


def test_a_broken_xliff_stops_the_check_with_one_line(tmp_path, capsys):
    bad = tmp_path / "ru.xlf"
    bad.write_text(f'<?xml version="1.0"?>\n<xliff xmlns="{XLIFF_12}" version="1.2">\n<file original="x.po" '
                   'source-language="en" target-language="ru" datatype="po"><body>\n'
                   '<trans-unit id="a"><source>Vienna</source>\n</body></file></xliff>\n', encoding="utf-8")
    assert main(["check", str(bad), "--no-glossary"]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"hexaglot: {bad}:5: [E024] not well-formed XML") and error.count("\n") == 1


# -- export ----------------------------------------------------------------------------------------


def test_xliff_units_note_the_glossary_terms_of_their_source(exported):
    root, _ = exported
    tree = etree.parse(str(root / "xliff-2.1" / "ru" / f"{DOC}.xlf"))
    unit = next(u for u in tree.iter(f"{{{XLIFF_2}}}unit") if u.get("name") == "item/2/p2/s1")
    notes = {n.get("category"): n.text for n in unit.iter(f"{{{XLIFF_2}}}note")}
    assert notes["developer"] == "2. Good practices in cooperation with the private sector in preventing and combating the smuggling of migrants"
    assert ("smuggling of migrants → незаконный ввоз мигрантов; not: незаконный провоз мигрантов, контрабанда мигрантов"
            in notes["glossary"].splitlines())
    assert "agenda item → пункт повестки дня" in notes["glossary"].splitlines()


def test_export_of_unchanged_catalogs_is_the_same_bytes(exported, tmp_path, monkeypatch):
    root, _ = exported
    monkeypatch.chdir(root)
    assert main(["export", "--format", "xliff", "--out", str(tmp_path / "again")]) == 0
    for path in (root / "xliff-1.2").rglob("*.xlf"):
        assert (tmp_path / "again" / path.relative_to(root / "xliff-1.2")).read_bytes() == path.read_bytes()


@pytest.mark.parametrize("out", ["locale/xliff", "glossaries/x", "locale"])
def test_export_never_writes_where_inputs_live(tmp_path, monkeypatch, capsys, out):
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    shutil.copytree(ROOT / "glossaries", tmp_path / "glossaries")
    monkeypatch.chdir(tmp_path)
    before = sorted(p for p in tmp_path.rglob("*"))
    assert main(["export", "--format", "xliff", "--out", out]) == 2
    assert "[E022]" in capsys.readouterr().err
    assert sorted(p for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize("given, out", [
    ("po/ru", "po"),  # --out above the folder given: the files went into it
    (f"po/ru/LC_MESSAGES/{DOC}.po", "po"),  # a catalog of the tree: its file went into po/ru/
])
def test_export_never_writes_its_files_among_the_catalogs_it_reads(tmp_path, monkeypatch, capsys, given, out):
    # A tree not named locale/ (the project folders are guarded by name): --out, no input
    # itself, put <out>/ru/<doc>.xlf beside LC_MESSAGES, exit 0, and the next check of the
    # tree listed a second ru catalog of each document.
    shutil.copytree(ROOT / "locale", tmp_path / "po")
    monkeypatch.chdir(tmp_path)
    before = sorted(p for p in tmp_path.rglob("*"))
    assert main(["export", "--format", "xliff", given, "--no-glossary", "--out", out]) == 2
    line = capsys.readouterr().err
    assert f"[E022] --out {out} would put this file among the catalogs this command reads ({given}) (the next check " \
           "would read it as a second catalog); write elsewhere" in line and line.count("\n") == 1
    assert sorted(p for p in tmp_path.rglob("*")) == before
    assert main(["export", "--format", "xliff", given, "--no-glossary", "--out", "exports"]) == 0


@pytest.mark.parametrize("layout, given, out", [
    ("lang", f"po/ru/{DOC}.po", "po"),  # <tree>/<lang>/<doc>.po: beside the catalog (E051 at the next check)
    ("flat", "po/ru.po", "po"),  # po/<lang>.po: in a language folder beside it
    ("region", f"po/ru_RU/{DOC}.po", "po"),  # po/ru/<doc>.xlf beside po/ru_RU/ (E051 at the next check)
    ("region", "po/ru_RU", "po"),  # the same, the folder given
    ("gettext-region", "po/ru_RU", "po"),  # po/ru_RU/LC_MESSAGES/<doc>.po, the folder given
])
def test_export_of_a_catalog_of_another_layout_never_writes_beside_it(tmp_path, monkeypatch, capsys, layout, given, out):
    for lang in ("ru", "fr"):
        region = {"ru": "ru_RU", "fr": "fr_FR"}[lang]
        catalog = tmp_path / {"lang": f"po/{lang}/{DOC}.po", "flat": f"po/{lang}.po", "region": f"po/{region}/{DOC}.po",
                              "gettext-region": f"po/{region}/LC_MESSAGES/{DOC}.po"}[layout]
        catalog.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "locale" / lang / "LC_MESSAGES" / f"{DOC}.po", catalog)
    monkeypatch.chdir(tmp_path)
    before = sorted(p for p in tmp_path.rglob("*"))
    assert main(["export", "--format", "xliff", given, "--no-glossary", "--out", out]) == 2
    assert f"[E022] --out {out} would put this file among the catalogs this command reads ({given})" in capsys.readouterr().err
    assert sorted(p for p in tmp_path.rglob("*")) == before
    # A folder of its own is no place among them, even in the catalog's project folder.
    assert main(["export", "--format", "xliff", given, "--no-glossary", "--out", "po-exports"]) == 0
    monkeypatch.chdir(tmp_path / "po")
    assert main(["export", "--format", "xliff", given.removeprefix("po/"), "--no-glossary", "--out", "x"]) == 0


def test_a_character_tmx_cannot_carry_is_one_line_naming_the_catalog(tmp_path, monkeypatch, capsys):
    # XLIFF export named the catalog and line; TMX export named no file.
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    monkeypatch.chdir(tmp_path)
    russian = Path("locale/ru/LC_MESSAGES") / f"{DOC}.po"
    catalog = read_catalog(russian)
    entry = next(e for e in catalog if e.msgctxt == "item/3/p1/s1")
    entry.msgstr += " \x01"
    catalog.save(str(russian))
    line_of_entry = next(e for e in read_catalog(russian) if e.msgctxt == "item/3/p1/s1").linenum
    assert main(["export", "--format", "tmx", "--out", "tm"]) == 2
    assert capsys.readouterr().err == (f"hexaglot: {russian.as_posix()}:{line_of_entry}: [E026] segment 'item/3/p1/s1' holds "
                                       "U+0001, a character XML 1.0 (and so TMX) cannot carry\n")
    assert not Path("tm").exists()


def test_the_tmx_holds_every_segment_with_the_versions_that_exist(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    monkeypatch.chdir(tmp_path)
    fr = Path("locale/fr/LC_MESSAGES") / f"{DOC}.po"
    catalog = read_catalog(fr)
    next(e for e in catalog if e.msgctxt == "item/3/p1/s1").msgstr = ""
    save_catalog(catalog, fr, catalog)
    assert main(["export", "--format", "tmx", "--out", "tm"]) == 0
    data = Path("tm", f"{DOC}.tmx").read_bytes()
    assert tmx_problems(data) == []
    units = etree.fromstring(data).findall("body/tu")
    assert len(units) == 88
    for tu in units:
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        assert props["x-document"] == "CTOC/COP/WG.7/2022/1" and props["x-segment"] == tu.get("tuid")
    by_id = {tu.get("tuid"): tu for tu in units}
    langs = lambda tu: [tuv.get(XML_LANG) for tuv in tu.findall("tuv")]
    assert langs(by_id["item/2/p1/s1"]) == ["en", "ar", "es", "fr", "ru", "zh"]
    assert langs(by_id["item/3/p1/s1"]) == ["en", "ar", "es", "ru", "zh"]  # French left untranslated
    fuzzy = {(tu.get("tuid"), tuv.get(XML_LANG)) for tu in units for tuv in tu.findall("tuv")
             if any(p.get("type") == "x-alignment" and p.text == "fuzzy" for p in tuv.findall("prop"))}
    assert fuzzy == {("item/1b/p2", "ar"), ("item/4/p2", "zh")}


def test_a_plural_entry_gives_a_singular_and_a_plural_unit_in_the_tmx(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "tests" / "data" / "software" / "shop", tmp_path / "shop")
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--format", "tmx", "--out", "tm", "shop"]) == 0
    data = Path("tm/django.tmx").read_bytes()
    assert tmx_problems(data) == []
    units = etree.fromstring(data).findall("body/tu")
    days = [tu for tu in units if tu.find("tuv/seg").text in ("%(count)d day left", "%(count)d days left")]
    assert [tu.find("tuv/seg").text for tu in days] == ["%(count)d day left", "%(count)d days left"]
    texts = {tuv.get(XML_LANG): tuv.find("seg").text for tuv in days[1].findall("tuv")}
    assert texts["ru"] == "Осталось %(count)d дней"  # the form Russian uses for 5
    assert [p.text for p in days[1].findall("prop") if p.get("type") == "x-plural-number"] == ["5"]
    # Every version is there under its own tag: es_AR apart from es, zh_Hans read as zh.
    assert {tuv.get(XML_LANG) for tu in units for tuv in tu.findall("tuv")} == {"en", "ar", "es", "es-AR", "fr", "ru", "zh"}


# -- the glossary for CAT tools --------------------------------------------------------------------


def test_the_cat_csv_has_a_column_per_language_and_no_rejected_term_in_them(tmp_path, capsys):
    out = tmp_path / "terms.csv"
    assert main(["glossary", "export", str(ROOT / "glossaries" / "untoc-som.tbx"), "--out", str(out), "--layout", "cat"]) == 0
    # (the terms it writes counted: the pattern term it leaves out was counted as written)
    assert "96 concepts, 735 terms (1 pattern term left out: a termbase matches no expression)" in capsys.readouterr().out
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert list(rows[0])[:4] == ["ID", "Subject", "Definition", "Note"]
    assert {"English", "French", "Spanish", "Russian", "Arabic", "Chinese", "Russian note"} <= set(rows[0])
    row = next(r for r in rows if r["ID"] == "smuggling-of-migrants")
    assert row["English"] == "smuggling of migrants|migrant smuggling"  # preferred first, then the admitted
    assert row["Russian"] == "незаконный ввоз мигрантов"
    assert row["Russian note"] == "Do not use: незаконный провоз мигрантов (deprecated)"
    assert row["Spanish note"].startswith("Do not use: contrabando de migrantes (forbidden)")
    assert len(rows) == len(load_glossary(ROOT / "glossaries" / "untoc-som.tbx").concepts) == 96
    glossary = load_glossary(ROOT / "glossaries" / "untoc-som.tbx")
    rejected = {t.text for c in glossary.concepts for t in c.terms if not t.status.approved}
    offered = {term for r in rows for lang in ("English", "French", "Spanish", "Russian", "Arabic", "Chinese")
               for term in r[lang].split("|") if term}
    assert rejected and not rejected & offered


def test_acronyms_of_the_cat_csv_read_back_case_sensitive(tmp_path):
    # The layout has no column for it: read back, `UNODC` matched `unodc` in an address, and
    # French `ONU` any `onu`. A term list's term in capitals only is an acronym.
    out = tmp_path / "terms.csv"
    assert main(["glossary", "export", str(ROOT / "glossaries" / "untoc-som.tbx"), "--out", str(out), "--layout", "cat"]) == 0
    shipped = load_glossary(ROOT / "glossaries" / "untoc-som.tbx")
    read_back = {(t.lang, t.text): t.case_sensitive for c in load_glossary(out).concepts for t in c.terms}
    acronyms = [(t.lang, t.text) for c in shipped.concepts for t in c.terms
                if t.case_sensitive and not any(ch.islower() for ch in t.text)]
    assert len(acronyms) >= 8 and all(read_back[key] for key in acronyms if key in read_back)
    assert not read_back[("en", "smuggling of migrants")]


def test_the_cat_layout_writes_csv_only(tmp_path, capsys):
    assert main(["glossary", "export", str(ROOT / "glossaries" / "untoc-som.tbx"), "--out", str(tmp_path / "t.xlsx"),
                 "--layout", "cat"]) == 2
    assert "[E013] --layout cat writes CSV" in capsys.readouterr().err


def checked_json(path: Path, text: str, capsys, checked: Path | None = None) -> dict:
    """`check --format json` on a file of `text` written at `path` (its folder made), or on
    the folder `checked` that holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    main(["check", str(checked or path), "--no-glossary", "--format", "json", "--fail-on", "never"])
    return json.loads(capsys.readouterr().out)


PO2XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="app.po" source-language="en-US" datatype="plaintext" target-language="ru">
    <body>
      <trans-unit xml:space="preserve" id="2" approved="no" restype="x-gettext-domain-header">
        <source>Content-Type: text/plain; charset=UTF-8
Language: ru
Plural-Forms: nplurals=3; plural=(n%10==1 &amp;&amp; n%100!=11 ? 0 : n%10&gt;=2 &amp;&amp; n%10&lt;=4 &amp;&amp; (n%100&lt;10 || n%100&gt;=20) ? 1 : 2);
</source>
        <target state="translated">Content-Type: text/plain; charset=UTF-8
Language: ru
Plural-Forms: nplurals=3; plural=(n%10==1 &amp;&amp; n%100!=11 ? 0 : n%10&gt;=2 &amp;&amp; n%10&lt;=4 &amp;&amp; (n%100&lt;10 || n%100&gt;=20) ? 1 : 2);
</target>
      </trans-unit>
      <trans-unit xml:space="preserve" id="3" approved="yes">
        <source>Adoption of the agenda</source>
        <target state="translated">Утверждение повестки дня</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_the_po_header_translate_toolkit_writes_as_a_unit_is_the_header_not_an_entry(tmp_path, capsys):
    # po2xliff (Translate Toolkit) writes a PO file's header as a unit of restype
    # x-gettext-domain-header: it is the catalog's header (its Language, its Plural-Forms), not
    # a translation "identical to the source" counted in the words.
    from pipeline.catalog import read_entries
    from pipeline.exchange.xliff_in import read_xliff

    path = tmp_path / "ru" / "app.xlf"
    document = checked_json(path, PO2XLIFF, capsys)
    assert [entry.msgid for entry in read_xliff(path).entries] == ["Adoption of the agenda"]
    assert read_entries(path).nplurals == 3
    assert document["findings"] == []
    assert document["summary"]["words"]["app"]["ru"]["source"] == 4


CAT_TOOL_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="agenda.docx" source-language="en-US" target-language="ru-RU" datatype="x-docx">
    <body>
      <trans-unit id="1"><source>Adoption of the agenda</source><target state="translated">Утверждение повестки дня</target></trans-unit>
      <trans-unit id="2"><source>Other matters</source><target state="translated">Прочие вопросы</target></trans-unit>
      <trans-unit id="3"><source>Adoption of the agenda</source><target state="translated">Принятие повестки дня</target></trans-unit>
      <trans-unit id="4" translate="no"><source>V.22-01234</source></trans-unit>
      <trans-unit id="5"><source>Adoption of the agenda</source><target state="translated">Утверждение  повестки дня</target></trans-unit>
    </body>
  </file>
</xliff>
"""


def test_a_cat_tools_xliff_with_a_repeated_segment_is_checked_unit_by_unit(tmp_path, capsys):
    # CAT tools (memoQ, Trados, Phrase) write a unit per segment, numbered, without resname: a
    # heading met twice is two units of one source. Each is checked where it is, and two
    # translations of one source are the inconsistency a reviser looks for; a unit marked
    # translate="no" is no entry. Import into a PO catalog still refuses them (one entry, one
    # translation: tests/test_exchange.py).
    document = checked_json(tmp_path / "ru" / "agenda.xlf", CAT_TOOL_XLIFF, capsys)
    found = sorted((f["code"], f["line"]) for f in document["findings"])
    assert ("TYPO003", 9) in found  # the double space, in the third unit of the heading
    assert [line for code, line in found if code == "CONS004"] != []
    assert document["summary"]["entries_checked"] == 4
    assert not [f for f in document["findings"] if f["code"] == "CONS001"]  # the translate="no" unit


TAGGED_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="agenda.docx" source-language="en-US" target-language="ru-RU" datatype="x-docx">
    <body>
      <trans-unit id="1"><source>See <g id="1">document</g> CTOC/COP/WG.7/2022/1.<x id="2"/></source>
        <target state="translated">См. <g id="1">документ</g> CTOC/COP/WG.7/2022/1.</target></trans-unit>
      <trans-unit id="2"><source>The <g id="3">Working Group</g> will meet in <bx id="4"/>Vienna<ex id="5"/>.</source>
        <target state="translated"><g id="3">Рабочая группа</g> проведет заседания в <bx id="4"/>Вене<ex id="5"/>.</target></trans-unit>
    </body>
  </file>
</xliff>
"""
TAGGED_XLIFF_2 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">
  <file id="f1">
    <unit id="u1"><segment state="translated">
      <source>See <pc id="1">document</pc> CTOC/COP/WG.7/2022/1.<ph id="2"/></source>
      <target>См. документ CTOC/COP/WG.7/2022/1.<ph id="2"/></target></segment></unit>
  </file>
</xliff>
"""


@pytest.mark.parametrize("text, missing, line", [(TAGGED_XLIFF, "<x2>", 5), (TAGGED_XLIFF_2, "<pc1>", 4)], ids=["1.2", "2.0"])
def test_a_cat_tools_inline_codes_are_compared_between_source_and_target(tmp_path, capsys, text, missing, line):
    # Codes whose native data a CAT tool kept in its own files (1.2 <x/>, <g>, <bx/>, <ex/>;
    # 2.0 <ph/>, <pc> without dataRef) cannot become catalog text, and import refuses them;
    # checked, each is a tag of its id, so that one lost in the translation is found (FMT005)
    # and the file is checked rather than refused.
    findings = checked_json(tmp_path / "ru" / "agenda.xlf", text, capsys)["findings"]
    assert [(f["code"], f["line"]) for f in findings if f["code"] == "FMT005"] == [("FMT005", line)]
    assert missing in next(f["message"] for f in findings if f["code"] == "FMT005")


SDLXLIFF = """<?xml version="1.0" encoding="utf-8"?><xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0"><file original="C:\\\\Projects\\\\CTOC\\\\en-US\\\\agenda.docx" datatype="x-sdlfilterframework2" source-language="en-US" target-language="ru-RU"><header><tag-defs><tag id="0"><bpt name="b">&lt;b&gt;</bpt><ept name="b">&lt;/b&gt;</ept></tag></tag-defs></header><body>
<trans-unit translate="no" id="a0"><source><x id="1"/></source></trans-unit>
<trans-unit id="a1"><source><g id="0">Adoption of the agenda</g></source><seg-source><g id="0"><mrk mtype="seg" mid="1">Adoption of the agenda</mrk></g></seg-source><target><g id="0"><mrk mtype="seg" mid="1">Утверждение повестки дня</mrk></g></target><sdl:seg-defs><sdl:seg id="1" conf="ApprovedTranslation" origin="tm" percent="100"/></sdl:seg-defs></trans-unit>
<trans-unit id="a2"><source>The Working Group will meet in Vienna. It will adopt its report.</source><seg-source><mrk mtype="seg" mid="2">The Working Group will meet in Vienna.</mrk> <mrk mtype="seg" mid="3">It will adopt its report.</mrk></seg-source><target><mrk mtype="seg" mid="2">Рабочая группа проведет заседания в Вене.</mrk> <mrk mtype="seg" mid="3">Она утвердит свой свой доклад.</mrk></target><sdl:seg-defs><sdl:seg id="2" conf="Translated"/><sdl:seg id="3" conf="Draft"/></sdl:seg-defs></trans-unit>
<trans-unit id="a3"><source>Other matters</source><seg-source><mrk mtype="seg" mid="4">Other matters</mrk></seg-source><target><mrk mtype="seg" mid="4">Прочие  вопросы</mrk></target><sdl:seg-defs><sdl:seg id="4" conf="Translated"/></sdl:seg-defs></trans-unit>
</body></file></xliff>
"""


def test_a_trados_file_is_checked_as_the_xliff_it_is_its_draft_segments_unfinished(tmp_path, capsys):
    # Trados Studio's .sdlxliff is XLIFF 1.2: found in a folder, read by its target-language,
    # its structure units (translate="no") no entries, and a unit with a segment still at the
    # Draft confirmation level unfinished, as a fuzzy entry is, not checked as final.
    path = tmp_path / "ru-RU" / "agenda.docx.sdlxliff"
    document = checked_json(path, SDLXLIFF, capsys, checked=tmp_path)
    assert document["summary"]["catalogs"] == [{"file": str(path), "locale": "ru"}]
    assert sorted((f["code"], f["line"]) for f in document["findings"]) == [("CONS002", 4), ("TYPO003", 5)]


def test_a_reviser_s_tracked_changes_in_a_trados_file_are_read_as_accepted(tmp_path, capsys):
    # Trados keeps a reviser's tracked changes in the target: the deleted text in an
    # x-sdl-deleted <mrk>, the added in an x-sdl-added one. Both were read as the translation:
    # `свой свой доклад`, `мигрантовнезаконному ввозу`, TERM002 on the words the reviser deleted.
    tracked = SDLXLIFF.replace(
        '<mrk mtype="seg" mid="3">Она утвердит свой свой доклад.</mrk>',
        '<mrk mtype="seg" mid="3">Она утвердит свой <mrk mtype="x-sdl-deleted" sdl:revid="r1">свой </mrk>доклад.</mrk>',
    ).replace(
        '<mrk mtype="seg" mid="4">Прочие  вопросы</mrk>',
        '<mrk mtype="seg" mid="4">Прочие <mrk mtype="x-sdl-deleted" sdl:revid="r2">вопросы </mrk>'
        '<mrk mtype="x-sdl-added" sdl:revid="r3">вопросы</mrk></mrk>',
    ).replace('conf="Draft"', 'conf="Translated"')
    assert tracked.count("x-sdl-") == 3
    document = checked_json(tmp_path / "ru-RU" / "agenda.docx.sdlxliff", tracked, capsys, checked=tmp_path)
    assert document["findings"] == []


def test_a_file_is_read_for_what_it_holds_whatever_its_name(tmp_path, capsys):
    # An XLIFF a tool saved as .xml is checked as XLIFF; a TMX memory or a TBX glossary given
    # as a catalog is named for what it is, never parsed as a PO file ("unknown keyword '<?xml'").
    xliff = tmp_path / "ru" / "agenda.xml"
    xliff.parent.mkdir()
    xliff.write_text(CAT_TOOL_XLIFF, encoding="utf-8")
    assert main(["check", str(xliff), "--no-glossary", "--fail-on", "never"]) == 0
    assert "TYPO003" in capsys.readouterr().out
    memory = tmp_path / "agenda.tmx"
    memory.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"/><body/></tmx>\n',
                      encoding="utf-8")
    assert main(["check", str(memory), "--no-glossary"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"hexaglot: {memory}:2: [E024] a TMX translation memory, not a catalog")
    assert main(["check", str(ROOT / "glossaries" / "untoc-som.tbx"), "--no-glossary"]) == 2
    assert "a TBX glossary, not a catalog: give it with --glossary" in capsys.readouterr().err


@pytest.mark.parametrize("layout", ["flat", "no LC_MESSAGES", "template at the root"])
def test_footnote_markers_are_compared_beside_the_template_of_other_layouts(tmp_path, monkeypatch, capsys, layout):
    # `po/ru.po` beside `po/<domain>.pot`, `locale/ru/<doc>.po`, or `locale/<doc>.pot`: the
    # template was looked for under templates/ only, and REF004, which reads it, said nothing.
    monkeypatch.chdir(tmp_path)
    ru = read_catalog(ROOT / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po")
    entry = next(e for e in ru if "Footnote marker: fn/2." in (e.comment or ""))
    entry.comment = entry.comment.replace("\nFootnote marker: fn/2.", "")
    po, pot = {"flat": (Path("po/ru.po"), Path(f"po/{DOC}.pot")),
               "no LC_MESSAGES": (Path(f"locale/ru/{DOC}.po"), Path(f"locale/templates/{DOC}.pot")),
               "template at the root": (Path(f"locale/ru/LC_MESSAGES/{DOC}.po"), Path(f"locale/{DOC}.pot"))}[layout]
    po.parent.mkdir(parents=True), pot.parent.mkdir(parents=True, exist_ok=True)
    save_catalog(ru, po, ru)
    shutil.copy(ROOT / "locale" / "templates" / f"{DOC}.pot", pot)
    assert main(["check", str(po.parts[0]), "--select", "REF004", "--no-glossary", "--no-cache"]) == 1
    assert f"REF004 error: [{entry.msgctxt}] footnote markers differ: none here, fn/2 in the source" in capsys.readouterr().out


@pytest.mark.parametrize("target, said", [
    ("Ответы представили в общей сложности 15 государств-участников.", "missing </g1>, <g1>"),
    ("Ответы представили в общей сложности {1>15 государств-участников.", "missing </g1>"),
    ("Ответы представили в общей сложности {1>15<1} государств-участников.", None),
])
def test_a_code_phrase_writes_as_text_is_checked_as_a_tag(tmp_path, capsys, target, said):
    # Phrase writes its source document's codes as text (`{1>15<1}`): one the translation lost
    # or half deleted was no finding, where a lost `{2}` was FMT004's (a probe's).
    (tmp_path / "agenda_ru.mxliff").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" '
        'xmlns:m="http://www.memsource.com/mxlf/2.0" version="1.2"><file original="agenda.docx" source-language="en" '
        'target-language="ru" datatype="xml"><body><trans-unit id="p2:0" m:confirmed="1"><source>A total of {1&gt;15&lt;1} '
        f'States parties replied.</source><target>{target.replace(">", "&gt;").replace("<", "&lt;")}</target></trans-unit>'
        '</body></file></xliff>\n', encoding="utf-8")
    code = main(["check", str(tmp_path / "agenda_ru.mxliff"), "--no-glossary", "--select", "FMT005"])
    out = capsys.readouterr().out
    assert (code, [line.split("source's: ")[1] for line in out.splitlines() if "FMT005" in line]) == \
        ((1, [said]) if said else (0, []))


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_plural_form_left_out_of_an_xliff_group_is_said_at_the_groups_line_not_line_0(tmp_path, monkeypatch, capsys, version):
    # A CAT tool dropped form 1's unit of a Russian plural: FMT001 said `ru.xlf:0:`, a line
    # editors and CI annotations cannot show.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "po").mkdir()
    (tmp_path / "po" / "ru.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
        '(n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
        '#, c-format\nmsgid "%d meeting"\nmsgid_plural "%d meetings"\nmsgstr[0] "%d заседание"\n'
        'msgstr[1] "%d заседания"\nmsgstr[2] "%d заседаний"\n', encoding="utf-8")
    assert main(["export", "--format", "xliff", "--xliff-version", version, "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    tree = etree.parse(str(path))
    unit_name = "trans-unit" if version == "1.2" else "unit"
    [group] = [g for g in tree.iter() if etree.QName(g).localname == "group"]
    units = [u for u in group if etree.QName(u).localname == unit_name]
    group.remove(units[1])
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    capsys.readouterr()
    assert main(["check", str(path), "--select", "FMT001", "--no-glossary", "--no-cache"]) == 1
    out = capsys.readouterr().out
    assert f"{path.relative_to(tmp_path)}:{group.sourceline}: FMT001" in out and ":0:" not in out, out
