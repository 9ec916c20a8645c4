"""Where a finding is (issue 23, point 4): the line of its msgstr, and the offsets in the msgstr
the check found it at, set by the check itself; --show-source and --lang."""

from __future__ import annotations

import json
import shutil
import textwrap

import pytest

from pipeline.checks import selected
from pipeline.glossary.tbx import read_tbx
from pipeline.model import CatalogFile, Entry
from pipeline.run import check_catalog, terminology_for
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def terminology():
    return terminology_for([read_tbx(ROOT / "glossaries" / "untoc-som.tbx")])


def spans(terminology, lang, source, target, codes, flags=()):
    entry = Entry("item/2/p1/s1", source, target, 1, flags=flags)
    found = check_catalog(CatalogFile("test.po", lang, (entry,)), selected(list(codes)), terminology, "en")
    return [(f.code, target[f.start:f.end] if f.start is not None else None, f.start) for f in found]


def test_a_rejected_term_twice_is_marked_where_the_check_found_it_not_where_it_first_occurs(terminology):
    """`Конференция Сторон` is right before `Конвенции о биологическом разнообразии` (the
    glossary's context rule) and wrong in the second sentence: the offset is the second's."""
    source = ("The Conference of the Parties to the Convention on Biological Diversity and the Conference of the "
              "Parties to the Organized Crime Convention met in Vienna.")
    target = ("Конференция Сторон Конвенции о биологическом разнообразии и Конференция Сторон Конвенции против "
              "организованной преступности провели совещание в Вене.")
    second = target.index("Конференция Сторон", 1)
    assert second > 0
    found = [f for f in spans(terminology, "ru", source, target, ["TERM002"])]
    assert found == [("TERM002", "Конференция Сторон", second)]


@pytest.mark.parametrize("lang, source, target, code, marked, which", [
    # the same word twice, the second occurrence the fault
    ("ru", "the Working Group will consider this item", "Рабочая группа рассмотрит группа группа этот пункт", "TYPO006",
     "группа группа", "last"),
    ("ru", "an exchange of views under this agenda item", "обмен мнениями по этому пункту и поэтому пункту повестки дня",
     "TYPO009", "поэтому пункту", "last"),
    ("ru", "the smuggling of migrants", "незаконный ввоз мигрантов и незаконнного ввоза мигрантов", "TYPO008", "незаконнного",
     "last"),
    ("fr", 'the resolution entitled "Strengthening cooperation"', 'la résolution intitulée « Renforcer » et "coopération"',
     "TYPO002", '"', "first"),
    ("es", "Opening of the meeting.", "Apertura del período de sesiones;", "TYPO004", ";", "last"),
    # a bracket not closed: the outermost one left open, as nested pairs read
    ("ru", "Procedure for the review (see annex).", "Порядок обзора (см. приложение (ст. 2)", "TYPO005", "(", "first"),
    # list letters close nothing: the bracket closing nothing is the last one, not a)'s
    ("ru", "Items a) and b) of the agenda (see annex).", "пункты a) и b) повестки дня см. приложение)", "TYPO005", ")",
     "last"),
])
def test_span_findings_carry_their_offsets(terminology, lang, source, target, code, marked, which):
    found = [f for f in spans(terminology, lang, source, target, [code]) if f[0] == code]
    assert found, f"{code} not found"
    text, start = found[0][1], found[0][2]
    assert text == marked
    assert start == (target.rindex(marked) if which == "last" else target.index(marked))


def test_a_placeholder_added_is_marked_in_the_form_it_is_in(terminology):
    found = spans(terminology, "ru", "{count} of {total} documents", "{count} из {totl} документов", ["FMT004"],
                  flags=("python-brace-format",))
    assert found == [("FMT004", "{totl}", "{count} из {totl} документов".index("{totl}"))]


PO = textwrap.dedent('''\
    msgid ""
    msgstr ""
    "Content-Type: text/plain; charset=UTF-8\\n"
    "Language: ru\\n"
    "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

    #. Agenda item 2
    #, fuzzy
    msgctxt "masthead/body"
    msgid "Working Group on the Smuggling of Migrants"
    msgstr "Рабочая группа по незаконному ввозу мигрантов"

    # a translator's comment
    #. Agenda item 2
    msgctxt "item/2/p1/s1"
    msgid ""
    "The Working Group on the Smuggling of Migrants will consider the item at its "
    "ninth meeting."
    msgstr ""
    "Рабочaя группа по незаконному ввозу мигрантов рассмотрит этот пункт на своем "
    "девятом совещании."

    #, python-brace-format
    msgid "{n} meeting"
    msgid_plural "{n} meetings"
    msgstr[0] "{n} заседание"
    msgstr[1] "{m} заседания"
    msgstr[2] "{n} заседаний"
    ''')


def test_a_finding_points_at_the_line_of_its_msgstr(hexaglot, tmp_path):
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "doc.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(PO, encoding="utf-8")
    lines = PO.splitlines()
    process = hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    findings = json.loads(process.stdout)["findings"]
    by_code = {f["code"]: f for f in findings}
    fuzzy, mixed = by_code["CONS002"], by_code["TYPO001"]
    assert lines[fuzzy["line"] - 1] == 'msgstr "Рабочая группа по незаконному ввозу мигрантов"'
    assert lines[mixed["line"] - 1] == 'msgstr ""'  # the msgstr keyword, its text on the lines after
    assert (mixed["column"], mixed["start"], mixed["end"]) == (1, 0, len("Рабочaя"))
    plural = by_code["FMT004"]  # in msgstr[1]: its line and its offsets are msgstr[1]'s
    assert lines[plural["line"] - 1] == 'msgstr[1] "{m} заседания"'
    assert "msgstr[1]" in plural["message"] and (plural["start"], plural["end"]) == (0, 3)


def corpus_copy(tmp_path):
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    shutil.copytree(ROOT / "glossaries", tmp_path / "glossaries")
    return tmp_path


def test_show_source_and_lang_on_the_corpus(hexaglot, tmp_path):
    project = corpus_copy(tmp_path)
    process = hexaglot("check", "locale", "--lang", "fr,es", "--show-source", "--select", "NUM001", "--select", "REF001",
                           "--fail-on", "never", cwd=project)
    assert process.returncode == 0, process.stderr
    out = process.stdout.splitlines()
    findings = [line for line in out if ": NUM001 " in line or ": REF001 " in line]
    assert findings and all("/fr/" in line or "/es/" in line for line in findings)
    number = out.index(next(line for line in findings if "[p/23/s1]" in line))
    assert out[number + 1] == "    source:      Representatives of 78 States parties to the Convention attended the meeting."
    assert out[number + 2] == ("    translation: Des représentants de ⟦87⟧ États parties à la Convention ont participé "
                               "à la réunion.")
    assert any("(⟦CTOC/COP/WG.7/2022/3⟧)" in line for line in out)
    assert "not checked: 12 catalogs left out by --lang fr,es (ar 4, ru 4, zh 4)" in out
    assert "8 catalogs" in out[-3] or any(line.startswith("8 catalogs, ") for line in out)


def test_lang_is_checked_as_a_usage_error(hexaglot):
    process = hexaglot("check", "--lang", "ru,de", cwd=ROOT)
    assert process.returncode == 2 and "--lang takes codes of ar, en, es, fr, ru, zh" in process.stderr
    assert len(process.stderr.strip().splitlines()) == 1


def test_lang_takes_a_language_as_the_catalogs_folders_spell_it(hexaglot):
    # A user whose folders are zh_Hans/ and fr_FR/ types what they see; each names a language.
    spelled = hexaglot("check", "--lang", "zh_Hans,FR-fr", "--format", "json", "--fail-on", "never", cwd=ROOT)
    plain = hexaglot("check", "--lang", "zh,fr", "--format", "json", "--fail-on", "never", cwd=ROOT)
    assert spelled.returncode == plain.returncode == 0 and spelled.stdout == plain.stdout
    # A regional variety is not a language to filter by: said, with the language to type.
    process = hexaglot("check", "--lang", "es_AR", cwd=ROOT)
    assert process.returncode == 2 and len(process.stderr.strip().splitlines()) == 1
    assert "es_AR is a variety of es: --lang es checks every Spanish catalog, es_AR's among them" in process.stderr
    # Traditional Chinese is not a variety --lang zh checks: its catalogs are refused, never
    # checked as Chinese (the message said 'zh_TW's among them').
    for spelled in ("zh_TW", "zh-Hant"):
        traditional = hexaglot("check", "--lang", spelled, cwd=ROOT)
        assert traditional.returncode == 2 and len(traditional.stderr.strip().splitlines()) == 1
        assert f"'{spelled}' in --lang is Traditional Chinese; UN Chinese is Simplified" in traditional.stderr
        assert "among them" not in traditional.stderr


def test_a_term_with_words_inside_it_is_marked_from_its_first_word_to_its_last(terminology):
    target = "议程项目3：交流关于国家侦查程序的信息"
    found = spans(terminology, "zh", "Agenda item 3: Exchange of information on national investigative procedures",
                  target, ["TERM003"])
    assert found == [("TERM003", "交流关于国家侦查程序的信息", target.index("交流"))]
