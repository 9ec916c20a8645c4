"""Catalog trees as other tools write them: no msgctxt, one PO per language and domain, the
header as Poedit or Babel leaves it. Built by the tests that need them, never shipped."""

from __future__ import annotations

from pathlib import Path

HEADER = """\
# Translation of {domain} into {lang}.
# Maria Petrova <maria@example.org>, 2025.
msgid ""
msgstr ""
"Project-Id-Version: {domain} 2.1\\n"
"Report-Msgid-Bugs-To: l10n@example.org\\n"
"POT-Creation-Date: 2025-03-01 10:00+0000\\n"
"PO-Revision-Date: 2025-03-04 12:00+0000\\n"
"Last-Translator: Maria Petrova <maria@example.org>\\n"
"Language-Team: {lang} <{lang}@li.org>\\n"
"Language: {lang}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Generator: Poedit 3.4\\n"
"""

# Sources with numbers and symbols that the six-version checks compare, each translated
# correctly in every language, so that a pairing by anything but the entry finds nothing.
SOURCES = [
    "The Working Group will meet on 27 and 28 June 2022.",
    "The report is contained in document CTOC/COP/WG.7/2022/2.",
    "Four plenary meetings will be held over two days.",
    "Adoption of the agenda",
]
TRANSLATIONS = {
    "ru": [
        "Рабочая группа проведет совещание 27 и 28 июня 2022 года.",
        "Доклад содержится в документе CTOC/COP/WG.7/2022/2.",
        "В течение двух дней будут проведены четыре пленарных заседания.",
        "Утверждение повестки дня",
    ],
    "fr": [
        "Le Groupe de travail se réunira les 27 et 28 juin 2022.",
        "Le rapport figure dans le document CTOC/COP/WG.7/2022/2.",
        "Quatre séances plénières se tiendront sur deux jours.",
        "Adoption de l’ordre du jour",
    ],
    "es": [
        "El Grupo de Trabajo se reunirá los días 27 y 28 de junio de 2022.",
        "El informe figura en el documento CTOC/COP/WG.7/2022/2.",
        "Se celebrarán cuatro sesiones plenarias en dos días.",
        "Aprobación del programa",
    ],
}


def po_text(lang: str, pairs: list[tuple[str, str]], domain: str = "messages", msgctxt: str | None = None) -> str:
    parts = [HEADER.format(domain=domain, lang=lang)]
    for source, translation in pairs:
        context = f'msgctxt "{msgctxt}"\n' if msgctxt is not None else ""
        parts.append(f'\n{context}msgid "{source}"\nmsgstr "{translation}"\n')
    return "".join(parts)


def write_tree(root: Path, domains=("messages",), languages=("ru", "fr", "es")) -> list[Path]:
    """<root>/<lang>/LC_MESSAGES/<domain>.po for each language and domain, no msgctxt."""
    written = []
    for domain in domains:
        for lang in languages:
            path = root / lang / "LC_MESSAGES" / f"{domain}.po"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(po_text(lang, list(zip(SOURCES, TRANSLATIONS[lang])), domain), encoding="utf-8")
            written.append(path)
    return written
