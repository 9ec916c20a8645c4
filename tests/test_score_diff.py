"""`score` shows what revision changed: a word diff per segment (characters in Chinese), in the
text output and in an HTML page, the segments sorted by chrF, worst first (issue 23, point 5)."""

from __future__ import annotations

import json
import re
import shutil
from html import unescape

import polib

from pipeline.worddiff import plain, word_diff
from tests.conftest import DOC, ROOT, run_hexaglot


def sides(pieces):
    return ("".join(t for op, t in pieces if op != "+"), "".join(t for op, t in pieces if op != "-"))


def test_a_russian_revision_shows_the_words_changed_and_rejoins_exactly():
    draft = "Рабочая группа, возможно, пожелает рассмотреть доклад и дать рекомендации."
    revised = "Рабочая группа, возможно, пожелает обсудить доклад и вынести рекомендации."
    pieces = word_diff(draft, revised, "ru")
    assert sides(pieces) == (draft, revised)
    assert plain(pieces) == "Рабочая группа, возможно, пожелает [-рассмотреть-]{+обсудить+} доклад и [-дать-]{+вынести+} рекомендации."


def test_punctuation_is_a_token_of_its_own():
    pieces = word_diff("Ouverture de la réunion.", "Ouverture de la réunion ;", "fr")
    assert [p for p in pieces if p[0] != "="] == [("-", "."), ("+", " ;")]


def test_chinese_is_compared_by_character():
    draft, revised = "工作组将审议秘书处的报告。", "工作组将审查秘书处的报告。"
    pieces = word_diff(draft, revised, "zh")
    assert sides(pieces) == (draft, revised)
    assert [p for p in pieces if p[0] != "="] == [("-", "议"), ("+", "查")]


def test_an_arabic_word_keeps_its_vowel_marks():
    draft, revised = "يحثُّ الدول الأطراف على تنفيذ البروتوكول", "يحثُّ الدول الأطراف على تنفيذ البروتوكول تنفيذاً كاملاً"
    pieces = word_diff(draft, revised, "ar")
    assert pieces[-1] == ("+", " تنفيذاً كاملاً") and sides(pieces) == (draft, revised)
    assert [p for p in word_diff("يحثُّ الدول", "يحث الدول", "ar") if p[0] != "="] == [("-", "يحثُّ"), ("+", "يحث")]


def revised_tree(tmp_path):
    shutil.copytree(ROOT / "locale", tmp_path / "draft")
    shutil.copytree(ROOT / "locale", tmp_path / "revised")
    edits = {"ru": ("masthead/body", "Рабочaя группa", "Рабочая группа"), "zh": ("item/2/p1/s1", "", "")}
    path = tmp_path / "revised" / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    catalog = polib.pofile(str(path))
    changed = 0
    for entry in catalog:
        if entry.msgctxt == edits["ru"][0]:
            entry.msgstr = entry.msgstr.replace(*edits["ru"][1:])
            changed += 1
        elif entry.msgctxt.startswith("item/2/") and entry.msgstr:
            entry.msgstr = entry.msgstr.replace("Рабочая группа", "Группа", 1) + " (пересмотрено)"
            changed += 1
    catalog.save(str(path))
    return changed


def test_score_prints_the_diff_and_writes_the_page_worst_first(tmp_path):
    changed = revised_tree(tmp_path)
    draft = f"draft/ru/LC_MESSAGES/{DOC}.po"
    revised = f"revised/ru/LC_MESSAGES/{DOC}.po"
    result = run_hexaglot("score", "--hyp", draft, "--ref", revised, "--html", "score.html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "[-Рабочaя-]{+Рабочая+} [-группa-]{+группа+} по незаконному ввозу мигрантов" in result.stdout
    page = (tmp_path / "score.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="change" data-chrf="([0-9.]+)">', page)
    assert len(rows) == changed  # every changed segment, not only --top
    scores = [float(score) for score in rows]
    assert scores == sorted(scores) and scores[0] < scores[-1]
    assert "<del>Рабочaя</del><ins>Рабочая</ins>" in page
    assert unescape(page).count("<ins> (пересмотрено)</ins>") == changed - 1
    report = json.loads(run_hexaglot("score", "--hyp", draft, "--ref", revised, "--format", "json", "--top", "3", cwd=tmp_path).stdout)
    [item] = report["languages"]
    assert len(item["most_changed"]) == 3 and [s["chrF"] for s in item["most_changed"]] == scores[:3]
    assert all(sides(s["diff"]) == (s["hyp"], s["ref"]) for s in item["most_changed"])


def test_the_page_is_not_written_over_an_input(tmp_path):
    revised_tree(tmp_path)
    target = f"revised/ru/LC_MESSAGES/{DOC}.po"
    before = (tmp_path / target).read_bytes()
    result = run_hexaglot("score", "--hyp", "draft", "--ref", "revised", "--html", target, cwd=tmp_path)
    assert result.returncode == 2 and "[E022]" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / target).read_bytes() == before


RUSSIAN_PLURALS = """msgid ""
msgstr ""
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

msgctxt "delegations"
msgid "%(count)d delegation attended the session."
msgid_plural "%(count)d delegations attended the session."
msgstr[0] "На сессии присутствовала %(count)d делегация."
msgstr[1] "На сессии присутствовали %(count)d делегации."
msgstr[2] "{many}"
"""


def test_a_revised_plural_form_is_scored_and_shown(tmp_path):
    # A reviser who corrects only the form for 5 (msgstr[2]) has revised the draft: the
    # score must see the change and name the form, not report every segment unchanged.
    draft, revised = tmp_path / "draft.po", tmp_path / "revised.po"
    draft.write_text(RUSSIAN_PLURALS.replace("{many}", "На сессии присутствовали %(count)d делегации."), encoding="utf-8")
    revised.write_text(RUSSIAN_PLURALS.replace("{many}", "На сессии присутствовало %(count)d делегаций."), encoding="utf-8")
    report = json.loads(run_hexaglot("score", "--hyp", "draft.po", "--ref", "revised.po", "--format", "json", cwd=tmp_path).stdout)
    [item] = report["languages"]
    assert item["segments"] == 3 and item["unchanged"] == 2
    assert item["corpus"]["chrF"]["score"] < 100
    [changed] = item["most_changed"]
    assert changed["msgctxt"] == "delegations" and changed["form"] == 2
    assert changed["ref"] == "На сессии присутствовало %(count)d делегаций."
    text = run_hexaglot("score", "--hyp", "draft.po", "--ref", "revised.po", cwd=tmp_path).stdout
    assert "delegations msgstr[2]" in text and "[-присутствовали-]{+присутствовало+}" in text


def test_segments_of_a_catalog_without_msgctxt_are_named_by_their_msgid(tmp_path):
    # A catalog another tool wrote has no msgctxt: the entry is its msgid, and a score that
    # names segments by msgctxt alone would list every one of them as "".
    catalog = """msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Adoption of the agenda"
msgstr "{agenda}"

msgid "Election of officers"
msgstr "Élection du Bureau"
"""
    (tmp_path / "draft.po").write_text(catalog.replace("{agenda}", "Adoption de l'agenda"), encoding="utf-8")
    (tmp_path / "revised.po").write_text(catalog.replace("{agenda}", "Adoption de l'ordre du jour"), encoding="utf-8")
    report = json.loads(run_hexaglot("score", "--hyp", "draft.po", "--ref", "revised.po", "--format", "json", cwd=tmp_path).stdout)
    [item] = report["languages"]
    assert [(s["msgctxt"], s["msgid"]) for s in item["per_segment"]] == [("", "Adoption of the agenda"), ("", "Election of officers")]
    assert item["most_changed"][0]["msgid"] == "Adoption of the agenda"
    text = run_hexaglot("score", "--hyp", "draft.po", "--ref", "revised.po", cwd=tmp_path).stdout
    assert "'Adoption of the agenda'" in text


def test_a_catalog_of_no_known_language_is_refused_with_one_line(tmp_path):
    # Scores need the language's tokenizer: a catalog that names none (no Language header, a
    # path that names no locale) or one of another language cannot be scored.
    catalog = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n{language}\nmsgid "Election of officers"\nmsgstr "Élection du Bureau"\n'
    (tmp_path / "draft.po").write_text(catalog.format(language=""), encoding="utf-8")
    (tmp_path / "revised.po").write_text(catalog.format(language=""), encoding="utf-8")
    (tmp_path / "pt.po").write_text(catalog.format(language='"Language: pt_BR\\n"\n'), encoding="utf-8")
    for hyp, ref, named in (("draft.po", "revised.po", "revised.po"), ("pt.po", "pt.po", "pt.po")):
        result = run_hexaglot("score", "--hyp", hyp, "--ref", ref, cwd=tmp_path)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.startswith(f"hexaglot: {named}: [E012]") and len(result.stderr.splitlines()) == 1


def test_a_negative_top_is_bad_usage_not_a_shorter_list(tmp_path):
    # `--top -1` sliced the list from its end: the one changed segment was left out and the
    # score said nothing had changed most.
    catalog = 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Election of officers"\nmsgstr "{text}"\n'
    (tmp_path / "draft.po").write_text(catalog.format(text="Élection des membres"), encoding="utf-8")
    (tmp_path / "revised.po").write_text(catalog.format(text="Élection du Bureau"), encoding="utf-8")
    result = run_hexaglot("score", "--hyp", "draft.po", "--ref", "revised.po", "--top", "-1", cwd=tmp_path)
    assert result.returncode == 2 and "--top takes 0 segments or more, not -1" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_catalogs_of_two_languages_are_not_scored_and_entries_left_out_are_said(tmp_path):
    # A mistyped path scored a Russian draft against a French revision (chrF 4.7, as if that
    # meant something), and a revision of another document scored 2 shared headings of 88
    # entries with nothing said of the other 86.
    locale = ROOT / "locale"
    russian, french = (locale / lang / "LC_MESSAGES" / "CTOC-COP-WG.7-2022-1.po" for lang in ("ru", "fr"))
    result = run_hexaglot("score", "--hyp", str(russian), "--ref", str(french), cwd=tmp_path)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "[E012] the draft is in ru and the revision" in result.stderr and "in fr" in result.stderr
    other = locale / "ru" / "LC_MESSAGES" / "CTOC-COP-WG.7-2022-2.po"
    report = json.loads(run_hexaglot("score", "--hyp", str(russian), "--ref", str(other), "--format", "json", cwd=tmp_path).stdout)
    [item] = report["languages"]
    assert item["segments"] < 5 and item["only_in_draft"] > 80 and item["only_in_revision"] > 70
    text = run_hexaglot("score", "--hyp", str(russian), "--ref", str(other), cwd=tmp_path).stdout
    assert f"not scored: {item['only_in_draft']} translated entries (or plural forms) of the draft that the revision has not" in text
    same = json.loads(run_hexaglot("score", "--hyp", str(russian), "--ref", str(russian), "--format", "json", cwd=tmp_path).stdout)
    assert same["languages"][0]["only_in_draft"] == same["languages"][0]["only_in_revision"] == 0


def test_a_plural_form_only_the_revision_translated_is_said_not_scored(tmp_path):
    # The reviser filled in msgstr[2], which the draft left empty: it was neither scored nor
    # counted (only_in_revision 0), a revision passed over in silence.
    header = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
              '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
              '(n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n')
    entry = 'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d файл"\nmsgstr[1] "%d файла"\nmsgstr[2] "{}"\n'
    (tmp_path / "draft.po").write_text(header + entry.format(""), encoding="utf-8")
    (tmp_path / "revised.po").write_text(header + entry.format("%d файлов"), encoding="utf-8")
    report = json.loads(run_hexaglot("score", "--hyp", "draft.po", "--ref", "revised.po", "--format", "json", cwd=tmp_path).stdout)
    [item] = report["languages"]
    assert (item["segments"], item["only_in_draft"], item["only_in_revision"]) == (2, 0, 1)


def test_a_score_of_nothing_is_an_error_not_a_pass(tmp_path):
    # No segment translated in both: "no segment translated in both" and exit 0, and a JSON
    # of no language that said nothing, which a script took for a score.
    revised_tree(tmp_path)
    draft = tmp_path / "draft" / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    catalog = polib.pofile(str(draft))
    for entry in catalog:
        entry.msgstr = ""
    catalog.save(str(draft))
    for extra in ((), ("--format", "json"), ("--html", "score.html")):
        result = run_hexaglot("score", "--hyp", f"draft/ru/LC_MESSAGES/{DOC}.po", "--ref", f"revised/ru/LC_MESSAGES/{DOC}.po",
                              *extra, cwd=tmp_path)
        assert result.returncode == 2 and "[E023] nothing was scored" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "score.html").exists()


def test_a_folder_given_with_a_catalog_is_the_one_the_error_names(tmp_path, hexaglot):
    # `score --hyp extra.po/ --ref agenda.po`: the error named the good catalog, --ref's.
    (tmp_path / "extra.po").mkdir()
    catalog = tmp_path / "agenda.po"
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n\nmsgid "Agenda"\nmsgstr "Повестка дня"\n', encoding="utf-8")
    result = hexaglot("score", "--hyp", "extra.po", "--ref", "agenda.po", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, "hexaglot: extra.po: [E001] --hyp is a folder and the other a file: "
                                                     "--hyp and --ref must both be PO files or both be folders\n")
    result = hexaglot("score", "--hyp", "agenda.po", "--ref", "extra.po", cwd=tmp_path)
    assert result.stderr.startswith("hexaglot: extra.po: [E001] --ref is a folder and the other a file")
