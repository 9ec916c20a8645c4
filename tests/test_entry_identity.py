"""An entry is (msgctxt, msgid), everywhere: re-extraction, suppressions, the six-version
checks and the consistency checks, on catalogs hexaglot wrote and on catalogs other tools
wrote (no msgctxt, two entries under one msgctxt, obsolete twins)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.catalog import CatalogInfo, build_catalog
from pipeline.run import check_catalogs
from pipeline.model import AlignedUnit, BlockKind, UnitVersion
from tests.conftest import run_hexaglot
from tests.foreign import SOURCES, TRANSLATIONS, po_text, write_tree

INFO = CatalogInfo("WG7", "CTOC/COP/WG.7/2022/1", "Provisional agenda", "en", "corpora/WG7/en.txt")


def unit(segment: str, source: str, russian: str | None = None) -> AlignedUnit:
    versions = {"en": UnitVersion(source, 10)}
    if russian is not None:
        versions["ru"] = UnitVersion(russian, 12)
    return AlignedUnit(segment, BlockKind.PARAGRAPH, "2. Good practices", versions)


def catalog(*entries: polib.POEntry) -> polib.POFile:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    for entry in entries:
        po.append(entry)
    return po


def live(msgid: str, msgstr: str, msgctxt: str | None = None, **fields) -> polib.POEntry:
    return polib.POEntry(msgctxt=msgctxt, msgid=msgid, msgstr=msgstr, **fields)


def obsolete(msgid: str, msgstr: str, msgctxt: str | None = None) -> polib.POEntry:
    return polib.POEntry(msgctxt=msgctxt, msgid=msgid, msgstr=msgstr, obsolete=True)


def merged(units, existing) -> polib.POFile:
    result, _ = build_catalog(units, INFO, "ru", "corpora/WG7/ru.txt", existing)
    return polib.pofile(str(result))  # as written and read back


def translations(po: polib.POFile) -> dict:
    return {(e.msgctxt, e.msgid): (e.msgstr, e.obsolete, e.fuzzy) for e in po}  # a POFile lists obsolete entries too


def live_entries(po: polib.POFile) -> list[polib.POEntry]:
    return [e for e in po if not e.obsolete]


OPENING = "Opening of the meeting."
AGENDA = "Adoption of the agenda and organization of work."


# -- re-extraction -------------------------------------------------------------------------------


def test_an_obsolete_twin_does_not_replace_the_live_translation():
    existing = catalog(live(OPENING, "Открытие совещания.", "item/1"),
                       obsolete("Opening of the session.", "Открытие сессии.", "item/1"))
    result = translations(merged([unit("item/1", OPENING, "Открытие заседания.")], existing))
    assert result[("item/1", OPENING)] == ("Открытие совещания.", False, False)
    assert result[("item/1", "Opening of the session.")] == ("Открытие сессии.", True, False)


def test_two_live_entries_under_one_msgctxt_keep_both_translations():
    existing = catalog(live(OPENING, "Открытие совещания.", "item/1"),
                       live("Opening of the session.", "Открытие сессии.", "item/1"))
    result = translations(merged([unit("item/1", OPENING, "Открытие заседания.")], existing))
    assert result[("item/1", OPENING)][0] == "Открытие совещания."
    assert result[("item/1", "Opening of the session.")] == ("Открытие сессии.", True, False)


def test_a_catalog_without_msgctxt_keeps_every_translation():
    existing = catalog(live(OPENING, "Открытие совещания."), live(AGENDA, "Утверждение повестки дня и организация работы."),
                       live("Closure of the meeting.", "Закрытие совещания."))
    result = merged([unit("item/1", OPENING, "Открытие."), unit("item/2", AGENDA, None)], existing)
    entries = {e.msgid: e for e in live_entries(result)}
    # Found by their source under another context: kept, to be reviewed, as msgmerge does.
    assert entries[OPENING].msgstr == "Открытие совещания." and entries[OPENING].fuzzy
    assert entries[AGENDA].msgstr == "Утверждение повестки дня и организация работы." and entries[AGENDA].fuzzy
    assert [(e.msgid, e.msgstr) for e in result.obsolete_entries()] == [("Closure of the meeting.", "Закрытие совещания.")]


def test_a_similar_source_is_offered_only_where_the_document_has_no_translation():
    existing = catalog(live("Adoption of the agenda and organization of the work.", "Утверждение повестки дня.", "old/2"))
    offered = {e.msgid: e for e in live_entries(merged([unit("item/2", AGENDA, None)], existing))}
    assert offered[AGENDA].msgstr == "Утверждение повестки дня." and offered[AGENDA].fuzzy
    assert offered[AGENDA].previous_msgid == "Adoption of the agenda and organization of the work."
    # The document's own translation stands; the old one is kept obsolete.
    own = merged([unit("item/2", AGENDA, "Утверждение повестки дня и организация работы.")], existing)
    assert [e.msgstr for e in live_entries(own)] == ["Утверждение повестки дня и организация работы."]
    assert [e.msgstr for e in own.obsolete_entries()] == ["Утверждение повестки дня."]


def test_re_extraction_keeps_what_translators_wrote_in_the_header():
    existing = polib.pofile(po_text("ru", [(OPENING, "Открытие совещания.")]))
    existing.metadata["X-Poedit-SourceCharset"] = "UTF-8"
    result = merged([unit("item/1", OPENING, "Открытие.")], existing)
    assert "Maria Petrova <maria@example.org>, 2025." in result.header
    assert result.metadata["Last-Translator"] == "Maria Petrova <maria@example.org>"
    assert result.metadata["Language-Team"] == "ru <ru@li.org>"
    assert result.metadata["X-Poedit-SourceCharset"] == "UTF-8"
    assert result.metadata["X-Generator"].startswith("hexaglot")


def test_a_paragraph_added_before_translated_ones_leaves_each_translation_with_its_text():
    # A paragraph inserted as 2 renumbers the ones after it: the segment ids move, the texts
    # do not. Matched by segment id first, each translation went to the paragraph that took its
    # old number (the neighbour's text, fuzzy), and the last one's went obsolete.
    inserted = "Consideration of the report of the Secretariat."
    existing = catalog(live(OPENING, "Открытие совещания.", "item/1/p1"),
                       live(AGENDA, "Утверждение повестки дня и организация работы.", "item/1/p2"),
                       live("Other matters.", "Прочие вопросы.", "item/1/p3"))
    result = merged([unit("item/1/p1", OPENING, "Открытие."), unit("item/1/p2", inserted, None),
                     unit("item/1/p3", AGENDA, None), unit("item/1/p4", "Other matters.", None)], existing)
    entries = {e.msgctxt: e for e in live_entries(result)}
    assert (entries["item/1/p3"].msgstr, entries["item/1/p3"].fuzzy) == ("Утверждение повестки дня и организация работы.", False)
    assert (entries["item/1/p4"].msgstr, entries["item/1/p4"].fuzzy) == ("Прочие вопросы.", False)
    assert entries["item/1/p2"].msgstr == ""
    assert list(result.obsolete_entries()) == []


def test_a_paragraph_removed_before_translated_ones_leaves_each_translation_with_its_text():
    existing = catalog(live(OPENING, "Открытие совещания.", "item/1/p1"),
                       live(AGENDA, "Утверждение повестки дня и организация работы.", "item/1/p2"),
                       live("Other matters.", "Прочие вопросы.", "item/1/p3"))
    result = merged([unit("item/1/p1", OPENING, "Открытие."), unit("item/1/p2", "Other matters.", None)], existing)
    entries = {e.msgctxt: e for e in live_entries(result)}
    assert (entries["item/1/p2"].msgstr, entries["item/1/p2"].fuzzy) == ("Прочие вопросы.", False)
    assert [(e.msgctxt, e.msgstr) for e in result.obsolete_entries()] == [
        ("item/1/p2", "Утверждение повестки дня и организация работы.")]


def test_a_paragraph_removed_and_the_next_one_reworded_keeps_the_reworded_one_s_translation():
    # A revision deletes "Taking note…" and rewords "Noting with concern…": the reworded one,
    # renumbered into the deleted one's place, took the deleted one's translation ("same
    # segment"), and its own went obsolete.
    existing = catalog(live("Taking note of the commitments in the Global Compact,", "принимая к сведению обязательства,", "pre/5"),
                       live("Noting with concern that migrant smugglers use social media,",
                            "с обеспокоенностью отмечая, что лица используют социальные сети,", "pre/6"),
                       live("Mindful of the need to protect lives,", "сознавая необходимость защиты жизни,", "pre/7"))
    result = merged([unit("pre/5", "Noting with grave concern that migrant smugglers use social media,", None),
                     unit("pre/6", "Mindful of the need to protect lives,", None)], existing)
    entries = {e.msgctxt: e for e in live_entries(result)}
    assert entries["pre/5"].msgstr == "с обеспокоенностью отмечая, что лица используют социальные сети,"
    assert entries["pre/5"].fuzzy and entries["pre/5"].previous_msgid == "Noting with concern that migrant smugglers use social media,"
    assert (entries["pre/6"].msgstr, entries["pre/6"].fuzzy) == ("сознавая необходимость защиты жизни,", False)
    assert [e.msgstr for e in result.obsolete_entries()] == ["принимая к сведению обязательства,"]


def test_a_paragraph_renumbered_and_reworded_keeps_its_translation_to_review():
    # The reviser edited the translation of "Mindful of…" (the version said «сознавая…»); the
    # source then gains a paragraph before it and rewords it, the Russian version not yet
    # revised: the reviser's translation went obsolete and the stale version text took its
    # place, not fuzzy.
    from pipeline.version_texts import text_digest

    existing = catalog(live(OPENING, "Открытие совещания.", "pre/1"),
                       live("Mindful of the need to protect lives,", "учитывая необходимость защиты жизни,", "pre/2"))
    said_before = {"pre/1": text_digest("Открытие."), "pre/2": text_digest("сознавая необходимость защиты жизни,")}
    built, _ = build_catalog([unit("pre/1", OPENING, "Открытие."), unit("pre/2", "Welcoming the work of the Working Group,", "приветствуя работу,"),
                              unit("pre/3", "Mindful also of the need to protect lives,", "сознавая необходимость защиты жизни,")],
                             INFO, "ru", "corpora/WG7/ru.txt", existing, said_before)
    result = polib.pofile(str(built))
    entries = {e.msgctxt: e for e in live_entries(result)}
    assert entries["pre/3"].msgstr == "учитывая необходимость защиты жизни," and entries["pre/3"].fuzzy
    assert entries["pre/3"].previous_msgid == "Mindful of the need to protect lives,"
    assert entries["pre/2"].msgstr == "приветствуя работу," and not entries["pre/2"].fuzzy
    assert list(result.obsolete_entries()) == []


def test_a_version_not_revised_where_the_source_gained_a_paragraph_is_fuzzy_there():
    # The source gains an operative paragraph 5 (5-12 become 6-13); the Russian version is the
    # previous revision. Its paragraph 5 translates the old paragraph 5, whose translation moved
    # to 6: the new paragraph 5 took that text as its translation, not fuzzy.
    from pipeline.version_texts import text_digest

    old_five = "Encourages States parties to strengthen cooperation with the private sector,"
    existing = catalog(live(old_five, "рекомендует государствам-участникам укреплять сотрудничество,", "op/5"))
    said_before = {"op/5": text_digest("рекомендует государствам-участникам укреплять сотрудничество,")}
    new_five = "Encourages States parties to establish national coordination mechanisms,"
    built, stats = build_catalog([unit("op/5", new_five, "рекомендует государствам-участникам укреплять сотрудничество,"),
                                  unit("op/6", old_five, None)], INFO, "ru", "corpora/WG7/ru.txt", existing, said_before)
    entries = {e.msgctxt: e for e in live_entries(polib.pofile(str(built)))}
    assert entries["op/6"].msgstr == "рекомендует государствам-участникам укреплять сотрудничество," and not entries["op/6"].fuzzy
    assert entries["op/5"].fuzzy and entries["op/5"].previous_msgid == old_five
    assert stats.version_not_revised == 1


def test_a_paragraph_met_twice_keeps_the_translation_of_the_copy_that_stayed():
    # "Reaffirming its commitment…" twice; the reviser edited the second copy's translation;
    # the source then drops the first copy. The survivor took the first copy's translation
    # ("found by its source", fuzzy) and the reviser's edit went obsolete.
    reaffirming = "Reaffirming its commitment to the full implementation of the Protocol,"
    existing = catalog(live(OPENING, "Открытие совещания.", "pre/1"),
                       live(reaffirming, "вновь подтверждая свою приверженность,", "pre/2"),
                       live("Recalling its resolution 7/1,", "ссылаясь на свою резолюцию 7/1,", "pre/3"),
                       live("Noting with concern the loss of life,", "с озабоченностью отмечая гибель людей,", "pre/4"),
                       live(reaffirming, "подтверждая вновь свою приверженность полному осуществлению,", "pre/5"),
                       live("Welcoming the work of the Working Group,", "приветствуя работу Рабочей группы,", "pre/6"))
    result = merged([unit("pre/1", OPENING, None), unit("pre/2", "Recalling its resolution 7/1,", None),
                     unit("pre/3", "Noting with concern the loss of life,", None), unit("pre/4", reaffirming, None),
                     unit("pre/5", "Welcoming the work of the Working Group,", None)], existing)
    entries = {e.msgctxt: e for e in live_entries(result)}
    assert (entries["pre/4"].msgstr, entries["pre/4"].fuzzy) == ("подтверждая вновь свою приверженность полному осуществлению,", False)
    assert [e.msgstr for e in result.obsolete_entries()] == ["вновь подтверждая свою приверженность,"]


def test_a_text_found_under_another_tool_s_context_is_to_be_reviewed_not_moved():
    # A context that says what the text means (`month name`) is no segment id a renumbering
    # moves: found under it, the translation is fuzzy, as msgmerge makes it.
    existing = catalog(live("May", "Май", "month name"))
    [entry] = live_entries(merged([unit("item/1/p1/s1", "May", None)], existing))
    assert entry.msgstr == "Май" and entry.fuzzy and entry.previous_msgctxt == "month name"


def test_a_source_renumbered_over_a_version_not_yet_renumbered_keeps_each_translation_on_its_text():
    # English loses operative paragraph 2 and numbers the rest on; the Russian version is the
    # previous revision, its paragraph 2 still the old one. Each translation followed its text
    # to the new number, then was taken for a corrected version and replaced by the text the
    # version gives that number: the neighbour's translation, not fuzzy.
    from pipeline.version_texts import text_digest

    existing = catalog(live("Requests the Secretariat to assist States.", "просит Секретариат оказывать помощь государствам.", "op/2"),
                       live("Invites States to share good practices.", "предлагает государствам обмениваться опытом.", "op/3"))
    said_before = {"op/2": text_digest("просит Секретариат оказывать помощь государствам."),
                   "op/3": text_digest("предлагает государствам обмениваться опытом.")}
    built, stats = build_catalog([unit("op/2", "Invites States to share good practices.", "просит Секретариат оказывать помощь государствам."),
                                  unit("op/3", "Encourages States to cooperate.", "предлагает государствам обмениваться опытом.")],
                                 INFO, "ru", "corpora/WG7/ru.txt", existing, said_before)
    entries = {e.msgctxt: e for e in live_entries(polib.pofile(str(built)))}
    assert entries["op/2"].msgstr == "предлагает государствам обмениваться опытом."
    assert stats.updated_from_version == 0


def test_an_edited_paragraph_keeps_its_translation_to_review():
    existing = catalog(live(AGENDA, "Утверждение повестки дня и организация работы.", "item/1/p2"))
    edited = "Adoption of the agenda and other organizational matters."
    [entry] = live_entries(merged([unit("item/1/p2", edited, None)], existing))
    assert (entry.msgstr, entry.fuzzy, entry.previous_msgid) == ("Утверждение повестки дня и организация работы.", True, AGENDA)


_SOURCES = st.sampled_from([OPENING, AGENDA, "Other matters.", "Adoption of the report.", "Closure of the meeting."])
_CONTEXTS = st.sampled_from([None, "item/1", "item/2", "item/6", "annex/r1/title"])
_OLD = st.lists(st.tuples(_CONTEXTS, _SOURCES, st.sampled_from(["", "Перевод А", "Перевод Б", "Перевод В"]), st.booleans()),
                max_size=12)


@settings(derandomize=True, max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=_OLD, with_text=st.lists(st.booleans(), min_size=3, max_size=3))
def test_no_translation_is_ever_dropped_and_the_result_is_valid_gettext(old, with_text, tmp_path_factory):
    seen, entries = set(), []
    for msgctxt, msgid, msgstr, is_obsolete in old:
        if (msgctxt, msgid) in seen:
            continue  # gettext refuses a catalog with one entry twice, live or obsolete
        seen.add((msgctxt, msgid))
        entries.append(obsolete(msgid, msgstr, msgctxt) if is_obsolete else live(msgid, msgstr, msgctxt))
    units = [unit(segment, source, "Текст документа" if text else None)
             for (segment, source), text in zip([("item/1", OPENING), ("item/2", AGENDA), ("item/6", "Other matters.")], with_text)]
    result = merged(units, catalog(*entries))
    kept = [e.msgstr for e in result]
    for entry in entries:
        if entry.msgstr:
            assert entry.msgstr in kept, (entry, kept)
    path = tmp_path_factory.mktemp("merged") / "ru.po"
    path.write_text(str(result), encoding="utf-8")
    if shutil.which("msgfmt"):
        check = subprocess.run(["msgfmt", "--check-format", "-o", "/dev/null", str(path)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


# -- suppressions ---------------------------------------------------------------------------------


def test_a_suppression_silences_only_its_own_entry(tmp_path):
    pairs = [("Adoption of the agenda", "Утверждение  повестки дня"), ("Other matters", "Прочие  вопросы")]
    path = tmp_path / "ru" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    text = po_text("ru", pairs).replace('\nmsgid "Adoption', '\n# hexaglot: ignore TYPO003\nmsgid "Adoption')
    path.write_text(text, encoding="utf-8")
    result = check_catalogs([tmp_path], [], select=["TYPO003"])
    assert [(f.code, f.msgid) for f in result.findings] == [("TYPO003", "Other matters")]
    assert result.suppressed == 1


# -- the six versions ---------------------------------------------------------------------------


def test_versions_without_msgctxt_are_paired_by_their_source(tmp_path):
    write_tree(tmp_path)
    result = check_catalogs([tmp_path], [], select=["NUM", "REF"])
    assert result.findings == []  # every version has the source's numbers, dates and symbols


def test_a_wrong_number_without_msgctxt_is_found_on_its_own_entry(tmp_path):
    write_tree(tmp_path)
    russian = tmp_path / "ru" / "LC_MESSAGES" / "messages.po"
    russian.write_text(russian.read_text(encoding="utf-8").replace("27 и 28 июня", "27 и 29 июня"), encoding="utf-8")
    result = check_catalogs([tmp_path], [], select=["NUM"])
    assert [(f.code, f.lang, f.msgid) for f in result.findings] == [("NUM002", "ru", SOURCES[0])]


def test_versions_are_paired_by_the_template_entry(project):
    """In hexaglot's own layout, a version is the entry with the template's msgctxt and msgid;
    an entry whose msgid is not the template's (a stale catalog) is compared with its own
    source only, not with the other versions of the segment."""
    from pipeline.stages import extract_corpus

    extract_corpus(Path("corpora"), Path("locale"))
    before = check_catalogs([Path("locale")], [], select=["NUM", "REF"])
    russian = Path("locale/ru/LC_MESSAGES/CTOC-COP-WG.7-2022-1.po")
    po = polib.pofile(str(russian))
    dated = next(e for e in po if "27" in e.msgid and "2022" in e.msgid)
    dated.msgid = dated.msgid.replace("27", "21")  # an older source, and its faithful translation
    dated.msgstr = dated.msgstr.replace("27", "21")
    po.save(str(russian))
    after = check_catalogs([Path("locale")], [], select=["NUM", "REF"])
    assert [f for f in after.findings if f.msgctxt == dated.msgctxt and f.lang == "ru"] == []
    assert len(after.findings) == len(before.findings)


# -- consistency ----------------------------------------------------------------------------------


def test_the_same_source_in_two_contexts_is_no_inconsistency(tmp_path):
    path = tmp_path / "ru" / "LC_MESSAGES" / "calendar.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("ru", [("May", "Май")], msgctxt="month name") + '\nmsgctxt "verb"\nmsgid "May"\nmsgstr "Может"\n',
                    encoding="utf-8")
    result = check_catalogs([tmp_path], [], select=["CONS004", "CONS005"])
    assert result.findings == []


def test_an_item_and_the_same_item_in_a_running_list_are_one_translation(tmp_path):
    # An agenda's item and the same item as a sub-paragraph of a report's list differ by the
    # case of their first letter and their closing stop, which their places decide: CONS004
    # called them two translations. A word changed is still one.
    folder = tmp_path / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    for name, translation in (("agenda", "Прочие вопросы"), ("report", "прочие вопросы.")):
        (folder / f"{name}.po").write_text(po_text("ru", [("Other matters.", translation)]), encoding="utf-8")
    assert check_catalogs([tmp_path], [], select=["CONS004"]).findings == []
    (folder / "annex.po").write_text(po_text("ru", [("Other matters.", "Разное")]), encoding="utf-8")
    [finding] = check_catalogs([tmp_path], [], select=["CONS004"]).findings
    assert finding.found == "Разное"
    # An ellipsis is wording, no closing stop (`Save As...`, a menu item that opens a dialog).
    (folder / "annex.po").write_text(po_text("ru", [("Other matters.", "Прочие вопросы...")]), encoding="utf-8")
    [finding] = check_catalogs([tmp_path], [], select=["CONS004"]).findings
    assert finding.found == "Прочие вопросы..."


def test_the_same_source_translated_otherwise_in_another_catalog_names_it(tmp_path):
    write_tree(tmp_path, domains=("messages", "admin"), languages=("ru",))
    admin = tmp_path / "ru" / "LC_MESSAGES" / "admin.po"
    admin.write_text(admin.read_text(encoding="utf-8").replace("Утверждение повестки дня", "Принятие повестки дня"), encoding="utf-8")
    [finding] = check_catalogs([tmp_path], [], select=["CONS004"]).findings
    # One use each: the translation used first (admin.po sorts first) is taken as the common one.
    messages = tmp_path / "ru" / "LC_MESSAGES" / "messages.po"
    assert (finding.file, finding.msgid, finding.found) == (str(messages), "Adoption of the agenda", "Утверждение повестки дня")
    line = next(e.linenum for e in polib.pofile(str(admin)) if e.msgid == "Adoption of the agenda")
    assert finding.message.endswith(f"in {admin}:{msgstr_line(admin, line)}"), finding.message


def test_cons004_in_hexaglot_catalogs_names_the_file_and_line_of_the_other_translation(project):
    from pipeline.stages import extract_corpus

    extract_corpus(Path("corpora"), Path("locale"))
    russian = Path("locale/ru/LC_MESSAGES/CTOC-COP-WG.7-2022-1.po")
    po = polib.pofile(str(russian))
    repeated = [e for e in po if e.msgid == "Documentation"]
    assert len(repeated) >= 2, [e.msgid for e in po][:5]
    repeated[-1].msgstr = "Документы"
    po.save(str(russian))
    findings = check_catalogs([Path("locale")], [], select=["CONS004"]).findings
    [finding] = [f for f in findings if f.lang == "ru"]
    first = repeated[0]
    reread = {e.msgctxt: e.linenum for e in polib.pofile(str(russian))}
    assert finding.message.endswith(f"in {russian}:{msgstr_line(russian, reread[first.msgctxt])}"), finding.message


def msgstr_line(path: Path, entry_line: int) -> int:
    """The line of the msgstr of the entry polib places at `entry_line`: where findings point."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number in range(entry_line, len(lines) + 1) if lines[number - 1].startswith("msgstr"))


def _agenda_with_russian_from_another_tool(root: Path, russian_text, header=None) -> Path:
    """The agenda's template and five catalogs, the Russian one as another tool writes it: no
    msgctxt, the entries of one msgid merged (msgfmt refuses two), the text changed by
    `russian_text`."""
    from tests.conftest import DOC, ROOT

    locale = root / "locale"
    shutil.copytree(ROOT / "locale" / "templates", locale / "templates", ignore=lambda folder, names: [
        name for name in names if not name.startswith(DOC)])
    for lang in ("ar", "es", "fr", "zh"):
        (locale / lang / "LC_MESSAGES").mkdir(parents=True)
        shutil.copy(ROOT / "locale" / lang / "LC_MESSAGES" / f"{DOC}.po", locale / lang / "LC_MESSAGES")
    russian = polib.pofile(str(ROOT / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"))
    without = polib.POFile()
    # (a tool that dropped the msgctxt may have kept hexaglot's header: `header`)
    without.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru", **(header or {})}
    seen = set()
    for entry in russian:
        if entry.msgid not in seen:
            seen.add(entry.msgid)
            without.append(polib.POEntry(msgid=entry.msgid, msgstr=russian_text(entry.msgstr)))
    (locale / "ru" / "LC_MESSAGES").mkdir(parents=True)
    without.save(str(locale / "ru" / "LC_MESSAGES" / f"{DOC}.po"))
    return locale


@pytest.mark.parametrize("header", [{}, {"X-Generator": "hexaglot 0.1", "X-Document-Symbol": "CTOC/COP/WG.7/2022/1"}])
def test_a_catalog_without_msgctxt_beside_the_template_is_one_of_the_six_versions(tmp_path, header):
    # Its entries were keyed ("", msgid) and the other versions (template msgctxt, msgid): a
    # date changed in it was held to the source alone ("dates differ from the source"), never
    # to the four other versions; and the agenda's items, known as list items by their
    # template ids, were said to lack the source's full stop and capital (TYPO004, TYPO007),
    # which a Russian agenda's items never have.
    locale = _agenda_with_russian_from_another_tool(tmp_path, lambda text: text.replace("27 и 28 июня", "27 и 29 июня"), header)
    result = check_catalogs([locale], [], select=["NUM002", "TYPO004", "TYPO007"])
    russian = [(f.code, f.msgctxt, f.message) for f in result.findings if f.lang == "ru"]
    assert {code for code, _, _ in russian} == {"NUM002"}  # two entries have the dates changed
    for _, msgctxt, message in russian:
        assert msgctxt == ""  # the file's own key: a reviser (and --fix, and a suppression) finds it so
        assert " in the source and 4 other versions" in message or " in the source and 3 other" in message, message
    assert any(message.startswith("dates differ: 27 June, 29 June (2022) here, 27 June, 28 June (2022) in the source and 4 "
                                  "other versions") for _, _, message in russian)
