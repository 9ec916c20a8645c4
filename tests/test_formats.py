"""FMT003-FMT007 on software strings as translators meet them: placeholders renamed, dropped,
added or reordered, tags broken or links changed, line breaks and escapes lost, accelerators
dropped or doubled are found; correct translations (a named placeholder moved, `%%`, prose with
a percent sign, an accelerator on another letter) are not."""

from __future__ import annotations

import json

import pytest

from pipeline.checks import selected
from pipeline.run import check_catalog, check_catalogs, terminology_for
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
    # a percent sign written `%` where it begins no placeholder: Python raises ValueError
    # ("unsupported format character"), msgfmt -c refuses the catalog; nothing said it
    ("ru", "%(name)s has 100%% of the votes", "%(name)s получил 100% голосов", ("python-format",), ["FMT003"]),
    ("es", "Progress: %d of 100%%", "Progreso: %d de 100%", ("c-format",), ["FMT003"]),
    # the percent sign left out: `25.00 of States parties` (msgfmt -c cannot see it), unless
    # the translation says the percentage in words
    ("fr", "Turnout: %5.2f%% of States parties", "Participation : %5.2f des États parties", ("c-format",), ["FMT003"]),
    ("fr", "%(rate)d%% of States parties", "%(rate)d des États parties", ("python-format",), ["FMT003"]),
    ("fr", "%(rate)d%% of States parties", "%(rate)d pour cent des États parties", ("python-format",), []),
    ("ru", "%(rate)d%% of States parties", "%(rate)d процента государств-участников", ("python-format",), []),
    ("es", "%(rate)d%% of States parties", "el %(rate)d %% de los Estados partes", ("python-format",), []),
    # the number left out with its sign (`la totalité`), or said in percentage points
    ("fr", "%s: 100%%", "%s : la totalité", ("c-format",), []),
    ("zh", "Growth of %d%%", "增长%d个百分点", ("c-format",), []),
    ("es", "%d%% of the %d States", "el %d %% de los %d Estados", ("c-format",), []),
    # with no flag (a platform's export), `%d%%` is printf's all the same
    ("ru", "Turnout reached %d%% by March 2024.", "К марту 2024 года явка достигла %d.", (), ["FMT003"]),
    ("ru", "Turnout reached %d%% by March 2024.", "К марту 2024 года явка достигла %d%%.", (), []),
    ("fr", "Growth of 5% in %s", "Croissance de 5 % en %s", (), []),
    ("fr", "%(name)s: 100%!", "%(name)s : 100%!", (), []),  # the source writes it so too
    # prose with a percent sign, no flag: nothing to check
    ("ru", "Inflation fell to 5% of GDP.", "Инфляция снизилась до 5 % ВВП.", (), []),
    ("ru", "100% of the staff", "100 % сотрудников", ("no-python-format",), []),
    # brace
    ("ru", "Hello, {name}!", "Здравствуйте, {name}!", (), []),
    ("ru", "Hello, {name}!", "Здравствуйте, {nmae}!", (), ["FMT004"]),
    ("es", "Page {0} of {1}", "Página {1} de {0}", ("python-brace-format",), []),
    ("es", "Page {0} of {1}", "Página {0} de {0}", ("python-brace-format",), ["FMT004"]),
    ("zh", "Use {{braces}} for {field}.", "使用 {{大括号}} 表示 {field}。", (), []),
    ("zh", "Use {{braces}} for fields.", "使用 {{大括号}} 表示字段。", ("python-brace-format",), []),
    # a template's interpolation (i18next, Angular, Jinja; JavaScript; Ruby), which no check knew
    ("fr", "Hello {{name}}, welcome back", "Bonjour, bon retour", (), ["FMT004"]),
    ("fr", "Hello {{name}}, welcome back", "Bonjour {{ name }}, bon retour", (), []),  # the template's own spaces
    ("ru", "{{count}} files deleted", "Удалено файлов: {{count}}", (), []),
    ("ru", "{{count}} files deleted", "Удалено файлов: {{cuont}}", (), ["FMT004"]),
    ("es", "Total: ${amount}", "Total: {amount}", (), ["FMT004"]),
    ("es", "You have %{count} new messages", "Tiene %{count} mensajes nuevos", (), []),
    ("es", "You have %{count} new messages", "Tiene mensajes nuevos", (), ["FMT004"]),
    # Objective-C's object placeholder
    ("fr", "Delete %@?", "Supprimer %@ ?", ("objc-format",), []),
    ("fr", "Delete %@?", "Supprimer ?", ("objc-format",), ["FMT003"]),
    # and with no flag (a catalog a platform exported): `%@` is as plain as `%s`
    ("fr", "Delegation of %1$@ arrived", "La délégation est arrivée", (), ["FMT003"]),
    ("fr", "Delegation of %1$@ arrived", "La délégation de %1$@ est arrivée", (), []),
    # no flag (a catalog converted from XLIFF or a spreadsheet): plain placeholders compared,
    # a French `%` of prose left alone
    ("fr", "Open %s files", "Ouvrir %d fichiers", (), ["FMT003"]),
    ("fr", "Open %s files", "Ouvrir les fichiers", (), ["FMT003"]),
    ("ru", "Copy %1$s to %2$s", "Копировать %1$s в %3$s", (), ["FMT003"]),
    ("es", "Copied %s of %d files", "Copiados %d de %s archivos", (), ["FMT003"]),
    ("fr", "Open %s files", "Ouvrir %s fichiers", (), []),
    ("fr", "%s of the files (100%)", "%s des fichiers (100 % des fichiers)", (), []),
    ("fr", "50% of States replied", "50 % des États ont répondu", (), []),
    ("fr", "Visit http://example.org/a%20site", "Voir http://example.org/a%20site", (), []),
    # a web address's escapes are no placeholders, whatever their case
    ("fr", "See https://www.unodc.org/documents/CTOC%2fCOP%2fWG.7%2f2022%2f4.pdf",
     "Voir https://www.unodc.org/documents/CTOC%2FCOP%2FWG.7%2F2022%2F4.pdf", (), []),
    ("fr", "Open %s files", "Ouvrir %s fichiers", ("no-c-format",), []),
    # markup
    ("ru", 'Click <a href="/help/">here</a> for help.', 'Нажмите <a href="/help/">здесь</a>, чтобы получить помощь.', (), []),
    ("ru", 'Click <a href="/help/">here</a> for help.', 'Нажмите <a href="/help/">здесь</b>, чтобы получить помощь.', (), ["FMT005"]),
    ("fr", 'See <a href="/en/terms/">the terms</a>.', 'Voir <a href="/fr/conditions/">les conditions</a>.', (), ["FMT005"]),
    # the page in the catalog's language as a site serves its locale (Django's `/zh-hans/`)
    ("zh", 'See <a href="/en/docs/">the docs</a> at https://docs.example.com/en/latest/.',
     '请参阅 https://docs.example.com/zh-hans/latest/ 上的<a href="/zh-hans/docs/">文档</a>。', (), []),
    ("es", 'See <a href="/en/docs/">the docs</a>.', 'Consulte <a href="/es-419/docs/">la documentación</a>.', (), []),
    ("es", "<strong>Warning:</strong> this cannot be undone.", "<strong>Atención:</strong> no se puede deshacer.", (), []),
    ("es", "<strong>Warning:</strong> this cannot be undone.", "<strong>Atención: no se puede deshacer.", (), ["FMT005"]),
    ("ar", "Line one<br>line two", "السطر الأول<br>السطر الثاني", (), []),
    ("zh", "<em>Note</em> and <strong>warning</strong>", "<strong>警告</strong>和<em>注意</em>", (), []),
    ("zh", "<em>Note</em> and <strong>warning</strong>", "<em>注意<strong>和</em>警告</strong>", (), ["FMT005"]),
    # numbered tags (Lingui's and react-i18next's <Trans> catalogs): the component they stand
    # for is lost with them
    ("fr", "Read the <0>report of the Conference</0> adopted on {date}.", "Lire le rapport de la Conférence adopté le {date}.",
     (), ["FMT005"]),
    ("fr", "Read the <0>report of the Conference</0> adopted on {date}.",
     "Lire le <0>rapport de la Conférence</0> adopté le {date}.", (), []),
    ("ru", "Adopted on {date}.<0/>See annex.", "Принято {date}. См. приложение.", (), ["FMT005"]),
    ("ru", "Adopted on {date}.<0/>See annex.", "Принято {date}.<0 />См. приложение.", (), []),
    ("es", "Values <5 and >10 are excluded", "Se excluyen los valores <5 y >10", (), []),
    # a number in angle brackets where the source closes none is text: a Russian legal text's
    # footnote call, a ratio, a quotation in double angle brackets
    ("ru", "Federal Law No. 115-FZ <1> applies.", "Применяется Федеральный закон № 115-ФЗ <1>.", (), []),
    ("ru", "The ratio is 3<4>2.", "Соотношение 3<4>2.", (), []),
    ("fr", "The item <<1>> is closed.", "Le point «1» est clos.", (), []),
    ("zh", "Step <1>: register; step <2>: report.", "步骤<1>：登记；步骤<2>：报告。", (), []),
    # line breaks, tabs, backslashes
    ("es", "Spell checking is not available.\nInstall a dictionary first.",
     "La revisión ortográfica no está disponible.\nInstala primero un diccionario.", (), []),
    ("es", "Spell checking is not available.\nInstall a dictionary first.",
     "La revisión ortográfica no está disponible.\\nInstala primero un diccionario.", (), ["FMT006"]),
    ("ar", "Spell checking is not available.\nInstall a dictionary first.",
     "التدقيق الإملائي غير متاح. ثبّت قاموسًا أولًا.", (), ["FMT006"]),
    ("fr", "Use \\n to insert a line break.", "Utilisez \\n pour insérer un saut de ligne.", (), []),
    ("fr", "Use \\n to insert a line break.", "Utilisez \n pour insérer un saut de ligne.", (), ["FMT006"]),
    ("ru", "Use \\n to insert a line break.", "Используйте n, чтобы вставить разрыв строки.", (), ["FMT006"]),
    ("ru", "Usage: editor FILE\n", "Использование: editor ФАЙЛ\n", (), []),
    ("ru", "Usage: editor FILE\n", "Использование: editor\nФАЙЛ", (), ["FMT006"]),
    ("zh", "  -h, --help\tShow this help\n", "  -h, --help\t显示此帮助\n", (), []),
    ("zh", "  -h, --help\tShow this help\n", "  -h, --help    显示此帮助\n", (), ["FMT006"]),
    ("ru", "Saved in C:\\Users\\Public.", "Сохранено в C:\\Users\\Public.", (), []),
    # accelerators, where an entry's flag names the marker (the configuration may name it too)
    ("fr", "_File", "_Fichier", ("accelerator:_",), []),
    ("fr", "_File", "Fichier", ("accelerator:_",), ["FMT007"]),
    ("zh", "_File", "文件(_F)", ("accelerator:_",), []),
    ("ru", "_Quit", "В_ыход", ("accelerator:_",), []),
    ("ru", "Save _As…", "_Сохранить _как…", ("accelerator:_",), ["FMT007"]),
    ("es", "&Open", "&Abrir", ("accelerator:&",), []),
    ("es", "Save && &Quit", "Guardar && &salir", ("accelerator:&",), []),
    ("es", "Save && &Quit", "Guardar & salir", ("accelerator:&",), ["FMT007"]),
    ("fr", "%(file_name)s saved", "%(file_name)s enregistré", ("accelerator:_", "python-format"), []),
    ("fr", "_File", "Fichier", (), []),  # no marker named: `_` is a character like another
]


@pytest.mark.parametrize("lang, source, translation, flags, expected", CASES)
def test_placeholders_and_markup(lang, source, translation, flags, expected):
    assert [code for code, _ in codes(lang, source, translation, flags)] == expected


def test_messages_name_what_is_wrong():
    [(_, message)] = codes("ru", "%(count)d documents were deleted.", "Удалено документов: %(cuont)d.")
    assert message == "placeholders differ from the source's: missing %(count)d; not in the source: %(cuont)d"
    [(_, message)] = codes("ru", 'Click <a href="/help/">here</a>.', 'Нажмите <a href="/help/">здесь</b>.')
    assert message == "tags differ from the source's: missing </a>; not in the source: </b>"
    # An argument the source takes once, written twice: repeated, not "not in the source".
    [(_, message)] = codes("ru", "Hello {name}, you have {} new", "Привет {name}, у вас {} {} новых", ("python-brace-format",))
    assert message == "placeholders differ from the source's: {} 2 times, the source 1"
    # Every placeholder the entry lost is named, `%@` as `%lld` (one mended at a time shipped the other).
    [(_, message)] = codes("fr", "Saved by %@ on %lld", "Enregistré")
    assert message == "placeholders differ from the source's: missing %@, %lld"
    [(_, message)] = codes("fr", "Turnout: %5.2f%% of States parties", "Participation : %5.2f des États parties", ("c-format",))
    assert message.startswith("the source's percent sign (%%) after %5.2f is not in the translation")
    [(_, message)] = codes("fr", "Read the <0>report</0>.", "Lire le rapport.")
    assert message == "tags differ from the source's: missing </0>, <0>"


@pytest.mark.parametrize("flags, source, translation", [
    (("python-format",), "Delete %(name)s?", "Удалить %(name)s? Файл %(name)s будет удалён навсегда."),
    (("python-brace-format",), "Delete {name}?", "Удалить {name}? Файл {name} будет удалён навсегда."),
    (("c-format",), "Delete %1$s?", "Удалить %1$s? Файл %1$s будет удалён навсегда."),
    (("qt-format",), "Delete %1?", "Удалить %1? Файл %1 будет удалён навсегда."),
])
def test_a_placeholder_read_by_its_name_or_number_may_be_written_again(flags, source, translation):
    # Python's % and format, printf's %1$s and Qt's arg() read such a placeholder as often as
    # the text writes it (msgfmt -c accepts it): the translation that names the file twice is right.
    assert codes("ru", source, translation, flags) == []


@pytest.mark.parametrize("flags, source, translation, code", [
    (("python-brace-format",), "{name} was deleted", "{name} {name} удален", "FMT004"),
    (("python-format",), "%(count)d files", "%(count)d %(count)d файлов", "FMT003"),
    (("qt-format",), "%1 files", "%1 %1 файлов", "FMT003"),
])
def test_a_placeholder_written_twice_in_a_row_is_said(flags, source, translation, code):
    # Written again elsewhere it is right; twice with nothing between, the value prints twice.
    [(found, message)] = codes("ru", source, translation, flags)
    assert found == code and message.endswith("is written twice in a row, which the source does not do")


def test_an_unflagged_entry_may_number_its_placeholders_to_reorder_them():
    # An XLIFF file, or a catalog converted from one, has no c-format flag: the translation that
    # numbers the source's `%s %s` to reorder them is right there as in a flagged entry.
    assert codes("ru", "Copied %s to %s", "%2$s: скопирован файл %1$s") == []
    assert [code for code, _ in codes("ru", "Copied %s to %s", "%2$s: скопирован файл %2$s")] == ["FMT003"]


def test_a_translated_field_name_is_named_as_not_in_the_source():
    # A translator who translated the name inside the braces: Python reads `{имя}` as a field
    # (names are identifiers, in any script) and raises KeyError; the message names it.
    [(_, message)] = codes("ru", "Hello, {name}!", "Здравствуйте, {имя}!", ("python-brace-format",))
    assert message == "placeholders differ from the source's: missing {name}; not in the source: {имя}"
    [(_, message)] = codes("fr", "Welcome, {user.name}! {items[0]} is new.", "Bienvenue, {utilisateur.nom} ! {items[0]} est nouveau.")
    assert message == "placeholders differ from the source's: missing {user.name}; not in the source: {utilisateur.nom}"
    assert codes("es", "Welcome, {user.name}! {items[0]} is new.", "¡Bienvenido, {user.name}! {items[0]} es nuevo.") == []


def test_a_placeholder_lost_or_added_is_said_as_such_not_as_an_order():
    # "in this order" sent the translator to reorder: `%s of %s` → `%s sur %d` changed one,
    # and French `100 % terminé` made a placeholder of the percent sign and its space.
    [(_, message)] = codes("fr", "%s of %s", "%s sur %d", ("c-format",))
    assert message == "placeholders differ from the source's: missing %s; not in the source: %d"
    [(_, message)] = codes("fr", "100%% complete", "100 % terminé", ("c-format",))
    assert message == ("placeholders differ from the source's: not in the source: % te "
                       "('% te' is a percent sign and what follows it: write a percent sign as %%)")
    [(_, message)] = codes("ru", "Copied %s files in %d seconds.", "За %d с скопировано %s файлов.", ("c-format",))
    assert message == "placeholders %d %s where the source has %s %d, in this order"
    # a %% collapsed to % before a word: `%des` reads as %d before `es` (probe 62a)
    [(_, message)] = codes("fr", "%(pct).1f%% of the votes", "%(pct).1f %des voix", ("python-format",))
    assert message == ("placeholders differ from the source's: not in the source: %d "
                       "('%des' reads as the placeholder %d before 'es': a percent sign is written %%)")


def test_escapes_and_accelerators_say_what_changed():
    [(_, message)] = codes("es", "Not available.\nInstall a dictionary.", "No disponible.\\nInstala un diccionario.")
    assert message == "a line break of the source written as the two characters \\n"
    [(_, message)] = codes("ru", "Usage: editor FILE\n", "Использование: editor ФАЙЛ")
    assert message == "no line breaks where the source has 1"
    [(_, message)] = codes("ru", "Save _As…", "_Сохранить _как…", ("accelerator:_",))
    assert message == "2 accelerators (_С, _к) where the source has 1 (_A)"


def plural_codes(lang: str, msgid: str, msgid_plural: str, forms: tuple[str, ...], flags=("python-format",)):
    entry = Entry("", msgid, forms[0], 5, flags=flags, msgid_plural=msgid_plural, plural_forms=forms)
    catalog = CatalogFile(f"locale/{lang}/LC_MESSAGES/app.po", lang, (entry,), nplurals=len(forms))
    return [f.message for f in check_catalog(catalog, FMT, terminology_for([]), "en", with_terms=False)]


def test_a_form_that_serves_one_number_may_leave_the_number_out():
    # As msgfmt allows: Arabic's forms of 0, 1 and 2, Spanish's form of 1
    arabic = ("لا توجد عناصر", "عنصر واحد", "عنصران", "%(count)d عناصر", "%(count)d عنصرًا", "%(count)d عنصر")
    assert plural_codes("ar", "%(count)d item", "%(count)d items", arabic) == []
    assert plural_codes("es", "%d file", "%d files", ("Un archivo", "%d archivos"), ("c-format",)) == []
    # ... but not a form that serves many numbers, and no form may add one
    assert plural_codes("es", "%d file", "%d files", ("Un archivo", "Varios archivos"), ("c-format",)) == [
        "msgstr[1]: placeholders differ from the source's: missing %d"]
    assert plural_codes("ar", "%(count)d item", "%(count)d items", ("%(cnt)d",) + arabic[1:]) == [
        "msgstr[0]: placeholders differ from the source's: not in the source: %(cnt)d"]
    assert plural_codes("ar", "%(count)d item", "%(count)d items", arabic[:3] + ("عناصر",) + arabic[4:]) == [
        "msgstr[3]: placeholders differ from the source's: missing %(count)d"]


def test_the_form_of_one_that_serves_many_numbers_keeps_the_number():
    # Django's ngettext("One file was deleted.", "%(count)d files were deleted.", n): Russian's
    # form of 1 serves 21 and 31 too, Chinese's one form every number; msgfmt -c refuses both.
    russian = ("Удалён один файл.", "Удалено %(count)d файла.", "Удалено %(count)d файлов.")
    assert plural_codes("ru", "One file was deleted.", "%(count)d files were deleted.", russian) == [
        "msgstr[0]: placeholders differ from the source's: missing %(count)d"]
    assert plural_codes("zh", "One file was deleted.", "%(count)d files were deleted.", ("已删除一个文件。",)) == [
        "msgstr[0]: placeholders differ from the source's: missing %(count)d"]
    # French's form of 0 and 1 serves two numbers: msgfmt lets it leave the number out
    assert plural_codes("fr", "One file was deleted.", "%(count)d files were deleted.",
                        ("Un fichier a été supprimé.", "%(count)d fichiers ont été supprimés.")) == []


def test_gettext_s_range_flag_limits_the_numbers_a_form_serves():
    # `#, range: 1..1`: the entry is only ever used for 1, so Russian's form of 1 serves 1
    # alone and may write it in words, as msgfmt -c accepts.
    forms = ("Один файл", "%d файла", "%d файлов")
    assert plural_codes("ru", "One file", "%d files", forms, ("c-format", "range: 1..1")) == []
    assert plural_codes("ru", "One file", "%d files", forms, ("c-format", "range: 0..10")) == []
    assert plural_codes("ru", "One file", "%d files", forms, ("c-format", "range: 0..30")) == [
        "msgstr[0]: placeholders differ from the source's: missing %d"]
    # ... never Chinese's one form, nor with a flag msgfmt does not read; French's form of 0
    # and 1 may leave it out, range or not
    assert plural_codes("zh", "One file", "%d files", ("一个文件",), ("c-format", "range: 1..1")) == [
        "msgstr[0]: placeholders differ from the source's: missing %d"]
    assert plural_codes("ru", "One file", "%d files", forms, ("c-format", "range:0..10")) == [
        "msgstr[0]: placeholders differ from the source's: missing %d"]
    assert plural_codes("fr", "One file", "%d files", ("Un fichier", "%d fichiers"), ("c-format", "range: 0..1")) == []


def test_a_python_form_of_one_number_may_not_leave_out_an_unnamed_placeholder():
    # `"Un archivo eliminado" % 1` raises TypeError (not all arguments converted): C's printf
    # ignores an argument left over, Python's % does not; a named one (a mapping) may be left.
    assert plural_codes("es", "%d file deleted", "%d files deleted", ("Un archivo eliminado", "%d archivos eliminados")) == [
        "msgstr[0]: placeholders differ from the source's: missing %d (Python's % fails on an argument left over: "
        "only a named placeholder, %(name)d, may be left out)"]
    assert plural_codes("es", "%(n)d file deleted", "%(n)d files deleted", ("Un archivo eliminado", "%(n)d archivos eliminados")) == []


def test_python_has_no_numbered_placeholders():
    # `%2$s` raises ValueError (unsupported format character '$') in Python: only C reorders so.
    [(_, message)] = codes("es", "%s copied to %s", "%2$s copiado desde %1$s", ("python-format",))
    assert message == ("placeholders %2$s, %1$s are numbered, which Python's % does not read: name them "
                       "(%(file)s) in the source to change their order")
    assert codes("es", "%s copied to %s", "%2$s copiado desde %1$s", ("c-format",)) == []


@pytest.mark.parametrize("lang, source, translation, flags", [
    ("es", "%(user)s edited %(file)s; %(user)s can undo it.", "%(user)s editó %(file)s y puede deshacerlo.", ("python-format",)),
    ("fr", "{0} of {1} ({0}/{1})", "{0} sur {1}", ("python-brace-format",)),
    ("ru", "%1 replaced %1 times", "%1 заменено", ("qt-format",)),
    ("fr", "%1$s and %1$s", "%1$s et lui", ("c-format",)),
])
def test_a_named_or_numbered_placeholder_the_source_repeats_may_be_written_once(lang, source, translation, flags):
    # A name or a number may be read any number of times: msgfmt accepts each of these.
    assert codes(lang, source, translation, flags) == []


def test_a_damaged_placeholder_is_found_even_in_a_form_that_may_leave_the_number_out():
    # django-allauth's Arabic catalog (65.22.1): `%` turned into `6` in the forms of 0 and 1
    forms = tuple(["هناك 6(unused_count)s من %(total_count)s رموز الاسترداد المتاحة."] * 2
                  + ["هناك %(unused_count)s من %(total_count)s رموز الاسترداد المتاحة."] * 4)
    assert plural_codes("ar", "There is %(unused_count)s out of %(total_count)s recovery codes available.",
                        "There are %(unused_count)s out of %(total_count)s recovery codes available.", forms) == [
        f"msgstr[{n}]: placeholder damaged: '6(unused_count)s' where the source has %(unused_count)s" for n in (0, 1)]
    assert [code for code, _ in codes("fr", "Hello %(name)s", "Bonjour (name)s")] == ["FMT003"]
    assert [code for code, _ in codes("fr", "Hello %(name)s (name)s", "Bonjour %(name)s (name)s")] == []


def test_plural_forms_are_compared_with_msgid_plural_and_the_form_of_one_with_msgid_too():
    # Russian's first form serves 1, 21, 31…: it needs the number even where msgid has none,
    # and the number msgid_plural names (msgfmt -c: "a format specification for argument
    # 'count' doesn't exist in 'msgstr[0]'")
    assert plural_codes("ru", "One file", "%(count)d files", ("%(count)d файл", "%(count)d файла", "%(count)d файлов")) == []
    assert plural_codes("ru", "{n} file", "{count} files", ("{n} файл", "{count} файла", "{count} файлов"),
                        ("python-brace-format",)) == [
        "msgstr[0]: placeholders differ from the source's: missing {count}; not in the source: {n}"]
    # Spanish's form of 1 serves it alone, and may follow msgid
    assert plural_codes("es", "{n} file", "{count} files", ("{n} archivo", "{count} archivos"),
                        ("python-brace-format",)) == []


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
    # TYPO007 read a template's interpolation as the first word
    ("fr", "{{count}} files were deleted.", "{{count}} fichiers ont été supprimés.", ()),
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


def all_codes(lang: str, source: str, translation: str, flags: tuple[str, ...] = ()) -> list[str]:
    entry = Entry("", source, translation, 5, flags=flags)
    catalog = CatalogFile(f"locale/{lang}/LC_MESSAGES/app.po", lang, (entry,))
    return [f.code for f in check_catalog(catalog, ALL, terminology_for([]), "en", with_terms=False)]


@pytest.mark.parametrize("lang, source, translation, flags, expected", [
    # a placeholder is a word of the sentence it stands in: the `?` after it ends a Chinese one
    ("zh", "Delete {name}?", "删除{name}?", ("python-brace-format",), ["TYPO011"]),
    ("zh", "Delete %(count)d files?", "删除%(count)d个文件？", ("python-format",), []),
    ("zh", "Saved to <b>{path}</b>.", "已保存到<b>{path}</b>.", ("python-brace-format",), ["TYPO011"]),
    ("zh", "%(name)s, %(count)d", "%(name)s, %(count)d", ("python-format",), []),  # no Chinese around
    ("ar", "Delete {name}?", "حذف {name}?", ("python-brace-format",), ["TYPO011"]),
    ("ar", "Delete {name}?", "حذف {name}؟", ("python-brace-format",), []),
    ("ar", "Hello, %(name)s?", "مرحبًا، %(name)s?", ("python-format",), ["TYPO011"]),
    ("zh", "Delete {name}? This cannot be undone.", "删除{name}? 此操作无法撤销。", ("python-brace-format",), ["TYPO011"]),
    # a mark between two placeholders, or before Latin text, is theirs: a time, a version, a URL
    ("zh", "Time left %d:%02d", "剩余时间 %d:%02d", ("c-format",), []),
    ("zh", "Version {major}.{minor}", "版本 {major}.{minor}", ("python-brace-format",), []),
    ("zh", "User {user}@{host}:{port}", "用户 {user}@{host}:{port}", ("python-brace-format",), []),
    ("zh", "Open {base_url}?lang=en", "打开 {base_url}?lang=zh", ("python-brace-format",), []),
    ("zh", "Point ({x}, {y})", "坐标 ({x}, {y})", ("python-brace-format",), []),
    ("ar", "Amount %d,%03d dollars", "المبلغ %d,%03d دولار", ("c-format",), []),
    ("ar", "Query {table}?{params}", "استعلام {table}?{params}", ("python-brace-format",), []),
    ("zh", "Time left %d:%02d minutes", "剩余%d:%02d分钟", ("c-format",), []),
    # ... but a mark and a space, the script's words after the placeholders that follow, is the sentence's
    ("zh", "Downloading {name}, {percent}% done", "正在下载{name}, {percent}%已完成", ("python-brace-format",), ["TYPO011"]),
    ("zh", "Delete {name}? {n} files will be lost.", "删除{name}? {n}个文件将丢失。", ("python-brace-format",), ["TYPO011"]),
    ("ar", "Saved {a}; {b} failed", "حُفظ {a}; {b} فشل", ("python-brace-format",), ["TYPO011"]),
    ("ar", "Delete {name}? 3 files", "حذف {name}? 3 ملفات", ("python-brace-format",), ["TYPO011"]),
])
def test_a_latin_mark_beside_a_placeholder_in_a_chinese_or_arabic_sentence(lang, source, translation, flags, expected):
    assert [code for code in all_codes(lang, source, translation, flags) if code == "TYPO011"] == expected


@pytest.mark.parametrize("lang, source, translation, expected", [
    # a one-word string left in English is untranslated where the word is not the language's
    ("fr", "Ready", "Ready", ["CONS003"]),
    ("ru", "Status", "Status", ["CONS003"]),
    ("fr", "Menu", "Menu", []),  # a French word too
    ("es", "Email", "Email", []),  # a loanword
    ("ru", "Twitter", "Twitter", []),  # a name
    ("es", "May", "May", []),  # Spanish abbreviates mayo so
    ("fr", "quintillion", "quintillion", []),  # rare in English too: no evidence either way
    ("ar", "PDF", "PDF", []),
])
def test_a_single_word_copied_from_the_source(lang, source, translation, expected):
    assert all_codes(lang, source, translation) == expected


def test_russian_inner_quotes_close_with_the_sign_english_opens_with():
    assert all_codes("ru", "Delete “%(name)s”?", "Удалить „%(name)s“?", ("python-format",)) == []
    assert all_codes("ru", "Delete “%(name)s”?", "Удалить „%(name)s?", ("python-format",)) == ["TYPO005"]


def test_a_source_starting_with_a_placeholder_says_nothing_of_the_translations_first_letter():
    assert all_codes("es", "%d file was saved.", "Se guardó %d archivo.", ("c-format",)) == []
    assert all_codes("es", "the file was saved.", "El archivo se guardó.") == ["TYPO007"]


def test_a_translation_starting_with_a_placeholder_says_nothing_of_its_first_letter():
    # The translator put the number first, as the language's word order wants: `%d файл` for
    # `One file`, `%(count)s fichiers supprimés` for `Deleted %(count)s files`.
    entry = Entry("", "One file", "%d файл", 5, flags=("c-format",), msgid_plural="%d files",
                  plural_forms=("%d файл", "%d файла", "%d файлов"))
    catalog = CatalogFile("locale/ru/LC_MESSAGES/app.po", "ru", (entry,))
    assert [f.code for f in check_catalog(catalog, ALL, terminology_for([]), "en", with_terms=False)] == []
    assert all_codes("fr", "Deleted %(count)s files.", "%(count)s fichiers supprimés.", ("python-format",)) == []
    assert all_codes("ru", "Deleted {n} files.", "{n} файлов удалено.", ("python-brace-format",)) == []
    assert all_codes("ru", "One file", "один файл", ("c-format",)) == ["TYPO007"]  # a word first: compared


# What a new user's adversarial round found (each was wrong before)
@pytest.mark.parametrize("lang, source, translation, flags, expected", [
    ("ru", "%s of %s", "%2$s: %1$s", ("c-format",), []),  # numbered to reorder: msgfmt accepts it
    ("zh", "%s of %d", "%2$d 中的 %1$s", ("c-format",), []),
    ("ru", "%s of %d", "%2$s: %1$s", ("c-format",), ["FMT003"]),  # the conversions swapped
    ("fr", "Terms &amp; Conditions", "Conditions générales", ("accelerator:&",), []),  # an entity, no accelerator
    ("fr", "&Open &amp; close", "Ouvrir &amp; fermer", ("accelerator:&",), ["FMT007"]),
])
def test_found_off_our_ground(lang, source, translation, flags, expected):
    assert [code for code, _ in codes(lang, source, translation, flags)] == expected


# The format flags xgettext gives other languages' strings: PHP's, JavaScript's, Perl's printf;
# C#'s, Java's MessageFormat and Perl's brace fields; Qt's and KDE's numbered `%1` (and Qt's
# plural `%n`); C99's `%<PRIuMAX>`, a placeholder, not a tag. None of them was compared.
@pytest.mark.parametrize("lang, source, translation, flags, expected", [
    ("ru", "Deleted %d of %s files.", "Удалено %d из %s файлов.", ("php-format",), []),
    ("ru", "Deleted %d of %s files.", "Удалено %d из файлов.", ("php-format",), ["FMT003"]),
    ("fr", "%s has been saved", "%s a été enregistré", ("javascript-format",), []),
    ("fr", "%s has been saved", "Enregistré", ("javascript-format",), ["FMT003"]),
    ("es", "Cannot open %s: %s", "No se puede abrir %s", ("perl-format",), ["FMT003"]),
    ("es", "Cannot open {0}", "No se puede abrir {0}", ("csharp-format",), []),
    ("es", "Cannot open {0}", "No se puede abrir {1}", ("csharp-format",), ["FMT004"]),
    ("ru", "File {0} was modified", "Файл был изменён", ("java-format",), ["FMT004"]),
    ("ru", "Hello, {name}", "Здравствуйте, {nmae}", ("perl-brace-format",), ["FMT004"]),
    ("ru", "Copy %1 to %2", "Скопировать %1 в %2", ("qt-format",), []),
    ("ru", "Copy %1 to %2", "Скопировать в %2 файл %1", ("qt-format",), []),  # numbered: any order
    ("ru", "Copy %1 to %2", "Скопировать %1 в %3", ("qt-format",), ["FMT003"]),
    ("fr", "Page %1 of %2", "Page %1 sur", ("kde-format",), ["FMT003"]),
    ("zh", "Downloaded %L1 bytes", "已下载 %L1 字节", ("qt-format",), []),
    # `%L1` for `%1` is another placeholder to msgfmt, which refuses it (`%Ln` for `%n` it takes)
    ("zh", "Downloaded %1 bytes", "已下载 %L1 字节", ("qt-format",), ["FMT003"]),
    ("ru", "Downloaded %L1 bytes", "Загружено %1 байт", ("qt-format",), []),  # the other way msgfmt takes
    ("ru", "Downloaded %L1 bytes", "Загружено %L1 байт", ("qt-format",), []),
    ("ru", "Copied %" "<PRIuMAX> bytes", "Скопировано байтов: %" "<PRIuMAX>", ("c-format",), []),
    ("ru", "Copied %" "<PRIuMAX> bytes", "Скопировано байтов", ("c-format",), ["FMT003"]),
])
def test_other_languages_format_strings_are_compared(lang, source, translation, flags, expected):
    assert [code for code, _ in codes(lang, source, translation, flags)] == expected


@pytest.mark.parametrize("lang, source, translation", [
    ("ru", "Loading...", "Загрузка…"), ("es", "Wait…", "Espere..."), ("zh", "Loading...", "正在加载……"),
])
def test_three_stops_and_the_ellipsis_are_one_ending(lang, source, translation):
    assert all_codes(lang, source, translation) == []


def test_a_lost_trailing_line_break_is_fmt006_alone():
    assert all_codes("es", "Done.\n", "Listo.") == ["FMT006"]


def test_a_windows_line_end_the_source_does_not_have_is_fmt006():
    # A Windows tool writes its XLIFF's line breaks `&#xD;` + a line break: imported, the
    # translation held `\r\n` where the source has `\n`, and nothing said so.
    source, translation = "Vienna International Centre\nVienna, Austria\n", "Венский международный центр\r\nВена, Австрия\r\n"
    assert [message for _, message in codes("ru", source, translation)] == [
        "2 carriage returns (\\r, a Windows line end) where the source has 0"]
    assert codes("ru", source, translation.replace("\r", "")) == []


@pytest.mark.parametrize("header, problem", [
    ("nplurals=99999999999; plural=n;", "nplurals is not a number of forms"),
    ("nplurals=abc; plural=(n > 1);", "nplurals is not a number of forms"),
    ("nplurals=2; plural=(n >>> 1 ? ;", "not one gettext can read"),
    ("nplurals=2; plural=n%0;", "not one gettext can read"),
    ("nplurals=6; plural=7;", "a form beyond nplurals=6"),
    ("nplurals=6;", "no plural= expression"),
])
def test_a_plural_forms_header_msgfmt_refuses_is_said_and_bounded(tmp_path, header, problem):
    from pipeline.run import check_catalogs

    path = tmp_path / "locale" / "ar" / "LC_MESSAGES" / "app.po"
    path.parent.mkdir(parents=True)
    path.write_text(f'msgid ""\nmsgstr ""\n"Language: ar\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    f'"Plural-Forms: {header}\\n"\n\n#, c-format\nmsgid "%d file"\nmsgid_plural "%d files"\n'
                    + "".join(f'msgstr[{n}] "%d ملف"\n' for n in range(6)), encoding="utf-8")
    findings = check_catalogs([tmp_path / "locale"], [], select=["FMT"]).findings
    assert [f.code for f in findings] == ["FMT002"] and problem in findings[0].message


@pytest.mark.parametrize("source, translation, said", [
    # a branch's text is translated, not an argument (`{He}`): no finding
    ("{gender, select, male {He} female {She} other {They}} replied",
     "{gender, select, male {Он ответил} female {Она ответила} other {Они ответили}}", None),
    # Russian adds branches (few, many), which repeat the arguments of the others: no finding
    ("{count, plural, one {{name} has # file} other {{name} has # files}}",
     "{count, plural, one {у {name} # файл} few {у {name} # файла} many {у {name} # файлов} other {у {name} # файла}}", None),
    # an argument renamed breaks the message at run time, as a renamed {name} does
    ("{count, plural, one {# item} other {# items}}",
     "{cuont, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}}",
     "missing {count, plural}; not in the source: {cuont, plural}"),
    ("Price: {price, number, currency}", "Цена: {цена, number, currency}", "missing {price, number}"),
    ("{count, plural, one {{name} has # file} other {{name} has # files}}",
     "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}", "missing {name}"),
])
def test_icu_messages_are_compared_by_their_arguments(source, translation, said):
    # Lingui's and FormatJS's catalogs: `{He}` in a select branch was a missing placeholder
    # (a false error on a right translation), and a renamed argument went unreported.
    found = codes("ru", source, translation)
    if said is None:
        assert found == []
    else:
        assert found == [("FMT004", f"placeholders differ from the source's: {said}")]


@pytest.mark.parametrize("lang, source, translation, said", [
    # FormatJS and ICU4J refuse a message with a branching argument and no `other`
    ("ru", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# файл} few {# файла} many {# файлов}}",
     "{count, plural} has no `other` branch, which ICU requires: the message cannot be formatted"),
    ("fr", "{gender, select, female {She replied} other {They replied}}", "{gender, select, female {Elle a répondu} male {Il a répondu}}",
     "{gender, select} has no `other` branch, which ICU requires: the message cannot be formatted"),
    # a brace left open at the end, and one closed twice
    ("es", "{count, plural, one {# folder} other {# folders}}", "{count, plural, one {# carpeta} other {# carpetas}",
     "not a well-formed ICU message: Expected } at position 50 but found the end of the text"),
    ("zh", "You have {count, plural, other {# messages}}.", "您有 {count, plural, other {# 条消息}}}。",
     'not a well-formed ICU message: Unexpected "}" at position 33'),
])
def test_a_translation_that_is_no_icu_message_is_an_error(lang, source, translation, said):
    assert codes(lang, source, translation) == [("FMT009", said)]


@pytest.mark.parametrize("lang, source, translation, said", [
    # Russian kept English's two branches: 2–4 and 5–20 got `other` (`5 файла`)
    ("ru", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# файл} other {# файла}}",
     "{count, plural} in Russian lacks few (2, 3, 4…), many (0, 5, 6…): those numbers get the `other` branch "
     "(CLDR: few, many, one, other)"),
    # Arabic has six; exact branches cover 0, 1 and 2, not 3–10 nor 11–99
    ("ar", "{count, plural, =0 {No files} one {# file} other {# files}}",
     "{count, plural, =0 {لا ملفات} =1 {ملف واحد} =2 {ملفان} one {ملف واحد} other {# ملف}}",
     "{count, plural} in Arabic lacks few (3, 4, 5…), many (11, 12, 13…): those numbers get the `other` branch "
     "(CLDR: few, many, one, two, zero, other)"),
    # a branch the language never chooses: Chinese has `other` alone, Spanish no `few`
    ("zh", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# 个文件} other {# 个文件}}",
     "{count, plural} in Chinese has one, which Chinese never chooses (CLDR: other)"),
    ("es", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# archivo} few {# archivos} other {# archivos}}",
     "{count, plural} in Spanish has few, which Spanish never chooses (CLDR: many, one, other)"),
    # English ordinals need four; Russian's are one form
    ("ru", "{place, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} place",
     "{place, selectordinal, one {#-е} two {#-е} few {#-е} other {#-е}} место",
     "{place, selectordinal} in Russian has one, two, few, which Russian never chooses (CLDR: other)"),
])
def test_plural_branches_are_the_languages_cldr_categories(lang, source, translation, said):
    assert codes(lang, source, translation) == [("FMT010", said)]


@pytest.mark.parametrize("lang, source, translation", [
    ("ru", "{count, plural, one {# file} other {# files}}",
     "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}"),
    # `other` alone, or beside exact numbers: one wording for every number, the translator's choice
    ("ru", "{count, plural, =0 {No files} one {# file} other {# files}}", "{count, plural, =0 {Файлов нет} other {Файлов: #}}"),
    ("zh", "{count, plural, one {# file} other {# files}}", "{count, plural, other {# 个文件}}"),
    # exact branches cover Arabic's zero, one and two
    ("ar", "{count, plural, one {# file} other {# files}}",
     "{count, plural, =0 {لا ملفات} =1 {ملف واحد} =2 {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}"),
    # French `many` is a million's (`1 000 000 de fichiers`): no whole number to 1,000 takes it
    ("fr", "{count, plural, one {# file} other {# files}}", "{count, plural, one {# fichier} other {# fichiers}}"),
    # with an offset, the categories are of the number less the offset
    ("en", "{guests, plural, offset:1 =0 {Nobody} =1 {{host}} one {{host} and # other} other {{host} and # others}}",
     "{guests, plural, offset:1 =0 {Nobody} =1 {{host}} one {{host} and # other guest} other {{host} and # other guests}}"),
    # quoted braces are text, and a source that is no ICU message judges no translation
    ("fr", "Type '{'count, plural'}' as written: {count, plural, one {# file} other {# files}}",
     "Tapez '{'count, plural'}' tel quel : {count, plural, one {# fichier} other {# fichiers}}"),
    ("ru", "{count, plural, one {# file} other {# files}", "{count, plural, one {# файл} few {# файла} many {# файлов}"),
])
def test_well_formed_icu_translations_are_not_flagged(lang, source, translation):
    assert codes(lang, source, translation) == []


def test_numbered_icu_arguments_are_an_icu_message_too():
    # ICU4J's and Java's MessageFormat number their arguments: `{0, plural, …}` was read as no
    # ICU message, and a Russian translation short of `few` and `many` passed
    source = "{0, plural, one {# file was deleted} other {# files were deleted}}"
    assert codes("ru", source, "{0, plural, one {Удалён # файл} other {Удалено # файлов}}")[0][0] == "FMT010"
    assert codes("ru", source, "{0, plural, one {Удалён # файл} few {Удалено # файла} many {Удалено # файлов}}")[0][0] == "FMT009"


def test_an_apostrophe_before_a_brace_quotes_it_in_an_entry_flagged_icu(tmp_path):
    # In ICU `'{` begins quoted text: `l'{type}` is the text "{type}", never filled in. In an
    # entry flagged icu-message-format alone (no branches), FMT004 read it as a field.
    assert codes("fr", "Delete the {type}?", "Supprimer l'{type} ?", ("icu-message-format",)) == [
        ("FMT004", "placeholders differ from the source's: missing {type} (the apostrophe in 'l'{' quotes what "
                   "follows in ICU: write ’ or '')")]
    # Where it quotes a whole select, the field is missing too, and the cause is the same.
    assert codes("fr", "Open the {place, select, office {office} other {room}}",
                 "Ouvrir l'{place, select, office {bureau} other {salle}}") == [
        ("FMT004", "placeholders differ from the source's: missing {place, select} (the apostrophe in 'l'{' quotes "
                   "what follows in ICU: write ’ or '')")]
    # In a Python str.format message an apostrophe is a letter: no such hint.
    assert codes("fr", "Delete the {type}?", "Supprimer l'{typ} ?", ("python-brace-format",))[0][1].endswith("not in the source: {typ}")
    assert codes("fr", "Delete the {type}?", "Supprimer l''{type} ?", ("icu-message-format",)) == []  # '' is an apostrophe


def test_an_error_an_elision_causes_names_the_apostrophe():
    # `d'{folder}` quotes the field and the rest of the branch: "has no `other` branch" alone
    # sent the translator looking at an `other` plainly there
    [(code, message)] = codes("fr", "{count, plural, one {# file deleted from {folder}} other {# files deleted from {folder}}}",
                              "{count, plural, one {# fichier supprimé d'{folder}} other {# fichiers supprimés d'{folder}}}")
    assert code == "FMT009" and message.endswith("(the apostrophe in 'd'{' quotes what follows in ICU: write ’ or '')")


def test_the_numbers_of_icu_syntax_are_not_numbers_of_the_text(tmp_path):
    # `=0 {…}` and `offset:1` are the message's syntax: a translation that adds exact branches
    # for 0, 1 and 2, as FMT010 suggests for Arabic, got NUM001 "0, 1, 2 here, none in the source"
    from pipeline.run import check_catalogs

    (tmp_path / "app.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: ar\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "{count, plural, one {# file} other {# files}}"\n'
        'msgstr "{count, plural, =0 {لا ملفات} =1 {ملف واحد} =2 {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}"\n',
        encoding="utf-8")
    assert check_catalogs([tmp_path], [], "en", select=["NUM", "FMT"]).findings == []


def test_an_entry_flagged_icu_message_format_is_parsed_and_its_flag_read():
    # Weblate's flag: a plain `{name}` message is an ICU one too, and no FMT008 "not compared"
    assert {code for code, _ in codes("ru", "Hello, {name}!", "Привет, {name!", ("icu-message-format",))} == {"FMT004", "FMT009"}
    assert codes("ru", "Hello, {name}!", "Привет, {name}!", ("icu-message-format",)) == []


def test_entries_of_a_format_no_check_reads_are_said_once_per_catalog():
    # A shell script's catalog (sh-format) or a Lisp program's: their placeholders were read
    # by no check, and nothing said so.
    entries = (Entry("", "Copied $count files", "Скопировано файлов: $cuont", 5, flags=("sh-format",)),
               Entry("", "Deleted $count files", "Удалено файлов: $count", 9, flags=("sh-format",)),
               Entry("", "~A of ~A", "~A из ~A", 13, flags=("lisp-format",)),
               Entry("", "Copy %s", "Копировать %s", 17, flags=("c-format",)))
    catalog = CatalogFile("locale/ru/LC_MESSAGES/app.po", "ru", entries)
    found = [(f.code, f.line, f.message) for f in check_catalog(catalog, FMT, terminology_for([]), "en", with_terms=False)]
    assert found == [("FMT008", 5, "3 entries flagged lisp-format, sh-format: their placeholders are not compared "
                                   "(hexaglot compares printf, brace, Qt and KDE placeholders)")]


def test_a_count_of_one_plural_form_reads_as_one():
    # "CLDR's rules for Chinese have 1 forms".
    entry = Entry("", "%d file", "%d 个文件", 5, flags=("c-format",), msgid_plural="%d files", plural_forms=("%d 个文件",))
    catalog = CatalogFile("locale/zh/LC_MESSAGES/app.po", "zh", (entry,), nplurals=2)
    messages = [f.message for f in check_catalog(catalog, FMT, terminology_for([]), "en", with_terms=False) if f.code == "FMT002"]
    assert any("CLDR's rules for Chinese have 1 form: " in message for message in messages), messages


def test_a_message_nested_hundreds_deep_is_no_message_not_a_crash():
    # Machine-made or hostile: the parsers recurse once per level, and at 500 the run stopped
    # with a RecursionError traceback in every mode.
    deep = "{a, select, x {" * 500 + "z" + "} other {z}}" * 500
    source = "{count, plural, one {# file} other {# files}}"
    found = dict(codes("ru", source, deep))
    assert "braces nested 1000 deep" in found["FMT009"]
    codes("ru", deep, deep)  # a source that is none judges nothing, and stops nothing


def test_a_line_break_at_one_end_is_said_of_the_side_that_has_it():
    # "the source begins with a line break and the translation does": the other way round.
    entries = (Entry("", "Line\n", "\nLigne", 3), Entry("", "\nDone", "Terminé\n", 7))
    catalog = CatalogFile("locale/fr/LC_MESSAGES/app.po", "fr", entries)
    found = [f.message for f in check_catalog(catalog, FMT, terminology_for([]), "en", with_terms=False) if f.code == "FMT006"]
    assert found == ["the translation begins with a line break and the source does not; "
                     "the source ends with a line break and the translation does not",
                     "the source begins with a line break and the translation does not; "
                     "the translation ends with a line break and the source does not"], found


@pytest.mark.parametrize("lang, source, translation, code", [
    ("es", "Close the file", "Cerrar el archivo %s", "FMT003"),
    ("es", "Open the file", "Abrir el archivo {0}", "FMT004"),
])
def test_a_placeholder_in_the_translation_alone_is_said_as_one(lang, source, translation, code):
    # No flag, and no placeholder in the source: nothing was compared, and `{0}` was read as
    # the number 0 (NUM001, "numbers differ").
    entry = Entry("", source, translation, 5)
    catalog = CatalogFile(f"locale/{lang}/LC_MESSAGES/app.po", lang, (entry,), nplurals=None)
    found = [(f.code, f.message) for f in check_catalog(catalog, ALL, terminology_for([]), "en", with_terms=False)]
    assert [c for c, _ in found] == [code], found
    assert "not in the source" in found[0][1]


@pytest.mark.parametrize("lang, source, translation, said", [
    ("es", "Use &lt;code&gt; tags", "Usa etiquetas <code>", "tags differ from the source's: not in the source: <code>"),
    ("fr", "Save &amp; Close", "Enregistrer & fermer", "a bare '&' where the source writes markup's characters as entities"),
])
def test_markup_s_characters_the_source_escapes_are_not_markup_in_the_translation(lang, source, translation, said):
    # pofilter and Weblate flag both; nothing compared them, the source having no tag.
    [(code, message)] = codes(lang, source, translation)
    assert code == "FMT005" and message.startswith(said)
    assert codes(lang, source, translation.replace("<code>", "&lt;code&gt;").replace(" & ", " &amp; ")) == []


def test_entries_short_of_a_form_under_the_language_s_own_header_are_each_said():
    # nplurals=3 in a Russian catalog is right; its three entries of two forms each are what
    # is wrong. FMT002 blamed the header once ("every one of the catalog's 3 plural entries has
    # 2 forms") and no entry was named: a translator was sent to change a correct header.
    entries = tuple(Entry("", f"%d file{n}", f"%d файл{n}", 5 + n, flags=("c-format",), msgid_plural=f"%d files{n}",
                          plural_forms=(f"%d файл{n}", f"%d файла{n}")) for n in range(3))
    catalog = CatalogFile("locale/ru/LC_MESSAGES/app.po", "ru", entries, nplurals=3,
                          plural_rule="(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)")
    found = [(f.code, f.message) for f in check_catalog(catalog, FMT, terminology_for([]), "en", with_terms=False)]
    assert found == [("FMT001", "msgstr[2] missing: the catalog's Plural-Forms declares 3 plural forms")] * 3


@pytest.mark.parametrize("lang, rule, said", [
    ("ru", "(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2", "the Plural-Forms rule gives 0 and 21 one form (msgstr[2]), where "
                                                  "Russian's rule (CLDR) gives them two"),
    ("fr", "(n != 1)", "the Plural-Forms rule gives 0 and 1 two forms (msgstr[1], msgstr[0]), where French's rule "
                       "(CLDR) gives them one"),
])
def test_a_rule_of_the_right_count_that_groups_numbers_otherwise_is_said(lang, rule, said):
    # The Czech rule in a Russian catalog: 21 and 22 get the form of 5; msgfmt and the count
    # of forms say nothing of it.
    forms = len(rule.split("?")) if "?" in rule else 2
    entry = Entry("", "%d file", "%d fichier", 5, flags=("c-format",), msgid_plural="%d files",
                  plural_forms=tuple(f"%d f{n}" for n in range(forms)))
    catalog = CatalogFile(f"locale/{lang}/LC_MESSAGES/app.po", lang, (entry,), nplurals=forms, plural_rule=rule)
    found = [(f.code, f.message) for f in check_catalog(catalog, FMT, terminology_for([]), "en", with_terms=False)]
    assert len(found) == 1 and found[0][0] == "FMT011" and found[0][1].startswith(said), found


@pytest.mark.parametrize("lang, rule", [
    ("ar", "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5"),  # GNU's order
    ("ar", "(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=0 && n%100<=2 ? 4 : 5)"),  # Babel's
    ("ru", "(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)"),
    ("fr", "(n > 1)"),
    ("es", "(n != 1)"),
])
def test_the_language_s_rule_however_written_is_no_finding(lang, rule):
    forms = {"ar": 6, "ru": 3}.get(lang, 2)
    entry = Entry("", "%d file", "%d f", 5, flags=("c-format",), msgid_plural="%d files",
                  plural_forms=tuple(f"%d f{n}" for n in range(forms)))
    catalog = CatalogFile(f"locale/{lang}/LC_MESSAGES/app.po", lang, (entry,), nplurals=forms, plural_rule=rule)
    assert [f.message for f in check_catalog(catalog, FMT, terminology_for([]), "en", with_terms=False)] == []


@pytest.mark.parametrize("lang, source, translation, expected", [
    # Qt's numbered arguments in a catalog with no flags (ts2po, a platform's export): two of
    # them number the source's. `%2` dropped was NUM001 "1 here, 1, 2 in the source".
    ("ru", "Page %1 of %2", "Страница %1", ["FMT003"]),
    ("ru", "Copied %1 files to %2.", "Скопировано файлов в %2: %1.", []),  # numbered: any order
    ("fr", "Page %1 of %2", "Page %1 sur %2", []),
    # ... not a footnote call glued to a percentage, which follows a number
    ("fr", "It rose by 50 per cent and 20 per cent.", "Il a augmenté de 50\u00a0%1 et de 20\u00a0%.", []),
])
def test_qt_arguments_of_a_source_no_flag_speaks_of_are_placeholders(lang, source, translation, expected):
    assert all_codes(lang, source, translation) == expected


def test_a_c_form_of_one_number_may_leave_out_only_the_placeholders_at_the_end():
    # printf hands the arguments to unnumbered placeholders in order: `Un fichier dans %s` for
    # `%d file in %s` reads the count as the string (msgfmt -c refuses it; a crash in C). The
    # form may leave out what comes last, or number what it keeps.
    messages = plural_codes("fr", "%d file in %s", "%d files in %s", ("Un fichier dans %s", "%d fichiers dans %s"), ("c-format",))
    assert messages == ["msgstr[0]: placeholders differ from the source's: missing %d (a form may leave out only the "
                        "placeholders at the end: the ones it keeps take the source's arguments in order, and %s here "
                        "reads the source's %d; keep %d)"]
    # Numbering the one kept is no way out: msgfmt -c refuses a string that ignores argument 1.
    assert plural_codes("fr", "%d file in %s", "%d files in %s", ("Un fichier dans %2$s", "%d fichiers dans %s"), ("c-format",))
    assert plural_codes("fr", "In %s: %d file", "In %s: %d files", ("Dans %s : un fichier", "Dans %s : %d fichiers"),
                        ("c-format",)) == []


def test_a_form_of_one_number_may_leave_out_the_count_not_what_else_the_message_says():
    # `Un utilisateur` for `%(count)d user in %(group)s`: the group is lost from the message,
    # which msgfmt cannot know; the count is what a form of one number may write in words.
    messages = plural_codes("fr", "%(count)d user in %(group)s", "%(count)d users in %(group)s",
                            ("Un utilisateur", "%(count)d utilisateurs dans %(group)s"))
    assert messages == ["msgstr[0]: placeholders differ from the source's: missing %(group)s (a form of one number may "
                        "leave out the count, not the rest of the message)"]
    assert plural_codes("fr", "%(count)d user in %(group)s", "%(count)d users in %(group)s",
                        ("Un utilisateur dans %(group)s", "%(count)d utilisateurs dans %(group)s")) == []
    # A count a string conversion writes (Django's `%(count)s`, a number formatted beforehand).
    assert plural_codes("fr", "%(count)s item", "%(count)s items", ("Un élément", "%(count)s éléments")) == []
    assert plural_codes("fr", "%s item", "%s items", ("Un élément", "%s éléments"), ("c-format",)) == []
    assert plural_codes("es", "%(num)s result for %(query)s", "%(num)s results for %(query)s",
                        ("Un resultado para %(query)s", "%(num)s resultados para %(query)s")) == []


@pytest.mark.parametrize("source, translation", [
    ("Found %d error", "Найдена %i ошибка"),  # %i is %d, as printf and Python read them
    ("Size: %5.2f MB", "Размер: %5.1f МБ"),  # the precision shown is the translation's to choose
    ("Size: %(size).2f MB", "Размер: %(size).1f МБ"),
    ("%-10s done", "%s выполнено"),
])
def test_placeholders_that_take_the_same_argument_are_alike(source, translation):
    assert codes("ru", source, translation, ("c-format",)) == [] and codes("ru", source, translation, ("python-format",)) == []


def test_a_plural_form_that_leaves_out_the_number_may_leave_out_its_percent_sign():
    # Arabic's form for none prints no number: `لا توجد ملفات` is no percentage lost.
    forms = ("لا توجد ملفات", "ملف واحد منجز بنسبة %2$d%%", "ملفان منجزان بنسبة %2$d%%", "%1$d ملفات منجزة بنسبة %2$d%%",
             "%1$d ملفاً منجزاً بنسبة %2$d%%", "%1$d ملف منجز بنسبة %2$d%%")
    found = codes("ar", "%1$d file is %2$d%% done", "", ("c-format",), plural=("%1$d files are %2$d%% done", "", forms))
    assert not [message for _, message in found if "percent sign" in message]
    # Where a form keeps the number and drops its sign: said.
    dropped = (*forms[:5], "%1$d ملف منجز بنسبة %2$d")
    found = codes("ar", "%1$d file is %2$d%% done", "", ("c-format",), plural=("%1$d files are %2$d%% done", "", dropped))
    assert [message for _, message in found if "percent sign" in message] == [
        "msgstr[5]: the source's percent sign (%%) after %2$d is not in the translation: the number is printed as no "
        "percentage (write %%, or the percentage in words)"]


def test_a_percent_sign_written_as_a_placeholder_is_one_fault_not_a_percentage_lost_too(tmp_path, hexaglot):
    # `50 %` for python-format's `50%% done`: FMT003 says `% e` is read as a placeholder;
    # NUM001 said "50 per cent in the source is a plain number here", of a translation that
    # writes the percent sign.
    def codes(translation, source="Progress: 50%% done, %(n)s left"):
        catalog = tmp_path / "fr" / "app.po"
        catalog.parent.mkdir(exist_ok=True)
        catalog.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                           f'#, python-format\nmsgid "{source}"\nmsgstr "{translation}"\n', encoding="utf-8")
        result = hexaglot("check", "fr", "--no-glossary", "--no-cache", "--format", "json", cwd=tmp_path)
        return sorted(f["code"] for f in json.loads(result.stdout)["findings"])

    assert codes("Progression\u00a0: 50 % effectuée, %(n)s restants") == ["FMT003"]
    # `% o`, though the source's `%% or` holds those characters (a placeholder of the source's is one it holds).
    assert codes("50 % ou plus, %(n)s restants", "50%% or more, %(n)s left") == ["FMT003"]
    # A percentage left out is still said; the source's own placeholder is no percent sign.
    assert codes("Progression\u00a0: 50 effectuée, %(n)s restants") == ["NUM001"]
    # One of two left out, the other marked: the plain one no mark follows (it went unsaid
    # wherever the text marked another); a range marked once is no loss.
    # (the French no-break space before the sign, TYPO003's otherwise)
    assert codes("Croissance de 50\u00a0%% et 20, %(n)s restants", "Growth of 50%% and 20%%, %(n)s left") == ["NUM001"]
    assert codes("Entre 10 et 20\u00a0%% des cas, %(n)s restants", "Between 10%% and 20%% of cases, %(n)s left") == []
    # (Chinese may write the mark before the number.)
    catalog = tmp_path / "zh" / "app.po"
    catalog.parent.mkdir()
    catalog.write_text('msgid ""\nmsgstr ""\n"Language: zh\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                       'msgid "It grew by 50% and 20%."\nmsgstr "增长了50%和百分之20。"\n', encoding="utf-8")
    result = hexaglot("check", "zh", "--no-glossary", "--no-cache", "--format", "json", cwd=tmp_path)
    assert json.loads(result.stdout)["findings"] == []


def _fmt004(tmp_path, flag: str, source: str, translation: str) -> list[str]:
    from tests.foreign import HEADER

    path = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "app.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(domain="app", lang="fr") + f'\n#, {flag}\nmsgid "{source}"\nmsgstr "{translation}"\n',
                    encoding="utf-8")
    result = check_catalogs([tmp_path / "locale"], [], select=["FMT004"])
    return [f.message for f in result.findings]


def test_a_str_format_field_of_no_valid_name_is_a_field(tmp_path):
    # `{AAAA-MM-JJ}` added to a python-brace-format translation raises KeyError in str.format,
    # and msgfmt -c refuses the catalog: no finding (probe 62a).
    [message] = _fmt004(tmp_path, "python-brace-format", "Deadline for {body}: {date}",
                        "Date limite pour {body} : {date} (format {AAAA-MM-JJ})")
    assert "{AAAA-MM-JJ}" in message
    assert _fmt004(tmp_path, "python-brace-format", "Deadline for {body}: {date}",
                   "Date limite pour {body} : {date} (format {{AAAA-MM-JJ}})") == []  # doubled: literal braces
    # a field between doubled braces, and a field nested in a format spec, read as Python reads them
    [message] = _fmt004(tmp_path, "python-brace-format", "Set {{{name}}}", "Définir {{name}}")
    assert "{name}" in message
    [message] = _fmt004(tmp_path, "python-brace-format", "Value: {0:{width}}", "Valeur : {0:{largeur}}")
    assert "{0:{width}}" in message
    assert _fmt004(tmp_path, "python-brace-format", "Value: {0:{width}} in {{braces}}", "Valeur : {0:{width}} en {{accolades}}") == []
    # a lone brace: str.format raises ValueError (probe 62e)
    [message] = _fmt004(tmp_path, "python-brace-format", "Hello {name}", "Bonjour {name}}")
    assert message == "a '}' that closes no field: str.format raises ValueError; write a brace as '}}'"
    [message] = _fmt004(tmp_path, "python-brace-format", "Hello {name}", "Bonjour {name} {")
    assert message.startswith("a '{' that opens no field")


def test_a_java_apostrophe_that_quotes_a_field_is_said_with_why(tmp_path):
    # Java's MessageFormat prints `de l{1}`: the apostrophe quotes to the end (msgfmt -c refuses
    # it). hexaglot said nothing.
    [message] = _fmt004(tmp_path, "java-format", "The session {0} of the {1} is closed", "La séance {0} de l'{1} est close")
    assert "{1}" in message and "apostrophe" in message and "''" in message, message
    assert _fmt004(tmp_path, "java-format", "The session {0} of the {1} is closed", "La séance {0} de l''{1} est close") == []
    assert _fmt004(tmp_path, "java-format", "The session {0} of the {1} is closed", "La séance {0} de l’{1} est close") == []


def test_a_plural_nested_in_each_branch_of_a_select_is_masked_in_each():
    # The second `{count, plural, one` (in the select's `other` branch) was read as words, and
    # CONS003 called it "the source's, word for word, in the translation: left untranslated?"
    source = ("{gender, select, female {{count, plural, one {She submitted # report} other {She submitted # reports}}} "
              "other {{count, plural, one {They submitted # report} other {They submitted # reports}}}}")
    translation = ("{gender, select, female {{count, plural, one {Она представила # доклад} few {Она представила # доклада} "
                   "many {Она представила # докладов} other {Она представила # доклада}}} other {{count, plural, one {Они "
                   "представили # доклад} few {Они представили # доклада} many {Они представили # докладов} other {Они "
                   "представили # доклада}}}}")
    entry = Entry("", source, translation, 5, flags=("icu-message-format",))
    catalog = CatalogFile("locale/ru/LC_MESSAGES/app.po", "ru", (entry,))
    found = check_catalog(catalog, selected(["CONS", "FMT", "TYPO"]), terminology_for([]), "en", with_terms=False)
    assert [(f.code, f.message) for f in found] == []


def test_qt_s_plural_count_is_compared_without_its_flag():
    # `%n document(s) loaded` in a plural entry whose qt-format flag a spreadsheet or an XLIFF
    # round trip dropped: a Russian form that lost %n (the form of 5–20 and 0) passed.
    forms = ("Загружен %n документ", "Загружено %n документа", "Загружено документов")
    found = codes("ru", "%n document(s) loaded", forms[0], plural=("%n document(s) loaded", "", forms))
    assert [code for code, _ in found] == ["FMT003"] and "msgstr[2]" in found[0][1], found
    whole = ("Загружен %n документ", "Загружено %n документа", "Загружено %n документов")
    assert codes("ru", "%n document(s) loaded", whole[0], plural=("%n document(s) loaded", "", whole)) == []


@pytest.mark.parametrize("translation, said", [
    # Russian `many` is 0, 5 to 20, 25…: a branch with no number shows them without it
    ("{count, plural, one {# документ} few {# документа} many {документов} other {# документа}}",
     "writes no # in many (0, 5, 6…)"),
    # `one` is 1, 21, 31… in Russian: the same
    ("{count, plural, one {документ} few {# документа} many {# документов} other {# документа}}",
     "writes no # in one (1, 21, 31…)"),
])
def test_a_branch_of_many_numbers_that_writes_no_number_is_said(translation, said):
    found = codes("ru", "{count, plural, one {# document} other {# documents}}", translation)
    assert [code for code, _ in found] == ["FMT010"] and said in found[0][1], found


def test_a_branch_of_one_number_may_spell_it():
    # Arabic's `two` is 2 alone (`ملفان`), `=1` one number: no # needed; nor where the source writes none
    assert codes("ar", "{count, plural, one {# file} other {# files}}",
                 "{count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}") == []
    assert codes("ru", "{count, plural, one {a document} other {documents}}",
                 "{count, plural, one {документ} few {документа} many {документов} other {документа}}") == []


def test_qt_s_localised_count_is_its_count():
    # `%Ln` (the count in the locale's digits) was "missing %n" in every form (probe 62e).
    forms = ("Загружен %Ln документ", "Загружено %Ln документа", "Загружено %Ln документов")
    assert codes("ru", "%n document(s) loaded", forms[0], plural=("%n document(s) loaded", "", forms)) == []
    assert codes("ru", "%n document(s) loaded", forms[0], ("qt-plural-format",), plural=("%n document(s) loaded", "", forms)) == []


def test_the_branch_of_every_number_that_writes_none_is_said_and_each_plural_read_against_its_own():
    # Chinese `other {多个文件}` dropped the number and passed; a select whose branches hold each
    # its own `count` plural was read against the source's first (probe 62e).
    assert [code for code, _ in codes("zh", "{count, plural, one {# file} other {# files}}",
                                      "{count, plural, other {多个文件}}")] == ["FMT010"]
    assert codes("zh", "{count, plural, one {# file} other {# files}}", "{count, plural, other {# 个文件}}") == []
    source = ("{kind, select, file {{count, plural, one {# file} other {# files}}} "
              "other {{count, plural, one {a folder} other {some folders}}}}")
    translation = ("{kind, select, file {{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}} "
                   "other {{count, plural, one {папка} few {папки} many {папок} other {папки}}}}")
    assert codes("ru", source, translation) == []
