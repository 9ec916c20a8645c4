"""POT/PO catalogs: valid for msgfmt, complete, idempotent, and merging as msgmerge does."""

import shutil
import subprocess

import polib
import pytest
from babel.messages.plurals import get_plural

from pipeline.cli import main
from tests.conftest import DOC, run_hexaglot

TARGETS = ("ar", "es", "fr", "ru", "zh")


def template(root):
    return root / "locale" / "templates" / f"{DOC}.pot"


def catalog_path(root, lang):
    return root / "locale" / lang / "LC_MESSAGES" / f"{DOC}.po"


def entry(root, lang, msgctxt):
    [found] = [e for e in polib.pofile(str(catalog_path(root, lang))) if e.msgctxt == msgctxt]
    return found


def edit_translation(root, lang, msgctxt, old, new, comment=""):
    """A reviser's edit in a catalog, as a PO editor saves it: the edited translation."""
    path = catalog_path(root, lang)
    catalog = polib.pofile(str(path))
    edited = next(e for e in catalog if e.msgctxt == msgctxt)
    edited.msgstr = edited.msgstr.replace(old, new)
    edited.tcomment = comment or edited.tcomment
    catalog.save(str(path))
    return edited.msgstr


@pytest.fixture
def extracted(project):
    assert main(["extract"]) == 0
    return project


def test_msgfmt_accepts_every_catalog(extracted):
    assert shutil.which("msgfmt"), "gettext's msgfmt is needed (.ci/run installs it)"
    for path in [template(extracted)] + [catalog_path(extracted, lang) for lang in TARGETS]:
        result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_every_source_segment_has_exactly_one_entry_in_each_language(extracted):
    source_ids = [e.msgctxt for e in polib.pofile(str(template(extracted)))]
    assert len(source_ids) == len(set(source_ids)) > 80
    for lang in TARGETS:
        ids = [e.msgctxt for e in polib.pofile(str(catalog_path(extracted, lang)))]
        assert ids == source_ids, lang
        assert all(e.msgstr for e in polib.pofile(str(catalog_path(extracted, lang)))), lang


def test_header_names_language_plural_forms_and_symbol(extracted):
    for lang in TARGETS:
        metadata = polib.pofile(str(catalog_path(extracted, lang))).metadata
        assert metadata["Language"] == lang
        assert metadata["Plural-Forms"] == str(get_plural(lang))
        assert metadata["X-Document-Symbol"] == "CTOC/COP/WG.7/2022/1"
        assert metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert "nplurals=3" in polib.pofile(str(catalog_path(extracted, "ru"))).metadata["Plural-Forms"]
    assert "nplurals=6" in polib.pofile(str(catalog_path(extracted, "ar"))).metadata["Plural-Forms"]


def test_entries_carry_segment_id_references_and_item_heading(extracted):
    sentence = entry(extracted, "ru", "item/2/p3/s2")
    assert sentence.msgid.startswith("For example, migrant smugglers increasingly use social media platforms")
    assert sentence.msgstr.startswith("Например, лица, занимающиеся незаконным провозом мигрантов")
    assert sentence.occurrences == [
        (f"corpora/{DOC}/en.txt", "122"),
        (f"corpora/{DOC}/ru.txt", "129"),
    ]
    assert sentence.comment.startswith("2. Good practices in cooperation with the private sector")
    lines = (extracted / "corpora" / DOC / "ru.txt").read_text(encoding="utf-8").split("\n")
    assert lines[128].startswith("следования в связи со случаями незаконного ввоза мигрантов. Например")


def test_footnotes_are_their_own_entries_with_the_marker_noted(extracted):
    footnote = entry(extracted, "fr", "fn/1/s1")
    assert footnote.msgstr.startswith("Si la réunion devait se tenir selon des modalités hybrides")
    assert "Footnote to item/1a/p1." in footnote.comment
    assert "Footnote marker: fn/1." in entry(extracted, "fr", "item/1a/p1/s1").comment


def test_paragraph_units_are_fuzzy_where_sentences_did_not_pair(extracted):
    arabic = entry(extracted, "ar", "item/1b/p2")
    assert arabic.fuzzy
    assert "Aligned as a whole paragraph: en has 2 sentence(s), ar 1" in arabic.comment
    russian = entry(extracted, "ru", "item/1b/p2")
    assert not russian.fuzzy and "Aligned as a whole paragraph" in russian.comment
    assert entry(extracted, "zh", "item/4/p2").fuzzy


def test_reextracting_unchanged_input_changes_no_byte(extracted, capsys):
    paths = [template(extracted)] + [catalog_path(extracted, lang) for lang in TARGETS]
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths}
    capsys.readouterr()
    assert main(["extract"]) == 0
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths} == before
    assert capsys.readouterr().out.count("unchanged") == 6


def test_extracting_from_another_folder_changes_no_byte(extracted, capsys, monkeypatch):
    # The `#:` references name the documents from the project (the folder that holds the
    # catalogs' folder), not from wherever the command was typed: run from elsewhere, every
    # catalog was rewritten with paths of that folder's.
    paths = [template(extracted)] + [catalog_path(extracted, lang) for lang in TARGETS]
    before = {path: path.read_bytes() for path in paths}
    assert f"#: corpora/{DOC}/en.txt:1 corpora/{DOC}/ru.txt:1" in catalog_path(extracted, "ru").read_text(encoding="utf-8")
    (extracted / "elsewhere").mkdir()
    monkeypatch.chdir(extracted / "elsewhere")
    assert main(["extract", "../corpora", "--out", str(extracted / "locale")]) == 0
    assert {path: path.read_bytes() for path in paths} == before
    assert capsys.readouterr().out.count("unchanged") == 6


def test_translation_edited_in_a_po_survives_reextraction(extracted, capsys):
    fixed = edit_translation(extracted, "ru", "item/2/p2/s1", "поэтому пункту", "по этому пункту",
                             "Reviser: 'по этому пункту', two words.")
    capsys.readouterr()
    assert main(["run"]) == 0
    again = entry(extracted, "ru", "item/2/p2/s1")
    assert again.msgstr == fixed
    assert again.tcomment == "Reviser: 'по этому пункту', two words."
    assert not again.fuzzy
    assert "ru: 1 translation edited in the catalog kept" in capsys.readouterr().out


def test_an_edit_follows_its_paragraph_when_another_version_joins_or_splits_its_sentences(extracted, capsys):
    # The Chinese version comes to give a paragraph's two sentences as one: the paragraph is one
    # entry in every catalog. The Russian reviser's edit of its first sentence went to `#~`
    # and the entry took the Russian file's text, not fuzzy.
    path = catalog_path(extracted, "ru")
    fixed = edit_translation(extracted, "ru", "item/2/p2/s1", "поэтому пункту", "по этому пункту")
    second = entry(extracted, "ru", "item/2/p2/s2").msgstr
    chinese = extracted / "corpora" / DOC / "zh.txt"
    original = chinese.read_text(encoding="utf-8")
    chinese.write_text(original.replace("良好做法实例。私营部门", "良好做法实例；私营部门"), encoding="utf-8")
    capsys.readouterr()
    assert main(["extract"]) == 0
    whole = entry(extracted, "ru", "item/2/p2")
    assert whole.msgstr == f"{fixed} {second}" and whole.fuzzy
    assert not [e for e in polib.pofile(str(path)) if e.obsolete]
    assert "ru: 2 translations edited in the catalog joined into their paragraph's entry (fuzzy): another version " \
           "no longer pairs its sentences one to one" in capsys.readouterr().out
    # And back: the paragraph's edited translation is cut into its sentences again.
    chinese.write_text(original, encoding="utf-8")
    assert main(["extract"]) == 0
    again = entry(extracted, "ru", "item/2/p2/s1")
    assert (again.msgstr, again.fuzzy) == (fixed, True)
    assert (entry(extracted, "ru", "item/2/p2/s2").msgstr, entry(extracted, "ru", "item/2/p2/s2").fuzzy) == (second, True)
    assert not [e for e in polib.pofile(str(path)) if e.obsolete]
    assert "ru: 1 translation edited in the catalog cut into its sentences' entries (fuzzy)" in capsys.readouterr().out


def test_an_edit_of_a_joined_paragraph_that_cannot_be_cut_is_named_and_its_sentences_fuzzy(extracted, capsys):
    # The reviser made the joined paragraph one sentence; the Chinese version then gives its
    # two sentences again. The edit went to `#~`, the sentences took the Russian file's text,
    # not fuzzy, and the output said only "1 translations no segment takes any more".
    chinese = extracted / "corpora" / DOC / "zh.txt"
    original = chinese.read_text(encoding="utf-8")
    chinese.write_text(original.replace("良好做法实例。私营部门", "良好做法实例；私营部门"), encoding="utf-8")
    assert main(["extract"]) == 0
    path = catalog_path(extracted, "ru")
    catalog = polib.pofile(str(path))
    whole = next(e for e in catalog if e.msgctxt == "item/2/p2")
    first, _, second = whole.msgstr.partition(". ")
    whole.msgstr = f"{first}, а {second[:1].lower()}{second[1:]}"  # one sentence now
    catalog.save()
    chinese.write_text(original, encoding="utf-8")
    capsys.readouterr()
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert ("ru: 1 translation edited in the catalog that another version now splits otherwise [item/2/p2]: kept as "
            "obsolete (#~), its sentences' entries fuzzy; merge the edit into them by hand") in out
    after = polib.pofile(str(path))
    sentences = [e for e in after if (e.msgctxt or "").startswith("item/2/p2/") and not e.obsolete]
    assert len(sentences) == 2 and all(e.fuzzy and e.previous_msgctxt == "item/2/p2" for e in sentences)
    assert [e.msgstr for e in after if e.obsolete and e.msgctxt == "item/2/p2"] == [whole.msgstr]


def test_changed_source_sentence_becomes_fuzzy_with_previous_msgid(extracted):
    english = extracted / "corpora" / DOC / "en.txt"
    old = "opened on Monday, 27 June, at 10 a.m.1"
    english.write_text(english.read_text(encoding="utf-8").replace(old, "opened on Monday, 27 June, at 10.30 a.m.1"), encoding="utf-8")
    assert main(["extract"]) == 0
    changed = entry(extracted, "ru", "item/1a/p1/s1")
    assert changed.fuzzy
    assert changed.previous_msgid.endswith("will be opened on Monday, 27 June, at 10 a.m.")
    assert changed.msgid.endswith("at 10.30 a.m.")
    assert changed.msgstr.endswith("в 10 час. 00 мин.")
    # Nothing else changed state.
    assert [e.msgctxt for e in polib.pofile(str(catalog_path(extracted, "ru"))) if e.fuzzy] == ["item/1a/p1/s1"]


def test_a_fuzzy_entry_s_previous_msgid_survives_the_source_changing_again(extracted):
    # What a fuzzy translation translated (`#|`) is kept through a second change of its source
    # before a reviser clears it: it was replaced by the msgid the entry was found under, and
    # what the translation renders was in the catalog no more (msgmerge keeps it).
    english = extracted / "corpora" / DOC / "en.txt"
    first, second, third = ("at 10 a.m.1", "at 10.30 a.m.1", "at 11 a.m.1")
    text = english.read_text(encoding="utf-8")
    english.write_text(text.replace("opened on Monday, 27 June, " + first, "opened on Monday, 27 June, " + second), encoding="utf-8")
    assert main(["extract"]) == 0
    english.write_text(text.replace("opened on Monday, 27 June, " + first, "opened on Monday, 27 June, " + third), encoding="utf-8")
    assert main(["extract"]) == 0
    changed = entry(extracted, "ru", "item/1a/p1/s1")
    assert changed.fuzzy and changed.msgid.endswith("at 11 a.m.")
    assert changed.previous_msgid.endswith("will be opened on Monday, 27 June, at 10 a.m.")
    assert changed.msgstr.endswith("в 10 час. 00 мин.")


def test_fuzzy_cleared_by_a_translator_stays_cleared(extracted):
    path = catalog_path(extracted, "ar")
    catalog = polib.pofile(str(path))
    reviewed = next(e for e in catalog if e.msgctxt == "item/1b/p2")
    reviewed.flags.remove("fuzzy")
    catalog.save(str(path))
    assert main(["extract"]) == 0
    assert not entry(extracted, "ar", "item/1b/p2").fuzzy


def test_entry_of_a_vanished_segment_is_kept_as_obsolete(extracted):
    path = catalog_path(extracted, "es")
    catalog = polib.pofile(str(path))
    catalog.append(polib.POEntry(msgctxt="item/7/p1/s1", msgid="A paragraph that was removed.", msgstr="Un párrafo suprimido."))
    catalog.save(str(path))
    assert main(["extract"]) == 0
    obsolete = polib.pofile(str(path)).obsolete_entries()
    assert [(e.msgctxt, e.msgstr) for e in obsolete] == [("item/7/p1/s1", "Un párrafo suprimido.")]


def test_a_translator_s_lines_in_the_header_comment_survive_extraction(extracted):
    # A translator's credit (Poedit writes one) and a `# hexaglot: ignore CONS008` for the whole
    # catalog, written under hexaglot's own lines, were gone at the next extraction that
    # changed anything: the block was hexaglot's, so all of it was written anew.
    path = catalog_path(extracted, "es")
    text = path.read_text(encoding="utf-8")
    added = "# hexaglot: ignore CONS008\n# Ana Pérez <ana@example.org>, 2027.\n"
    at = text.index("msgid \"\"")
    path.write_text(text[:at] + added + text[at:], encoding="utf-8")
    english = extracted / "corpora" / DOC / "en.txt"
    english.write_text(english.read_text(encoding="utf-8").replace("the draft of", "the first draft of", 1), encoding="utf-8")
    for _ in range(2):  # written once, not once more at each extraction
        assert main(["extract"]) == 0
        header = polib.pofile(str(path)).header
        assert header.count("hexaglot: ignore CONS008") == 1 and header.count("Ana Pérez <ana@example.org>, 2027.") == 1
        assert header.startswith(polib.pofile(str(template(extracted))).header.split(":")[0])  # hexaglot's own lines first
        assert header.count("Made by hexaglot from") == 1


def test_a_translator_s_fuzzy_mark_survives_a_corrected_version(extracted):
    # A translator held an entry back (`#, fuzzy`, a comment why); the French version was then
    # corrected at that segment, and extraction took its new text, rightly, but dropped the
    # mark: the entry counted as finished, unsaid. The alignment's own fuzzy marks (with their
    # note) still go with the old text.
    path = catalog_path(extracted, "fr")
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgctxt == "item/4/p1/s1")
    entry.flags.append("fuzzy")
    entry.tcomment = "à vérifier : citation du paragraphe 12"
    catalog.save(str(path))
    french = extracted / "corpora" / DOC / "fr.txt"
    french.write_text(french.read_text(encoding="utf-8").replace("paragraphe 12", "paragraphe douze", 1), encoding="utf-8")
    assert main(["extract"]) == 0
    entry = next(e for e in polib.pofile(str(path)) if e.msgctxt == "item/4/p1/s1")
    assert "paragraphe douze" in entry.msgstr and entry.fuzzy and entry.tcomment == "à vérifier : citation du paragraphe 12"


def test_ids_do_not_move_when_text_elsewhere_changes(extracted):
    before = {e.msgctxt: e.msgid for e in polib.pofile(str(template(extracted)))}
    english = extracted / "corpora" / DOC / "en.txt"
    text = english.read_text(encoding="utf-8")
    # A new sentence and a new paragraph in item 3.
    text = text.replace(
        "in the Working Group. \n",
        "in the Working Group. This remains to be done. \n\n  A new paragraph is added here. \n",
        1,
    )
    english.write_text(text, encoding="utf-8")
    assert main(["extract"]) == 0
    after = {e.msgctxt: e.msgid for e in polib.pofile(str(template(extracted)))}
    outside_item_3 = {k: v for k, v in before.items() if not k.startswith("item/3/")}
    assert {k: after[k] for k in outside_item_3} == outside_item_3
    assert "item/3/p5/s1" in after


@pytest.mark.parametrize("folder, lang", [("ru_RU", "ru"), ("zh_Hans", "zh"), ("zh-CN", "zh"), ("ar_SA", "ar"), ("fr-CA", "fr"),
                                          # glibc's names, which check reads as the language (probe 66c)
                                          ("ru_RU.UTF-8", "ru"), ("ar_EG.utf8", "ar"), ("fr_FR@euro", "fr")])
def test_extracting_again_merges_into_the_language_s_catalog_under_its_locale_folder(extracted, capsys, folder, lang):
    # The team keeps its catalogs as its other tools name them (`ru_RU`, `zh_Hans`; Trados and
    # memoQ name Arabic `ar-SA`): extract made `locale/ru/` beside them, a second catalog of
    # the language without the edits, and check then read one of the two and left the other.
    (extracted / "locale" / lang).rename(extracted / "locale" / folder)
    path = extracted / "locale" / folder / "LC_MESSAGES" / f"{DOC}.po"
    catalog = polib.pofile(str(path))
    edited = next(e for e in catalog if e.msgstr and not e.obsolete)
    edited.msgstr += " (edited)"
    catalog.save()
    capsys.readouterr()
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert not (extracted / "locale" / lang).exists()
    assert f"locale/{folder}/LC_MESSAGES/{DOC}.po: written" in out
    again = next(e for e in polib.pofile(str(path)) if e.msgctxt == edited.msgctxt)
    assert again.msgstr == edited.msgstr


@pytest.mark.parametrize("kept, beside", [("ar", "ar_SA"), ("es", "es_419")])
def test_a_second_catalog_of_a_language_that_extract_leaves_is_named(extracted, capsys, kept, beside):
    # A team with `ar/` and a Trados `ar_SA/` copy: extract merges into `ar/`, and the copy
    # with whatever its translators wrote would go stale without a word.
    shutil.copytree(extracted / "locale" / kept, extracted / "locale" / beside)
    before = (extracted / "locale" / beside / "LC_MESSAGES" / f"{DOC}.po").read_bytes()
    capsys.readouterr()
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert (f"locale/{beside}/LC_MESSAGES/{DOC}.po is a second {kept} catalog of the document: left as it is, "
            f"not updated (check reads locale/{kept}/LC_MESSAGES/{DOC}.po)") in out
    assert (extracted / "locale" / beside / "LC_MESSAGES" / f"{DOC}.po").read_bytes() == before


@pytest.mark.parametrize("lang, folders", [("zh", ("zh_Hans", "zh_CN")), ("es", ("es_419", "es_MX"))])
def test_two_catalogs_of_a_language_under_other_names_are_refused_not_guessed(extracted, capsys, lang, folders):
    # No `zh/`: a fresh one was made from the document beside both, or one picked by name
    # order, and the other's translators' edits went out of extraction and check.
    for folder in folders:
        shutil.copytree(extracted / "locale" / lang, extracted / "locale" / folder)
    shutil.rmtree(extracted / "locale" / lang)
    before = {folder: (extracted / "locale" / folder / "LC_MESSAGES" / f"{DOC}.po").read_bytes() for folder in folders}
    capsys.readouterr()
    assert main(["extract"]) == 2
    err = capsys.readouterr().err
    assert f"[E047] the {lang} catalogs of the document are " in err and all(f"locale/{f}/" in err for f in folders)
    assert not (extracted / "locale" / lang).exists()
    assert {folder: (extracted / "locale" / folder / "LC_MESSAGES" / f"{DOC}.po").read_bytes() for folder in folders} == before


def test_a_catalog_laid_out_without_lc_messages_is_merged_into_and_named(extracted, capsys):
    # `locale/ru/<doc>.po`, as some tools lay a tree out, which check reads: extract made a new
    # `ru/LC_MESSAGES/<doc>.po` beside it and never named it, and check then read the old one.
    flat = extracted / "locale" / "ru" / f"{DOC}.po"
    (extracted / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po").rename(flat)
    shutil.rmtree(extracted / "locale" / "ru" / "LC_MESSAGES")
    edited = next(e for e in polib.pofile(str(flat)) if e.msgstr and not e.fuzzy)
    catalog = polib.pofile(str(flat))
    changed = next(e for e in catalog if e.msgctxt == edited.msgctxt)
    changed.msgstr = "Правка переводчика: " + changed.msgstr
    catalog.save(str(flat))
    capsys.readouterr()
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert f"locale/ru/{DOC}.po: written" in out and not (extracted / "locale" / "ru" / "LC_MESSAGES").exists()
    assert next(e for e in polib.pofile(str(flat)) if e.msgctxt == edited.msgctxt).msgstr == changed.msgstr
    # Both layouts: the one check reads is merged into, the other named.
    shutil.copytree(extracted / "locale" / "fr" / "LC_MESSAGES", extracted / "locale" / "ru" / "LC_MESSAGES")
    (extracted / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po").write_bytes(flat.read_bytes())
    capsys.readouterr()
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert f"a second ru catalog of the document: left as it is, not updated (check reads locale/ru/" in out


def test_the_un_version_s_folder_is_merged_into_before_a_region_s(extracted, capsys):
    # `fr_FR/` beside a Canadian team's `fr_CA/`: extract merges into fr_FR, as it did before
    # E047, and names fr_CA.
    shutil.copytree(extracted / "locale" / "fr", extracted / "locale" / "fr_CA")
    (extracted / "locale" / "fr").rename(extracted / "locale" / "fr_FR")
    capsys.readouterr()
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert f"locale/fr_FR/LC_MESSAGES/{DOC}.po: " in out and not (extracted / "locale" / "fr").exists()
    assert f"locale/fr_CA/LC_MESSAGES/{DOC}.po is a second fr catalog of the document: left as it is" in out


def test_a_version_corrected_since_extraction_reaches_the_catalog(extracted, capsys):
    # The reviser gets a corrected Russian version and extracts again: the catalog kept the
    # text it was first extracted from, called it a translation "edited in the catalog", and
    # the check read the old text.
    ru = extracted / "corpora" / DOC / "ru.txt"
    ru.write_text(ru.read_text(encoding="utf-8").replace("поэтому пункту", "по этому пункту"), encoding="utf-8")
    capsys.readouterr()
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    again = entry(extracted, "ru", "item/2/p2/s1")
    assert "по этому пункту" in again.msgstr and not again.fuzzy
    assert "ru: 1 translation updated from ru.txt (the catalog held the text it was extracted from)" in out
    assert "edited in the catalog kept" not in out


def test_a_translation_edited_in_the_catalog_stays_when_the_version_changes_too(extracted, capsys):
    path = catalog_path(extracted, "ru")
    catalog = polib.pofile(str(path))
    edited = next(e for e in catalog if e.msgctxt == "item/2/p2/s1")
    edited.msgstr = edited.msgstr.replace("поэтому пункту", "по данному пункту")
    catalog.save(str(path))
    ru = extracted / "corpora" / DOC / "ru.txt"
    ru.write_text(ru.read_text(encoding="utf-8").replace("поэтому пункту", "по этому пункту"), encoding="utf-8")
    capsys.readouterr()
    assert main(["extract"]) == 0
    assert "по данному пункту" in entry(extracted, "ru", "item/2/p2/s1").msgstr
    assert "ru: 1 translation edited in the catalog kept" in capsys.readouterr().out


def test_a_folder_where_the_version_digests_cannot_be_kept_is_said_not_a_crash(project, capsys, monkeypatch):
    import pipeline.version_texts as version_texts

    def refused(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(version_texts, "atomic_write_bytes", refused)
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert f"ru: .{DOC}.versions.json could not be written (Permission denied)" in out
    assert catalog_path(project, "ru").exists()


def test_a_version_read_in_the_wrong_encoding_is_no_correction(extracted, capsys):
    # Arabic saved in cp1256 and read with --encoding cp1251 (Russian's): every line changed,
    # and the catalog's translations, still what the version said before, were replaced by the
    # mojibake as a corrected version's text, not fuzzy.
    arabic = extracted / "corpora" / DOC / "ar.txt"
    arabic.write_bytes(arabic.read_text(encoding="utf-8").encode("cp1256", errors="replace"))
    before = entry(extracted, "ar", "item/2/p2/s1").msgstr
    capsys.readouterr()
    main(["extract", "--encoding", "ar=cp1251"])
    assert entry(extracted, "ar", "item/2/p2/s1").msgstr == before
    assert "updated from ar.txt" not in capsys.readouterr().out


def test_a_catalog_moved_without_its_version_digests_says_what_cannot_be_told(extracted, capsys):
    # `mv *.po` leaves the dot file behind: the corrected ru.txt was not taken, and nothing said.
    (extracted / "locale" / "ru" / "LC_MESSAGES" / f".{DOC}.versions.json").unlink()
    ru = extracted / "corpora" / DOC / "ru.txt"
    ru.write_text(ru.read_text(encoding="utf-8").replace("поэтому пункту", "по этому пункту"), encoding="utf-8")
    capsys.readouterr()
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert f"ru: .{DOC}.versions.json is missing or unreadable beside the catalog: whether ru.txt was corrected" in out


def test_a_version_that_came_after_the_catalog_was_translated_is_said_as_new_not_as_digests_lost(project, capsys):
    # No ar.txt at the first extraction; a translator fills the Arabic catalog; then ar.txt
    # arrives. The digests file is there, empty as that extraction left it: "missing or
    # unreadable" sent the user looking for a file that was there.
    arabic = project / "corpora" / DOC / "ar.txt"
    text = arabic.read_text(encoding="utf-8")
    arabic.unlink()
    assert main(["extract"]) == 0
    path = catalog_path(project, "ar")
    catalog = polib.pofile(str(path))
    translated = next(e for e in catalog if e.msgctxt == "item/2/p2/s1")
    translated.msgstr = "ترجمة المترجم لهذه الفقرة."
    catalog.save(str(path))
    arabic.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert "missing or unreadable" not in out
    assert "ar: ar.txt is new since the last extraction, which had no ar version: the catalog's 1 translation written " \
           "meanwhile stays where ar.txt reads otherwise" in out
    assert entry(project, "ar", "item/2/p2/s1").msgstr == "ترجمة المترجم لهذه الفقرة."


def test_digests_that_cannot_be_written_are_said_and_the_catalogs_written(extracted, capsys):
    # A read-only .versions.json (a Perforce checkout) or a name too long for its temporary
    # copy: extract stopped halfway with E011, the template and four catalogs rewritten and the
    # fifth left stale against them. Here the place is taken by a folder.
    from pipeline.version_texts import digests_path

    digests = digests_path(catalog_path(extracted, "ru"))
    digests.unlink()
    digests.mkdir()
    english = extracted / "corpora" / DOC / "en.txt"
    english.write_text(english.read_text(encoding="utf-8").replace("opened on Monday", "open on Monday"), encoding="utf-8")
    capsys.readouterr()
    assert main(["extract"]) == 0
    out = capsys.readouterr().out
    assert f"{digests.name} could not be written" in out
    assert all("open on Monday" in catalog_path(extracted, lang).read_text(encoding="utf-8") for lang in TARGETS)


def test_a_version_of_another_document_is_refused_not_taken_in(project, capsys):
    # The Russian report of the Working Group's meeting saved as this agenda's ru.txt: aligned
    # by structure, its title, dates and table cells became finished translations, exit 0.
    from tests.conftest import ROOT

    shutil.copy(ROOT / "corpora" / "CTOC-COP-WG.7-2022-4" / "ru.txt", project / "corpora" / DOC / "ru.txt")
    capsys.readouterr()
    assert main(["extract"]) == 2
    err = capsys.readouterr().err
    assert "ru.txt: [E048] its masthead names the document CTOC/COP/WG.7/2022/4, the en version's CTOC/COP/WG.7/2022/1" in err
    # (one character apart: said as what it may be too, a typo in that version's masthead, probe 66g)
    assert "one character apart, a typo in its masthead, or another document's version; correct the symbol" in err
    assert not catalog_path(project, "ru").exists()
    assert catalog_path(project, "fr").exists()


def test_a_document_with_no_version_shows_no_catalog_in_its_table(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "corpora" / "D"
    folder.mkdir(parents=True)
    (folder / "meta.toml").write_text('symbol = "X/1"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["run", "--no-glossary"]) == 2
    out = capsys.readouterr().out
    assert "None (unchanged)" not in out and "none written" in out


def test_a_catalog_whose_language_header_is_not_its_folder_s_is_refused_not_merged(extracted, capsys):
    # The French catalog copied under zh/: extract merged the new Chinese version into it,
    # kept the French translations as "edited in the catalog", and exited 0; check refuses
    # the same file (E012). Which of the two is right is not guessed here either.
    french = catalog_path(extracted, "fr").read_bytes()
    catalog_path(extracted, "zh").write_bytes(french)
    capsys.readouterr()
    assert main(["extract"]) == 2
    err = capsys.readouterr().err
    assert f"locale/zh/LC_MESSAGES/{DOC}.po: [E012] its Language header says 'fr'" in err and err.count("\n") == 1
    assert catalog_path(extracted, "zh").read_bytes() == french
    assert catalog_path(extracted, "ru").exists()
    # A header that names no language of the six (`Language: Russian`) is the folder's
    # catalog, merged into as before.
    catalog_path(extracted, "zh").unlink()
    assert main(["extract"]) == 0
    russian = polib.pofile(str(catalog_path(extracted, "ru")))
    russian.metadata["Language"] = "Russian"
    russian.save()
    capsys.readouterr()
    assert main(["extract"]) == 0


@pytest.mark.parametrize("linked", ["template", "ru"])
def test_a_catalog_linked_into_the_version_s_folder_is_not_written_through(extracted, capsys, linked):
    # locale/templates/x.pot a link to a file beside the versions: extract wrote through it
    # into corpora/, the folder it reads, which no --out may name.
    path = template(extracted) if linked == "template" else catalog_path(extracted, "ru")
    beside = extracted / "corpora" / DOC / f"shared{path.suffix}"
    beside.write_bytes(path.read_bytes().replace(b"Provisional agenda", b"PROVISIONAL AGENDA"))
    kept = beside.read_bytes()
    path.unlink()
    path.symlink_to(beside)
    capsys.readouterr()
    assert main(["extract"]) == 2
    assert f"[E022] is a link into corpora/{DOC}" in capsys.readouterr().err
    assert beside.read_bytes() == kept


def test_an_entry_emptied_in_the_catalog_and_filled_again_from_the_version_is_said(project):
    # A translator emptied a translation (with a note why); extracting again filled it from the
    # version, as any empty entry is, and said only "written".
    assert run_hexaglot("extract", cwd=project).returncode == 0
    path = project / "locale" / "es" / "LC_MESSAGES" / f"{DOC}.po"
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgctxt == "item/1/title")
    entry.msgstr, entry.tcomment = "", "ES: traducción retirada, la del documento es errónea"
    catalog.save(str(path))
    result = run_hexaglot("extract", cwd=project)
    assert result.returncode == 0
    assert f"{DOC}: es: 1 entry with no translation in the catalog given es.txt's text" in result.stdout, result.stdout
    again = polib.pofile(str(path))
    assert next(e for e in again if e.msgctxt == "item/1/title").tcomment == entry.tcomment
