"""`hexaglot import`: an XLIFF file a CAT tool gave back merges into its catalog as
re-extraction merges — nothing a translator wrote is lost, a source changed since makes the
translation fuzzy, a translation the catalog changed meanwhile is kept and listed — and a file
that is not the catalog's changes nothing.

Each test edits a file as a CAT tool would (lxml on the exported XLIFF), on a copy of the
shipped catalogs of CTOC/COP/WG.7/2022/1 (and of the software corpus for plural forms)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from lxml import etree

from pipeline.catalog import read_catalog, save_catalog
from pipeline.cli import main
from pipeline.exchange.xliff_out import XLIFF_2, XLIFF_12
from tests.conftest import DOC, ROOT
from tests.foreign import po_text

RU = Path("locale/ru/LC_MESSAGES") / f"{DOC}.po"
EXPORTED = {"1.2": Path("exports/ru") / f"{DOC}.xlf", "2.1": Path("exports/ru") / f"{DOC}.xlf"}


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A copy of the shipped catalogs and glossary; the working folder is its root."""
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    shutil.copytree(ROOT / "glossaries", tmp_path / "glossaries")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _export(version: str, *paths: str) -> Path:
    """The Russian catalogs (those the tests edit and import) exported, or those of `paths`."""
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary",
                 *(paths or ["locale/ru"])]) == 0
    return EXPORTED[version]


def _entry(path: Path, msgctxt: str):
    return next(e for e in read_catalog(path) if e.msgctxt == msgctxt and not e.obsolete)


def _emptied(msgctxt: str):
    """The Russian catalog's entry of that segment, its translation taken out (saved so)."""
    po = read_catalog(RU)
    entry = next(e for e in po if e.msgctxt == msgctxt)
    entry.msgstr = ""
    save_catalog(po, RU, po)
    return entry


class Cat:
    """An XLIFF file as a CAT tool edits it."""

    def __init__(self, path: Path):
        self.path = path
        self.tree = etree.parse(str(path))
        self.version = self.tree.getroot().get("version")
        self.ns = XLIFF_12 if self.version == "1.2" else XLIFF_2

    def q(self, name: str) -> str:
        return f"{{{self.ns}}}{name}"

    def unit(self, msgctxt: str):
        attribute = "resname" if self.version == "1.2" else "name"
        return next(u for u in self.tree.iter(self.q("trans-unit" if self.version == "1.2" else "unit")) if u.get(attribute) == msgctxt)

    def fill(self, unit, text: str) -> None:
        """Fill a unit (an element) that has no target, as a translator confirming it does."""
        if self.version == "1.2":
            target = etree.Element(self.q("target"), state="translated")
            target.text = text
            unit.find(self.q("source")).addnext(target)
        else:
            segment = unit.find(self.q("segment"))
            etree.SubElement(segment, self.q("target")).text = text
            segment.set("state", "translated")

    def target(self, msgctxt: str):
        unit = self.unit(msgctxt)
        holder = unit if self.version == "1.2" else unit.find(self.q("segment"))
        target = holder.find(self.q("target"))
        if target is None:
            target = etree.SubElement(holder, self.q("target"))
            if self.version == "1.2":
                holder.find(self.q("source")).addnext(target)
        return target

    def translate(self, msgctxt: str, text: str) -> None:
        self.target(msgctxt).text = text
        self.state(msgctxt, finished=True)

    def state(self, msgctxt: str, finished: bool) -> None:
        if self.version == "1.2":
            self.target(msgctxt).set("state", "translated" if finished else "needs-review-translation")
            self.unit(msgctxt).set("approved", "yes" if finished else "no")
        else:
            self.unit(msgctxt).find(self.q("segment")).set("state", "translated" if finished else "initial")

    def note(self, msgctxt: str, text: str) -> None:
        unit = self.unit(msgctxt)
        if self.version == "1.2":
            etree.SubElement(unit, self.q("note"), attrib={"from": "Ivanova"}).text = text
        else:
            notes = unit.find(self.q("notes"))
            etree.SubElement(notes, self.q("note"), category="reviewer").text = text

    def add_unit(self, source: str, target: str) -> None:
        body = self.unit("item/2/p2/s1").getparent()
        if self.version == "1.2":
            unit = etree.SubElement(body, self.q("trans-unit"), id="tool-1", approved="yes")
            etree.SubElement(unit, self.q("source")).text = source
            etree.SubElement(unit, self.q("target"), state="translated").text = target
        else:
            unit = etree.SubElement(body, self.q("unit"), id="tool-1")
            segment = etree.SubElement(unit, self.q("segment"), state="translated")
            etree.SubElement(segment, self.q("source")).text = source
            etree.SubElement(segment, self.q("target")).text = target

    def save(self) -> None:
        self.tree.write(str(self.path), encoding="UTF-8", xml_declaration=True)


# -- a file nobody touched ---------------------------------------------------------------------


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_importing_an_untouched_export_changes_no_byte(workspace, capsys, version):
    before = {p: p.read_bytes() for p in Path("locale").rglob("*.po")}
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports"]) == 0
    files = sorted(str(p) for p in Path("exports").rglob("*.xlf"))
    assert len(files) == 5 * 4  # five languages of the four documents
    capsys.readouterr()
    assert main(["import", *files]) == 0
    said = capsys.readouterr().out
    assert said.count("units: nothing new (catalog unchanged)") == 20, said
    assert said.count("88 units: nothing new (catalog unchanged)") == 5, said  # the agenda's
    assert {p: p.read_bytes() for p in Path("locale").rglob("*.po")} == before


def test_a_translators_save_while_import_or_extract_runs_is_not_written_over(workspace, capsys, monkeypatch):
    # A translator saves the catalog after the command read it and before it writes: the save
    # was lost, with exit 0 and no word (an attacker's probe, 1.7 s into an import of 120 files).
    import pipeline.exchange.workflow as workflow
    import pipeline.stages as stages

    cat = Cat(_export("1.2"))
    cat.translate("item/2/p2/s1", _entry(RU, "item/2/p2/s1").msgstr.replace("поэтому пункту", "по этому пункту"))
    cat.save()
    saved = RU.read_text(encoding="utf-8").replace("Рабочая группа", "Рабочая Группа", 1)

    def save_meanwhile(real, text):
        def wrapped(*args, **kwargs):
            RU.write_text(text, encoding="utf-8")
            return real(*args, **kwargs)
        return wrapped

    capsys.readouterr()
    with monkeypatch.context() as patched:
        patched.setattr(workflow, "import_translations", save_meanwhile(workflow.import_translations, saved))
        assert main(["import", str(cat.path)]) == 2
    assert RU.read_text(encoding="utf-8") == saved
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "[E050]" in err[0] and "not written over" in err[0]
    # extract: the catalog saved while its entries are merged with the document's
    shutil.copytree(ROOT / "corpora" / DOC, Path("corpora") / DOC)
    with monkeypatch.context() as patched:
        saved_again = saved.replace("Рабочая Группа", "Рабочая группа", 1)
        patched.setattr(stages, "build_catalog", save_meanwhile(stages.build_catalog, saved_again))
        assert main(["extract", "--jobs", "1"]) == 2
    assert RU.read_text(encoding="utf-8") == saved_again
    assert "[E050]" in capsys.readouterr().err


# -- what a CAT tool does ------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_cat_tools_edits_merge_into_the_catalog(workspace, capsys, version):
    # One segment still to translate in the catalog, as a translator receives it.
    catalog = read_catalog(RU)
    blank = next(e for e in catalog if e.msgctxt == "item/3/p1/s1")
    kept_translation, blank.msgstr = blank.msgstr, ""
    save_catalog(catalog, RU, catalog)
    before = {e.msgctxt: (e.msgstr, e.fuzzy) for e in read_catalog(RU) if not e.obsolete}

    cat = Cat(_export(version))
    cat.translate("item/3/p1/s1", kept_translation)
    fixed = _entry(RU, "item/2/p2/s1").msgstr.replace("поэтому пункту", "по этому пункту")
    cat.translate("item/2/p2/s1", fixed)
    cat.state("item/2/p3/s2", finished=False)
    cat.note("item/2/p1/s1", "Сверить сноску 2 с оригиналом")
    cat.add_unit("The Working Group may wish to adopt its report.", "Рабочая группа, возможно, пожелает утвердить свой доклад.")
    cat.save()
    capsys.readouterr()

    assert main(["import", str(cat.path)]) == 0
    said = capsys.readouterr().out
    assert ("89 units: 1 translation filled, 1 translation changed, 1 state changed, 1 note added, 1 kept obsolete "
            "(catalog written)") in said, said
    assert f"kept obsolete (#~) [The Working Group may wish to adopt its report.]" in said

    after = read_catalog(RU)
    live = {e.msgctxt: e for e in after if not e.obsolete}
    assert (live["item/3/p1/s1"].msgstr, live["item/3/p1/s1"].fuzzy) == (kept_translation, False)
    assert "по этому пункту повестки дня" in live["item/2/p2/s1"].msgstr
    assert live["item/2/p3/s2"].fuzzy
    assert live["item/2/p1/s1"].tcomment == "Сверить сноску 2 с оригиналом"
    obsolete = [e for e in after if e.obsolete]
    assert [(e.msgid, e.msgstr) for e in obsolete] == [("The Working Group may wish to adopt its report.",
                                                          "Рабочая группа, возможно, пожелает утвердить свой доклад.")]
    untouched = {ctx for ctx in before if ctx not in ("item/3/p1/s1", "item/2/p2/s1", "item/2/p3/s2")}
    assert all((live[ctx].msgstr, live[ctx].fuzzy) == before[ctx] for ctx in untouched)
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(RU)], check=True)


def test_a_reviewer_who_accepts_a_fuzzy_alignment_clears_it(workspace, capsys):
    """The Arabic paragraph aligned as a whole is fuzzy; the reviewer marks it translated."""
    ar = Path("locale/ar/LC_MESSAGES") / f"{DOC}.po"
    assert _entry(ar, "item/1b/p2").fuzzy
    assert main(["export", "--format", "xliff", "--out", "exports", "--no-glossary", str(ar)]) == 0
    cat = Cat(Path("exports/ar") / f"{DOC}.xlf")
    cat.state("item/1b/p2", finished=True)
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    assert "1 state changed" in capsys.readouterr().out
    assert not _entry(ar, "item/1b/p2").fuzzy


def test_a_unit_split_into_segments_is_joined_back(workspace, capsys):
    """XLIFF 2 lets a tool resegment a unit: two segments and the space between them come back
    as the one entry. A part left untranslated is never taken for the whole: over a catalog's
    translation it is a conflict, where the catalog has none it comes in fuzzy."""
    catalog = read_catalog(RU)
    next(e for e in catalog if e.msgctxt == "item/3/p1/s1").msgstr = ""
    save_catalog(catalog, RU, catalog)
    cat = Cat(_export("2.1"))
    translations = {"item/3/p1/s1": "На своих предыдущих совещаниях Рабочая группа частично затронула этот вопрос."}
    for msgctxt, second_translated in (("item/2/p3/s2", True), ("item/2/p3/s1", False), ("item/3/p1/s1", False)):
        unit = cat.unit(msgctxt)
        segment = unit.find(cat.q("segment"))
        source = segment.find(cat.q("source")).text
        target = segment.find(cat.q("target"))
        (s1, s2), (t1, t2) = source.split(" ", 1), (target.text if target is not None else translations[msgctxt]).split(" ", 1)
        unit.remove(segment)
        for index, (src, tgt) in enumerate(((s1, t1), (" ", None), (s2, t2 if second_translated else None))):
            part = etree.SubElement(unit, cat.q("ignorable" if index == 1 else "segment"))
            if index != 1:
                part.set("state", "translated")
            etree.SubElement(part, cat.q("source")).text = src
            if tgt is not None:
                etree.SubElement(part, cat.q("target")).text = tgt
    cat.save()
    whole = {msgctxt: _entry(RU, msgctxt).msgstr for msgctxt in ("item/2/p3/s2", "item/2/p3/s1")}
    assert main(["import", str(cat.path)]) == 1
    said = capsys.readouterr().out
    assert "1 translation filled, 1 conflict" in said and "the file leaves a segment of it untranslated" in said
    assert "a segment the file left untranslated [item/3/p1/s1]: the rest taken, the entry fuzzy" in said
    assert {msgctxt: _entry(RU, msgctxt).msgstr for msgctxt in whole} == whole
    started = _entry(RU, "item/3/p1/s1")
    assert (started.msgstr, started.fuzzy) == ("На ", True)


def _segmented_12(cat: Cat, msgctxt: str, target_segments: tuple[str, str], seg_source: bool) -> None:
    """A 1.2 unit as Okapi Rainbow and Trados segment it: the target in two `<mrk mtype="seg">`
    (a segment the translator left empty is an empty one), the source's two segments in a
    `<seg-source>` where `seg_source`; split after the first comma, the space between them."""
    unit = cat.unit(msgctxt)
    source = unit.find(cat.q("source"))
    holders = [cat.target(msgctxt)]
    if seg_source:
        holders.insert(0, etree.Element(cat.q("seg-source")))
        source.addnext(holders[0])
    for holder, halves in zip(holders, ([source.text.split(", ", 1)[0] + ",", source.text.split(", ", 1)[1]],
                                        target_segments)[-len(holders):]):
        holder.text = None
        for mid, half in enumerate(halves, start=1):
            segment = etree.SubElement(holder, cat.q("mrk"), mtype="seg", mid=str(mid))
            segment.text = half or None
            segment.tail = " " if mid == 1 else None
    cat.state(msgctxt, finished=True)


@pytest.mark.parametrize("seg_source", [True, False], ids=["with-seg-source", "target-only"])
def test_a_1_2_segment_left_empty_is_never_taken_for_the_whole(workspace, capsys, seg_source):
    # A 1.2 target was read whole: with its second <mrk mtype="seg"> left empty, the first half
    # of the paragraph replaced the catalog's translation as a finished one, exit 0. Held as
    # the 2.x reader holds a segment left untranslated.
    catalog = read_catalog(RU)
    next(e for e in catalog if e.msgctxt == "item/3/p1/s1").msgstr = ""
    save_catalog(catalog, RU, catalog)
    whole = _entry(RU, "item/2/p3/s2").msgstr
    cat = Cat(_export("1.2"))
    _segmented_12(cat, "item/2/p3/s2", ("Например,", ""), seg_source)
    _segmented_12(cat, "item/3/p1/s1", ("На своих предыдущих совещаниях", ""), seg_source)
    fixed = _entry(RU, "item/2/p2/s1").msgstr.replace("поэтому пункту", "по этому пункту").split(", ", 1)
    _segmented_12(cat, "item/2/p2/s1", (fixed[0] + ",", fixed[1]), seg_source)
    cat.save()
    assert main(["import", str(cat.path)]) == 1
    said = capsys.readouterr().out
    assert "88 units: 1 translation filled, 1 translation changed, 1 conflict" in said, said
    assert "conflict [item/2/p3/s2]: the file leaves a segment of it untranslated" in said
    assert "a segment the file left untranslated [item/3/p1/s1]: the rest taken, the entry fuzzy" in said
    assert _entry(RU, "item/2/p3/s2").msgstr == whole
    started = _entry(RU, "item/3/p1/s1")
    assert (started.msgstr, started.fuzzy) == ("На своих предыдущих совещаниях ", True)
    joined = _entry(RU, "item/2/p2/s1")
    assert (joined.msgstr, joined.fuzzy) == (", ".join(fixed), False)


@pytest.mark.parametrize("seg_source", [True, False], ids=["with-seg-source", "target-only"])
def test_a_re_indenting_tool_s_layout_between_1_2_segments_is_the_source_s_space(workspace, capsys, seg_source):
    # The file rewritten without xml:space, each <mrk mtype="seg"> on a line of its own: the
    # line break and indentation between the segments went into the paragraph.
    cat = Cat(_export("1.2"))
    fixed = _entry(RU, "item/2/p2/s1").msgstr.replace("поэтому пункту", "по этому пункту").split(", ", 1)
    _segmented_12(cat, "item/2/p2/s1", (fixed[0] + ",", fixed[1]), seg_source)
    for element in cat.tree.iter():
        element.attrib.pop("{http://www.w3.org/XML/1998/namespace}space", None)
    target = cat.target("item/2/p2/s1")
    target.text = "\n          "
    first, second = list(target)
    first.tail, second.tail = "\n           \n          ", "\n        "
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    assert _entry(RU, "item/2/p2/s1").msgstr == ", ".join(fixed)


@pytest.mark.parametrize("version", ["1.2", "2.1"])
@pytest.mark.parametrize("blank", [" ", "\n          ", "\u200b", "\ufeff \u2060"])
def test_a_target_of_blanks_is_no_translation_and_erases_none(workspace, capsys, version, blank):
    # A space typed over a segment, or the empty target a re-indenting tool writes as a line
    # break and indentation: 1.2 took it as a finished translation, the operative paragraph's
    # Russian gone and "1 translation changed", exit 0. So did a zero-width space or a BOM
    # left in an emptied segment, in both versions.
    cat = Cat(_export(version))
    cat.translate("item/2/p2/s1", blank)
    cat.save()
    before = RU.read_bytes()
    assert main(["import", str(cat.path)]) == 0
    # (said, not passed over as "nothing new": the file's emptied segment kept no one's work out)
    assert "88 units: 1 empty target (the catalog's translation kept) (catalog unchanged)" in capsys.readouterr().out
    assert RU.read_bytes() == before


def _pretty_printed(cat: Cat, texts: tuple[str, ...]) -> None:
    """What a tool that rewrites the file does: `xml:space="preserve"` dropped, and the text of
    each of `texts` (`target`, `source`) on a line of its own, indented (XML's default handling,
    where such space is layout)."""
    for element in cat.tree.iter():
        element.attrib.pop("{http://www.w3.org/XML/1998/namespace}space", None)
    for name in texts:
        for element in cat.tree.iter(cat.q(name)):
            if element.text:
                element.text = "\n          " + element.text + "\n        "


@pytest.mark.parametrize("version", ["1.2", "2.1"])
@pytest.mark.parametrize("texts", [("target",), ("source", "target")], ids=["targets", "sources-and-targets"])
def test_a_re_indenting_tool_s_layout_around_targets_is_no_translator_s_text(workspace, capsys, version, texts):
    # Every translation came back with a line break and ten spaces before it and a line break
    # after: "88 translations changed", exit 0, the whole catalog altered (and with the sources
    # re-indented too, 88 fuzzy "for changed sources").
    cat = Cat(_export(version))
    fixed = _entry(RU, "item/2/p2/s1").msgstr.replace("поэтому пункту", "по этому пункту")
    cat.translate("item/2/p2/s1", fixed)
    _pretty_printed(cat, texts)
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    assert "88 units: 1 translation changed (catalog written)" in capsys.readouterr().out
    assert _entry(RU, "item/2/p2/s1").msgstr == fixed
    assert all(not e.msgstr.startswith("\n") for e in read_catalog(RU))


def test_whitespace_the_source_has_is_kept_where_the_file_does_not_preserve_space(tmp_path, monkeypatch, capsys):
    # A line break inside a heading and one at the end of a message are the text's own: the
    # source has them, and a file without xml:space="preserve" does not make them layout.
    from tests.foreign import po_text

    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text(po_text("ru", [("Vienna, 27 and 28 June 2022\\nItem 2 of the provisional agenda", ""),
                                      ("The meeting rose at 1 p.m.\\n", "")]), encoding="utf-8")
    assert main(["export", "--format", "xliff", "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    cat = Cat(path)
    for unit, text in zip(cat.tree.iter(cat.q("trans-unit")), ["Вена, 27 и 28 июня 2022 года\nПункт 2 предварительной повестки дня",
                                                                "Заседание закрывается в 13 ч 00 м.\n"]):
        cat.fill(unit, text)
    cat.tree.getroot().find(cat.q("file")).attrib.pop("{http://www.w3.org/XML/1998/namespace}space")
    cat.save()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 0
    assert {e.msgid: e.msgstr for e in read_catalog(catalog)} == {
        "Vienna, 27 and 28 June 2022\nItem 2 of the provisional agenda": "Вена, 27 и 28 июня 2022 года\nПункт 2 предварительной повестки дня",
        "The meeting rose at 1 p.m.\n": "Заседание закрывается в 13 ч 00 м.\n"}


PO2XLIFF_OF_A_CRLF_CATALOG = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.1">
  <file datatype="po" original="ru.po" source-language="en-US" target-language="ru">
    <body>
      <trans-unit xml:space="preserve" id="1" approved="yes">
        <source>Introduction</source>
        <target state="translated">Введение</target>
        <context-group name="po-entry" purpose="information">
          <context context-type="x-po-autocomment">I. Introduction&#13;
Aligned as a whole paragraph.</context>
        </context-group>
        <note from="developer">I. Introduction&#13;
Aligned as a whole paragraph.</note>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def test_a_note_that_a_tool_wrote_from_a_crlf_catalog_is_the_comment_it_came_from(tmp_path, monkeypatch):
    # Translate Toolkit's po2xliff keeps each CR of a CRLF catalog's comment as `&#13;`: the
    # note, no longer equal to the comment, was added again as a translator's comment, with a
    # lone CR in the middle of a catalog's line.
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    text = po_text("ru", [("Introduction", "")]).replace('msgid "Introduction"',
                                                       '#. I. Introduction\n#. Aligned as a whole paragraph.\nmsgid "Introduction"')
    catalog.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "ru.xlf").write_text(PO2XLIFF_OF_A_CRLF_CATALOG, encoding="utf-8")
    assert main(["import", "ru.xlf", "--catalog", "po/ru.po"]) == 0
    written = catalog.read_bytes()
    assert written.count(b"\r") == written.count(b"\r\n")
    assert b"\n# I. Introduction" not in written
    assert {e.msgid: e.msgstr for e in read_catalog(catalog)} == {"Introduction": "Введение"}


PLURAL_RU = """# Russian.
msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

#, python-format
msgid "%(count)d Member State has ratified the Protocol."
msgid_plural "%(count)d Member States have ratified the Protocol."
msgstr[0] "%(count)d государство-член ратифицировало Протокол."
msgstr[1] "%(count)d государства-члена ратифицировали Протокол."
msgstr[2] ""
"""


def _po2xliff_plural(forms):
    units = "".join(f'''
        <trans-unit xml:space="preserve" id="1[{n}]" approved="yes">
          <source>%(count)d Member {"State has" if n == 0 else "States have"} ratified the Protocol.</source>
          <target state="translated">{form}</target>
        </trans-unit>''' for n, form in enumerate(forms))
    return f'''<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.1">
  <file datatype="po" original="ru.po" source-language="en-US" target-language="ru">
    <body>
      <group restype="x-gettext-plurals" id="1">{units}
      </group>
    </body>
  </file>
</xliff>
'''


def test_a_file_of_another_tool_that_only_fills_an_empty_plural_form_fills_it(tmp_path, monkeypatch):
    # Translate Toolkit's po2xliff of a Russian catalog short of msgstr[2]: the translator filled
    # the form, and import called it a conflict ("not exported by hexaglot") and took nothing.
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "ru.po"
    catalog.write_text(PLURAL_RU, encoding="utf-8")
    forms = ["%(count)d государство-член ратифицировало Протокол.", "%(count)d государства-члена ратифицировали Протокол.",
             "%(count)d государств-членов ратифицировали Протокол."]
    (tmp_path / "filled.xlf").write_text(_po2xliff_plural(forms), encoding="utf-8")
    assert main(["import", "filled.xlf", "--catalog", "ru.po"]) == 0
    [entry] = list(read_catalog(catalog))
    assert [entry.msgstr_plural[n] for n in range(3)] == forms
    # A form the catalog has, changed by such a file, is still the translator's to settle.
    changed = ["%(count)d государство ратифицировало Протокол.", *forms[1:]]
    (tmp_path / "changed.xlf").write_text(_po2xliff_plural(changed), encoding="utf-8")
    assert main(["import", "changed.xlf", "--catalog", "ru.po"]) == 1
    assert read_catalog(catalog)[0].msgstr_plural[0] == forms[0]


def test_a_source_edge_is_kept_where_a_tool_laid_the_target_out_on_lines_of_its_own(tmp_path, monkeypatch):
    # A table cell's text with spaces before it and a line break after (the document's own), and
    # a tool that re-indented the target: the edges become the source's, not the tool's layout.
    from tests.foreign import po_text

    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text(po_text("ru", [("  Vienna\\n", "")]), encoding="utf-8")
    assert main(["export", "--format", "xliff", "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    cat = Cat(path)
    [unit] = cat.tree.iter(cat.q("trans-unit"))
    cat.fill(unit, "\n          Вена\n        ")
    cat.tree.getroot().find(cat.q("file")).attrib.pop("{http://www.w3.org/XML/1998/namespace}space")
    cat.save()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 0
    assert [e.msgstr for e in read_catalog(catalog)] == ["  Вена\n"]


@pytest.mark.parametrize("source", ["Vienna International Centre\\nVienna, Austria\\n", "  Vienna\\n"])
def test_a_source_of_lines_a_tool_re_indented_is_the_catalog_s_source(tmp_path, monkeypatch, source):
    # A source of lines (an address) re-indented with its target: the layout went into the
    # translation, the entry fuzzy with the tool's layout as its "previous source".
    from tests.foreign import po_text

    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text(po_text("ru", [(source, "")]), encoding="utf-8")
    assert main(["export", "--format", "xliff", "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    cat = Cat(path)
    [unit] = cat.tree.iter(cat.q("trans-unit"))
    translation = "Венский международный центр\nВена, Австрия" if "Centre" in source else "Вена"

    def laid_out(text):  # each line on a line of its own, indented, as the tool sets the XML
        return "\n          " + text.strip().replace("\n", "\n          ") + "\n        "
    cat.fill(unit, laid_out(translation))
    unit.find(cat.q("source")).text = laid_out(unit.find(cat.q("source")).text)
    cat.tree.getroot().find(cat.q("file")).attrib.pop("{http://www.w3.org/XML/1998/namespace}space")
    cat.save()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 0
    [entry] = [e for e in read_catalog(catalog) if e.msgid]
    expected = translation + "\n" if "Centre" in source else "  Вена\n"
    assert (entry.msgstr, entry.fuzzy, entry.previous_msgid) == (expected, False, None)


def test_sources_that_differ_in_their_spaces_alone_each_take_their_translation(tmp_path, monkeypatch):
    # `Save  file` and `Save file`, both in the catalog, re-indented: read by their words alone,
    # either matched two msgids, and both translations were kept obsolete.
    from tests.foreign import po_text

    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text(po_text("ru", [("Save  file", ""), ("Save file", "")]), encoding="utf-8")
    assert main(["export", "--format", "xliff", "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    cat = Cat(path)
    for unit, translation in zip(cat.tree.iter(cat.q("trans-unit")), ("Сохранить  файл", "Сохранить файл")):
        cat.fill(unit, "\n          " + translation + "\n        ")
        unit.find(cat.q("source")).text = "\n          " + unit.find(cat.q("source")).text + "\n        "
    cat.tree.getroot().find(cat.q("file")).attrib.pop("{http://www.w3.org/XML/1998/namespace}space")
    cat.save()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 0
    assert {e.msgid: e.msgstr for e in read_catalog(catalog) if e.msgid and not e.obsolete} == {
        "Save  file": "Сохранить  файл", "Save file": "Сохранить файл"}


# -- what changed on the catalog's side meanwhile ----------------------------------------------------


def test_a_translation_for_a_source_changed_since_export_becomes_fuzzy_with_the_old_source(workspace, capsys):
    cat = Cat(_export("1.2"))
    old_source = cat.unit("item/2/p2/s1").find(cat.q("source")).text
    revised = cat.target("item/2/p2/s1").text.replace("поэтому пункту", "по этому пункту")
    cat.translate("item/2/p2/s1", revised)
    cat.save()
    # Meanwhile the English is edited and extracted again: same segment, another source, the
    # translation kept fuzzy with the previous msgid (what `hexaglot extract` does).
    catalog = read_catalog(RU)
    entry = next(e for e in catalog if e.msgctxt == "item/2/p2/s1")
    entry.msgid = old_source.replace("under this agenda item", "under agenda item 2")
    entry.flags.insert(0, "fuzzy")
    entry.previous_msgid = old_source
    save_catalog(catalog, RU, catalog)

    assert main(["import", str(cat.path)]) == 0
    assert "1 for a changed source (fuzzy, old source kept)" in capsys.readouterr().out
    merged = _entry(RU, "item/2/p2/s1")
    assert (merged.msgstr, merged.fuzzy, merged.previous_msgid) == (revised, True, old_source)
    assert "under agenda item 2" in merged.msgid


def _edited_in_the_catalog(msgctxt: str, old: str, new: str) -> str:
    """The Russian catalog's translation of `msgctxt` edited since the export (`old` → `new`)."""
    catalog = read_catalog(RU)
    entry = next(e for e in catalog if e.msgctxt == msgctxt)
    entry.msgstr = entry.msgstr.replace(old, new)
    save_catalog(catalog, RU, catalog)
    return entry.msgstr


def test_a_translation_changed_in_the_catalog_since_export_is_kept_and_listed(workspace, capsys):
    cat = Cat(_export("1.2"))
    cat.translate("item/1b/p1/s1", cat.target("item/1b/p1/s1").text + " [правка в CAT]")
    cat.translate("item/2/p2/s1", cat.target("item/2/p2/s1").text.replace("поэтому пункту", "по этому пункту"))
    line = cat.unit("item/1b/p1/s1").sourceline
    cat.save()
    edited_in_catalog = _edited_in_the_catalog("item/1b/p1/s1", "В резолюции 7/1", "В своей резолюции 7/1")

    assert main(["import", str(cat.path)]) == 1  # a person has to choose
    said = capsys.readouterr().out
    assert f"{cat.path}:{line}: conflict [item/1b/p1/s1]: the catalog's translation changed since the file was exported" in said
    assert "catalog: В своей резолюции 7/1" in said and "file:    В резолюции 7/1" in said
    assert _entry(RU, "item/1b/p1/s1").msgstr == edited_in_catalog
    assert "по этому пункту" in _entry(RU, "item/2/p2/s1").msgstr  # the rest went in


def test_a_unit_left_as_exported_keeps_the_catalog_s_newer_translation_and_is_no_conflict(workspace, capsys):
    # The translator edits the catalog after the export; the CAT tool's user edits another
    # unit. The first unit is as exported (the file records its digest): nothing of anyone's
    # stands against the catalog's text, yet it was listed as a conflict and import exited 1.
    cat = Cat(_export("1.2"))
    cat.translate("item/2/p2/s1", cat.target("item/2/p2/s1").text.replace("поэтому пункту", "по этому пункту"))
    cat.save()
    edited_in_catalog = _edited_in_the_catalog("item/1b/p1/s1", "В резолюции 7/1", "В своей резолюции 7/1")

    assert main(["import", str(cat.path)]) == 0
    said = capsys.readouterr().out
    assert "conflict" not in said and "1 translation changed," in said
    assert "1 changed in the catalog since the export (the file's unit as exported: the catalog's kept)" in said
    assert _entry(RU, "item/1b/p1/s1").msgstr == edited_in_catalog
    assert "по этому пункту" in _entry(RU, "item/2/p2/s1").msgstr


def test_a_file_hexaglot_did_not_write_never_overwrites_a_translation(workspace, capsys):
    """Without the digest of what was exported, import cannot tell an edit in the CAT tool from
    an edit in the catalog: it fills what is empty and lists the rest."""
    catalog = read_catalog(RU)
    next(e for e in catalog if e.msgctxt == "item/3/p1/s1").msgstr = ""
    save_catalog(catalog, RU, catalog)
    cat = Cat(_export("1.2"))
    for group in list(cat.tree.iter(cat.q("context-group"))):
        group.getparent().remove(group)
    cat.translate("item/3/p1/s1", "На своих предыдущих совещаниях Рабочая группа частично затронула этот вопрос.")
    cat.translate("item/2/p2/s1", cat.target("item/2/p2/s1").text.replace("поэтому пункту", "по этому пункту"))
    cat.save()
    assert main(["import", str(cat.path)]) == 1
    said = capsys.readouterr().out
    assert "1 translation filled" in said and "1 conflict" in said
    assert "the file does not say what it translated over (not exported by hexaglot)" in said
    assert "поэтому пункту" in _entry(RU, "item/2/p2/s1").msgstr


# -- files that are not the catalog's --------------------------------------------------------------


def test_a_file_of_another_language_is_refused_and_nothing_changes(workspace, capsys):
    cat = _export("1.2")
    fr = Path("locale/fr/LC_MESSAGES") / f"{DOC}.po"
    before = fr.read_bytes()
    assert main(["import", str(cat), "--catalog", str(fr)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"hexaglot: {cat}: [E025] the file translates into ru, the catalog {fr} is fr")
    assert "\n" not in error
    assert fr.read_bytes() == before


def test_a_file_naming_a_path_outside_the_catalogs_cannot_send_the_import_there(workspace, capsys):
    cat = Cat(_export("1.2"))
    cat.tree.getroot().find(cat.q("file")).set("original", "../../../../etc/passwd")
    cat.save()
    assert main(["import", str(cat.path)]) == 2
    assert "[E025] no such catalog: looked for locale/ru/LC_MESSAGES/passwd.po;" in capsys.readouterr().err


def test_a_dry_run_says_what_would_change_and_writes_nothing(workspace, capsys):
    cat = Cat(_export("2.1"))
    cat.translate("item/2/p2/s1", cat.target("item/2/p2/s1").text.replace("поэтому пункту", "по этому пункту"))
    cat.save()
    before = RU.read_bytes()
    assert main(["import", str(cat.path), "--dry-run"]) == 0
    assert "1 translation changed (dry run, nothing written)" in capsys.readouterr().out
    assert RU.read_bytes() == before


def test_plural_forms_of_another_tools_catalog_come_back_from_xliff_2(tmp_path, monkeypatch, capsys):
    """XLIFF 2 has no plurals: a plural entry travels as a group of one unit per form; the
    Russian translator's three forms come back as msgstr[0..2]."""
    shutil.copytree(ROOT / "tests" / "data" / "software" / "shop", tmp_path / "shop")
    shutil.copytree(ROOT / "glossaries", tmp_path / "glossaries")
    monkeypatch.chdir(tmp_path)
    po = Path("shop/locale/ru/LC_MESSAGES/django.po")
    assert main(["export", "--format", "xliff", "--xliff-version", "2.0", "--out", "exports", "--no-glossary", str(po)]) == 0
    cat = Cat(Path("exports/ru/django.xlf"))
    group = next(g for g in cat.tree.iter(cat.q("group")) if g.get("type") == "gettext:plurals")
    forms = ["%(count)d товар в корзине", "%(count)d товара в корзине", "%(count)d товаров в корзине"]
    for unit, text in zip(group.iter(cat.q("unit")), forms):
        segment = unit.find(cat.q("segment"))
        target = segment.find(cat.q("target"))
        target = target if target is not None else etree.SubElement(segment, cat.q("target"))
        target.text = text
        segment.set("state", "translated")
    cat.save()
    assert main(["import", str(cat.path), "--into", "shop/locale"]) == 0
    assert "1 translation changed (catalog written)" in capsys.readouterr().out
    entry = next(e for e in read_catalog(po) if e.msgid == group.find(f".//{cat.q('source')}").text)
    assert [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)] == forms
    # The catalog's other entry short of a form (a planted defect) was offered its third form
    # empty, and comes back as it was: an empty form is not added.
    review = next(e for e in read_catalog(po) if e.msgid == "{count} review")
    assert [review.msgstr_plural[n] for n in sorted(review.msgstr_plural)] == ["{count} отзыв", "{count} отзыва"]


def test_two_applications_catalogs_of_one_name_export_apart_and_come_back(tmp_path, monkeypatch, capsys):
    # Django gives each application its django.po: exported, they are two files named as the
    # findings name the documents (polls-django, blog-django), where both once claimed
    # exports/ru/django.xlf and the export was refused; each comes back into its own catalog.
    for app in ("polls", "blog"):
        shutil.copytree(ROOT / "tests" / "data" / "software" / "shop", tmp_path / app)
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--format", "xliff", "--out", "exports", "--no-glossary", "polls", "blog"]) == 0
    written = capsys.readouterr().out
    assert "exports/ru/polls-django.xlf" in written and "exports/ru/blog-django.xlf" in written
    before = Path("polls/locale/ru/LC_MESSAGES/django.po").read_bytes()
    assert main(["import", "exports/ru/blog-django.xlf", "--into", "blog/locale"]) == 0
    assert "blog/locale/ru/LC_MESSAGES/django.po" in capsys.readouterr().out
    assert Path("polls/locale/ru/LC_MESSAGES/django.po").read_bytes() == before


@pytest.mark.parametrize("charset", ["CP1251", "ASCII"])
def test_a_translation_imported_into_a_catalog_of_another_charset_is_read_as_written(tmp_path, monkeypatch, capsys, charset):
    # A Russian catalog another tool keeps in CP1251 (or msginit's ASCII, before any Russian):
    # import writes UTF-8, and kept the header's charset, so gettext read every translation of
    # the file as mojibake and hexaglot refused the catalog it had just written (E008).
    monkeypatch.chdir(tmp_path)
    po = Path("locale/ru/LC_MESSAGES/agenda.po")
    po.parent.mkdir(parents=True)
    header = ('msgid ""\nmsgstr ""\n"Project-Id-Version: agenda\\n"\n"Language: ru\\n"\n'
              f'"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset={charset}\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n\n')
    first = "Утверждение повестки дня" if charset == "CP1251" else ""
    po.write_bytes((header + f'msgid "Adoption of the agenda"\nmsgstr "{first}"\n\n'
                    'msgid "Other matters"\nmsgstr ""\n').encode(charset))
    assert main(["export", "--format", "xliff", "--out", "exports", "--no-glossary", str(po)]) == 0
    cat = Cat(Path("exports/ru/agenda.xlf"))
    unit = next(u for u in cat.tree.iter(cat.q("trans-unit")) if u.find(cat.q("source")).text == "Other matters")
    target = etree.SubElement(unit, cat.q("target"), state="translated")
    unit.find(cat.q("source")).addnext(target)
    target.text = "Прочие вопросы"
    cat.save()
    assert main(["import", str(cat.path), "--into", "locale"]) == 0
    assert "1 translation filled (catalog written)" in capsys.readouterr().out
    assert {e.msgid: e.msgstr for e in read_catalog(po)} == {"Adoption of the agenda": first, "Other matters": "Прочие вопросы"}
    assert main(["check", str(po), "--no-glossary", "--no-cache"]) in (0, 1)
    if shutil.which("msgfmt"):
        done = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    # gettext reads the bytes by the header's charset: the Russian is there, not mojibake.
    assert "Прочие вопросы".encode("utf-8") in po.read_bytes() and b"charset=UTF-8" in po.read_bytes()


def test_an_import_into_a_windows_catalog_changes_only_the_lines_it_translates(tmp_path, monkeypatch, capsys):
    # Poedit on Windows saves CRLF, and a catalog msginit did not date has no POT-Creation-Date:
    # import rewrote every line with LF and added the header field, so the translator's diff
    # showed the whole file changed.
    monkeypatch.chdir(tmp_path)
    po = Path("locale/fr/LC_MESSAGES/app.po")
    po.parent.mkdir(parents=True)
    lines = ['msgid ""', 'msgstr ""', '"Language: fr\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"',
             '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"', "", "#: app.py:20", 'msgid "Status: done"',
             'msgstr "Statut\u00a0: terminé"', "", 'msgid "One file"', 'msgid_plural "%d files"',
             'msgstr[0] "Un fichier"', 'msgstr[1] "%d fichiers"', "", '#~ msgid "Gone"', '#~ msgstr "Parti"']
    po.write_bytes("\r\n".join(lines + [""]).encode("utf-8"))
    assert main(["export", "--format", "xliff", "--out", "exports", "--no-glossary", str(po)]) == 0
    cat = Cat(Path("exports/fr/app.xlf"))
    target = next(t for t in cat.tree.iter(cat.q("target")) if t.text == "%d fichiers")
    target.text = "%d fichiers trouvés"
    cat.save()
    assert main(["import", str(cat.path), "--into", "locale"]) == 0
    written = po.read_bytes().decode("utf-8").split("\r\n")
    assert b"\n" not in po.read_bytes().replace(b"\r\n", b"")  # every line ends as it did
    changed = [line for line in written if line not in lines]
    assert changed[-1] == 'msgstr[1] "%d fichiers trouvés"' and all(line.startswith('"PO-Revision-Date') for line in changed[:-1])
    assert not any("POT-Creation-Date" in line for line in written)


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_exporting_again_never_writes_over_work_not_yet_imported(workspace, capsys, version):
    # A translator's XLIFF, edited in a CAT tool and not yet imported, was written over by the
    # next export: the work was gone. It is refused until imported; an export the catalog holds
    # all of is written over as before.
    path = _export(version, "locale")  # every language: the French file is written over below
    _export(version, "locale")  # untouched: exported again
    cat = Cat(path)
    fixed = _entry(RU, "item/2/p2/s1").msgstr.replace("поэтому пункту", "по этому пункту")
    cat.translate("item/2/p2/s1", fixed)
    cat.note("item/2/p1/s1", "Сверить сноску 2 с оригиналом")
    cat.note("item/2/p2/s1", "Проверить термин")
    cat.save()
    edited = path.read_bytes()
    capsys.readouterr()
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{path}: [E044] holds work its catalog" in err
    assert "(1 translation changed, 2 notes added): import it first" in err  # (a probe's: `3 translation filled in`)
    assert path.read_bytes() == edited
    assert main(["import", str(path)]) == 0
    _export(version, "locale")  # imported: nothing is lost by exporting again
    assert fixed in path.read_text(encoding="utf-8")
    # A file at the export's place that is no XLIFF is not written over either.
    path.write_text("notes of mine\n", encoding="utf-8")
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary"]) == 2
    assert "[E044] a file is here that is no XLIFF" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "notes of mine\n"
    # Several such files are said at once, not one a run.
    french = Path("exports/fr") / path.name
    french.write_text("notes of mine too\n", encoding="utf-8")
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{french}: [E044]" in err and f"; and so does {path}" in err


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_exporting_again_after_the_sources_changed_never_writes_over_work_not_yet_imported(tmp_path, monkeypatch, capsys,
                                                                                            version):
    # The English changed and was extracted again after the export: the translator's edit of
    # that segment in the file was no "translation changed" (its source is not the catalog's
    # any more) and the next export wrote over it, exit 0. Nor was the translation of a
    # segment the catalog no longer has. A file whose translations are as exported is written
    # over, whatever the catalog did since: re-extracted from a changed source or a revised
    # Russian version, its obsolete entries purged.
    shutil.copytree(ROOT / "corpora" / DOC, tmp_path / "corpora" / DOC)
    monkeypatch.chdir(tmp_path)

    def version_edited(lang: str, old: str, new: str) -> None:
        text = Path("corpora") / DOC / f"{lang}.txt"
        assert old in text.read_text(encoding="utf-8")
        text.write_text(text.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        assert main(["extract"]) == 0

    def source_edited(old: str, new: str) -> None:
        version_edited("en", old, new)

    assert main(["extract"]) == 0
    path = _export(version)
    source_edited("To facilitate a substantive", "To facilitate an in-depth")
    _export(version)  # untouched: nothing in the file that the catalog has not
    version_edited("ru", "в общих чертах время", "в общем виде время")
    _export(version)  # the Russian version revised: its new text is the catalog's, none of it the file's
    catalog = polib.pofile(str(RU))
    for entry in catalog.obsolete_entries():
        catalog.remove(entry)  # as `msgattrib --no-obsolete` purges them
    catalog.remove(next(e for e in catalog if e.msgctxt == "item/3/p1/s2"))
    catalog.save(str(RU))
    _export(version)  # a segment the catalog no longer has, its translation as exported
    cat = Cat(path)
    before = cat.target("item/2/p2/s1").text
    cat.translate("item/2/p2/s1", before.replace("поэтому пункту", "по этому пункту"))
    assert cat.target("item/2/p2/s1").text != before
    cat.save()
    edited = path.read_bytes()
    source_edited("To facilitate an in-depth", "To facilitate a substantive")
    capsys.readouterr()
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary", "locale/ru"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{path}: [E044] holds work its catalog" in err
    assert "(1 translation changed for a source changed since)" in err, err
    assert path.read_bytes() == edited

    # The segment gone from the catalog (kept nowhere): its translation in the file is work too.
    catalog = polib.pofile(str(RU))
    catalog.remove(next(e for e in catalog if e.msgctxt == "item/2/p2/s1"))
    catalog.save(str(RU))  # polib wraps the comments anew: no note added by that
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary", "locale/ru"]) == 2
    assert "(1 translation of a segment the catalog no longer has)" in capsys.readouterr().err
    assert path.read_bytes() == edited


def test_a_long_comment_wrapped_anew_is_the_same_comment():
    # A comment of some 4,000 characters wrapped at 79 columns against the same at 78: runs of
    # up to 30 lines did not reach across it, and 48 of its lines were "notes added".
    import textwrap

    from pipeline.catalog import _lines_not_in

    long = " ".join(f"Paragraph {n} of the report, as aligned with the versions in the other languages;" for n in range(50))
    assert len(long) > 4000
    assert _lines_not_in(textwrap.wrap(long, 79), "\n".join(textwrap.wrap(long, 78))) == []
    assert _lines_not_in([long], "\n".join(textwrap.wrap(long, 78))) == []
    assert _lines_not_in(textwrap.wrap(long, 79) + ["Check paragraph 12."], "\n".join(textwrap.wrap(long, 78))) == ["Check paragraph 12."]


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_state_only_the_catalog_changed_since_the_export_is_no_work_in_the_file(workspace, capsys, version):
    # A reviser flagged a segment fuzzy in the catalog after the export; the file, untouched,
    # still says translated, and exporting again was refused (E044, "1 state changed"): the
    # state exported was not kept, so the file's looked like a translator's.
    path = _export(version)
    po = read_catalog(RU)
    entry = next(e for e in po if e.msgctxt == "item/2/p2/s1")
    entry.flags.append("fuzzy")
    save_catalog(po, RU, po)
    capsys.readouterr()
    path = _export(version)
    assert Cat(path).unit("item/2/p2/s1") is not None
    assert main(["import", str(path)]) == 0
    assert _entry(RU, "item/2/p2/s1").fuzzy  # the file says what the catalog says: nothing changed
    # A state the translator changed in the file is work, as before.
    cat = Cat(path)
    cat.state("item/2/p2/s1", finished=True)
    cat.save()
    edited = path.read_bytes()
    capsys.readouterr()
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary", "locale/ru"]) == 2
    err = capsys.readouterr().err
    assert "[E044]" in err and "(1 state changed)" in err, err
    assert path.read_bytes() == edited


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_segment_flagged_for_review_where_the_catalog_changed_since_is_work(workspace, capsys, version):
    # Its text as exported, the unit counted for nothing, and export wrote over the flag.
    cat = Cat(_export(version))
    cat.state("item/2/p2/s1", finished=False)
    cat.save()
    flagged = cat.path.read_bytes()
    po = read_catalog(RU)
    entry = next(e for e in po if e.msgctxt == "item/2/p2/s1")
    entry.msgstr = entry.msgstr.replace("поэтому пункту", "по этому пункту")
    save_catalog(po, RU, po)
    capsys.readouterr()
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary", "locale/ru"]) == 2
    assert "[E044]" in capsys.readouterr().err and cat.path.read_bytes() == flagged


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_note_whose_words_stand_in_a_longer_note_is_a_note_of_its_own(workspace, capsys, version):
    # Notes were compared as runs of words: `Working Group` inside the catalog's `Term to confirm
    # with the Chair of the Working Group` was taken as there already, "1 note added" said and
    # nothing added, and export wrote over the file that held it.
    po = read_catalog(RU)
    next(e for e in po if e.msgctxt == "item/2/p2/s1").tcomment = "Term to confirm with the Chair of the Working Group"
    save_catalog(po, RU, po)
    cat = Cat(_export(version))
    cat.note("item/2/p2/s1", "Working Group")
    cat.save()
    capsys.readouterr()
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary", "locale/ru"]) == 2
    assert "(1 note added)" in capsys.readouterr().err
    assert main(["import", str(cat.path)]) == 0
    assert _entry(RU, "item/2/p2/s1").tcomment.splitlines()[-1] == "Working Group"


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_comment_a_cat_tool_put_on_words_of_the_target_is_imported_as_a_note(workspace, capsys, version):
    # Trados, memoQ and Phrase attach a comment to the words selected: 1.2 writes it as
    # <mrk mtype="x-comment" comment="…">, 2.x as <mrk type="comment" value="…">. It was read as
    # the words alone: "nothing new", and export then wrote over the file that held it.
    cat = Cat(_export(version))
    target = cat.target("item/2/p2/s1")
    words, rest = target.text.split(" ", 1)
    target.text = ""
    if version == "1.2":
        mark = etree.SubElement(target, cat.q("mrk"), mtype="x-comment", comment="Сверить с решением 10/1")
    else:
        mark = etree.SubElement(target, cat.q("mrk"), id="m1", type="comment", value="Сверить с решением 10/1")
    mark.text, mark.tail = words, " " + rest
    cat.save()
    before = _entry(RU, "item/2/p2/s1").msgstr
    capsys.readouterr()
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary", "locale/ru"]) == 2
    assert "[E044]" in capsys.readouterr().err
    assert main(["import", str(cat.path)]) == 0
    entry = _entry(RU, "item/2/p2/s1")
    assert entry.msgstr == before
    assert entry.tcomment.splitlines()[-1] == f"{words}: Сверить с решением 10/1"


@pytest.mark.parametrize("name", ["L4_en.xlf", "en-US/L4.xlf", "L4.en.xlf", "en/L4.xlf"])
def test_an_xliff_file_s_name_never_outweighs_its_target_language(workspace, capsys, name):
    # A file named after its source language, or kept in a CAT package's `en-US/` folder: its
    # name was read as its language, and import and check refused a file whose
    # target-language says ru outright ("its Language header says 'ru' but its path says 'en'").
    moved = Path("incoming") / name
    moved.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(_export("1.2"), moved)
    cat = Cat(moved)
    cat.translate("item/2/p2/s1", "Исправленный перевод.")
    cat.save()
    capsys.readouterr()
    assert main(["check", str(moved), "--no-glossary", "--no-cache", "--select", "CONS001"]) == 0, capsys.readouterr().err
    assert main(["import", str(moved)]) == 0, capsys.readouterr().err
    assert _entry(RU, "item/2/p2/s1").msgstr == "Исправленный перевод."


@pytest.mark.parametrize("name", ["ar.xlf", "ar/L4.xlf", "L4_fr.xlf"])
def test_an_xliff_file_named_by_a_third_language_is_at_odds_with_its_target_language(workspace, capsys, name):
    # A file named after neither its source nor its target language (memoQ's Russian file
    # saved as ar.mqxliff beside ru.po): checked as Russian, then passed over as "a second ru
    # catalog", its errors never shown. As for `ar.po` holding Russian: which is right is not guessed.
    moved = Path("incoming") / name
    moved.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(_export("1.2"), moved)
    capsys.readouterr()
    assert main(["check", str(moved), "--no-glossary", "--no-cache"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "[E012] its target-language says 'ru' (Russian) but its path says" in error
    assert "set its target-language" in error


def test_a_po_file_given_to_import_is_said_to_be_one(workspace, capsys):
    # It was read as XML: "not well-formed XML: Start tag expected, '<' not found".
    copy = Path("ru-copy.po")
    shutil.copy(RU, copy)
    assert main(["import", str(copy)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "ru-copy.po: [E024] a PO catalog, not an XLIFF file" in error and "msgcat" in error


def test_a_template_is_no_catalog_to_import_into(workspace, capsys):
    # A template has no language to refuse a file by: --catalog X.pot filled it with Russian,
    # which msginit and msgmerge then seed every new language with.
    cat = _export("1.2")
    template = Path("locale/templates") / f"{DOC}.pot"
    before = template.read_bytes()
    assert main(["import", str(cat), "--catalog", str(template)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"[E025] {template} is a template (.pot), which holds no translations" in error
    assert template.read_bytes() == before


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_file_of_a_region_s_variety_goes_into_its_language_s_catalog(workspace, capsys, version):
    # Trados and memoQ name Arabic ar-SA by default: the file found no catalog, and --catalog,
    # which the message proposed, refused it for not being `ar`.
    _export(version, "locale/ar")
    cat = Cat(Path("exports/ar") / f"{DOC}.xlf")
    root = cat.tree.getroot()
    for element in (root.iter(cat.q("file")) if version == "1.2" else [root]):
        element.set("target-language" if version == "1.2" else "trgLang", "ar-SA")
    unit_id = "item/2/p2/s1"
    cat.translate(unit_id, cat.target(unit_id).text + " (مراجع)")
    cat.save()
    catalog = Path("locale/ar/LC_MESSAGES") / f"{DOC}.po"
    assert main(["import", str(cat.path)]) == 0
    out = capsys.readouterr().out
    assert f"{cat.path} → {catalog}: " in out and "; ar-SA taken as ar: no catalog of ar_SA here" in out
    assert _entry(catalog, unit_id).msgstr.endswith(" (مراجع)")
    # Where the team keeps that catalog under ar_SA/ (extract merges into it), the note says
    # what is so, not "no catalog of ar_SA here" of the folder it wrote into.
    Path("locale/ar").rename("locale/ar_SA")
    assert main(["import", str(cat.path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"→ {Path('locale/ar_SA/LC_MESSAGES') / f'{DOC}.po'}: " in out
    assert out.splitlines()[0].endswith("; ar-SA taken as ar, the Language its catalog in ar_SA/ declares")
    Path("locale/ar_SA").rename("locale/ar")
    # Into another region's catalog, or another language's, still not.
    fr = Path("locale/fr/LC_MESSAGES") / f"{DOC}.po"
    assert main(["import", str(cat.path), "--catalog", str(fr)]) == 2
    assert "[E025] the file translates into ar-SA, the catalog" in capsys.readouterr().err


def test_an_xliff_retargeted_to_traditional_chinese_is_not_checked_as_chinese(workspace, capsys):
    # The export carries the catalog's header (Language: zh); a CAT project that retargets the
    # file to zh-TW made it Traditional Chinese, checked against the Simplified glossary.
    _export("1.2", "locale/zh")
    cat = Cat(Path("exports/zh") / f"{DOC}.xlf")
    for element in cat.tree.getroot().iter(cat.q("file")):
        element.set("target-language", "zh-TW")
    cat.save()
    assert main(["check", str(cat.path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "[E012] 'zh-TW' in its target-language is Traditional Chinese" in error


def test_a_file_whose_units_a_cat_tool_renumbered_comes_back_by_source(workspace, capsys):
    # memoQ, Trados and Phrase write their own XLIFF: units numbered 1..N, no resname. A
    # document repeats headings ("Opening of the meeting" in the agenda and in its annotations),
    # and the whole file was refused, every edit in it left out.
    cat = Cat(_export("1.2"))
    units = list(cat.tree.iter(cat.q("trans-unit")))
    by_name = {unit.get("resname"): unit for unit in units}
    for number, unit in enumerate(units, 1):
        unit.set("id", str(number))
        del unit.attrib["resname"]
    catalog = Path("locale/ru/LC_MESSAGES") / f"{DOC}.po"
    repeated = [e.msgctxt for e in read_catalog(catalog) if e.msgid == "Opening of the meeting" and not e.obsolete]
    assert len(repeated) == 2
    target = by_name["item/2/p2/s1"].find(cat.q("target"))
    target.text = target.text.replace("поэтому пункту", "по этому пункту")
    by_name[repeated[1]].find(cat.q("target")).text = "Открытие совещания (пересмотрено)"
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    assert "88 units: 2 translations changed" in capsys.readouterr().out
    # A source the catalog has once is the unit's own entry; a repeated one goes where its place
    # (the location context, the entry's `#:`) says.
    assert "по этому пункту" in _entry(catalog, "item/2/p2/s1").msgstr and not _entry(catalog, "item/2/p2/s1").fuzzy
    assert _entry(catalog, repeated[1]).msgstr == "Открытие совещания (пересмотрено)"
    assert _entry(catalog, repeated[0]).msgstr != "Открытие совещания (пересмотрено)"


def test_a_file_with_no_unit_to_import_is_refused_not_nothing_new(workspace, capsys):
    # An emptied body (or every unit translate="no") was "88 units... nothing new", exit 0: the
    # wrong file, taken for a translator's who changed nothing. `check` refuses the same (E023).
    cat = Cat(_export("1.2"))
    body = cat.tree.getroot().find(f"{cat.q('file')}/{cat.q('body')}")
    for unit in list(body):
        body.remove(unit)
    cat.save()
    catalog = Path("locale/ru/LC_MESSAGES") / f"{DOC}.po"
    before = catalog.read_bytes()
    assert main(["import", str(cat.path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "[E024] holds no unit to import" in error and f"for a catalog of 88 entries ({catalog})" in error
    assert catalog.read_bytes() == before


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_source_copied_into_a_segment_not_yet_translated_is_no_translation(workspace, capsys, version):
    # Trados and memoQ copy the source into an untranslated segment to be typed over: imported
    # as a (fuzzy) translation, English sat in the Russian catalog, CONS003 silent on fuzzy.
    catalog = RU
    entry = _emptied("item/2/p2/s1")
    cat = Cat(_export(version))
    cat.translate("item/2/p2/s1", entry.msgid)
    if version == "1.2":
        cat.target("item/2/p2/s1").set("state", "needs-translation")
    else:
        cat.unit("item/2/p2/s1").find(cat.q("segment")).set("state", "initial")
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    assert "nothing new" in capsys.readouterr().out
    assert _entry(catalog, "item/2/p2/s1").msgstr == ""
    # Confirmed as it stands (a URL, a number), the same text is a translation.
    cat.state("item/2/p2/s1", finished=True)
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    assert _entry(catalog, "item/2/p2/s1").msgstr == entry.msgid


_SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"


def _trados(conf: str | None):
    def mark(unit) -> None:
        defs = etree.SubElement(unit, f"{{{_SDL}}}seg-defs")
        etree.SubElement(defs, f"{{{_SDL}}}seg", id="1", **({"conf": conf} if conf else {}))
    return mark


def _memoq(status: str):
    return lambda unit: unit.set("{MQXliff}status", status)


def _phrase(confirmed: str):
    return lambda unit: unit.set("{http://www.memsource.com/mxlf/2.0}confirmed", confirmed)


@pytest.mark.parametrize("mark, expected", [
    (_trados(None), "left out"),  # Trados's "Not Translated": a segment with no confirmation level
    (_trados("Draft"), "left out"),  # Trados's copy source to target
    (_memoq("NotStarted"), "left out"),
    (_memoq("PartiallyEdited"), "left out"),
    (lambda unit: None, "fuzzy"),  # nothing says (Okapi Rainbow copies every source): to confirm
    (_trados("Translated"), "finished"),  # confirmed as it stands: the same text is a translation
    (_memoq("ManuallyConfirmed"), "finished"),
    (_phrase("0"), "left out"),  # Phrase (Memsource) .mxliff: not confirmed
    (_phrase("1"), "finished"),
])
def test_a_source_copy_the_tool_marks_as_not_translated_in_its_own_way_is_no_finished_translation(workspace, capsys, mark, expected):
    # Trados and memoQ keep a segment's state in their own attributes, not in XLIFF's: their
    # copy of the source into an untranslated segment came in as a finished translation,
    # English in the Russian catalog, "4 translations filled", exit 0.
    catalog = RU
    entry = _emptied("item/2/p2/s1")
    cat = Cat(_export("1.2"))
    target = cat.target("item/2/p2/s1")
    target.text = entry.msgid
    target.attrib.pop("state", None)
    cat.unit("item/2/p2/s1").attrib.pop("approved", None)
    mark(cat.unit("item/2/p2/s1"))
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    out = capsys.readouterr().out
    imported = _entry(catalog, "item/2/p2/s1")
    if expected == "left out":
        assert imported.msgstr == "" and "1 target that copies the source in a segment the tool marks not yet translated left out" in out
    elif expected == "fuzzy":
        assert imported.msgstr == entry.msgid and imported.fuzzy
        assert "1 target that copies the source, with no state to say it is translated, read as fuzzy" in out
    else:
        assert imported.msgstr == entry.msgid and not imported.fuzzy and "copies the source" not in out


def test_a_source_copy_in_an_initial_segment_of_xliff_2_is_said_left_out(workspace, capsys):
    # Left out as in 1.2, but the import line did not say so ("nothing new").
    catalog = RU
    entry = _emptied("item/2/p2/s1")
    cat = Cat(_export("2.1"))
    cat.translate("item/2/p2/s1", entry.msgid)
    for segment in cat.unit("item/2/p2/s1").iter(cat.q("segment")):
        segment.set("state", "initial")
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    assert "1 target that copies the source in a segment the tool marks not yet translated left out" in capsys.readouterr().out
    assert _entry(catalog, "item/2/p2/s1").msgstr == ""


def test_machine_translation_phrase_has_not_confirmed_comes_in_fuzzy(workspace, capsys):
    # Phrase (.mxliff) keeps whether a segment is confirmed in its own attribute: its machine
    # translation, not confirmed, came in as a finished translation, "1 translation filled".
    catalog = RU
    _emptied("item/2/p2/s1")
    cat = Cat(_export("1.2"))
    unit = cat.unit("item/2/p2/s1")
    unit.attrib.pop("approved", None)
    unit.set("{http://www.memsource.com/mxlf/2.0}confirmed", "0")
    unit.set("{http://www.memsource.com/mxlf/2.0}trans-origin", "mt")
    cat.target("item/2/p2/s1").text = "Для облегчения обмена мнениями по этому пункту повестки дня."
    cat.target("item/2/p2/s1").attrib.pop("state", None)
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    imported = _entry(catalog, "item/2/p2/s1")
    assert imported.msgstr.startswith("Для облегчения") and imported.fuzzy


def test_phrase_s_and_memoq_s_marks_of_codes_are_no_text_of_the_translation(workspace, capsys):
    # Phrase writes its codes as text (`{1>`…`<1}`, `{2}`), memoQ a code whose native data it
    # keeps itself as `{}`: both went into the msgstr (`{}16{}`, `{1>16<1}`), a translation a
    # reviser had to clear of them (a probe's).
    _emptied("item/2/p2/s1")
    _emptied("item/2/p3/s1")
    cat = Cat(_export("1.2"))
    # (a document Phrase read itself: a PO file's strings are text as written, `{1>` too)
    next(cat.tree.iter(cat.q("file"))).set("original", f"{DOC}.docx")
    phrase = cat.unit("item/2/p2/s1")
    phrase.set("{http://www.memsource.com/mxlf/2.0}confirmed", "1")
    cat.target("item/2/p2/s1").text = "{1>Для облегчения<1} обмена мнениями{2} по этому пункту повестки дня."
    target = cat.target("item/2/p3/s1")
    target.text = "Рабочая группа "
    for name, tail in (("bpt", "может"), ("ept", " пожелать обсудить этот вопрос.")):
        code = etree.SubElement(target, cat.q(name), id="1")
        code.text, code.tail = "{}", tail
    cat.save()
    assert main(["import", str(cat.path), "--catalog", str(RU)]) == 0
    # (`{2}`, a code alone, is kept: a program's placeholder is written so too)
    assert _entry(RU, "item/2/p2/s1").msgstr == "Для облегчения обмена мнениями{2} по этому пункту повестки дня."
    assert _entry(RU, "item/2/p3/s1").msgstr == "Рабочая группа может пожелать обсудить этот вопрос."
    assert "4 inline formatting codes of the targets" in capsys.readouterr().out


def test_a_stateless_round_trip_leaves_a_translation_that_is_its_source_as_the_catalog_has_it(workspace, capsys):
    # A citation or a name the catalog translates as its source, confirmed, came back from a
    # tool that writes no states (OmegaT, Okapi): the copy made it fuzzy, "1 state changed".
    catalog = Path("locale/ru/LC_MESSAGES") / f"{DOC}.po"
    po = read_catalog(catalog)
    entry = next(e for e in po if e.msgctxt == "item/2/p2/s1")
    entry.msgstr = entry.msgid
    save_catalog(po, catalog, po)
    cat = Cat(_export("1.2"))
    for unit in cat.tree.iter(cat.q("trans-unit")):
        unit.attrib.pop("approved", None)
        for target in unit.iter(cat.q("target")):
            target.attrib.pop("state", None)
    cat.save()
    before = catalog.read_bytes()
    assert main(["import", str(cat.path)]) == 0
    out = capsys.readouterr().out
    assert "nothing new (catalog unchanged)" in out and "copies the source" not in out
    assert catalog.read_bytes() == before


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_plural_form_the_catalog_lacks_goes_out_to_be_filled_and_comes_back_filled(tmp_path, monkeypatch, capsys, version):
    # An empty form was exported approved, `state="translated"`, with an empty target: a CAT
    # tool's "next unconfirmed" passes such a segment by, and the form was never asked for.
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                       '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
                       '(n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
                       '#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d файл"\nmsgstr[1] ""\n'
                       'msgstr[2] "%d файлов"\n', encoding="utf-8")
    assert main(["export", "--format", "xliff", "--xliff-version", version, "po", "--out", "x", "--no-glossary"]) == 0
    assert "1 translated, 0 fuzzy, 0 untranslated; 1 with plural forms to fill" in capsys.readouterr().out
    [path] = (tmp_path / "x").rglob("*.xlf")
    cat = Cat(path)
    units = list(cat.tree.iter(cat.q("trans-unit" if version == "1.2" else "unit")))
    assert len(units) == 3
    empty = units[1]
    if version == "1.2":
        assert empty.get("approved") is None and empty.find(cat.q("target")) is None
        assert units[0].get("approved") == "yes"
        etree.SubElement(empty, cat.q("target"), state="translated").text = "%d файла"
    else:
        segment = empty.find(cat.q("segment"))
        assert segment.get("state") == "initial" and segment.find(cat.q("target")) is None
        etree.SubElement(segment, cat.q("target")).text = "%d файла"
        segment.set("state", "translated")
    cat.save()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 0
    entry = next(e for e in read_catalog(catalog) if e.msgid == "%d file")
    assert [entry.msgstr_plural[n] for n in range(3)] == ["%d файл", "%d файла", "%d файлов"]


def test_catalogs_laid_out_as_po_lang_come_back_by_the_name_the_file_gives_under_into(tmp_path, monkeypatch, capsys):
    # xgettext's and msginit's `po/ru.po`: import looked for `locale/<ru>/LC_MESSAGES/ru.po`
    # only, and each language needed its own --catalog.
    from tests.foreign import po_text

    monkeypatch.chdir(tmp_path)
    for lang, text in (("ru", "Утверждение повестки дня"), ("fr", "Adoption de l'ordre du jour")):
        (tmp_path / "po").mkdir(exist_ok=True)
        (tmp_path / "po" / f"{lang}.po").write_text(po_text(lang, [("Adoption of the agenda", text)]), encoding="utf-8")
    assert main(["export", "--format", "xliff", "po", "--out", "x", "--no-glossary"]) == 0
    exported = sorted((tmp_path / "x").rglob("*.xlf"))
    capsys.readouterr()
    assert main(["import", *map(str, exported)]) == 2  # not under the default --into, locale/
    assert "; give --into the folder that holds the catalogs" in capsys.readouterr().err
    cat = Cat(next(path for path in exported if "/ru/" in str(path)))
    target = next(cat.tree.iter(cat.q("target")))
    target.text = "Утверждение повестки дня (пересмотрено)"
    cat.save()
    assert main(["import", *map(str, exported), "--into", "po"]) == 0
    out = capsys.readouterr().out
    assert " → po/ru.po: 1 units: 1 translation changed" in out and " → po/fr.po: 1 units: nothing new" in out
    assert "(пересмотрено)" in (tmp_path / "po" / "ru.po").read_text(encoding="utf-8")


def test_formatting_a_cat_tool_added_to_a_target_is_said_left_out(workspace, capsys):
    # Trados's and memoQ's bold (<g>) around words of a target came in as its text without a
    # word, where an <x/> is refused: the formatting was lost in silence.
    cat = Cat(_export("1.2"))
    target = cat.target("item/2/p2/s1")
    text = target.text
    target.text = ""
    bold = etree.SubElement(target, cat.q("g"), id="1", ctype="bold")
    bold.text, bold.tail = text[:10], text[10:]
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    out = capsys.readouterr().out
    assert "88 units: nothing new" in out
    assert "; 1 inline formatting code of the targets (<g>, <pc>) left out, their text kept: a PO text holds none" in out


def test_a_reviser_s_tracked_changes_in_a_trados_target_come_in_accepted(tmp_path, monkeypatch, capsys):
    # The deleted words of a Trados target's tracked changes came in as part of the translation
    # (`Строка одинпервая`), a finished translation in the catalog.
    monkeypatch.chdir(tmp_path)
    catalog, path = _exported_catalog(tmp_path, "app", 'msgid ""\nmsgstr ""\n"Language: ru\\n"\n'
                                      '"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "First line"\nmsgstr ""\n')
    cat = Cat(path)
    [unit] = cat.tree.iter(cat.q("trans-unit"))
    target = unit.find(cat.q("target"))
    if target is None:
        target = etree.SubElement(unit, cat.q("target"))
    target.text = "Строка "
    deleted = etree.SubElement(target, cat.q("mrk"), mtype="x-sdl-deleted")
    deleted.text = "одна"
    added = etree.SubElement(target, cat.q("mrk"), mtype="x-sdl-added")
    added.text = "первая"
    cat.save()
    assert main(["import", str(path), "--catalog", str(catalog)]) == 0
    assert 'msgid "First line"\nmsgstr "Строка первая"\n' in catalog.read_text(encoding="utf-8")


def test_an_empty_msgctxt_and_none_are_two_entries_that_each_take_their_own_unit(tmp_path, monkeypatch, capsys):
    # gettext keeps `msgctxt ""` and no msgctxt apart; import keyed both as one, so the second
    # entry's edit came in as "found by its source (fuzzy)", with a #| equal to its msgid.
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "fr.po"
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgid "Open"\nmsgstr "Ouvrir"\n\nmsgctxt ""\nmsgid "Open"\nmsgstr "Ouvert"\n', encoding="utf-8")
    assert main(["export", "--format", "xliff", "fr.po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    path.write_text(path.read_text(encoding="utf-8").replace(">Ouvert<", ">Ouvert (modifié)<"), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(path), "--catalog", "fr.po"]) == 0
    assert "2 units: 1 translation changed (catalog written)" in capsys.readouterr().out
    text = catalog.read_text(encoding="utf-8")
    assert 'msgid "Open"\nmsgstr "Ouvrir"\n\nmsgctxt ""\nmsgid "Open"\nmsgstr "Ouvert (modifié)"\n' in text and "fuzzy" not in text


def _exported_catalog(tmp_path: Path, name: str, text: str) -> tuple[Path, Path]:
    """A Russian catalog of `text` at locale/ru/LC_MESSAGES/<name>.po, and its XLIFF 1.2 export."""
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / f"{name}.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(text, encoding="utf-8")
    assert main(["export", "--format", "xliff", "--xliff-version", "1.2", "locale", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    return catalog, path


def _po_exported(tmp_path: Path, monkeypatch, version: str, text: str) -> tuple[Path, Path]:
    """A Russian catalog of `text` at po/ru.po (the working folder `tmp_path`), and its export
    in XLIFF `version`."""
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text(text, encoding="utf-8")
    assert main(["export", "--format", "xliff", "--xliff-version", version, "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    return catalog, path


UNWRAPPED = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
             '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n'
             '"X-Generator: Weblate 5.8\\n"\n\n'
             'msgid "The Working Group on the Smuggling of Migrants will hold its ninth meeting in Vienna."\n'
             'msgstr "Рабочая группа по незаконному ввозу мигрантов проведет свое девятое совещание в Вене."\n\n'
             'msgid "Open"\nmsgstr "Открыть"\n\n'
             'msgid ""\n"Line one of a long help text that runs past the page width of gettext.\\n"\n"Line two."\n'
             'msgstr ""\n"Первая строка длинного справочного текста, который выходит за ширину страницы gettext.\\n"\n"Вторая строка."\n')


def _lines_changed_by_importing_one_word(tmp_path: Path, text: str) -> list[str]:
    """The lines of a Russian catalog of `text` that importing its export, with `Открыть` made
    `Открыть файл`, changes (the revision date aside)."""
    catalog, path = _exported_catalog(tmp_path, "app", text)
    path.write_text(path.read_text(encoding="utf-8").replace(">Открыть<", ">Открыть файл<"), encoding="utf-8")
    assert main(["import", str(path), "--into", "locale"]) == 0
    before = text.split("\n")
    return [line for line in catalog.read_text(encoding="utf-8").split("\n")
            if line not in before and not line.startswith('"PO-Revision-Date')]


def test_an_import_into_a_catalog_written_unwrapped_changes_only_the_entry_it_translates(tmp_path, monkeypatch, capsys):
    # Weblate writes catalogs unwrapped (msgcat --no-wrap): importing one word rewrapped every
    # long string and the Plural-Forms header to 79 columns, a diff of the whole file.
    monkeypatch.chdir(tmp_path)
    assert _lines_changed_by_importing_one_word(tmp_path, UNWRAPPED) == ['msgstr "Открыть файл"']


@pytest.mark.parametrize("page_width", [50, 60, 72, 80, 100])
def test_an_import_into_a_catalog_wrapped_at_another_width_keeps_its_width(tmp_path, monkeypatch, capsys, page_width):
    # Poedit's and Lokalize's width setting, `msgcat --width=60`: one word imported rewrapped
    # every long string (and the references) at 79 columns, an 840-line diff of the shipped
    # Russian catalog.
    if not shutil.which("msgcat"):
        pytest.skip("needs gettext's msgcat (.ci/run installs gettext)")
    monkeypatch.chdir(tmp_path)
    written = subprocess.run(["msgcat", f"--width={page_width}", "-"], input=UNWRAPPED, capture_output=True, text=True,
                             check=True).stdout
    assert max(map(len, written.split("\n"))) <= page_width and written != UNWRAPPED
    assert _lines_changed_by_importing_one_word(tmp_path, written) == ['msgstr "Открыть файл"']
    # The shipped catalog, its references and all, as msgcat wrote it at that width.
    shutil.copytree(ROOT / "locale" / "ru", tmp_path / "shipped" / "ru")
    russian = tmp_path / "shipped" / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    subprocess.run(["msgcat", f"--width={page_width}", str(russian), "-o", str(russian)], check=True)
    before = russian.read_text(encoding="utf-8").split("\n")
    assert main(["export", "--format", "xliff", "shipped/ru", "--out", "x", "--no-glossary"]) == 0
    cat = Cat(Path("x") / "ru" / f"{DOC}.xlf")
    cat.translate("item/2/p1/s1", "Рабочая группа рассмотрит этот вопрос.")
    cat.save()
    assert main(["import", str(cat.path), "--into", "shipped"]) == 0
    after = russian.read_text(encoding="utf-8").split("\n")
    assert [line for line in after if line not in before and not line.startswith('"PO-Revision-Date')] == [
        'msgstr "Рабочая группа рассмотрит этот вопрос."']


def test_an_unwrapped_catalog_of_short_entries_keeps_its_long_header_line(tmp_path, monkeypatch, capsys):
    # Every entry short, only the Plural-Forms line long and unbroken (as Weblate and Poedit
    # write it): nothing told the catalog unwrapped, and an import of one word broke the
    # header's line in two.
    monkeypatch.chdir(tmp_path)
    header = UNWRAPPED[:UNWRAPPED.index("\n\n") + 2]
    short = header + 'msgid "Open"\nmsgstr "Открыть"\n\nmsgid "Save"\nmsgstr "Сохранить"\n'
    assert _lines_changed_by_importing_one_word(tmp_path, short) == ['msgstr "Открыть файл"']


BABEL = ('# Russian translations for app.\nmsgid ""\nmsgstr ""\n"Project-Id-Version: app 1.0\\n"\n'
         '"PO-Revision-Date: 2026-11-02 10:00+0000\\n"\n"Last-Translator: Anna <anna@example.org>\\n"\n'
         '"Language: ru\\n"\n"Language-Team: ru <LL@li.org>\\n"\n'
         '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "\n'
         '"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n"MIME-Version: 1.0\\n"\n'
         '"Content-Type: text/plain; charset=utf-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
         '"Generated-By: Babel 2.16.0\\n"\n\n'
         '#, no-wrap\nmsgid ""\n"Usage: app check [OPTIONS] PATH\\n"\n'
         '"Checks every catalog under PATH and prints the errors and warnings, if there are any.\\n"\n'
         'msgstr ""\n"Использование: app check [ПАРАМЕТРЫ] ПУТЬ\\n"\n'
         '"Проверяет каждый каталог в ПУТИ и выводит ошибки и предупреждения, если они есть.\\n"\n\n'
         'msgid "Open"\nmsgstr "Открыть"\n')


def test_an_import_into_a_babel_catalog_changes_only_the_line_it_translates(tmp_path, monkeypatch, capsys):
    # Babel writes `Language` before `Language-Team` and `Plural-Forms` before `MIME-Version`,
    # and `charset=utf-8`: an import of one word moved both fields and wrote `UTF-8`, and broke
    # the `no-wrap` usage text at 79 columns (msgcat keeps it whole). Only the word and the
    # revision date may change, each in its place.
    monkeypatch.chdir(tmp_path)
    catalog, path = _exported_catalog(tmp_path, "app", BABEL)
    path.write_text(path.read_text(encoding="utf-8").replace(">Открыть<", ">Открыть файл<"), encoding="utf-8")
    assert main(["import", str(path), "--into", "locale"]) == 0
    before, after = BABEL.split("\n"), catalog.read_text(encoding="utf-8").split("\n")
    assert len(after) == len(before)
    changed = [(old, new) for old, new in zip(before, after) if old != new]
    assert [new for _, new in changed][-1] == 'msgstr "Открыть файл"'
    assert [old for old, _ in changed[:-1]] == ['"PO-Revision-Date: 2026-11-02 10:00+0000\\n"']


def test_one_long_line_a_reviser_typed_in_a_wrapped_catalog_does_not_make_it_unwrapped(tmp_path, monkeypatch, capsys):
    # A gettext-wrapped catalog with one msgstr typed on one long line: an import of another
    # word rewrote every long entry unwrapped (327 lines changed for one word).
    monkeypatch.chdir(tmp_path)
    wrapped = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
               'msgid ""\n"The Working Group on the Smuggling of Migrants will hold its ninth meeting in "\n"Vienna."\n'
               'msgstr ""\n"Рабочая группа по незаконному ввозу мигрантов проведет свое девятое "\n"совещание в Вене."\n\n'
               'msgid ""\n"The Conference of the Parties will consider the report of the Working Group "\n"at its next session."\n'
               'msgstr "Конференция участников рассмотрит доклад Рабочей группы на своей следующей сессии."\n\n'
               'msgid ""\n"The secretariat will prepare a background paper on good practices in "\n"cooperation."\n'
               'msgstr ""\n"Секретариат подготовит справочный документ о примерах успешной практики "\n"сотрудничества."\n\n'
               'msgid "Open"\nmsgstr "Открыть"\n')
    changed = _lines_changed_by_importing_one_word(tmp_path, wrapped)
    # the imported entry, and the one long line, now wrapped as the rest of the catalog is
    assert 'msgstr "Открыть файл"' in changed and not any("девятое" in line or "Секретариат" in line for line in changed), changed


TWO_OPENS = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
             '#: app/menu.py:28\nmsgctxt "menu"\nmsgid "Open"\nmsgstr "Открыть"\n\n'
             '#: app/views.py:30\nmsgctxt "verb"\nmsgid "Open"\nmsgstr "Открыть"\n')


def _renamed_units(path: Path, keep_places: bool) -> None:
    """A CAT tool that numbers the units anew, dropping their names, and puts the second first;
    the translator edits the "verb" unit."""
    text = path.read_text(encoding="utf-8")
    first, second = text.index('<trans-unit id="menu"'), text.index('<trans-unit id="verb"')
    end = text.index("</trans-unit>", second) + len("</trans-unit>")
    menu, verb = text[first:text.index("</trans-unit>", first) + len("</trans-unit>")], text[second:end]
    menu = menu.replace(' resname="menu"', "").replace('id="menu"', 'id="u2"')
    verb = verb.replace(' resname="verb"', "").replace('id="verb"', 'id="u1"').replace(">Открыть<", ">Открывать<")
    if not keep_places:
        menu, verb = (re.sub(r"<context-group[^>]*>.*?</context-group>", "", unit, flags=re.S) for unit in (menu, verb))
    between = text[text.index("</trans-unit>", first) + len("</trans-unit>"):second]
    path.write_text(text[:first] + verb + between + menu + text[end:], encoding="utf-8")


@pytest.mark.parametrize("keep_places", [True, False])
def test_a_unit_renamed_by_a_cat_tool_whose_source_two_entries_share_goes_where_its_place_says_or_nowhere(
        tmp_path, monkeypatch, capsys, keep_places):
    # "Open" the menu item and "Open" the verb: a tool dropped the units' names and numbered
    # them anew. The verb's edit went to the menu entry (the first of that source), fuzzy.
    monkeypatch.chdir(tmp_path)
    catalog, path = _exported_catalog(tmp_path, "django", TWO_OPENS)
    _renamed_units(path, keep_places)
    capsys.readouterr()
    code = main(["import", str(path), "--into", "locale"])
    out = capsys.readouterr().out
    entries = {e.msgctxt: e for e in read_catalog(catalog)}
    assert entries["menu"].msgstr == "Открыть" and not entries["menu"].fuzzy, out
    if keep_places:  # its `#:` place names its entry
        assert code == 0 and entries["verb"].msgstr == "Открывать" and not entries["verb"].fuzzy, out
    else:  # nothing says which: the catalog's stays, and both are said
        assert code == 1 and entries["verb"].msgstr == "Открыть", out
        assert "2 entries have this source, and the file names its entry neither by context" in out, out


RU_PLURAL_CATALOG = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                     '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
                     '(n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
                     'msgid "The meeting was opened."\nmsgstr "Совещание открыто."\n\n'
                     '#, c-format\nmsgid "%d document"\nmsgid_plural "%d documents"\nmsgstr[0] ""\nmsgstr[1] ""\n'
                     'msgstr[2] ""\n')


def _fill_plural_group(path: Path, forms: list[str]) -> None:
    """A translator filling a plural's forms in its group; a form given as "" is left as the
    export wrote it (no target where the catalog had none)."""
    cat = Cat(path)
    [group] = [g for g in cat.tree.iter(cat.q("group"))]
    for unit, text in zip(group.iter(cat.q("trans-unit" if cat.version == "1.2" else "unit")), forms):
        if text:
            target = unit.find(f".//{cat.q('target')}")
            if target is None:
                cat.fill(unit, text)
            else:
                target.text = text
    cat.save()


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_plural_with_a_form_left_empty_comes_in_fuzzy_not_finished(tmp_path, monkeypatch, capsys, version):
    # Two of three forms filled, the third passed by: written as a finished translation with
    # msgstr[2] "", which msgfmt -c refuses for a c-format entry ("number of format
    # specifications in 'msgid_plural' and 'msgstr[2]' does not match"), and nothing said.
    catalog, path = _po_exported(tmp_path, monkeypatch, version, RU_PLURAL_CATALOG)
    _fill_plural_group(path, ["%d документ", "%d документа", ""])
    capsys.readouterr()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 0
    said = capsys.readouterr().out
    assert "1 translation filled" in said
    assert "plural forms the file left empty or out [%d document]: kept empty, the entry fuzzy" in said, said
    entry = next(e for e in read_catalog(catalog) if e.msgid == "%d document")
    assert [entry.msgstr_plural[n] for n in range(3)] == ["%d документ", "%d документа", ""] and entry.fuzzy
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalog)], check=True)


@pytest.mark.parametrize("version", ["1.2", "2.1"])
@pytest.mark.parametrize("dropped", ["target", "unit"])
def test_a_plural_form_a_cat_tool_gives_back_empty_erases_not_the_catalog_s(tmp_path, monkeypatch, capsys, version, dropped):
    # The translator corrects form 0; form 1 comes back with no target (a tool that drops the
    # target of a segment it did not open) or its unit left out of the group: the catalog's
    # form stays, the correction comes in (a unit left out made the whole a conflict).
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text(RU_PLURAL_CATALOG.replace('msgstr[0] ""\nmsgstr[1] ""\nmsgstr[2] ""',
                                                 'msgstr[0] "%d документ"\nmsgstr[1] "%d документа"\nmsgstr[2] "%d документов"'),
                       encoding="utf-8")
    assert main(["export", "--format", "xliff", "--xliff-version", version, "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    cat = Cat(path)
    [group] = [g for g in cat.tree.iter(cat.q("group"))]
    targets = list(group.iter(cat.q("target")))
    targets[0].text = "%d документ (пересмотрено)"
    dropping = targets[1] if dropped == "target" else next(u for u in group if targets[1] in u.iter())
    dropping.getparent().remove(dropping)
    cat.save()
    capsys.readouterr()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 0
    assert "1 translation changed" in capsys.readouterr().out
    entry = next(e for e in read_catalog(catalog) if e.msgid == "%d document")
    assert [entry.msgstr_plural[n] for n in range(3)] == ["%d документ (пересмотрено)", "%d документа", "%d документов"]
    assert not entry.fuzzy
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalog)], check=True)


def _flatten_plural_groups(path: Path, forms: list[str]) -> None:
    """What a CAT tool that does not keep groups saves: the plural group's units, filled, laid
    out among the others, the group and its notes gone."""
    cat = Cat(path)
    [group] = [g for g in cat.tree.iter(cat.q("group"))]
    units = group.findall(cat.q("trans-unit" if cat.version == "1.2" else "unit"))
    parent = group.getparent()
    at = parent.index(group)
    parent.remove(group)
    for offset, (unit, text) in enumerate(zip(units, forms)):
        cat.fill(unit, text)
        parent.insert(at + offset, unit)
    cat.save()


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_plural_whose_group_a_cat_tool_left_out_comes_back_as_its_forms(tmp_path, monkeypatch, capsys, version):
    # The three units `…[0]`, `…[1]`, `…[2]` of one plural, their group gone: each was taken
    # for an entry of its own, none the plural's, and two of one source were kept as `#~`
    # twice, a catalog msgfmt refuses ("duplicate message definition").
    catalog, path = _po_exported(tmp_path, monkeypatch, version, RU_PLURAL_CATALOG)
    _flatten_plural_groups(path, ["%d документ", "%d документа", "%d документов"])
    capsys.readouterr()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 0
    entries = [e for e in read_catalog(catalog)]
    assert not any(e.obsolete for e in entries)
    entry = next(e for e in entries if e.msgid == "%d document")
    assert [entry.msgstr_plural[n] for n in range(3)] == ["%d документ", "%d документа", "%d документов"]
    assert "c-format" in entry.flags
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalog)], check=True)


def test_units_of_one_source_no_entry_takes_are_kept_obsolete_once(tmp_path, monkeypatch, capsys):
    # Two units of one source that no entry takes (renumbered by a tool, not hexaglot's plural
    # names): one is kept as `#~`, the other is a conflict with it, never a second `#~` entry.
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text(RU_PLURAL_CATALOG, encoding="utf-8")
    assert main(["export", "--format", "xliff", "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    cat = Cat(path)
    body = next(cat.tree.iter(cat.q("body")))
    for number, text in ((7, "Документы распространены."), (8, "Документ распространён.")):
        unit = etree.SubElement(body, cat.q("trans-unit"), id=str(number))
        etree.SubElement(unit, cat.q("source")).text = "The documents were circulated."
        etree.SubElement(unit, cat.q("target"), state="translated").text = text
    cat.save()
    capsys.readouterr()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 1
    out = capsys.readouterr().out
    kept = [e for e in read_catalog(catalog) if e.obsolete]
    assert [(e.msgid, e.msgstr) for e in kept] == [("The documents were circulated.", "Документы распространены.")]
    assert "conflict [The documents were circulated.]" in out and "Документ распространён." in out
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalog)], check=True)


def test_a_cat_tools_own_numbering_of_units_is_not_taken_for_a_plural(tmp_path):
    # Units a tool numbers `tu-0`, `tu-1`, `tu-2` translate three sentences: three entries.
    from pipeline.exchange.xliff_in import read_xliff

    path = tmp_path / "agenda.xlf"
    units = "".join(f'<unit id="tu-{n}"><segment state="translated"><source>{source}</source><target>{target}</target>'
                    '</segment></unit>' for n, (source, target) in enumerate([
                        ("Opening of the meeting.", "Открытие совещания."),
                        ("Adoption of the agenda.", "Утверждение повестки дня."),
                        ("Adoption of the report.", "Утверждение доклада.")]))
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{XLIFF_2}" version="2.0" srcLang="en" '
                    f'trgLang="ru"><file id="f1">{units}</file></xliff>', encoding="utf-8")
    entries = read_xliff(path).entries
    assert [(e.msgid, e.msgstr, e.msgid_plural) for e in entries] == [
        ("Opening of the meeting.", "Открытие совещания.", ""), ("Adoption of the agenda.", "Утверждение повестки дня.", ""),
        ("Adoption of the report.", "Утверждение доклада.", "")]


MEETINGS_CATALOG = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
                    '(n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
                    '#, python-format\nmsgid "%(count)d meeting"\nmsgstr "%(count)d заседание"\n\n'
                    '#, python-format\nmsgctxt "meeting list"\nmsgid "%(count)d meeting"\nmsgid_plural "%(count)d meetings"\n'
                    'msgstr[0] ""\nmsgstr[1] ""\nmsgstr[2] ""\n')
FORMS = ["%(count)d заседание", "%(count)d заседания", "%(count)d заседаний"]


def _flattened_meetings(tmp_path, monkeypatch, version: str, edit) -> Path:
    catalog, path = _po_exported(tmp_path, monkeypatch, version, MEETINGS_CATALOG)
    _flatten_plural_groups(path, FORMS)
    cat = Cat(path)
    units = [u for u in cat.tree.iter(cat.q("trans-unit" if version == "1.2" else "unit"))]
    edit(cat, [u for u in units if u.get("id")[-1] in "]0123456789" and u.get("id") != units[0].get("id")])
    cat.save()
    return catalog


def _plural_entry(catalog: Path):
    return next(e for e in read_catalog(catalog) if e.msgctxt == "meeting list")


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_flattened_plural_with_a_context_goes_to_its_own_entry_not_the_singular_of_its_msgid(tmp_path, monkeypatch, capsys, version):
    # The msgctxt was only on the group: its forms went to the singular of the same msgid,
    # and the singular's unit to the plural, two conflicts and nothing imported.
    catalog = _flattened_meetings(tmp_path, monkeypatch, version, lambda cat, forms: None)
    capsys.readouterr()
    assert main(["import", str(next((tmp_path / "x").rglob("*.xlf"))), "--catalog", "po/ru.po"]) == 0, capsys.readouterr().out
    assert [_plural_entry(catalog).msgstr_plural[n] for n in range(3)] == FORMS
    assert next(e for e in read_catalog(catalog) if e.msgctxt is None and e.msgid).msgstr == "%(count)d заседание"


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_flattened_plural_whose_units_a_tool_reordered_comes_back_whole(tmp_path, monkeypatch, capsys, version):
    def reverse(cat, forms):
        parent = forms[0].getparent()
        for unit in forms:
            parent.remove(unit)
        for unit in reversed(forms):
            parent.append(unit)

    catalog = _flattened_meetings(tmp_path, monkeypatch, version, reverse)
    capsys.readouterr()
    assert main(["import", str(next((tmp_path / "x").rglob("*.xlf"))), "--catalog", "po/ru.po"]) == 0, capsys.readouterr().out
    assert [_plural_entry(catalog).msgstr_plural[n] for n in range(3)] == FORMS
    assert not any(e.obsolete for e in read_catalog(catalog))


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_flattened_plural_missing_its_last_form_keeps_every_form_and_is_fuzzy(tmp_path, monkeypatch, capsys, version):
    # Written with two forms under nplurals=3: a catalog msgfmt refuses ("some messages have
    # only 2 plural forms").
    catalog = _flattened_meetings(tmp_path, monkeypatch, version, lambda cat, forms: forms[-1].getparent().remove(forms[-1]))
    capsys.readouterr()
    main(["import", str(next((tmp_path / "x").rglob("*.xlf"))), "--catalog", "po/ru.po"])
    entry = _plural_entry(catalog)
    assert [entry.msgstr_plural[n] for n in range(3)] == [*FORMS[:2], ""] and entry.fuzzy
    assert "plural forms the file left empty or out [meeting list]: kept empty, the entry fuzzy" in capsys.readouterr().out
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalog)], check=True)


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_flattened_plural_missing_a_middle_form_keeps_the_others_in_their_places(tmp_path, monkeypatch, capsys, version):
    catalog = _flattened_meetings(tmp_path, monkeypatch, version, lambda cat, forms: forms[1].getparent().remove(forms[1]))
    capsys.readouterr()
    main(["import", str(next((tmp_path / "x").rglob("*.xlf"))), "--catalog", "po/ru.po"])
    entry = _plural_entry(catalog)
    assert [entry.msgstr_plural[n] for n in range(3)] == [FORMS[0], "", FORMS[2]] and entry.fuzzy
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalog)], check=True)


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_plural_forms_without_their_form_0_are_listed_not_kept_as_obsolete_singulars(tmp_path, monkeypatch, capsys, version):
    # Form 0 holds the msgid: without it the forms name no entry. Each became an obsolete
    # singular entry `#~ msgid "%(count)d meetings"` that could later be offered as a match.
    catalog = _flattened_meetings(tmp_path, monkeypatch, version, lambda cat, forms: forms[0].getparent().remove(forms[0]))
    capsys.readouterr()
    assert main(["import", str(next((tmp_path / "x").rglob("*.xlf"))), "--catalog", "po/ru.po"]) == 1
    out = capsys.readouterr().out
    # One conflict for the one entry's forms, both shown.
    assert out.count("plural forms without their form 0 (the msgid) in the file") == 1
    assert "file:    %(count)d заседания | %(count)d заседаний" in out
    assert not any(e.obsolete for e in read_catalog(catalog))
    assert [_plural_entry(catalog).msgstr_plural[n] for n in range(3)] == ["", "", ""]


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_flattened_plural_of_an_earlier_export_finds_its_context_by_its_units_names(tmp_path, monkeypatch, capsys, version):
    # Files exported before each form carried its msgctxt, the singular's unit not in the file:
    # the forms met the singular entry of their msgid and were a conflict, nothing imported.
    # The units' names (`meeting list[0]`, `meeting_list-0`) are their entry's.
    def earlier_export_without_the_singular(cat, forms):
        units = list(cat.tree.iter(cat.q("trans-unit" if cat.version == "1.2" else "unit")))
        units[0].getparent().remove(units[0])  # the singular's unit
        for unit in forms:
            unit.attrib.pop("resname" if cat.version == "1.2" else "name", None)

    catalog = _flattened_meetings(tmp_path, monkeypatch, version, earlier_export_without_the_singular)
    capsys.readouterr()
    assert main(["import", str(next((tmp_path / "x").rglob("*.xlf"))), "--catalog", "po/ru.po"]) == 0, capsys.readouterr().out
    assert [_plural_entry(catalog).msgstr_plural[n] for n in range(3)] == FORMS
    assert next(e for e in read_catalog(catalog) if e.msgctxt is None and e.msgid).msgstr == "%(count)d заседание"


@pytest.mark.parametrize("version", ["1.2", "2.1"])
@pytest.mark.parametrize("left_out", [0, 1])
def test_a_form_s_unit_left_out_of_its_group_leaves_the_others_in_their_places(tmp_path, monkeypatch, capsys, version, left_out):
    # The group kept, one form's unit gone: the forms were read by position, form 2's text went
    # into msgstr[1] (form 0 left out: form 1's into msgstr[0], and a source said changed).
    catalog, path = _po_exported(tmp_path, monkeypatch, version, MEETINGS_CATALOG)
    cat = Cat(path)
    [group] = list(cat.tree.iter(cat.q("group")))
    units = group.findall(cat.q("trans-unit" if version == "1.2" else "unit"))
    for unit, text in zip(units, FORMS):
        cat.fill(unit, text)
    group.remove(units[left_out])
    cat.save()
    capsys.readouterr()
    main(["import", str(path), "--catalog", "po/ru.po"])
    entry = _plural_entry(catalog)
    expected = list(FORMS)
    expected[left_out] = ""
    if left_out == 0:
        # Form 0 holds the msgid: without it nothing names the entry, and nothing is imported.
        assert [entry.msgstr_plural[n] for n in range(3)] == ["", "", ""]
        assert "plural forms without their form 0 (the msgid) in the file" in capsys.readouterr().out
    else:
        assert [entry.msgstr_plural[n] for n in range(3)] == expected and entry.fuzzy
    assert entry.previous_msgid is None


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_flattened_plural_whose_units_a_tool_renumbered_comes_back_by_its_units_notes(tmp_path, monkeypatch, capsys, version):
    # A tool that numbers the units it saves (`1`, `2`, …) leaves no form number in their
    # names: the second and third form, of one source and one name, read as one unit given
    # twice, and the whole file was refused (E024 "this unit repeats the one at line N").
    # Each form's unit still carries the msgid_plural and the export's digest it was given.
    def renumber(cat, forms):
        for number, unit in enumerate(cat.tree.iter(cat.q("trans-unit" if cat.version == "1.2" else "unit")), start=1):
            unit.set("id", str(number))

    catalog = _flattened_meetings(tmp_path, monkeypatch, version, renumber)
    capsys.readouterr()
    assert main(["import", str(next((tmp_path / "x").rglob("*.xlf"))), "--catalog", "po/ru.po"]) == 0, capsys.readouterr()
    assert [_plural_entry(catalog).msgstr_plural[n] for n in range(3)] == FORMS
    assert next(e for e in read_catalog(catalog) if e.msgctxt is None and e.msgid).msgstr == "%(count)d заседание"
    assert not any(e.obsolete for e in read_catalog(catalog))


SELECTED_CATALOG = RU_PLURAL_CATALOG.replace(
    '#, c-format\nmsgid "%d document"\nmsgid_plural "%d documents"',
    '#, python-format\nmsgid "%(count)d item(s) selected"\nmsgid_plural "%(count)d item(s) selected"')
SELECTED = ["Выбран %(count)d элемент", "Выбрано %(count)d элемента", "Выбрано %(count)d элементов"]


def _flattened_and_renumbered(tmp_path, monkeypatch, forms: list[str]) -> tuple[Path, Path]:
    """A plural whose msgid is its msgid_plural (English says both alike), its group left out
    and every unit renumbered `1`, `2`, … by the CAT tool; a form given as None has its unit
    left out too."""
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text(SELECTED_CATALOG, encoding="utf-8")
    assert main(["export", "--format", "xliff", "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    _flatten_plural_groups(path, [form or "" for form in forms])
    cat = Cat(path)
    units = list(cat.tree.iter(cat.q("trans-unit")))
    for unit, form in zip(units[1:], forms):
        if form is None:
            unit.getparent().remove(unit)
    for number, unit in enumerate(cat.tree.iter(cat.q("trans-unit")), start=1):
        unit.set("id", str(number))
    cat.save()
    return catalog, path


def test_a_flattened_plural_whose_msgid_is_its_msgid_plural_comes_back_as_its_forms(tmp_path, monkeypatch, capsys):
    # Form 0 was told from the others by its source being the msgid, not the msgid_plural: with
    # both alike, no form was gathered, and the three units were two conflicts, one of them
    # "the catalog keeps another translation of it obsolete" where it keeps none.
    catalog, path = _flattened_and_renumbered(tmp_path, monkeypatch, SELECTED)
    capsys.readouterr()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 0, capsys.readouterr().out
    entry = next(e for e in read_catalog(catalog) if e.msgid == "%(count)d item(s) selected")
    assert [entry.msgstr_plural[n] for n in range(3)] == SELECTED and not entry.fuzzy
    assert not any(e.obsolete for e in read_catalog(catalog))
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalog)], check=True)


def test_a_flattened_plural_whose_msgid_is_its_msgid_plural_short_of_a_form_is_a_true_conflict(tmp_path, monkeypatch, capsys):
    # Two units of three, all of one source: which form the tool left out cannot be told, and
    # the forms are not guessed into places; the conflict says so, and shows empty forms as such.
    catalog, path = _flattened_and_renumbered(tmp_path, monkeypatch, [SELECTED[0], None, SELECTED[2]])
    capsys.readouterr()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 1
    out = capsys.readouterr().out
    assert out.count("conflict [%(count)d item(s) selected]") == 1, out
    assert "obsolete" not in out
    assert "which of its forms the file left out cannot be told" in out
    assert "catalog: (untranslated) | (untranslated) | (untranslated)" in out
    entry = next(e for e in read_catalog(catalog) if e.msgid == "%(count)d item(s) selected")
    assert [entry.msgstr_plural[n] for n in range(3)] == ["", "", ""]


def test_a_singular_named_like_a_form_is_not_taken_into_a_plural(tmp_path):
    # msgctxt "a[0]" names its unit `a[0]`, beside the forms `a[1]`, `a[2]` of the plural with
    # msgctxt "a": glued into it, both were conflicts.
    from pipeline.exchange.xliff_in import read_xliff

    path = tmp_path / "ru.xlf"
    units = ('<trans-unit id="a[0]" resname="a[0]"><source>Delete</source><target>Удалить</target></trans-unit>'
             '<trans-unit id="a[1]" resname="a"><source>%d files</source><target>%d файла</target></trans-unit>'
             '<trans-unit id="a[2]" resname="a"><source>%d files</source><target>%d файлов</target></trans-unit>')
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{XLIFF_12}" version="1.2"><file original="ru.po" '
                    f'source-language="en" target-language="ru" datatype="po"><body>{units}</body></file></xliff>', encoding="utf-8")
    entries = read_xliff(path, checking=True).entries
    assert (entries[0].msgctxt, entries[0].msgid, entries[0].msgid_plural) == ("a[0]", "Delete", "")


def _two_segment_unit(tmp_path, monkeypatch, first_order: str, second_order: str) -> tuple[Path, Path]:
    """A 2.1 file whose one unit a CAT tool split into two segments and an ignorable, with the
    targets' `order` as given; and the catalog it is imported into."""
    from tests.foreign import po_text

    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text(po_text("ru", [("The meeting opened. The agenda was adopted.", "")]), encoding="utf-8")
    assert main(["export", "--format", "xliff", "--xliff-version", "2.1", "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    cat = Cat(path)
    unit = next(cat.tree.iter(cat.q("unit")))
    unit.remove(unit.find(cat.q("segment")))
    for kind, source, target, order in (("segment", "The meeting opened.", "Заседание открыто.", first_order),
                                        ("ignorable", " ", " ", "2"),
                                        ("segment", "The agenda was adopted.", "Повестка дня утверждена.", second_order)):
        part = etree.SubElement(unit, cat.q(kind), **({"state": "translated"} if kind == "segment" else {}))
        etree.SubElement(part, cat.q("source")).text = source
        etree.SubElement(part, cat.q("target"), order=order).text = target
    cat.save()
    return path, catalog


def test_segments_are_joined_in_their_targets_order(tmp_path, monkeypatch):
    # Russian puts the second sentence first: the targets say where each goes.
    path, catalog = _two_segment_unit(tmp_path, monkeypatch, "3", "1")
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 0
    assert [e.msgstr for e in read_catalog(catalog)] == ["Повестка дня утверждена. Заседание открыто."]


def test_two_targets_at_one_place_are_refused_not_glued(tmp_path, monkeypatch, capsys):
    # Both at order 1: joined as found, the sentences were glued and the space put last.
    path, catalog = _two_segment_unit(tmp_path, monkeypatch, "1", "1")
    before = catalog.read_bytes()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 2
    assert "[E024] two targets of the unit are at place 1" in capsys.readouterr().err
    assert catalog.read_bytes() == before


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_reviewer_s_file_note_and_a_tool_s_developer_note_are_kept(workspace, capsys, version):
    # Both went without a word ("1 note added" for the third): a note on the whole document
    # in the file's header, and a user's note a tool marked as the developer's.
    cat = Cat(_export(version))
    file = cat.tree.getroot().find(cat.q("file"))
    if version == "1.2":
        header = file.find(cat.q("header"))
        etree.SubElement(header, cat.q("note"), attrib={"from": "reviewer"}).text = "Revisar «незаконный ввоз» во всём документе."
        etree.SubElement(cat.unit("item/2/p2/s1"), cat.q("note"), attrib={"from": "developer"}).text = "Сверено с резолюцией 73/195."
    else:
        notes = file.find(cat.q("notes"))
        etree.SubElement(notes, cat.q("note"), category="reviewer").text = "Revisar «незаконный ввоз» во всём документе."
        etree.SubElement(cat.unit("item/2/p2/s1").find(cat.q("notes")), cat.q("note"),
                         category="developer").text = "Сверено с резолюцией 73/195."
    cat.save()
    assert main(["import", str(cat.path)]) == 0
    assert "2 notes added" in capsys.readouterr().out
    catalog = read_catalog(RU)
    assert "Revisar «незаконный ввоз» во всём документе." in catalog.header
    entry = _entry(RU, "item/2/p2/s1")
    assert entry.tcomment.endswith("Сверено с резолюцией 73/195.") and "73/195" not in entry.comment
    # Imported again, nothing is added twice; the notes export wrote are not made translator's.
    assert main(["import", str(cat.path)]) == 0
    assert "nothing new" in capsys.readouterr().out


def test_a_partly_translated_plural_comes_back_from_a_round_trip_as_it_was(tmp_path, monkeypatch, capsys):
    # `%d file was saved.` with its second form still empty, not fuzzy in the catalog: exported
    # and imported unchanged, it came back fuzzy ("1 state changed").
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "tests" / "data" / "software", "sw")
    assert main(["export", "--format", "xliff", "sw", "--out", "swx", "--no-glossary"]) == 0
    catalog = Path("sw/editor/po/es.po")
    before = [(e.msgid, e.fuzzy) for e in read_catalog(catalog)]
    assert any(e.msgid_plural and "" in e.msgstr_plural.values() and not e.fuzzy for e in read_catalog(catalog))
    capsys.readouterr()
    assert main(["import", "swx/es/editor.xlf", "--catalog", str(catalog)]) == 0
    assert "nothing new" in capsys.readouterr().out
    assert [(e.msgid, e.fuzzy) for e in read_catalog(catalog)] == before


def test_a_1_2_unit_with_two_targets_is_refused_not_cut_to_the_first(workspace, capsys):
    # XLIFF 1.2 gives a unit one <target>; a tool's second (a reviser's rewording) was dropped
    # unsaid, "nothing new", exit 0. Which is the translation is for a person to say.
    cat = Cat(_export("1.2"))
    first = cat.target("item/2/p2/s1")
    second = etree.Element(cat.q("target"), state="translated")
    second.text = "Рабочая группа, возможно, пожелает рассмотреть этот вопрос."
    first.addnext(second)
    cat.save()
    catalog = Path("locale/ru/LC_MESSAGES") / f"{DOC}.po"
    before = catalog.read_bytes()
    assert main(["import", str(cat.path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "[E024] a <trans-unit> with 2 <target> elements: which is the translation is not said" in error
    assert catalog.read_bytes() == before


def test_a_target_language_that_is_no_language_code_is_named_where_it_was_read(workspace, capsys):
    # The error said the code was "in the Language header", which the file has none of: a
    # translator looked in the wrong place.
    cat = Cat(_export("1.2"))
    cat.tree.getroot().find(cat.q("file")).set("target-language", "xx-Bogus-$$")
    cat.save()
    assert main(["import", str(cat.path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "[E025] 'xx-Bogus-$$' in its target-language is not a language code" in error


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_import_keeps_the_states_a_reviser_changed_in_the_catalog_since_the_export(workspace, capsys, version):
    # A reviser flagged one segment and cleared another's flag after the export; the
    # translator changed another segment's text. Import put both states back as exported,
    # exit 0, "2 states changed": the flag gone, a translation shipped unreviewed.
    po = read_catalog(RU)
    next(e for e in po if e.msgctxt == "item/2/p2/s1").flags.append("fuzzy")
    save_catalog(po, RU, po)
    path = _export(version)
    po = read_catalog(RU)
    next(e for e in po if e.msgctxt == "item/2/p2/s1").flags.remove("fuzzy")  # cleared since
    next(e for e in po if e.msgctxt == "item/2/p3/s1").flags.append("fuzzy")  # flagged since
    save_catalog(po, RU, po)
    cat = Cat(path)
    cat.translate("item/1/title", _entry(RU, "item/1/title").msgstr + " заседания")
    cat.save()
    capsys.readouterr()
    assert main(["import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 translation changed" in out and "state" not in out, out
    assert not _entry(RU, "item/2/p2/s1").fuzzy and _entry(RU, "item/2/p3/s1").fuzzy
    assert _entry(RU, "item/1/title").msgstr.endswith(" заседания")
    # A state the translator changed in the file is taken, as before.
    cat = Cat(path)
    cat.state("item/2/p1/s1", finished=False)
    cat.save()
    assert main(["import", str(path)]) == 0
    assert _entry(RU, "item/2/p1/s1").fuzzy and _entry(RU, "item/2/p3/s1").fuzzy


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_file_retargeted_to_another_language_is_refused_not_merged_into_it(workspace, capsys, version):
    # Its target language changed to send it on: read as French, it wrote its Russian notes
    # into the French catalog, with 37 "conflicts".
    path = _export(version)
    cat = Cat(path)
    cat.note("item/2/p2/s1", "TC: проверить с редактором")
    root = cat.tree.getroot()
    if version == "1.2":
        for file in root.iter(cat.q("file")):
            file.set("target-language", "fr")
    else:
        root.set("trgLang", "fr")
    cat.save()
    sent = Path("sent") / "for-review.xlf"  # out of the folder that names its language
    sent.parent.mkdir()
    path.rename(sent)
    french = Path(str(RU).replace("/ru/", "/fr/"))
    before = french.read_bytes()
    capsys.readouterr()
    assert main(["import", str(sent)]) == 2
    err = capsys.readouterr().err
    assert "[E025]" in err and "its target language is fr, but it was exported from the ru catalog" in err, err
    assert french.read_bytes() == before


def test_a_mark_a_file_without_hexaglot_s_records_would_clear_is_kept_and_said(workspace, capsys):
    po = read_catalog(RU)
    next(e for e in po if e.msgctxt == "item/2/p2/s1").flags.append("fuzzy")
    save_catalog(po, RU, po)
    cat = Cat(_export("1.2"))
    for context in list(cat.tree.iter(cat.q("context"))):
        if context.get("context-type", "").startswith("x-hexaglot-exported"):
            context.getparent().remove(context)  # a CAT tool that dropped what hexaglot recorded
    cat.state("item/2/p2/s1", finished=True)
    cat.save()
    capsys.readouterr()
    assert main(["import", str(cat.path)]) == 0
    out = capsys.readouterr().out
    assert _entry(RU, "item/2/p2/s1").fuzzy
    assert "1 fuzzy mark the file would clear kept: it does not say what it was exported with" in out, out


def test_a_conflict_on_texts_of_several_lines_is_said_on_one_line_each(tmp_path, monkeypatch, capsys):
    # A msgid and translations holding line breaks (software strings) printed a conflict over
    # six lines, two of them lines of no conflict a CI problem matcher read as findings.
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "po" / "ru.po"
    catalog.parent.mkdir()
    catalog.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ru\\n"\n\n'
                       'msgid "Line one\\nLine two"\nmsgstr "Строка один\\nСтрока два"\n', encoding="utf-8")
    assert main(["export", "--format", "xliff", "po", "--out", "x", "--no-glossary"]) == 0
    [path] = (tmp_path / "x").rglob("*.xlf")
    # The catalog's translation changed since the export, and the file brings another.
    catalog.write_text(catalog.read_text(encoding="utf-8").replace("Строка два", "Вторая строка"), encoding="utf-8")
    cat = Cat(path)
    target = next(cat.tree.iter(cat.q("target")))
    target.text = "Строка 1\nСтрока 2"
    cat.save()
    capsys.readouterr()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == 1
    out = capsys.readouterr().out
    conflict = [line for line in out.splitlines() if "conflict [" in line]
    assert len(conflict) == 1 and "Line one\\nLine two" in conflict[0], out
    assert "    file:    Строка 1\\nСтрока 2" in out.splitlines(), out
    assert not any(line.startswith(("Line two", "Строка два", "Строка 2", "Вторая строка")) for line in out.splitlines())


def test_exporting_an_xliff_file_says_it_is_one_already(workspace, capsys):
    # "no catalog of a language to translate into", of a Russian file export itself wrote.
    exported = _export("1.2")
    capsys.readouterr()
    assert main(["export", "--format", "xliff", "--out", "again", "--no-glossary", str(exported)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "[E026]" in line and "given is XLIFF: give the catalogs it was exported from" in line and "hexaglot import" in line


def test_catalogs_an_import_changes_are_written_all_or_none(workspace, monkeypatch, capsys):
    # A French and a Russian file imported together, the Russian catalog's folder read-only (a
    # mount, a share): the French catalog was written, then the Russian one stopped the import
    # with E011 and exit 2, which says that nothing was changed.
    import errno
    import tempfile

    _export("1.2", "locale/ru", "locale/fr")
    files = {lang: Path("exports") / lang / f"{DOC}.xlf" for lang in ("fr", "ru")}
    for lang, path in files.items():
        cat = Cat(path)
        cat.translate("item/2/p1/s1", f"[{lang}] une traduction revue")
        cat.save()
    catalogs = {lang: Path("locale") / lang / "LC_MESSAGES" / f"{DOC}.po" for lang in files}
    before = {lang: path.read_bytes() for lang, path in catalogs.items()}
    make_temporary = tempfile.NamedTemporaryFile

    def read_only_russian_folder(*args, **kwargs):
        if Path(kwargs["dir"]).resolve() == catalogs["ru"].parent.resolve():
            raise OSError(errno.EROFS, "Read-only file system")
        return make_temporary(*args, **kwargs)

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", read_only_russian_folder)
    capsys.readouterr()
    assert main(["import", str(files["fr"]), str(files["ru"])]) == 2
    assert capsys.readouterr().err == f"hexaglot: {catalogs['ru']}: [E011] cannot write: Read-only file system\n"
    assert {lang: path.read_bytes() for lang, path in catalogs.items()} == before
    assert not [p for p in catalogs["fr"].parent.iterdir() if p.name.endswith(".tmp")]  # no new text left beside it
    # The folder writable again, the same import writes both.
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", make_temporary)
    assert main(["import", str(files["fr"]), str(files["ru"])]) == 0
    assert {lang: _entry(path, "item/2/p1/s1").msgstr for lang, path in catalogs.items()} == {
        lang: f"[{lang}] une traduction revue" for lang in catalogs}


@pytest.mark.parametrize("state", [None, "needs-review-translation"])
def test_a_source_copy_never_replaces_a_finished_translation(workspace, capsys, state):
    # Okapi Rainbow (no state) or a tool's copy source to target marked to review wrote the
    # English over the catalog's finished Russian: the translation gone, exit 0 (probe 62j).
    catalog = RU
    before = _entry(catalog, "item/2/p3/s1")
    assert before.msgstr and not before.fuzzy
    cat = Cat(_export("1.2"))
    target = cat.target("item/2/p3/s1")
    target.text = before.msgid
    target.attrib.pop("state", None)
    if state:
        target.set("state", state)
    cat.unit("item/2/p3/s1").attrib.pop("approved", None)
    cat.save()
    assert main(["import", str(cat.path)]) == 1  # a conflict
    out = capsys.readouterr().out
    assert "conflict [item/2/p3/s1]: the file's target is its source copied" in out, out
    kept = _entry(catalog, "item/2/p3/s1")
    assert (kept.msgstr, kept.fuzzy) == (before.msgstr, False)


def _shop_exported(tmp_path, monkeypatch, version="1.2"):
    shutil.copytree(ROOT / "tests" / "data" / "software" / "shop", tmp_path / "shop")
    monkeypatch.chdir(tmp_path)
    po = Path("shop/locale/ru/LC_MESSAGES/django.po")
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary", str(po)]) == 0
    return po, Cat(Path("exports/ru/django.xlf"))


def test_a_plural_whose_plural_source_changed_since_export_comes_back_fuzzy(tmp_path, monkeypatch, capsys):
    # An exchange probe's: msgmerge changed the msgid_plural since the export (`items` → `items
    # in the cart`) and marked the entry fuzzy; the file's forms came back final, the fuzzy mark
    # and `#|` dropped: a translation made for the old plural passed as the new one's.
    po, cat = _shop_exported(tmp_path, monkeypatch)
    plural = next(e for e in read_catalog(po) if e.msgid_plural)
    unit = next(u for u in cat.tree.iter(cat.q("trans-unit")) if u.find(cat.q("source")).text == plural.msgid)
    target = unit.find(cat.q("target"))
    target.text = target.text + " "  # a form edited in the tool
    target.text = target.text.rstrip() + "!"
    cat.save()
    catalog = read_catalog(po)
    entry = next(e for e in catalog if e.msgid == plural.msgid)
    entry.previous_msgid, entry.previous_msgid_plural = entry.msgid, entry.msgid_plural
    entry.msgid_plural = entry.msgid_plural + " (revised)"
    entry.flags.insert(0, "fuzzy")
    save_catalog(catalog, po, catalog)
    main(["import", str(cat.path), "--into", "shop/locale"])
    merged = next(e for e in read_catalog(po) if e.msgid == plural.msgid)
    assert merged.fuzzy and merged.previous_msgid_plural == plural.msgid_plural, (merged.flags, merged.previous_msgid_plural)


def test_a_mark_a_reviser_set_in_the_catalog_since_export_stands(tmp_path, monkeypatch, capsys):
    # The reviser marks an entry fuzzy after the export; the translator, unaware, edits its
    # target: the mark was cleared, nothing said (an exchange probe's).
    po, cat = _shop_exported(tmp_path, monkeypatch)
    entry = next(e for e in read_catalog(po) if not e.msgid_plural and e.msgstr and not e.fuzzy)
    unit = next(u for u in cat.tree.iter(cat.q("trans-unit")) if u.find(cat.q("source")).text == entry.msgid)
    unit.find(cat.q("target")).text = entry.msgstr + " (правка)"
    cat.save()
    catalog = read_catalog(po)
    marked = next(e for e in catalog if e.msgid == entry.msgid)
    marked.flags.insert(0, "fuzzy")
    save_catalog(catalog, po, catalog)
    main(["import", str(cat.path), "--into", "shop/locale"])
    merged = next(e for e in read_catalog(po) if e.msgid == entry.msgid)
    assert merged.msgstr == entry.msgstr + " (правка)" and merged.fuzzy


def test_two_units_of_one_source_with_two_translations_for_one_entry_take_neither(tmp_path, monkeypatch, capsys):
    # An exchange probe's: a CAT tool's copy of a unit (a new id, another target) placed before
    # the original: whichever came first replaced the catalog's translation, and the conflict
    # line showed the other unit's text as the catalog's, "the catalog's translation is kept".
    po, cat = _shop_exported(tmp_path, monkeypatch)
    entry = next(e for e in read_catalog(po) if not e.msgid_plural and not e.msgctxt and e.msgstr and not e.fuzzy)
    unit = next(u for u in cat.tree.iter(cat.q("trans-unit")) if u.find(cat.q("source")).text == entry.msgid)
    copy = etree.fromstring(etree.tostring(unit))
    copy.set("id", unit.get("id") + "-copy")
    copy.find(cat.q("target")).text = "Другой перевод"
    unit.addprevious(copy)
    unit.find(cat.q("target")).text = entry.msgstr + " (правка)"
    cat.save()
    assert main(["import", str(cat.path), "--into", "shop/locale"]) == 1
    out = capsys.readouterr().out
    assert read_catalog(po).find(entry.msgid).msgstr == entry.msgstr  # neither taken
    assert "2 units of this source, one entry" in out and f"catalog: {entry.msgstr}" in out, out


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_a_one_form_plural_taken_out_of_its_group_comes_back(tmp_path, monkeypatch, capsys, version):
    # Chinese has one plural form: a CAT tool that saved that form's unit outside its group got
    # "plural forms without their form 0", the unit being form 0 (an exchange probe's).
    shutil.copytree(ROOT / "tests" / "data" / "software" / "shop", tmp_path / "shop")
    monkeypatch.chdir(tmp_path)
    zh = Path("shop/locale/zh_Hans/LC_MESSAGES/django.po")
    assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", "exports", "--no-glossary", str(zh)]) == 0
    cat = Cat(next(Path("exports").rglob("django.xlf")))
    group_type = "x-gettext-plurals" if version == "1.2" else "gettext:plurals"
    group = next(g for g in cat.tree.iter(cat.q("group")) if g.get("restype" if version == "1.2" else "type") == group_type)
    [unit] = list(group.iter(cat.q("trans-unit" if version == "1.2" else "unit")))
    msgid = unit.find(f".//{cat.q('source')}").text
    target = unit.find(f".//{cat.q('target')}")
    target.text = "购物车中有 %(count)d 件商品"
    group.addprevious(unit)  # the group left out, its one unit among the others
    group.getparent().remove(group)
    cat.save()
    assert main(["import", str(cat.path), "--into", "shop/locale"]) == 0, capsys.readouterr().out
    assert next(e for e in read_catalog(zh) if e.msgid == msgid).msgstr_plural[0] == "购物车中有 %(count)d 件商品"


def test_an_edit_of_a_source_msgmerge_changed_since_export_goes_to_its_entry_fuzzy(tmp_path, monkeypatch, capsys):
    # An exchange probe's: after msgmerge changed `Welcome, {name}!` into `Welcome back, {name}!`
    # (fuzzy, `#| msgid "Welcome, {name}!"`), the translator's edit of the old unit went to an
    # obsolete entry, the live one keeping the old text, though its #| names the unit's source.
    po, cat = _shop_exported(tmp_path, monkeypatch)
    entry = next(e for e in read_catalog(po) if not e.msgid_plural and not e.msgctxt and e.msgstr and not e.fuzzy)
    unit = next(u for u in cat.tree.iter(cat.q("trans-unit")) if u.find(cat.q("source")).text == entry.msgid)
    unit.find(cat.q("target")).text = entry.msgstr + " (правка)"
    cat.save()
    catalog = read_catalog(po)
    merged_by_msgmerge = next(e for e in catalog if e.msgid == entry.msgid)
    merged_by_msgmerge.previous_msgid = entry.msgid
    merged_by_msgmerge.msgid = entry.msgid + " (revised)"
    merged_by_msgmerge.flags.insert(0, "fuzzy")
    save_catalog(catalog, po, catalog)
    main(["import", str(cat.path), "--into", "shop/locale"])
    after = read_catalog(po)
    live = next(e for e in after if e.msgid == entry.msgid + " (revised)")
    assert (live.msgstr, live.fuzzy, live.previous_msgid) == (entry.msgstr + " (правка)", True, entry.msgid)
    assert not any(e.obsolete and e.msgid == entry.msgid for e in after)


def test_a_unit_that_says_nothing_of_its_state_keeps_the_catalogs_mark_to_review(workspace, capsys):
    # A tool that writes no states (OmegaT, Okapi) gave back the exported file with the fuzzy
    # unit's `approved="no"` and `state` gone and its text untouched: import read the silence as
    # approved and cleared the mark, "1 state changed", exit 0: a translation to review shipped.
    po = read_catalog(RU)
    next(e for e in po if e.msgctxt == "item/2/p2/s1").flags.append("fuzzy")
    save_catalog(po, RU, po)
    cat = Cat(_export("1.2"))
    for unit in cat.tree.iter(cat.q("trans-unit")):
        unit.attrib.pop("approved", None)
        for target in unit.iter(cat.q("target")):
            target.attrib.pop("state", None)
    cat.translate("item/1/title", _entry(RU, "item/1/title").msgstr + " заседания")
    cat.save()
    capsys.readouterr()
    assert main(["import", str(cat.path)]) == 0
    out = capsys.readouterr().out
    assert "state" not in out and "1 translation changed" in out, out
    assert _entry(RU, "item/2/p2/s1").fuzzy
    # The edited text of a stateless unit is taken as a translator's finished work, as before.
    assert _entry(RU, "item/1/title").msgstr.endswith(" заседания") and not _entry(RU, "item/1/title").fuzzy


@pytest.mark.parametrize("version", ["1.2", "2.1"])
@pytest.mark.parametrize("fourth", ["%d документы", ""])
def test_a_plural_form_beyond_the_catalogs_plural_forms_is_never_written(tmp_path, monkeypatch, capsys, version, fourth):
    # A translator's tool added a fourth form to a Russian plural (nplurals=3): import wrote
    # msgstr[3], "1 translation filled", exit 0, and msgfmt refused the catalog it left. A
    # fourth form with words is a conflict; one left empty is no form of the catalog's.
    catalog, path = _po_exported(tmp_path, monkeypatch, version, RU_PLURAL_CATALOG)
    cat = Cat(path)
    [group] = [g for g in cat.tree.iter(cat.q("group"))]
    units = list(group.iter(cat.q("trans-unit" if version == "1.2" else "unit")))
    extra = etree.fromstring(etree.tostring(units[-1]))
    extra.set("id", units[-1].get("id").replace("2", "3"))
    units[-1].addnext(extra)
    cat.save()
    _fill_plural_group(path, ["%d документ", "%d документа", "%d документов", fourth])
    before = catalog.read_bytes()
    capsys.readouterr()
    assert main(["import", str(path), "--catalog", "po/ru.po"]) == (1 if fourth else 0)
    said = capsys.readouterr().out
    if fourth:
        assert "4 plural forms where the catalog's Plural-Forms declares 3" in said, said
        assert catalog.read_bytes() == before
    else:
        assert "1 translation filled" in said, said
        entry = next(e for e in read_catalog(catalog) if e.msgid == "%d document")
        assert entry.msgstr_plural == {0: "%d документ", 1: "%d документа", 2: "%d документов"}
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(catalog)], check=True)


@pytest.mark.parametrize("declared", ["ISO-8859-1", "windows-1251"])
def test_a_utf8_file_declared_in_a_legacy_encoding_is_refused_not_imported_as_mojibake(workspace, capsys, declared):
    # An editor saved the file as UTF-8 and left its declaration: read as declared, every
    # translation came in as `РЎРѕРІРµС‚…`, "37 translations changed", exit 0.
    path = _export("1.2")
    before = RU.read_bytes()
    path.write_bytes(path.read_bytes().replace(b'encoding="UTF-8"', f'encoding="{declared}"'.encode(), 1))
    capsys.readouterr()
    assert main(["import", str(path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"[E024] its XML declaration says encoding {declared}, but the file is UTF-8" in error
    assert RU.read_bytes() == before
    # With a UTF-8 byte order mark, the mark says what the bytes are (PowerShell 5 saves so), and
    # the parser reads them so: imported as before.
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert main(["import", str(path)]) == 0
    assert "nothing new (catalog unchanged)" in capsys.readouterr().out and RU.read_bytes() == before
    path.write_bytes(path.read_bytes()[3:])
    # The same file really written in windows-1251 is read as it says.
    text = path.read_bytes().decode("utf-8").replace(f'encoding="{declared}"', 'encoding="windows-1251"', 1)
    path.write_bytes(text.encode("windows-1251"))
    assert main(["import", str(path)]) == 0
    assert "nothing new (catalog unchanged)" in capsys.readouterr().out and RU.read_bytes() == before


def test_two_imports_into_one_catalog_at_once_lose_neither_translation(workspace, monkeypatch):
    # Both found the catalog as they had read it, both wrote, both said "catalog written" at exit
    # 0, and the first's translation was gone (probe 66c: 5 runs in 10). The second import is
    # made to run while the first is between its comparison and its write.
    import threading

    from pipeline.errors import HexaglotInputError
    from pipeline.exchange import workflow

    first = _export("1.2")
    second = Path("exports/second.xlf")
    shutil.copy(first, second)
    for path, msgctxt, text in ((first, "item/1/title", "Открытие сессии (ред. 1)"), (second, "item/2/p1/s1", "Текст изменен.")):
        cat = Cat(path)
        cat.translate(msgctxt, text)
        cat.save()
    real_write, in_window, outcome = workflow.atomic_write_all, threading.Event(), {}

    def second_import():
        in_window.wait()
        try:
            outcome["second"] = workflow.import_xliff([second], Path("locale"), RU)
        except HexaglotInputError as error:
            outcome["second"] = error.code

    def write_after_the_second_tried(writes):
        if threading.current_thread() is not threading.main_thread():
            return real_write(writes)
        in_window.set()
        runner.join(timeout=1)  # (it finishes here where nothing holds the catalog; else waits for this write)
        return real_write(writes)

    monkeypatch.setattr(workflow, "atomic_write_all", write_after_the_second_tried)
    runner = threading.Thread(target=second_import)
    runner.start()
    workflow.import_xliff([first], Path("locale"), RU)
    runner.join(timeout=30)
    texts = {e.msgctxt: e.msgstr for e in read_catalog(RU)}
    assert texts["item/1/title"] == "Открытие сессии (ред. 1)"
    # The second either waited and found the catalog changed (E050: nothing of it lost, run it
    # again), or its translation is there too.
    assert outcome["second"] == "E050" or texts["item/2/p1/s1"] == "Текст изменен.", outcome


@pytest.mark.parametrize("version", ["1.2", "2.1"])
def test_a_unit_whose_name_a_tool_dropped_is_placed_by_its_id(workspace, capsys, version):
    # A tool kept the unit ids and dropped `resname`/`name`; the source changed since the export:
    # the translator's edit went obsolete (#~), where it is the entry's, to review (probe 66b).
    path = _export(version)
    cat = Cat(path)
    cat.translate("item/2/p3/s1", "Рабочая группа, возможно, пожелает обсудить этот вопрос.")
    unit_name = "trans-unit" if version == "1.2" else "unit"
    for unit in cat.tree.iter(cat.q(unit_name)):
        unit.attrib.pop("resname" if version == "1.2" else "name", None)
    cat.save()
    po = read_catalog(RU)
    entry = next(e for e in po if e.msgctxt == "item/2/p3/s1")
    entry.msgid = entry.msgid.rstrip(".")  # the source changed since the export
    save_catalog(po, RU, po)
    capsys.readouterr()
    assert main(["import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "kept obsolete" not in out, out
    entry = _entry(RU, "item/2/p3/s1")
    assert entry.msgstr == "Рабочая группа, возможно, пожелает обсудить этот вопрос." and entry.fuzzy


def test_a_unit_numbered_by_its_tool_is_placed_by_its_source_not_by_a_number_msgctxt(tmp_path, monkeypatch, capsys):
    # A string table keyed by numbers (msgctxt `1` to `4`) and a memoQ file whose units are
    # numbered 1, 2, holding entries 3 and 4: placed by their ids, both came in fuzzy with a false
    # `#| msgctxt "1"` (probe 66j).
    monkeypatch.chdir(tmp_path)
    catalog = tmp_path / "ru.po"
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       + "".join(f'msgctxt "{n}"\nmsgid "{text}"\nmsgstr ""\n\n' for n, text in
                                 enumerate(["Open", "Close", "Save the report", "Print the report"], start=1)),
                       encoding="utf-8")
    (tmp_path / "memoq.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="ru.po" source-language="en" target-language="ru" datatype="po"><body>'
        '<trans-unit id="1"><source>Save the report</source><target state="translated">Сохранить доклад</target></trans-unit>'
        '<trans-unit id="2"><source>Print the report</source><target state="translated">Напечатать доклад</target></trans-unit>'
        '</body></file></xliff>\n', encoding="utf-8")
    assert main(["import", "memoq.xlf", "--catalog", "ru.po"]) == 0
    assert "2 translations filled" in capsys.readouterr().out
    entries = {e.msgctxt: e for e in read_catalog(catalog)}
    assert (entries["3"].msgstr, entries["3"].fuzzy, entries["3"].previous_msgctxt) == ("Сохранить доклад", False, None)
    assert entries["1"].msgstr == ""


def test_a_unit_named_by_hexaglots_own_id_whose_source_was_reworded_comes_in_fuzzy(workspace, capsys):
    # The source similarity asked of memoQ's numbered ids was asked of hexaglot's own too: a
    # reworded source's unit went obsolete (probe 66k).
    path = _export("1.2")
    cat = Cat(path)
    cat.translate("item/2/p3/s1", "Рабочая группа, возможно, пожелает рассмотреть этот вопрос.")
    for unit in cat.tree.iter(cat.q("trans-unit")):
        unit.attrib.pop("resname", None)
    cat.save()
    po = read_catalog(RU)
    entry = next(e for e in po if e.msgctxt == "item/2/p3/s1")
    entry.msgid = "The Working Group may wish to consider that question in depth."
    save_catalog(po, RU, po)
    capsys.readouterr()
    assert main(["import", str(path)]) == 0
    assert "kept obsolete" not in capsys.readouterr().out
    entry = _entry(RU, "item/2/p3/s1")
    assert entry.msgstr == "Рабочая группа, возможно, пожелает рассмотреть этот вопрос." and entry.fuzzy
