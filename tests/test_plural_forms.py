"""Entries with plural forms, as software catalogs have them: complete plurals are translated,
a missing or empty msgstr[n] is its own finding (FMT001) naming the form, a header whose
nplurals is not the language's is said once (FMT002), and every form is checked like any
msgstr, each finding naming its form's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run import check_catalogs
from tests.foreign import HEADER

RU_PLURALS = 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);'


def catalog(tmp_path: Path, lang: str, body: str, plural_forms: str | None = RU_PLURALS) -> Path:
    path = tmp_path / "locale" / lang / "LC_MESSAGES" / "files.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    header = HEADER.format(domain="files", lang=lang)
    if plural_forms:
        header += f'"Plural-Forms: {plural_forms}\\n"\n'
    path.write_text(header + body, encoding="utf-8")
    return path


def found(tmp_path: Path) -> list[tuple[str, int, str]]:
    result = check_catalogs([tmp_path / "locale"], [], keep_report_data=False)
    return [(f.code, f.line, f.message) for f in result.findings if f.code.startswith(("FMT", "CONS001"))]


DELETED = '''
msgid "%d file was deleted."
msgid_plural "%d files were deleted."
msgstr[0] "%d файл удален."
msgstr[1] "%d файла удалено."
msgstr[2] "%d файлов удалено."
'''


def test_a_complete_plural_is_translated_and_passes(tmp_path):
    catalog(tmp_path, "ru", DELETED)
    assert found(tmp_path) == []  # it used to be CONS001 "not translated", an error


def test_an_empty_form_is_named(tmp_path):
    catalog(tmp_path, "ru", DELETED.replace('"%d файлов удалено."', '""'))
    [(code, line, message)] = found(tmp_path)
    assert code == "FMT001" and line == 22 and message.startswith("msgstr[2] is empty")  # msgstr[2]'s line


def test_a_missing_form_is_named_against_the_header(tmp_path):
    catalog(tmp_path, "ru", DELETED.replace('msgstr[2] "%d файлов удалено."\n', ""))
    [(code, _, message)] = found(tmp_path)
    assert code == "FMT001" and message == "msgstr[2] missing: the catalog's Plural-Forms declares 3 plural forms"


def test_without_a_header_the_language_counts_by_cldr(tmp_path):
    catalog(tmp_path, "ar", DELETED.replace("файл", "ملف").replace("удален", "حذف").replace("удалено", "حذف"),
            plural_forms=None)
    messages = [m for c, _, m in found(tmp_path) if c == "FMT001"]
    assert messages == ["msgstr[3], msgstr[4], msgstr[5] missing: CLDR's rules for Arabic have 6 plural forms"]


def test_a_catalog_with_plurals_and_no_plural_forms_header_is_said_once(tmp_path):
    # A header written by hand (or copied from a catalog without plurals): gettext then picks
    # the form by English's rule (n != 1), so `5 файлов` is never shown and 5 files read
    # `5 файла`; msgfmt --check refuses the catalog. It passed with no finding.
    body = DELETED + DELETED.replace("deleted", "moved").replace("удален", "перемещен")
    catalog(tmp_path, "ru", body, plural_forms=None)
    assert [(c, line, m) for c, line, m in found(tmp_path)] == [
        ("FMT002", 3, "the catalog has plural entries and no Plural-Forms header: gettext picks their forms by "
                       "English's rule (n != 1) (msgfmt refuses the catalog); Russian's rules are used; write "
                       f"'Plural-Forms: {RU_PLURALS}'")]


def test_a_header_finding_is_on_the_header_not_on_an_entry_whose_comment_would_hide_it(tmp_path, capsys):
    # FMT002 was on the first plural entry: its line sent the reviser to an entry, and a
    # translator's `# hexaglot: ignore FMT002` there (about that entry) hid the header's fault.
    from pipeline.cli import main

    body = "\n# hexaglot: ignore FMT002" + DELETED.replace('msgstr[2] "%d файлов удалено."\n', "")
    catalog(tmp_path, "ru", body, plural_forms="nplurals=2; plural=(n != 1);")
    [finding] = [f for f in check_catalogs([tmp_path / "locale"], [], keep_report_data=False).findings if f.code == "FMT002"]
    assert (finding.line, finding.msgctxt, finding.msgid) == (3, "", "")  # the header's `msgid ""`
    junit = tmp_path / "junit.xml"
    assert main(["check", str(tmp_path / "locale"), "--no-glossary", "--no-cache", "--format", "junit",
                 "--output", str(junit)]) == 1
    assert "FMT002" in junit.read_text(encoding="utf-8") and 'name="header"' in junit.read_text(encoding="utf-8")


def test_a_suppression_in_the_header_s_comment_suppresses_the_header_s_findings(tmp_path):
    # `# hexaglot: ignore FMT002` above the header, where FMT002 now is, was silently not honoured.
    path = catalog(tmp_path, "ru", DELETED.replace('msgstr[2] "%d файлов удалено."\n', ""),
                   plural_forms="nplurals=2; plural=(n != 1);")
    text = path.read_text(encoding="utf-8")
    path.write_text("# hexaglot: ignore FMT002\n" + text, encoding="utf-8")
    result = check_catalogs([tmp_path / "locale"], [], keep_report_data=False)
    assert [f.code for f in result.findings if f.code == "FMT002"] == [] and result.suppressed >= 1


def test_a_cat_tools_xliff_needs_no_plural_forms_header(tmp_path, capsys):
    # XLIFF has no header to put one in: a CAT tool's plural group is checked by the language's rules.
    from pipeline.cli import main

    path = tmp_path / "ru.xlf"
    path.write_text('''<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="files.po" source-language="en" target-language="ru" datatype="po">
    <body>
      <group restype="x-gettext-plurals" id="1">
        <trans-unit id="1[0]"><source>%d file was deleted.</source><target state="translated">%d файл удален.</target></trans-unit>
        <trans-unit id="1[1]"><source>%d files were deleted.</source><target state="translated">%d файла удалено.</target></trans-unit>
        <trans-unit id="1[2]"><source>%d files were deleted.</source><target state="translated">%d файлов удалено.</target></trans-unit>
      </group>
    </body>
  </file>
</xliff>
''', encoding="utf-8")
    assert main(["check", str(path), "--no-glossary", "--no-cache", "--select", "FMT"]) == 0
    assert "1 catalog, 1 entry checked: 0 errors" in capsys.readouterr().out


def test_a_header_with_too_few_forms_for_the_language_is_said_once(tmp_path):
    body = DELETED.replace('msgstr[2] "%d файлов удалено."\n', "") + DELETED.replace("deleted", "moved").replace("удален", "перемещен")
    body = body.replace('msgstr[2] "%d файлов перемещено."\n', "")
    catalog(tmp_path, "ru", body, plural_forms="nplurals=2; plural=(n != 1);")
    assert [(c, m) for c, _, m in found(tmp_path)] == [
        ("FMT002", f"Plural-Forms declares nplurals=2; CLDR's rules for Russian have 3 forms: write 'Plural-Forms: {RU_PLURALS}'")]


def test_a_header_gettext_cannot_read_for_its_spaces_is_said(tmp_path):
    # `nplurals = 3 ; plural = (...)`: gettext looks for `nplurals=` and `plural=`, finds
    # neither, and picks forms by English's rule; msgfmt --check refuses it. It passed.
    rule = "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"
    catalog(tmp_path, "ru", DELETED, plural_forms=f"nplurals = 3 ; plural = {rule} ;")
    [(code, _, message)] = found(tmp_path)
    assert code == "FMT002" and "gettext reads 'nplurals=' and 'plural=' with no space before the '='" in message
    catalog(tmp_path, "ru", DELETED, plural_forms=f"nplurals=3; plural= {rule};")  # a space after it is read
    assert found(tmp_path) == []


def test_a_rule_that_never_selects_a_form_is_said(tmp_path):
    # nplurals is Russian's 3, but the rule was copied from a two-form language: msgstr[2] is
    # never shown, and 5 files read `5 файла`.
    catalog(tmp_path, "ru", DELETED, plural_forms="nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : 1);")
    assert [(c, m) for c, _, m in found(tmp_path)] == [
        ("FMT002", "the Plural-Forms rule never selects msgstr[2], for no number from 0 to 1000 nor a round million: "
                   "that form is never shown (Russian's rule: (n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2))")]


def test_a_form_for_round_millions_is_a_form_a_number_selects(tmp_path):
    # Django's Spanish and French catalogs: a third form for 1 000 000, 2 000 000, ...
    catalog(tmp_path, "es", DELETED.replace("файл удален", "archivo eliminado").replace("файла удалено", "de archivos eliminados")
            .replace("файлов удалено", "archivos eliminados"),
            plural_forms="nplurals=3; plural=n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;")
    assert [c for c, _, _ in found(tmp_path)] == []


def test_djangos_four_form_russian_rule_is_no_finding(tmp_path):
    # Django's own Russian catalogs (from Transifex) declare CLDR's four forms; the fourth,
    # CLDR's `other`, is for fractions (1,5 файла), which gettext never passes: no whole number
    # selecting it is the rule being right, not a form translated in vain.
    django_ru = ("nplurals=4; plural=(n % 1 == 0 && n % 10 == 1 && n % 100 != 11 ? 0 : n % 1 == 0 && n % 10 >= 2 "
                 "&& n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : n % 1 == 0 && (n % 10 ==0 || (n % 10 >=5 "
                 "&& n % 10 <=9) || (n % 100 >=11 && n % 100 <=14 )) ? 2: 3);")
    catalog(tmp_path, "ru", DELETED + 'msgstr[3] "%d файла удалено."\n', plural_forms=django_ru)
    assert found(tmp_path) == []


def test_a_four_form_russian_rule_that_never_selects_a_whole_number_form_is_said(tmp_path):
    # Four forms, but `many` (5 файлов) folded into `few`: msgstr[2] is never shown.
    rule = "nplurals=4; plural=(n % 1 != 0 ? 3 : n % 10 == 1 && n % 100 != 11 ? 0 : 1);"
    catalog(tmp_path, "ru", DELETED + 'msgstr[3] "%d файла удалено."\n', plural_forms=rule)
    assert [m.split(",")[0] for c, _, m in found(tmp_path)] == ["the Plural-Forms rule never selects msgstr[2]"]


@pytest.mark.parametrize("empty", ['""', '" "'])
def test_an_untranslated_plural_is_untranslated_only(tmp_path, empty):
    # Every form a space: CONS001, and not three FMT001 "msgstr[n] is empty" beside it.
    catalog(tmp_path, "ru", DELETED.replace('"%d файл удален."', empty).replace('"%d файла удалено."', empty)
            .replace('"%d файлов удалено."', empty))
    assert [c for c, _, _ in found(tmp_path)] == ["CONS001"]


def test_chinese_has_one_form(tmp_path):
    catalog(tmp_path, "zh", '\nmsgid "%d file was deleted."\nmsgid_plural "%d files were deleted."\nmsgstr[0] "已删除 %d 个文件。"\n',
            plural_forms="nplurals=1; plural=0;")
    assert found(tmp_path) == []


def test_the_singular_is_checked_like_a_msgstr(tmp_path):
    # msgstr[0] is the entry's text for the text checks (here TYPO004: the stop is lost).
    catalog(tmp_path, "ru", DELETED.replace('"%d файл удален."', '"%d файл удален"'))
    result = check_catalogs([tmp_path / "locale"], [], keep_report_data=False)
    assert [f.code for f in result.findings if f.line == 20] == ["TYPO004"]  # the line of msgstr[0]


def test_a_header_at_odds_with_every_plural_entry_is_said_once(tmp_path):
    # Django's French catalogs: `nplurals=2` in the header, three forms in every entry (CLDR's
    # `many`); msgfmt refuses such a catalog, so the gate must fail, once, on the header
    body = "".join(DELETED.replace("deleted", f"deleted {n}").replace("удален", f"удален {n}") for n in range(4))
    catalog(tmp_path, "ru", body, plural_forms="nplurals=2; plural=(n != 1);")
    findings = found(tmp_path)
    assert [code for code, _, _ in findings].count("FMT001") == 0
    assert [(code, message) for code, _, message in findings if "every one" in message] == [
        ("FMT002", "Plural-Forms declares nplurals=2, and every one of the catalog's 4 plural entries has 3 forms: "
                   "msgfmt refuses the catalog")]


# Every form is a translation a reader sees (msgstr[1] for 2-4 and 22-24 files, msgstr[2] for
# 5-20): the text checks read each one, against msgid_plural, not only the singular.
FAULTY_FORMS = '''
#, python-format
msgid "The Working Group held %(count)d meeting on the smuggling of migrants."
msgid_plural "The Working Group held %(count)d meetings on the smuggling of migrants."
msgstr[0] "Рабочая группа провела %(count)d заседание по вопросу о незаконном ввозе мигрантов."
msgstr[1] "Рабочая группа провела %(count)d заседания по по вопросу о незаконном ввозе мигрантов."
msgstr[2] "Рабочaя группа провела %(count)d заседаний по вопросу о контрабанде мигрантов"
'''


def checked(tmp_path: Path, glossary: bool = False):
    from tests.conftest import ROOT
    from pipeline.glossary import load_glossary

    glossaries = [load_glossary(ROOT / "glossaries" / "untoc-som.tbx")] if glossary else []
    return check_catalogs([tmp_path / "locale"], glossaries, keep_report_data=False)


def test_the_text_checks_read_every_form_and_name_it(tmp_path):
    path = catalog(tmp_path, "ru", FAULTY_FORMS)
    lines = path.read_text(encoding="utf-8").split("\n")
    result = checked(tmp_path, glossary=True)
    by_code = {f.code: f for f in result.findings}
    repeated, mixed, end, variant = by_code["TYPO006"], by_code["TYPO001"], by_code["TYPO004"], by_code["TERM002"]
    # Each on the line of the form it is in, its offsets in that form's text.
    assert lines[repeated.line - 1].startswith("msgstr[1] ") and repeated.message.startswith("msgstr[1]: ")
    form_1 = "Рабочая группа провела %(count)d заседания по по вопросу о незаконном ввозе мигрантов."
    assert form_1[repeated.start:repeated.end].split() == ["по", "по"] or form_1[repeated.start:repeated.end] == "по"
    form_2 = "Рабочaя группа провела %(count)d заседаний по вопросу о контрабанде мигрантов"
    for finding in (mixed, end, variant):
        assert lines[finding.line - 1].startswith("msgstr[2] ") and finding.message.startswith("msgstr[2]: ")
        assert finding.form == 2
    assert form_2[mixed.start:mixed.end] == "Рабочaя" and mixed.replacement == "Рабочая"
    assert form_2[variant.start:variant.end] == "контрабанде мигрантов"
    # msgstr[0] has none of these faults: nothing is said of it.
    assert not [f for f in result.findings if lines[f.line - 1].startswith("msgstr[0] ")]
    # Two forms with the same fault are two findings, accepted one by one in a baseline.
    assert len({f.fingerprint for f in result.findings}) == len(result.findings)


def test_a_form_the_same_as_the_singular_is_not_said_twice(tmp_path):
    catalog(tmp_path, "zh", '''
msgid "%d file was deleted."
msgid_plural "%d files were deleted."
msgstr[0] "已删除 %d 个文件"
''', plural_forms="nplurals=1; plural=0;")
    catalog(tmp_path, "ru", '''
msgid "%d file was deleted."
msgid_plural "%d files were deleted."
msgstr[0] "%d файла удалено"
msgstr[1] "%d файла удалено"
msgstr[2] "%d файлов удалено."
''')
    findings = [f for f in checked(tmp_path).findings if f.code == "TYPO004"]
    assert sorted((f.lang, f.form) for f in findings) == [("ru", 0), ("zh", 0)]


def test_a_suppression_covers_every_form(tmp_path):
    catalog(tmp_path, "ru", "\n# hexaglot: ignore TYPO006, TYPO001, TYPO004\n" + FAULTY_FORMS.lstrip("\n"))
    assert {f.code for f in checked(tmp_path).findings} & {"TYPO006", "TYPO001", "TYPO004"} == set()


def test_the_json_and_show_source_name_the_form_and_its_source(tmp_path, capsys):
    import json

    from pipeline.cli import main

    path = catalog(tmp_path, "ru", FAULTY_FORMS)
    main(["check", str(path), "--no-glossary", "--format", "json", "--fail-on", "never"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    mixed = next(f for f in findings if f["code"] == "TYPO001")
    assert (mixed["form"], mixed["start"], mixed["end"]) == (2, 0, len("Рабочaя"))
    assert all("form" not in f for f in findings if not f["message"].startswith("msgstr["))
    main(["check", str(path), "--no-glossary", "--show-source", "--fail-on", "never"])
    out = capsys.readouterr().out
    block = out[out.index("TYPO001"):].split("\n")[:3]
    assert block[1].split(":", 1)[1].strip() == "The Working Group held %(count)d meetings on the smuggling of migrants."
    assert block[2].split(":", 1)[1].strip().startswith("⟦Рабочaя⟧ группа провела")


def test_a_finding_on_a_form_of_an_xliff_plural_names_its_unit(tmp_path, capsys):
    import json

    from pipeline.cli import main

    catalog(tmp_path, "ru", FAULTY_FORMS)
    for version in ("1.2", "2.0"):
        out = tmp_path / f"xliff-{version}"
        assert main(["export", "--format", "xliff", "--xliff-version", version, "--out", str(out), "--no-glossary",
                     str(tmp_path / "locale")]) == 0
        capsys.readouterr()  # what export said
        [path] = out.rglob("*.xlf")
        main(["check", str(path), "--no-glossary", "--format", "json", "--fail-on", "never", "--no-cache"])
        findings = json.loads(capsys.readouterr().out)["findings"]
        lines = path.read_text(encoding="utf-8").split("\n")
        mixed = next(f for f in findings if f["code"] == "TYPO001")
        assert mixed["form"] == 2
        # the line of the unit that holds msgstr[2], the third of its plural group
        unit = lines[mixed["line"] - 1].strip()
        assert unit.startswith(("<unit", "<trans-unit")), (version, unit)
        units = [n for n, line in enumerate(lines, 1) if line.strip().startswith(("<unit", "<trans-unit"))]
        assert units.index(mixed["line"]) == 2, (version, units)


def test_a_blank_form_is_said_once_empty(tmp_path):
    # A form of spaces is empty to FMT001, as to a reader: the text checks, which would say it
    # has no sentence or a space too many, leave it to FMT001, as they leave an empty one.
    catalog(tmp_path, "ru", DELETED.replace('"%d файлов удалено."', '" "'))
    assert [(f.code, f.form) for f in checked(tmp_path).findings] == [("FMT001", 2)]


def test_the_later_forms_are_read_when_the_singular_is_empty(tmp_path):
    # An Arabic entry whose msgstr[0] (the form for 0) is left empty, the others translated:
    # FMT001 names the empty form, and the translated ones are read as ever (the entry is
    # neither untranslated nor fuzzy); their faults were reported only once msgstr[0] was filled.
    ar_forms = "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
    path = catalog(tmp_path, "ar", '''
msgid "%d file was deleted."
msgid_plural "%d files were deleted."
msgstr[0] ""
msgstr[1] "حذف ملف واحد."
msgstr[2] "حذف ملفان."
msgstr[3] "حذف %d ملفات  ."
msgstr[4] "حذف %d ملفا ملفا."
msgstr[5] "حذف %d ملف."
''', plural_forms=ar_forms)
    lines = path.read_text(encoding="utf-8").split("\n")
    findings = checked(tmp_path).findings
    assert sorted((f.code, f.form) for f in findings) == [("FMT001", 0), ("TYPO003", 3), ("TYPO006", 4)]
    for finding in findings:
        assert lines[finding.line - 1].startswith(f"msgstr[{finding.form}] ")


def test_a_fuzzy_plural_with_an_empty_singular_is_said_fuzzy_and_not_read(tmp_path):
    catalog(tmp_path, "ru", "\n#, fuzzy" + DELETED.replace('"%d файл удален."', '""').replace("файлов удалено", "файлов  удалено"))
    assert [(f.code, f.form) for f in checked(tmp_path).findings] == [("CONS002", 0)]


def test_the_report_shows_every_form_and_marks_a_finding_in_its_own(tmp_path):
    import io

    import openpyxl

    from pipeline.report.data import gather, marked_up
    from pipeline.report.xlsx import render_xlsx

    catalog(tmp_path, "ru", FAULTY_FORMS)
    result = check_catalogs([tmp_path / "locale"], [], keep_report_data=True)
    [report] = gather(result, "en", {})
    [segment] = [s for s in report.segments if "TYPO001" in s.codes]
    shown = [(v.lang, v.form) for v in segment.versions]
    assert shown == [("en", "msgid"), ("en", "msgid_plural"), ("ru", "msgstr[0]"), ("ru", "msgstr[1]"), ("ru", "msgstr[2]")]
    marks = {v.form: [(text, span.code) for text, kind, _, span in marked_up(v) if kind == "finding"] for v in segment.versions}
    # Each fault is marked where it is, in its own form, not over the singular.
    assert marks["msgstr[0]"] == []
    assert ("Рабочaя", "TYPO001") in marks["msgstr[2]"] and all(code != "TYPO001" for _, code in marks["msgstr[1]"])
    assert [code for _, code in marks["msgstr[1]"]] == ["TYPO006"]
    lines = (tmp_path / "locale" / "ru" / "LC_MESSAGES" / "files.po").read_text(encoding="utf-8").split("\n")
    assert lines[segment.versions[-1].line - 1].startswith("msgstr[2] ")
    sheet = openpyxl.load_workbook(io.BytesIO(render_xlsx(report)))["six versions"]
    russian = [row for row in sheet.iter_rows(values_only=True)][1][3]
    assert russian.split("\n") == [f"msgstr[{n}]: {text}" for n, text in enumerate(
        line.split(" ", 1)[1].strip('"') for line in lines if line.startswith("msgstr["))]


def test_the_value_checks_read_every_form_against_the_plural_source(tmp_path):
    # NUM and REF read msgstr[0] only: a year wrong in msgstr[1] and a day and a symbol wrong in
    # msgstr[2] passed, exit 0, where the same date wrong in msgstr[0] was NUM002.
    path = catalog(tmp_path, "ru", '''
#, python-format
msgid "%(num)d resolution adopted on 5 October 2022, see A/77/L.1"
msgid_plural "%(num)d resolutions adopted on 5 October 2022, see A/77/L.1"
msgstr[0] "%(num)d резолюция принята 5 октября 2022 года, см. A/77/L.1"
msgstr[1] "%(num)d резолюции приняты 5 октября 2021 года, см. A/77/L.1"
msgstr[2] "%(num)d резолюций принято 6 октября 2022 года, см. A/76/L.9"
''')
    lines = path.read_text(encoding="utf-8").split("\n")
    result = check_catalogs([tmp_path / "locale"], [], keep_report_data=False)
    said = sorted((f.code, f.form, f.message) for f in result.findings)
    assert said == [
        ("NUM002", 1, "msgstr[1]: dates differ from the source: 5 October (2021) here, 5 October (2022) in the source"),
        ("NUM002", 2, "msgstr[2]: dates differ from the source: 6 October (2022) here, 5 October (2022) in the source"),
        ("REF001", 2, "msgstr[2]: document symbols differ from the source: A/76/L.9 here, A/77/L.1 in the source"),
    ]
    symbol = next(f for f in result.findings if f.code == "REF001")
    assert lines[symbol.line - 1].startswith("msgstr[2] ")
    assert lines[symbol.line - 1][len('msgstr[2] "'):][symbol.start:symbol.end] == "A/76/L.9"
    # Every form right: nothing, in this language whose forms stand for other numbers than
    # English's (msgstr[1] is 2–4 here), each compared with the plural source alone.
    path.write_text(path.read_text(encoding="utf-8").replace("2021 года", "2022 года").replace("6 октября", "5 октября")
                    .replace("A/76/L.9", "A/77/L.1"), encoding="utf-8")
    assert check_catalogs([tmp_path / "locale"], [], keep_report_data=False).findings == []


@pytest.mark.parametrize("lang, plural_forms, forms", [
    # msgstr[0] serves 1, 21, 31…: it writes the count, as msgfmt -c asks
    ("ru", RU_PLURALS, ["%d доклад был представлен в 2023 году", "%d доклада были представлены в 2023 году",
                        "%d докладов были представлены в 2023 году"]),
    ("zh", "nplurals=1; plural=0;", ["2023年提交了 %d 份报告"]),  # one form for every number
    ("fr", "nplurals=2; plural=(n > 1);", ["%d rapport a été présenté en 2023", "%d rapports ont été présentés en 2023"]),
    # Arabic's msgstr[0] is the form of zero, msgstr[1] of one: spelt out, no digit
    ("ar", "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;",
     ["لم يقدم أي تقرير في عام 2023", "قدم تقرير واحد في عام 2023", "قدم تقريران في عام 2023",
      "قدمت %d تقارير في عام 2023", "قدم %d تقريرا في عام 2023", "قدم %d تقرير في عام 2023"]),
    ("es", "nplurals=2; plural=(n != 1);", ["Se presentó 1 informe en 2023", "Se presentaron %d informes en 2023"]),
])
def test_the_count_of_a_plural_singular_is_no_number_its_forms_must_write(tmp_path, lang, plural_forms, forms):
    # `1 report` / `%d reports`: each language's msgstr[0] was an error, "none here, 1 in the
    # source", where its form serves 21 (ru), every number (zh), 0 and 1 (fr) or zero (ar) and
    # must write %d, as msgfmt -c asks. The year is still compared.
    body = '\n#, c-format\nmsgid "1 report was submitted in 2023"\nmsgid_plural "%d reports were submitted in 2023"\n' + \
        "".join(f'msgstr[{n}] "{form}"\n' for n, form in enumerate(forms))
    catalog(tmp_path, lang, body, plural_forms)
    result = check_catalogs([tmp_path / "locale"], [], keep_report_data=False)
    assert [f for f in result.findings if f.code.startswith("NUM")] == []
    catalog(tmp_path, lang, body.replace(f'msgstr[0] "{forms[0]}"', f'msgstr[0] "{forms[0].replace("2023", "2022")}"'),
            plural_forms)  # msgstr[0]'s year wrong
    result = check_catalogs([tmp_path / "locale"], [], keep_report_data=False)
    assert [(f.code, f.form, f.message) for f in result.findings if f.code.startswith("NUM")] == [
        ("NUM001", 0, "numbers differ from the source: 2022 here, 2023 in the source")]


def test_a_1_the_plural_source_writes_too_is_the_text_s_and_compared(tmp_path):
    # `Level 1: %d error`: its 1 is no count (the plural source has it too); dropped from every
    # plural entry, a translation that lost it passed.
    body = ('\n#, c-format\nmsgid "Level 1: %d error"\nmsgid_plural "Level 1: %d errors"\n'
            'msgstr[0] "Уровень: %d ошибка"\nmsgstr[1] "Уровень 1: %d ошибки"\nmsgstr[2] "Уровень 1: %d ошибок"\n')
    catalog(tmp_path, "ru", body)
    result = check_catalogs([tmp_path / "locale"], [], keep_report_data=False)
    assert [(f.code, f.form, f.message) for f in result.findings if f.code.startswith("NUM")] == [
        ("NUM001", 0, "numbers differ from the source: none here, 1 in the source")]


def test_a_rule_past_python_s_limits_is_said_as_python_s_not_msgfmt_s(tmp_path):
    # A rule nested 100 brackets deep was "not one gettext can read (msgfmt refuses the
    # catalog)": msgfmt reads it; Python's gettext refuses more than 20 levels (probe 62a).
    deep = "(" * 30 + "n != 1" + ")" * 30
    body = '\nmsgid "%d file was deleted."\nmsgid_plural "%d files were deleted."\nmsgstr[0] "%d fichier supprimé."\n' \
        'msgstr[1] "%d fichiers supprimés."\n'
    catalog(tmp_path, "fr", body, plural_forms=f"nplurals=2; plural={deep};")
    [(code, _, message)] = found(tmp_path)
    assert code == "FMT002" and "cannot be used by Python programs: its plural expression nests more than 20 levels deep" \
        in message and "msgfmt refuses" not in message, message


def test_the_arabic_header_suggested_is_the_one_arabic_catalogs_write():
    # Babel's Arabic rule orders the forms of 11–99 and of 100–102 the other way round from
    # gettext's and CLDR's: FMT002 suggested it, and msgfmt took it in silence (probe 62e).
    from pipeline.lang import plural_numbers, profile

    forms = plural_numbers(profile("ar").plural_rule, 6)
    assert 11 in forms[4] and 99 in forms[4] and 100 in forms[5] and 102 in forms[5]


@pytest.mark.parametrize("source, plural, translation", [
    ("1 file in 1 folder", "%d files in 1 folder", "%d файл в 1 папке"),  # the count, and a 1 of the text
    ("%d report", "%d reports", "1 доклад"),  # msgstr[0] writing its count as 1
])
def test_a_1_of_the_text_beside_the_count_is_compared_and_a_count_written_1_is_not(tmp_path, source, plural, translation):
    # `1 file in 1 folder` → `%d файл в 1 папке` was "none here, 1 in the source"; Spanish and
    # Russian singulars writing 1 for %d were "1 here, none" (probe 62e).
    body = (f'\n#, c-format\nmsgid "{source}"\nmsgid_plural "{plural}"\nmsgstr[0] "{translation}"\n'
            f'msgstr[1] "{plural.replace("files", "файла").replace("reports", "доклада").replace("folder", "папке")}"\n'
            f'msgstr[2] "{plural.replace("files", "файлов").replace("reports", "докладов").replace("folder", "папке")}"\n')
    catalog(tmp_path, "ru", body)
    result = check_catalogs([tmp_path / "locale"], [], keep_report_data=False, select=["NUM"])
    assert [(f.code, f.form, f.message) for f in result.findings] == []
