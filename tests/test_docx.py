"""A .docx version of a document gives the same segments as its text version."""

import shutil

from pipeline.extract import extract_document
from pipeline.model import BlockKind
from pipeline.stages import extract_corpus
from tests.conftest import CORPUS, DOC, run_hexaglot
from tests.docx_builder import write_agenda_docx


def test_docx_gives_the_blocks_and_texts_of_the_text_version(documents, tmp_path):
    english = documents["en"]
    path = tmp_path / "en.docx"
    write_agenda_docx(english, path)
    from_docx = extract_document(path, "en")
    expected = [b for b in english.blocks if b.kind is not BlockKind.LINK]
    assert [b.id for b in from_docx.blocks] == [b.id for b in expected]
    for mine, theirs in zip(from_docx.blocks, expected):
        assert mine.text == theirs.text, mine.id
    assert from_docx.block("fn/1").note_of == "item/1a/p1"
    assert from_docx.block("annex/fn/1").note_of == "annex/title"
    assert from_docx.block("item/1a/p1").sentences[-1].footnotes == ("fn/1",)


def test_docx_russian_version_keeps_its_defects(documents, tmp_path):
    path = tmp_path / "ru.docx"
    write_agenda_docx(documents["ru"], path)
    russian = extract_document(path, "ru")
    assert russian.block("masthead/body").text == "Рабочaя группa по незаконному ввозу мигрантов"
    assert [r.continued for r in russian.annex_rows] == [r.continued for r in documents["ru"].annex_rows]


def test_a_corpus_mixing_docx_and_text_versions_aligns(documents, tmp_path, monkeypatch):
    folder = tmp_path / "corpora" / DOC
    folder.mkdir(parents=True)
    for lang in ("en", "ru"):
        shutil.copy(CORPUS / f"{lang}.txt", folder / f"{lang}.txt")
    (folder / "en.txt").unlink()
    write_agenda_docx(documents["en"], folder / "en.docx")
    monkeypatch.chdir(tmp_path)
    [result] = extract_corpus(tmp_path / "corpora", tmp_path / "locale")
    assert not result.errors
    # The text version has link lines the .docx does not; nothing else is unmatched.
    assert all("/link" in block_id for block_id in result.unmatched.get("ru", ()))
    assert result.languages["ru"].segments > 80


def test_unreadable_docx_is_one_clear_error(tmp_path):
    folder = tmp_path / "corpora" / DOC
    folder.mkdir(parents=True)
    shutil.copy(CORPUS / "en.txt", folder / "en.txt")
    (folder / "fr.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    result = run_hexaglot("extract", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "fr.docx" in line and "[E007]" in line and "not a readable .docx" in line
    # The other versions were extracted all the same.
    assert (tmp_path / "locale" / "templates" / f"{DOC}.pot").exists()
    assert not (tmp_path / "locale" / "fr").exists()
