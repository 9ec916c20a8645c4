"""`check --fix` and `--diff`: faults with one right answer corrected where the checks found
them, in catalogs hexaglot wrote and catalogs other tools wrote, and nothing else touched."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import polib
import pytest

from pipeline.cli import main
from pipeline.fixing import plan_fix, write_fix
from pipeline.po_reader import parse_po
from pipeline.po_splice import SpliceError, splice_msgstrs
from pipeline.run.runner import check_catalogs

ROOT = Path(__file__).resolve().parent.parent

HEADER = '''# Translation of the agenda, kept as Poedit wrote it.
msgid ""
msgstr ""
"Project-Id-Version: agenda\\n"
"Language: {lang}\\n"
"Content-Type: text/plain; charset={charset}\\n"
"Plural-Forms: {plural}\\n"
'''
PLURALS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "fr": "nplurals=2; plural=(n > 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "zh": "nplurals=1; plural=0;",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
}


def catalog(tmp_path: Path, lang: str, body: str, charset: str = "UTF-8") -> Path:
    path = tmp_path / lang / "agenda.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = HEADER.format(lang=lang, charset=charset, plural=PLURALS[lang]) + body
    path.write_bytes(text.encode(charset))
    return path


def check(*args: str, capsys) -> tuple[int, str, str]:
    code = main(["check", *args, "--no-glossary"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def msgstrs(path: Path) -> dict[str, str]:
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path))}


# -- one test per kind of fault -------------------------------------------------------------

def test_latin_look_alikes_in_a_russian_word_become_cyrillic(tmp_path, capsys):
    path = catalog(tmp_path, "ru", '''
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочaя группa по незаконному ввозу мигрантов"
''')
    code, out, err = check(str(path), "--fix", capsys=capsys)
    assert msgstrs(path)["Working Group on the Smuggling of Migrants"] == "Рабочая группа по незаконному ввозу мигрантов"
    assert "fixed 2 faults in 1 catalog (TYPO001 2)" in err
    assert "TYPO001" not in out and code == 0


def test_latin_punctuation_in_chinese_and_arabic_becomes_the_language_s_own(tmp_path, capsys):
    # A bracket is fixed with its partner, or `（UNODC)` would be left half Latin.
    zh = catalog(tmp_path, "zh", '''
msgid "It is estimated that, in 2021, the pandemic (mainly in 2020) had an impact."
msgstr "据估计,2021年，大流行(主要是在2020年)产生了影响。"
''')
    ar = catalog(tmp_path, "ar", '''
msgid "What more can be done?"
msgstr "ماذا يمكن أن يُفعل أكثر من ذلك?"
''')
    code, out, err = check(str(zh), str(ar), "--fix", capsys=capsys)
    assert list(msgstrs(zh).values())[-1] == "据估计，2021年，大流行（主要是在2020年）产生了影响。"
    assert list(msgstrs(ar).values())[-1] == "ماذا يمكن أن يُفعل أكثر من ذلك؟"
    assert "fixed 4 faults in 2 catalogs (TYPO011 4)" in err and code == 0


def test_a_chinese_bracket_made_full_width_takes_the_space_beside_it(tmp_path, capsys):
    # A full-width bracket holds its own space: the fix that kept the ones around it wrote
    # `HTTP （端口 80） 连接`; and a placeholder ends a sentence as a word does (`你好,%(name)s!`).
    zh = catalog(tmp_path, "zh", '''
msgid "Connect via HTTP (port 80) now"
msgstr "通过HTTP (端口 80) 连接"

#, python-format
msgid "Hello, %(name)s!"
msgstr "你好,%(name)s!"
''')
    check(str(zh), "--fix", capsys=capsys)
    assert list(msgstrs(zh).values())[-2:] == ["通过HTTP（端口 80）连接", "你好，%(name)s！"]


@pytest.mark.parametrize("lang, source, translation, fixed", [
    # A symbol written full-width, the sentence's stop after it kept.
    ("ru", "See document A/77/123.", "См. документ A／77／123.", "См. документ A/77/123."),
    # A decimal point before a percent or a magnitude; both numbers of a range (the first alone
    # left `1.5 et 2,5 millions`); a target's number alone is left.
    ("fr", "an increase of 2.5 per cent under target 16.2, between 1.5 and 2.5 million, from 1.25 to 2 billion",
     "une hausse de 2.5 % au titre de la cible 16.2, entre 1.5 et 2.5 millions, de 1.25 à 2 milliards",
     # (and the per cent sign takes its no-break space, TYPO003's)
     "une hausse de 2,5\u00a0% au titre de la cible 16.2, entre 1,5 et 2,5 millions, de 1,25 à 2 milliards"),
    # A Chinese full-width mark takes the space after the Latin one with it.
    ("zh", "Write to info@un.org, or see the annex; vote.", "请致函info@un.org, 或见附件; 表决。", "请致函info@un.org，或见附件；表决。"),
])
def test_a_mark_or_a_symbol_of_another_script_is_written_as_the_language_writes_it(tmp_path, capsys, lang, source,
                                                                                 translation, fixed):
    path = catalog(tmp_path, lang, f'\nmsgid "{source}"\nmsgstr "{translation}"\n')
    check(str(path), "--fix", capsys=capsys)
    assert list(msgstrs(path).values())[-1] == fixed


def test_a_word_whose_script_is_not_certain_is_reported_and_left(tmp_path, capsys):
    # `СОР` with a Latin C reads as the Latin COP and as the Cyrillic СОР: a person decides.
    # A Latin `q` has no Cyrillic look-alike to put in its place.
    path = catalog(tmp_path, "ru", '''
msgid "Conference of the Parties (COP)"
msgstr "Конференция участников (CОР)"

msgid "Quality control"
msgstr "Контроль кqчества"
''')
    before = path.read_bytes()
    code, out, err = check(str(path), "--fix", capsys=capsys)
    assert path.read_bytes() == before
    assert out.count("TYPO001") == 2 and code == 1
    assert "nothing to fix" in err


def test_cyrillic_look_alikes_in_an_english_word_become_latin(tmp_path, capsys):
    path = catalog(tmp_path, "en", '''
msgid "Организация Объединенных Наций"
msgstr "United Nаtions Office on Drugs and Crime"
''')
    check(str(path), "--fix", "--source-lang", "ru", capsys=capsys)
    assert msgstrs(path)["Организация Объединенных Наций"] == "United Nations Office on Drugs and Crime"


def test_french_high_punctuation_gets_its_no_break_space(tmp_path, capsys):
    path = catalog(tmp_path, "fr", '''
msgid "Adoption of the agenda: organizational matters; other matters."
msgstr "Adoption de l'ordre du jour : questions d'organisation; autres questions."

msgid "What is to be done?"
msgstr "Que faire ?"
''')
    check(str(path), "--fix", capsys=capsys)
    fixed = msgstrs(path)
    assert fixed["Adoption of the agenda: organizational matters; other matters."] == \
        "Adoption de l'ordre du jour\u00a0: questions d'organisation\u00a0; autres questions."
    assert fixed["What is to be done?"] == "Que faire\u00a0?"


def test_the_narrow_no_break_space_a_text_uses_is_the_one_put_in(tmp_path, capsys):
    path = catalog(tmp_path, "fr", '''
msgid "Items: one; two"
msgstr "Points\u202f: un; deux"
''')
    check(str(path), "--fix", capsys=capsys)
    assert msgstrs(path)["Items: one; two"] == "Points\u202f: un\u202f; deux"


def test_french_guillemets_get_their_inner_no_break_spaces(tmp_path, capsys):
    path = catalog(tmp_path, "fr", '''
msgid "the report \\"Smuggling of Migrants\\" and the \\"Compendium\\""
msgstr "le rapport «Trafic illicite de migrants » et le « Recueil »"
''')
    check(str(path), "--fix", capsys=capsys)
    assert msgstrs(path)['the report "Smuggling of Migrants" and the "Compendium"'] == \
        "le rapport «\u00a0Trafic illicite de migrants\u00a0» et le «\u00a0Recueil\u00a0»"


def test_an_english_title_cited_in_french_keeps_english_typography(tmp_path, capsys):
    path = catalog(tmp_path, "fr", '''
msgid "See Smuggling of Migrants: A Global Review, annex; other documents."
msgstr "Voir Smuggling of Migrants: A Global Review, annexe; autres documents."
''')
    check(str(path), "--fix", capsys=capsys)
    assert msgstrs(path)["See Smuggling of Migrants: A Global Review, annex; other documents."] == \
        "Voir Smuggling of Migrants: A Global Review, annexe\u00a0; autres documents."


def test_doubled_spaces_become_one_and_a_no_break_space_is_the_one_kept(tmp_path, capsys):
    path = catalog(tmp_path, "fr", '''
msgid "Opening of the session: statements."
msgstr "Ouverture de  la session \u00a0: déclarations."
''')
    check(str(path), "--fix", capsys=capsys)
    assert msgstrs(path)["Opening of the session: statements."] == "Ouverture de la session\u00a0: déclarations."


def test_two_spaces_before_french_punctuation_become_one_no_break_space(tmp_path, capsys):
    # The source has two spaces too, so they were no doubled space of the translation's: the
    # one before `?` replaced left a space beside the no-break one, a double space unseen.
    path = catalog(tmp_path, "fr", '''
msgid "Really  delete?"
msgstr "Vraiment supprimer  ?"
''')
    check(str(path), "--fix", capsys=capsys)
    assert msgstrs(path)["Really  delete?"] == "Vraiment supprimer\u00a0?"


def test_spaces_that_may_stand_for_a_tab_of_the_source_are_reported_not_fixed(tmp_path, capsys):
    # The translator aligned the help text with spaces where the source has a tab (FMT006):
    # one space is not the answer; the tab may be.
    path = catalog(tmp_path, "ru", '''
msgid "  -h, --help\\tShow this help\\n"
msgstr "  -h, --help    Показать эту справку\\n"
''')
    before = path.read_bytes()
    code, out, err = check(str(path), "--fix", capsys=capsys)
    assert path.read_bytes() == before
    assert "TYPO003" in out and "double space" in out
    assert "nothing to fix" in err


def test_edge_whitespace_the_source_lacks_is_removed_and_a_shared_line_end_kept(tmp_path, capsys):
    path = catalog(tmp_path, "ru", '''
msgid "Opening of the meeting."
msgstr " Открытие совещания. "

msgid "Files were saved.\\n"
msgstr "Файлы сохранены.\\n"
''')
    check(str(path), "--fix", capsys=capsys)
    fixed = msgstrs(path)
    assert fixed["Opening of the meeting."] == "Открытие совещания."
    assert fixed["Files were saved.\n"] == "Файлы сохранены.\n"


# -- what is never touched ------------------------------------------------------------------

def test_a_catalog_with_nothing_to_fix_is_byte_identical(tmp_path, capsys):
    for lang in ("ru", "fr"):
        shutil.copy(ROOT / "locale" / lang / "LC_MESSAGES" / "CTOC-COP-WG.7-2022-2.po", tmp_path / f"{lang}.po")
    before = {p.name: p.read_bytes() for p in tmp_path.glob("*.po")}
    code, _, err = check(str(tmp_path), "--fix", capsys=capsys)
    assert {p.name: p.read_bytes() for p in tmp_path.glob("*.po")} == before
    assert "nothing to fix" in err


def test_only_the_fixed_msgstr_lines_change_in_a_catalog_another_tool_wrapped(tmp_path, capsys):
    # Poedit-style: long lines not wrapped as gettext would, references one per line, an
    # obsolete entry, a plural entry, a fuzzy entry with a fault (not checked, so not fixed).
    path = catalog(tmp_path, "ru", '''
#: src/a.py:10
#: src/b.py:20
msgid "Working Group on the Smuggling of Migrants, meeting in Vienna from 17 to 21 October 2022 in a hybrid format"
msgstr "Рабочaя группа по незаконному ввозу мигрантов, совещание в Вене 17–21 октября 2022 года в смешанном формате"

#, fuzzy
msgid "Opening of the meeting."
msgstr "Открытие  совещания."

#, python-format
msgid "%(count)d document"
msgid_plural "%(count)d documents"
msgstr[0] "%(count)d документ "
msgstr[1] "%(count)d документа "
msgstr[2] "%(count)d документов"

# hexaglot: ignore TYPO003
msgid "Agenda item 3."
msgstr "Пункт 3  повестки дня."

#~ msgid "Old entry"
#~ msgstr "Стaрая  запись "
''')
    before = path.read_text(encoding="utf-8").split("\n")
    check(str(path), "--fix", capsys=capsys)
    after = path.read_text(encoding="utf-8").split("\n")
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(before) == len(after)
    assert changed == [
        ('msgstr "Рабочaя группа по незаконному ввозу мигрантов, совещание в Вене 17–21 октября 2022 года в смешанном формате"',
         'msgstr "Рабочая группа по незаконному ввозу мигрантов, совещание в Вене 17–21 октября 2022 года в смешанном формате"'),
        ('msgstr[0] "%(count)d документ "', 'msgstr[0] "%(count)d документ"'),
        ('msgstr[1] "%(count)d документа "', 'msgstr[1] "%(count)d документа"'),  # every form is checked, and fixed
    ]


def test_diff_previews_and_writes_nothing(tmp_path, capsys):
    path = catalog(tmp_path, "ru", '''
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочaя группa по незаконному ввозу мигрантов"
''')
    before = path.read_bytes()
    code, out, err = check(str(path), "--fix", "--diff", capsys=capsys)
    assert path.read_bytes() == before and code == 1
    assert path.is_absolute() and f"--- a/{str(path)[1:]}" in out and f"+++ b/{str(path)[1:]}" in out  # a/tmp/..., not a//tmp/...
    assert '-msgstr "Рабочaя группa по незаконному ввозу мигрантов"' in out
    assert '+msgstr "Рабочая группа по незаконному ввозу мигрантов"' in out
    assert "would fix 2 faults" in err


def test_a_diff_of_a_catalog_without_a_last_newline_marks_it_as_diff_does(tmp_path, capsys):
    # Its last line printed as it was ran into the next catalog's `--- a/…`.
    first = catalog(tmp_path / "a", "ru", '\nmsgid "Working Group"\nmsgstr "Рабочaя группa"')
    second = catalog(tmp_path / "b", "ru", '\nmsgid "Working Group"\nmsgstr "Рабочaя группa"\n')
    first.write_bytes(first.read_bytes().rstrip(b"\n"))
    code, out, err = check(str(first), str(second), "--fix", "--diff", capsys=capsys)
    assert '+msgstr "Рабочая группа"\n\\ No newline at end of file\n--- a/' in out
    assert out.endswith('+msgstr "Рабочая группа"\n')


@pytest.mark.parametrize("options", [["--output", "findings.json", "--format", "json"], ["--format", "sarif"]])
def test_diff_with_an_output_file_or_another_format_is_a_usage_error(tmp_path, capsys, monkeypatch, options):
    # --diff prints a diff and writes nothing: a findings file asked for beside it would not
    # be written, and a CI step reading JSON would get a diff.
    path = catalog(tmp_path, "ru", '''
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочaя группa по незаконному ввозу мигрантов"
''')
    monkeypatch.chdir(tmp_path)
    before = path.read_bytes()
    code, out, err = check(str(path), "--diff", *options, capsys=capsys)
    assert code == 2 and out == "" and path.read_bytes() == before
    assert err.startswith("hexaglot: [E041] --diff prints the changes as a diff") and err.count("\n") == 1
    assert not (tmp_path / "findings.json").exists()


def test_a_catalog_saved_by_a_translator_after_the_check_is_not_overwritten(tmp_path):
    path = catalog(tmp_path, "ru", '''
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочaя группa по незаконному ввозу мигрантов"
''')
    findings = check_catalogs([path], []).findings
    fix = plan_fix(path, [f for f in findings if f.replacement is not None])
    saved = path.read_text(encoding="utf-8").replace("мигрантов", "мигрантов (пересмотрено)")
    path.write_text(saved, encoding="utf-8")
    assert not write_fix(fix)
    assert path.read_text(encoding="utf-8") == saved
    assert "changed on disk" in fix.refused


def test_a_catalog_in_a_legacy_charset_is_written_back_in_it(tmp_path, capsys):
    path = catalog(tmp_path, "ru", '''
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочaя группa по незаконному ввозу мигрантов"
''', charset="CP1251")
    check(str(path), "--fix", capsys=capsys)
    assert "Рабочая группа".encode("cp1251") in path.read_bytes()
    assert msgstrs(path)["Working Group on the Smuggling of Migrants"] == "Рабочая группа по незаконному ввозу мигрантов"


def test_a_fix_an_ascii_catalog_cannot_hold_is_not_written(tmp_path, capsys):
    # msginit's French catalog declares charset=ASCII and the translator wrote only ASCII:
    # msgfmt accepts it. The no-break space before `:` cannot be written in ASCII; written as
    # UTF-8 under that header, the fixed catalog was one msgfmt refuses.
    path = catalog(tmp_path, "fr", '''
#, c-format
msgid "Saved %1$s to %2$s"
msgstr "Fichier %1$s copie dans %2$s : termine"
''', charset="ASCII")
    before = path.read_bytes()
    code, out, err = check(str(path), "--fix", capsys=capsys)
    assert path.read_bytes() == before
    assert "not fixed" in err and "ascii" in err
    assert "TYPO003" in out


def test_a_finding_accepted_in_the_baseline_is_not_fixed(tmp_path, capsys):
    # The reviser accepted the ordinary space before `;` (as the published version has it):
    # --fix changes what nobody accepted, not what a person decided to keep.
    path = catalog(tmp_path, "fr", '''
msgid "Opening of the meeting;"
msgstr "Ouverture de la réunion ;"

msgid "Adoption of the agenda;"
msgstr "Adoption de l'ordre du jour ;"
''')
    baseline = tmp_path / "baseline.json"
    main(["baseline", "update", str(path), "--no-glossary", "--select", "TYPO003", "--baseline", str(baseline)])
    text = baseline.read_text(encoding="utf-8")
    baseline.write_text("\n".join(line for line in text.split("\n") if "Adoption" not in line).replace("},\n ]", "}\n ]"),
                        encoding="utf-8")
    capsys.readouterr()
    code, out, err = check(str(path), "--fix", "--baseline", str(baseline), capsys=capsys)
    assert msgstrs(path) == {"Opening of the meeting;": "Ouverture de la réunion ;",
                             "Adoption of the agenda;": "Adoption de l'ordre du jour\u00a0;"}
    assert "fixed 1 fault" in err and "1 accepted finding not shown, 0 stale" in out


def test_a_catalog_reached_through_a_symbolic_link_is_fixed_where_it_lies(tmp_path, capsys):
    # A project that links its catalogs into locale/ (ru -> ru_RU): the link stays a link,
    # and the catalog the translators edit is the one fixed.
    path = catalog(tmp_path, "ru", '''
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочaя группa по незаконному ввозу мигрантов"
''')
    link = tmp_path / "locale" / "ru" / "agenda.po"
    link.parent.mkdir(parents=True)
    link.symlink_to(path)
    check(str(link), "--fix", capsys=capsys)
    assert link.is_symlink()
    assert msgstrs(path)["Working Group on the Smuggling of Migrants"] == "Рабочая группа по незаконному ввозу мигрантов"


def test_a_catalog_with_a_second_name_is_fixed_under_both(tmp_path, capsys):
    # A catalog hard-linked into a second project (cp -l, or a checkout tool that links what
    # two trees share): a rename would give the fixed text to one name and leave the other
    # with the fault, two files where there was one.
    path = catalog(tmp_path, "ru", '''
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочaя группa по незаконному ввозу мигрантов"
''')
    other = tmp_path / "other-project.po"
    os.link(path, other)
    check(str(path), "--fix", capsys=capsys)
    assert path.stat().st_ino == other.stat().st_ino and path.stat().st_nlink == 2
    assert msgstrs(other)["Working Group on the Smuggling of Migrants"] == "Рабочая группа по незаконному ввозу мигрантов"
    assert not [name for name in os.listdir(path.parent) if name.endswith(".tmp")]


def test_a_read_only_catalog_is_reported_not_fixed(tmp_path, capsys):
    # Made read-only on purpose (a catalog locked while a vendor has it): the rename an
    # atomic write makes would replace it all the same, so it is said and left.
    path = catalog(tmp_path, "ru", '''
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочaя группa по незаконному ввозу мигрантов"
''')
    before = path.read_bytes()
    path.chmod(0o444)
    code, _, err = check(str(path), "--fix", capsys=capsys)
    assert path.read_bytes() == before
    assert f"not fixed: {path}: it is read-only" in err and code == 1


def test_a_catalog_in_a_folder_that_cannot_be_written_is_reported_and_the_others_fixed(tmp_path, capsys, monkeypatch):
    # A folder on a read-only mount: the catalogs fixed before it were written, then E011
    # stopped the run, exit 2, with no word of them and no finding.
    import errno
    import tempfile

    russian = catalog(tmp_path, "ru", '''
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочaя группa по незаконному ввозу мигрантов"
''')
    french = catalog(tmp_path, "fr", '''
msgid "Adoption of the agenda"
msgstr "Adoption de l'ordre du jour ;"
''')
    before = russian.read_bytes()
    make_temporary = tempfile.NamedTemporaryFile

    def read_only_russian_folder(*args, **kwargs):
        if Path(kwargs["dir"]) == russian.parent:
            raise OSError(errno.EROFS, "Read-only file system")
        return make_temporary(*args, **kwargs)

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", read_only_russian_folder)
    code, out, err = check(str(french), str(russian), "--fix", capsys=capsys)
    assert russian.read_bytes() == before
    assert msgstrs(french)["Adoption of the agenda"] == "Adoption de l'ordre du jour\u00a0;"
    assert f"not fixed: {russian}: cannot write: Read-only file system; nothing written" in err
    assert "fixed 1 fault in 1 catalog" in err
    assert "TYPO001" in out and code == 1  # the faults left are findings still


def test_splicing_refuses_a_change_it_cannot_make_with_every_other_byte_kept(tmp_path):
    # A keyword and its strings on one line with another keyword: gettext reads it; the
    # splice does not know that layout, and says so instead of guessing.
    path = tmp_path / "odd.po"
    path.write_bytes('msgid "" msgstr "Language: ru\\n"\n\nmsgid "a" msgstr "б "\n'.encode())
    with pytest.raises(SpliceError):
        splice_msgstrs(path.read_bytes(), path, {3: {0: "б"}})
    assert path.read_bytes() == 'msgid "" msgstr "Language: ru\\n"\n\nmsgid "a" msgstr "б "\n'.encode()


def test_splicing_every_entry_of_the_shipped_catalogs_changes_only_their_msgstrs(tmp_path):
    for source in sorted((ROOT / "locale").glob("*/LC_MESSAGES/*.po")):
        data = source.read_bytes()
        entries = [e for e in parse_po(data, source) if not e.obsolete and e.msgstr]
        changes = {e.linenum: {0: e.msgstr + " (пересмотрено)"} for e in entries[::3]}
        spliced = splice_msgstrs(data, source, changes)
        after = {(e.msgctxt or "", e.msgid): e.msgstr for e in polib.pofile(spliced.decode("utf-8"))}
        for entry in entries:
            key = (entry.msgctxt or "", entry.msgid)
            assert after[key] == changes.get(entry.linenum, {0: entry.msgstr})[0], (source.name, key)
        kept = [line for line in data.decode("utf-8").split("\n") if not line.startswith(("msgstr", '"'))]
        assert kept == [line for line in spliced.decode("utf-8").split("\n") if not line.startswith(("msgstr", '"'))]


def test_a_fault_in_a_later_plural_form_is_fixed_in_that_form_alone(tmp_path, capsys):
    path = catalog(tmp_path, "ru", '''
#, python-format
msgid "%(count)d meeting of the Working Group"
msgid_plural "%(count)d meetings of the Working Group"
msgstr[0] "%(count)d заседание Рабочей группы"
msgstr[1] "%(count)d заседания Рабочей группы"
msgstr[2] "%(count)d заседаний Рабочeй  группы"
''')
    code, out, err = check(str(path), "--fix", "--diff", capsys=capsys)
    assert '-msgstr[2] "%(count)d заседаний Рабочeй  группы"' in out
    assert '+msgstr[2] "%(count)d заседаний Рабочей группы"' in out
    assert [line for line in out.split("\n") if line.startswith(("-msgstr", "+msgstr"))] == [
        '-msgstr[2] "%(count)d заседаний Рабочeй  группы"', '+msgstr[2] "%(count)d заседаний Рабочей группы"']
    check(str(path), "--fix", capsys=capsys)
    entry = polib.pofile(str(path))[0]
    assert entry.msgstr_plural == {0: "%(count)d заседание Рабочей группы", 1: "%(count)d заседания Рабочей группы",
                                   2: "%(count)d заседаний Рабочей группы"}
    assert check(str(path), capsys=capsys)[0] == 0  # nothing left to find


def test_a_form_the_same_as_a_fixed_one_is_fixed_with_it(tmp_path, capsys):
    # A form the same as an earlier one is checked once (its fault reported on the earlier
    # form): fixing the earlier form alone would leave the same fault in the copy, found only by
    # the next run.
    path = catalog(tmp_path, "ru", '''
msgid "%d meeting of the Working Group"
msgid_plural "%d meetings of the Working Group"
msgstr[0] "%d заседание Рабочей группы"
msgstr[1] "%d заседаний Рабочeй  группы"
msgstr[2] "%d заседаний Рабочeй  группы"
''')
    code, out, err = check(str(path), "--fix", capsys=capsys)
    assert "fixed 2 faults in 1 catalog (TYPO001 1, TYPO003 1)" in err and code == 0
    assert polib.pofile(str(path))[0].msgstr_plural == {0: "%d заседание Рабочей группы", 1: "%d заседаний Рабочей группы",
                                                        2: "%d заседаний Рабочей группы"}
    assert check(str(path), capsys=capsys)[0] == 0  # nothing left to find


def test_an_entry_with_an_empty_msgctxt_is_fixed_apart_from_its_twin_with_none(tmp_path, capsys):
    # gettext holds `msgctxt ""` and no msgctxt as two entries of one msgid (xgettext writes
    # both for a string used with pgettext("", …) and gettext(…)). The fault is in the second
    # one's translation; the first one's, a different wording a translator chose, stays.
    path = catalog(tmp_path, "ru", '''
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочая группа по вопросам незаконного ввоза мигрантов"

msgctxt ""
msgid "Working Group on the Smuggling of Migrants"
msgstr "Рабочaя группa по незаконному ввозу мигрантов"
''')
    check(str(path), "--fix", capsys=capsys)
    entries = polib.pofile(str(path))
    by_context = {entry.msgctxt: entry.msgstr for entry in entries}
    assert by_context == {None: "Рабочая группа по вопросам незаконного ввоза мигрантов",
                          "": "Рабочая группа по незаконному ввозу мигрантов"}


def test_a_translation_saved_during_the_run_is_never_given_the_fix_of_the_old_one(tmp_path):
    # The lost trailing space is put back at its offset, an insertion that finds "" anywhere:
    # `Имя:` made `Фамилия:` by a translator while the run checked gave `Фами лия:`.
    path = catalog(tmp_path, "ru", '''
msgid "Name: "
msgstr "Имя:"
''')
    findings = [f for f in check_catalogs([path], [], "en", select=["TYPO003"]).findings if f.replacement is not None]
    assert [f.code for f in findings] == ["TYPO003"]
    path.write_text(path.read_text(encoding="utf-8").replace('msgstr "Имя:"', 'msgstr "Фамилия:"'), encoding="utf-8")
    fix = plan_fix(path, findings)
    assert fix.after == fix.before and fix.applied == []
    assert [why for _, why in fix.left] == ["the translation changed since it was checked"]


@pytest.mark.parametrize("translation, reported", [
    ("Откройте файл в Excel'е", False),       # a Latin name with its case ending after an apostrophe
    ("Откройте файл на GitHub’е", False),
    ("Откройте файл в PDFе", True),            # run on: said, never made the Latin `PDFe`
])
def test_a_latin_name_with_a_russian_case_ending_is_never_fixed_into_latin(tmp_path, capsys, translation, reported):
    path = catalog(tmp_path, "ru", f'''
msgid "Open the file in the program"
msgstr "{translation}"
''')
    code, out, err = check(str(path), "--fix", "--select", "TYPO001", capsys=capsys)
    assert msgstrs(path)["Open the file in the program"] == translation
    assert ("TYPO001" in out) is reported


@pytest.mark.parametrize("translation, fixed", [
    ("Quoi ?!", "Quoi\u00a0?!"),                       # a run of marks: one space, before the run
    ("Non !!!", "Non\u00a0!!!"),
    ("Écrire à mailto:a@b.org", None),                 # a link
    ("Exécutez `a; b` maintenant", None),              # code in backquotes
    ("Appuyez sur Ctrl+? maintenant", None),           # a key
    ("<!-- note: x --> Bonjour", None),                # an HTML comment
    ("L'espace de noms std:: vector", None),            # code
    ("Annexe I: liste des participants", "Annexe I\u00a0: liste des participants"),
    ("<b>Remarque</b>: texte", "<b>Remarque</b>\u00a0: texte"),   # after a tag
    ("Question\u2009? Oui", "Question\u00a0? Oui"),            # a thin space breaks: replaced
    ("Voici la liste: un, deux", "Voici la liste\u00a0: un, deux"),
])
def test_the_french_no_break_space_goes_before_punctuation_once_and_never_into_code(tmp_path, capsys, translation, fixed):
    # Each mark of `?!` got one, a mark more each run (four runs to settle on `Quoi\u00a0?\u00a0!`);
    # `mailto:`, a code span, `Ctrl+?`, `std::` got one too.
    path = catalog(tmp_path, "fr", f'''
msgid "text"
msgstr "{translation}"
''')
    for _ in range(2):
        check(str(path), "--fix", "--select", "TYPO003", capsys=capsys)
    assert msgstrs(path)["text"] == (fixed or translation)


_NOT_WRAPPED = '''
msgid ""
"A\\n"
"B"
msgstr ""
"A\\n"
"B"
'''
_WRAPPED = '''
msgid ""
"The Working Group held its seventh meeting in Vienna from 13 to 17 March 2023, "
"as the Bureau planned"
msgstr ""
"Le Groupe de travail a tenu sa septième réunion à Vienne du 13 au 17 mars "
"2023, comme prévu par le Bureau"
'''


@pytest.mark.parametrize("other, flags", [(_NOT_WRAPPED, ""), (_WRAPPED, "#, no-wrap\n")], ids=["not-wrapping", "no-wrap"])
def test_a_fixed_entry_keeps_its_catalog_s_layout_or_its_no_wrap_flag(tmp_path, capsys, other, flags):
    # A catalog as `msgcat --no-wrap` writes it (a string broken only after its line breaks),
    # and an entry flagged no-wrap in a catalog that wraps: the fixed msgstr was wrapped at 79.
    long = "Le Groupe de travail a tenu sa septième réunion à Vienne du 13 au 17 mars  2023, comme prévu par le Bureau"
    path = catalog(tmp_path, "fr", f'''{other}
{flags}msgid "The Working Group held its seventh meeting in Vienna from 13 to 17 March 2023, as the Bureau planned."
msgstr "{long}"
''')
    check(str(path), "--fix", "--select", "TYPO003", capsys=capsys)
    assert f'msgstr "{long.replace("  ", " ")}"\n' in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang, translation, fixed", [
    ("ru", "Заседание Coвета Безопасности", "Заседание Совета Безопасности"),   # look-alikes: retyped
    ("ru", "Его poль", "Его роль"),
    ("fr", "Le programmе de travail", "Le programme de travail"),          # no Russian endings in French
    ("fr", "Elle est pоur tous", "Elle est pour tous"),
    ("fr", "jusqu'а demain", "jusqu'a demain"),                             # an apostrophe parts no word in French
])
def test_a_look_alike_letter_is_still_retyped_where_no_name_is_declined(tmp_path, capsys, lang, translation, fixed):
    path = catalog(tmp_path, lang, f'''
msgid "text"
msgstr "{translation}"
''')
    check(str(path), "--fix", "--select", "TYPO001", capsys=capsys)
    assert msgstrs(path)["text"] == fixed



@pytest.mark.parametrize("translation", ["С ATMом.", "С MACом.", "В gitе.", "В npmе."])
def test_an_acronym_or_a_name_with_its_russian_ending_is_reported_never_retyped(tmp_path, capsys, translation):
    # `ATMом` was made `АТМом` (Cyrillic), `gitе` the Latin `gite`.
    path = catalog(tmp_path, "ru", f'''
msgid "text"
msgstr "{translation}"
''')
    code, out, _ = check(str(path), "--fix", "--select", "TYPO001", capsys=capsys)
    assert msgstrs(path)["text"] == translation and "TYPO001" in out


def test_a_line_break_or_a_tab_before_french_punctuation_is_left_as_the_source_has_it(tmp_path, capsys):
    # Replaced by a no-break space, it made FMT006 errors: the source's line break and tab gone.
    path = catalog(tmp_path, "fr", '''
msgid "Term\\n: definition of the term"
msgstr "Terme\\n: définition du terme"

msgid "Name\\t: value"
msgstr "Nom\\t: valeur"
''')
    check(str(path), "--fix", capsys=capsys)
    assert msgstrs(path)["Term\n: definition of the term"] == "Terme\n: définition du terme"
    assert msgstrs(path)["Name\t: value"] == "Nom\t: valeur"


@pytest.mark.parametrize("final", ["\n", "\r\n", ""])
def test_splicing_a_catalog_whose_lines_end_in_crlf_and_lf_both_keeps_each_lines_end(tmp_path, final):
    # An editor left CRLF at the end of the msgid lines and LF elsewhere (msgfmt reads it): the
    # splice cut lines at CRLF alone and refused it, "a msgstr before any msgid" (probe 66c).
    path = tmp_path / "mixed.po"
    data = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "The Working Group met."\r\nmsgstr "Рабочая группа  провела совещание."\n\n'
            'msgid "Adoption of the agenda"\r\nmsgstr "Утверждение повестки дня"' + final).encode()
    path.write_bytes(data)
    first = next(e for e in parse_po(data, path) if e.msgid == "The Working Group met.")
    spliced = splice_msgstrs(data, path, {first.linenum: {0: "Рабочая группа провела совещание."}})
    assert spliced == data.replace("группа  провела".encode(), "группа провела".encode())
