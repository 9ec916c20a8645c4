"""FMT003-FMT005 on software strings as translators meet them: placeholders renamed, dropped,
added or reordered, tags broken or links changed are found; correct translations (a named
placeholder moved, `%%`, prose with a percent sign) are not."""

from __future__ import annotations

import pytest

from pipeline.checks import selected
from pipeline.run import check_catalog, terminology_for
from pipeline.model import CatalogFile, Entry

FMT = [c for c in selected() if c.code.startswith("FMT")]


def codes(lang: str, msgid: str, msgstr: str, flags: tuple[str, ...] = (), plural: tuple[str, str, tuple[str, ...]] | None = None):
    if plural:
        msgid_plural, _, forms = plural
        entry = Entry("", msgid, forms[0], 5, flags=flags, msgid_plural=msgid_plural, plural_forms=forms)
    else:
        entry = Entry("", msgid, msgstr, 5, flags=flags)
    catalog = CatalogFile(f"locale/{lang}/LC_MESSAGES/app.po", lang, (entry,), nplurals=None)
    return [(f.code, f.message) for f in check_catalog(catalog, FMT, terminology_for([]), "en", with_terms=False)]


CASES = [
    # printf, named (python-format or not flagged: a named placeholder says so itself)
    ("ru", "%(count)d documents were deleted.", "Удалено документов: %(count)d.", (), []),
    ("ru", "%(count)d documents were deleted.", "Удалено документов: %(cuont)d.", (), ["FMT003"]),
    ("fr", "%(model_name)s was added by %(user)s.", "%(user)s a ajouté %(model_name)s.", ("python-format",), []),
    ("es", "%(model_name)s was added.", "Se agregó el objeto.", ("python-format",), ["FMT003"]),
    # printf, positional (c-format): order matters, numbered ones may move
    ("ru", "Copied %s files in %d seconds.", "Скопировано %s файлов за %d с.", ("c-format",), []),
    ("ru", "Copied %s files in %d seconds.", "За %d с скопировано %s файлов.", ("c-format",), ["FMT003"]),
    ("fr", "Copied %1$s files in %2$d seconds.", "En %2$d secondes, %1$s fichiers copiés.", ("c-format",), []),
    ("fr", "Disk usage is at 90%% of %s.", "L’espace disque est utilisé à 90 %% de %s.", ("c-format",), []),
    ("fr", "Disk usage is at 90%% of %s.", "L’espace disque est utilisé à 90 % de %s.", ("c-format",), ["FMT003"]),
    # prose with a percent sign, no flag: nothing to check
    ("ru", "Inflation fell to 5% of GDP.", "Инфляция снизилась до 5 % ВВП.", (), []),
    ("ru", "100% of the staff", "100 % сотрудников", ("no-python-format",), []),
    # brace
    ("ru", "Hello, {name}!", "Здравствуйте, {name}!", (), []),
    ("ru", "Hello, {name}!", "Здравствуйте, {nmae}!", (), ["FMT004"]),
    ("es", "Page {0} of {1}", "Página {1} de {0}", ("python-brace-format",), []),
    ("es", "Page {0} of {1}", "Página {0} de {0}", ("python-brace-format",), ["FMT004"]),
    ("zh", "Use {{braces}} for {field}.", "使用 {{大括号}} 表示 {field}。", (), []),
    # markup
    ("ru", 'Click <a href="/help/">here</a> for help.', 'Нажмите <a href="/help/">здесь</a>, чтобы получить помощь.', (), []),
    ("ru", 'Click <a href="/help/">here</a> for help.', 'Нажмите <a href="/help/">здесь</b>, чтобы получить помощь.', (), ["FMT005"]),
    ("fr", 'See <a href="/en/terms/">the terms</a>.', 'Voir <a href="/fr/conditions/">les conditions</a>.', (), ["FMT005"]),
    ("es", "<strong>Warning:</strong> this cannot be undone.", "<strong>Atención:</strong> no se puede deshacer.", (), []),
    ("es", "<strong>Warning:</strong> this cannot be undone.", "<strong>Atención: no se puede deshacer.", (), ["FMT005"]),
    ("ar", "Line one<br>line two", "السطر الأول<br>السطر الثاني", (), []),
    ("zh", "<em>Note</em> and <strong>warning</strong>", "<strong>警告</strong>和<em>注意</em>", (), []),
    ("zh", "<em>Note</em> and <strong>warning</strong>", "<em>注意<strong>和</em>警告</strong>", (), ["FMT005"]),
]


@pytest.mark.parametrize("lang, source, translation, flags, expected", CASES)
def test_placeholders_and_markup(lang, source, translation, flags, expected):
    assert [code for code, _ in codes(lang, source, translation, flags)] == expected


def test_messages_name_what_is_wrong():
    [(_, message)] = codes("ru", "%(count)d documents were deleted.", "Удалено документов: %(cuont)d.")
    assert message == "placeholders differ from the source's: missing %(count)d; not in the source: %(cuont)d"
    [(_, message)] = codes("ru", 'Click <a href="/help/">here</a>.', 'Нажмите <a href="/help/">здесь</b>.')
    assert message == "tags differ from the source's: missing </a>; not in the source: </b>"


def test_each_plural_form_is_checked_against_its_source():
    forms = ("%(count)d файл удален.", "%(count)d файла удалено.", "%(cnt)d файлов удалено.")
    found = codes("ru", "%(count)d file was deleted.", "", ("python-format",),
                  plural=("%(count)d files were deleted.", "", forms))
    assert found == [("FMT003", "msgstr[2]: placeholders differ from the source's: missing %(count)d; not in the source: %(cnt)d")]


ALL = [c for c in selected() if c.scope in ("entry", "entry-any")]


@pytest.mark.parametrize("lang, source, translation, flags", [
    # TYPO007 read the placeholder as the first word (lower case in the source, so not capitalised)
    ("ru", "%(model_name)s was added successfully.", "%(model_name)s успешно добавлен.", ("python-format",)),
    # TYPO002 read the attribute's straight quotes as wrong quotation marks
    ("fr", 'Read <a href="/fr/aide/">the guide</a> first.', 'Lisez d’abord <a href="/fr/aide/">le guide</a>.', ()),
    # CONS003 read a string that is all placeholder as a translation identical to its source
    ("es", "%(truncated_text)s…", "%(truncated_text)s…", ("python-format",)),
    # TYPO005 read the parentheses of a named placeholder as brackets
    ("ru", "(%(count)d items)", "(%(count)d элементов)", ("python-format",)),
])
def test_placeholders_and_tags_are_not_prose(lang, source, translation, flags):
    entry = Entry("", source, translation, 5, flags=flags)
    catalog = CatalogFile(f"locale/{lang}/LC_MESSAGES/app.po", lang, (entry,))
    assert [f.code for f in check_catalog(catalog, ALL, terminology_for([]), "en", with_terms=False)] == []


def test_prose_is_still_read_as_prose_around_placeholders():
    entry = Entry("", "%(name)s has \"joined\" the group.", "%(name)s вступил в \"группу\".", 5, flags=("python-format",))
    catalog = CatalogFile("locale/ru/LC_MESSAGES/app.po", "ru", (entry,))
    assert [f.code for f in check_catalog(catalog, ALL, terminology_for([]), "en", with_terms=False)] == ["TYPO002"]
