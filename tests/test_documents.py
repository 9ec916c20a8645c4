"""Documents in an ordinary tree: a document is a domain in its folder, so two applications'
`django.po` are two documents (they were one, and their Russian catalogs collided), and
catalogs named by their language in one folder (`po/ru.po`, `po/fr.po`) are one document."""

from __future__ import annotations

from pathlib import Path

from pipeline.cli import main
from pipeline.run.documents import documents_of
from tests.foreign import po_text

PAIRS = {
    "ru": [("Adoption of the agenda", "Утверждение повестки дня")],
    "fr": [("Adoption of the agenda", "Adoption de l’ordre du jour")],
    "es": [("Adoption of the agenda", "Aprobación del programa")],
}


def write(path: Path, lang: str, domain: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po_text(lang, PAIRS[lang], domain=domain), encoding="utf-8")
    return path


def test_two_applications_with_one_domain_name_are_two_documents(tmp_path):
    paths = [write(tmp_path / app / "locale" / lang / "LC_MESSAGES" / "django.po", lang, "django")
             for app in ("polls", "blog") for lang in ("ru", "fr")]
    documents = documents_of(paths)
    assert [(d.name, d.label, len(d.paths)) for d in documents] == [("django", "polls-django", 2), ("django", "blog-django", 2)]


def test_catalogs_named_by_language_in_one_folder_are_one_document(tmp_path):
    paths = [write(tmp_path / "editor" / "po" / f"{lang}.po", lang, "messages") for lang in ("ru", "fr", "es")]
    [document] = documents_of(paths)
    assert document.name == "editor" and len(document.paths) == 3  # named after the project, not `po`
    [document] = documents_of([write(tmp_path / "strings" / f"{lang}.po", lang, "messages") for lang in ("ru", "fr")])
    assert document.name == "strings"


def test_locale_folders_without_lc_messages_group_by_domain(tmp_path):
    paths = [write(tmp_path / "translations" / lang / "messages.po", lang, "messages") for lang in ("ru", "fr")]
    [document] = documents_of(paths)
    assert document.name == "messages" and len(document.paths) == 2


def test_each_application_gets_its_own_report(tmp_path, capsys):
    for app in ("polls", "blog"):
        for lang in ("ru", "fr"):
            write(tmp_path / app / "locale" / lang / "LC_MESSAGES" / "django.po", lang, "django")
    assert main(["report", str(tmp_path / "polls"), str(tmp_path / "blog"), "--out", str(tmp_path / "reports"),
                 "--no-glossary"]) == 0
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["blog-django", "polls-django"]
