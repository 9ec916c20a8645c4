"""Word counts as Translate Toolkit's pocount gives them (revisers quote pocount's numbers):
compared with pocount itself, which the test extra installs, on the corpus's catalogs and on
a catalog with fuzzy and untranslated entries, in the check summary and the report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib
import pytest

from pipeline.catalog import read_entries
from pipeline.wordcount import catalog_words, words
from tests.conftest import DOC, ROOT

pocount = pytest.importorskip("translate.tools.pocount")


def pocount_words(path: Path) -> dict[str, int]:
    stats = pocount.calcstats(str(path))
    return {"source": stats["totalsourcewords"], "translated": stats["translatedsourcewords"],
            "fuzzy": stats["fuzzysourcewords"], "untranslated": stats["untranslatedsourcewords"]}


def ours(path: Path) -> dict[str, int]:
    counts = catalog_words(read_entries(path))
    return {state: counts[state] for state in ("source", "translated", "fuzzy", "untranslated")}


def test_every_text_of_the_corpus_counts_as_pocount_counts_it():
    # The sources, and the translations in the five scripts (Arabic vowel marks and shadda
    # inside words, Chinese characters a word each).
    texts = [text for path in sorted((ROOT / "locale").rglob("*.po")) for entry in polib.pofile(str(path))
             for text in (entry.msgid, entry.msgstr)]
    assert len(texts) > 2800
    assert [words(text) for text in texts] == [pocount.wordcount(text) for text in texts]


def test_catalog_counts_equal_pocount_with_fuzzy_and_untranslated_entries(tmp_path):
    path = tmp_path / f"{DOC}.po"
    catalog = polib.pofile(str(ROOT / "locale" / "fr" / "LC_MESSAGES" / f"{DOC}.po"))
    for number, entry in enumerate(catalog):
        if number % 7 == 0:
            entry.msgstr = ""  # untranslated
        elif number % 7 == 1:
            entry.flags.append("fuzzy")
    catalog.save(str(path))
    counts = ours(path)
    assert counts == pocount_words(path)
    assert counts["translated"] and counts["fuzzy"] and counts["untranslated"]
    assert counts["translated"] + counts["fuzzy"] + counts["untranslated"] == counts["source"]


def test_a_plural_entry_with_a_form_left_empty_counts_as_translated_as_pocount_counts_it(tmp_path):
    # Counted untranslated, it made check say "not checked: 1 untranslated entry" of an entry
    # whose filled forms it had checked and whose empty form FMT001 named.
    path = tmp_path / "app.po"
    header = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
              '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
              '(n%100<10 || n%100>=20) ? 1 : 2);\\n"\n')
    entries = [("%d page", "%d pages", ("%d страница", "%d страницы", "")),
               ("%d file", "%d files", ("", "%d файла", "%d файлов")),
               ("%d folder", "%d folders", ("", "", ""))]
    path.write_text(header + "".join(
        f'\nmsgid "{one}"\nmsgid_plural "{many}"\n' + "".join(f'msgstr[{n}] "{form}"\n' for n, form in enumerate(forms))
        for one, many, forms in entries), encoding="utf-8")
    counts = ours(path)
    assert counts == pocount_words(path)
    assert (counts["translated"], counts["untranslated"]) == (8, 4)


def test_check_summary_and_report_give_the_counts(hexaglot, tmp_path):
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    ru = tmp_path / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    catalog = polib.pofile(str(ru))
    for entry in catalog[:10]:
        entry.msgstr = ""
    catalog.save(str(ru))
    expected = pocount_words(ru)
    text = hexaglot("check", "--no-glossary", "--fail-on", "never", cwd=tmp_path).stdout.splitlines()
    line = next(line for line in text if line.startswith(f"words in {DOC}:"))
    assert f"{expected['source']} source" in line and f"untranslated ar 0, es 0, fr 0, ru {expected['untranslated']}," in line
    document = json.loads(hexaglot("check", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=tmp_path).stdout)
    assert {k: document["summary"]["words"][DOC]["ru"][k] for k in expected} == expected
    assert hexaglot("report", "--no-glossary", "--fail-on", "never", cwd=tmp_path).returncode == 0
    html = (tmp_path / "reports" / DOC / "index.html").read_text(encoding="utf-8")
    row = html[html.index('<tr class="summary-row" data-lang="ru">'):]
    row = row[:row.index("</tr>")]
    assert f'<td class="num">{expected["source"]}</td><td class="num">{expected["translated"]}</td>' in row


def _django_catalog(path: Path, lang: str, pairs: list[tuple[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": lang}
    for msgid, msgstr in pairs:
        catalog.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    catalog.save(str(path))


def test_two_applications_catalogs_of_one_name_are_counted_apart(hexaglot, tmp_path):
    # Django gives every application a `django.po`: two documents, as the findings and the
    # report name them (`polls-django`, `blog-django`), each with its own words, where keying
    # the counts by file name summed one and lost the other.
    polls = [("Question text", "Текст вопроса"), ("Date published", "Дата публикации"),
             ("Vote again?", "")]
    blog = [("Title", "Заголовок")]
    _django_catalog(tmp_path / "polls" / "locale" / "ru" / "LC_MESSAGES" / "django.po", "ru", polls)
    _django_catalog(tmp_path / "blog" / "locale" / "ru" / "LC_MESSAGES" / "django.po", "ru", blog)
    # A project's po/ folder of catalogs named by language is the document `editor`.
    _django_catalog(tmp_path / "editor" / "po" / "ru.po", "ru", [("Open file", "Открыть файл")])
    args = ("check", "--no-glossary", "--fail-on", "never", "polls", "blog", "editor")
    lines = [line for line in hexaglot(*args, cwd=tmp_path).stdout.splitlines() if line.startswith("words in ")]
    assert lines == ["words in blog-django: 1 source; translated ru 1",
                     "words in editor: 2 source; translated ru 2",
                     "words in polls-django: 6 source; translated ru 4; untranslated ru 2"]
    document = json.loads(hexaglot(*args, "--format", "json", cwd=tmp_path).stdout)
    words_ = document["summary"]["words"]
    assert sorted(words_) == ["blog-django", "editor", "polls-django"]
    assert words_["polls-django"]["ru"]["source"] == 6 and words_["polls-django"]["ru"]["untranslated"] == 2


def test_catalogs_of_one_document_holding_different_entries_count_their_sources_by_language(hexaglot, tmp_path):
    # Catalogs of a project translated apart: the French one was not updated with the new
    # entry. The line said "3/5 source", which reads as a fraction.
    _django_catalog(tmp_path / "editor" / "po" / "ru.po", "ru", [("Open file", "Открыть файл"), ("Save as", "Сохранить как")])
    _django_catalog(tmp_path / "editor" / "po" / "fr.po", "fr", [("Open file", "Ouvrir le fichier")])
    lines = [line for line in hexaglot("check", "--no-glossary", "editor", cwd=tmp_path).stdout.splitlines() if line.startswith("words in ")]
    assert lines == ["words in editor: source fr 2, ru 4; translated fr 2, ru 4"]


def test_a_translation_of_whitespace_alone_is_counted_untranslated(tmp_path):
    # CONS001 listed such an entry as not translated; the report's summary and the word counts
    # called it translated (a page said 0 untranslated beside six CONS001 errors).
    path = tmp_path / "fr.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "The meeting was opened."\nmsgstr "La séance est ouverte."\n\n'
                    'msgid "The meeting was closed."\nmsgstr "\u200b "\n', encoding="utf-8")
    counts = catalog_words(read_entries(path, str(path)))
    assert (counts["entries_translated"], counts["entries_untranslated"]) == (1, 1)
    assert counts["untranslated"] == 4
