"""Documents of other kinds than the corpus's, as reviser's would bring them: a General Assembly
resolution as adopted, written a paragraph a line as Word's "Plain Text" saves it with the
page's header and footer kept (tests/data/documents/ga-resolution), and a report of the
Secretary-General with chapters, a table and its agenda item's title typed on one long line
(sg-report), a Security Council resolution (sc-resolution) and a chapter of a commission's
report (commission-report); six versions of each, written for testing in the UN's style. Their versions read
alike, so that the checks compare what the versions say, not how they were read: first tries
found 38 and 16 findings on the correct texts, all but three from reading them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib
import pytest

from pipeline.model import LANGUAGES
from tests.conftest import ROOT, call_main

DOCUMENTS = Path(__file__).parent / "data" / "documents"
SOURCE = DOCUMENTS / "ga-resolution"
DOC = "A-RES-78-245"
# What reading the text wrongly made on the correct versions: values and references that seem
# to differ, footnotes paired with none.
READING_CODES = {"NUM001", "NUM002", "REF001", "REF003", "REF004", "CONS001", "TYPO004"}
GLOSSARY = str(ROOT / "glossaries" / "untoc-som.tbx")


def _extract(root: Path, folder: Path, doc: str) -> tuple[Path, str]:
    shutil.copytree(folder, root / "corpora" / doc)
    result = call_main(("extract", "corpora", "--out", "locale"), root)
    assert result.returncode == 0, result.stderr
    return root, result.stdout + result.stderr


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The resolution's six versions extracted once (read them; a test that changes a catalog
    copies it)."""
    return _extract(tmp_path_factory.mktemp("second"), SOURCE, DOC)


@pytest.mark.parametrize("folder, doc", [("ga-resolution", DOC), ("sg-report", "E-CN.15-2024-6"),
                                         ("sc-resolution", "S-RES-2698-2023"), ("commission-report", "E-CN.15-2023-13")])
def test_a_correct_document_of_another_kind_reads_alike_in_six_versions_and_gives_no_finding(tmp_path, folder, doc):
    root, said = _extract(tmp_path, DOCUMENTS / folder, doc)
    assert "found nothing" not in said and "no counterpart" not in said and "paired with none" not in said, said
    result = call_main(("check", "locale", "--glossary", GLOSSARY, "--format", "json", "--fail-on", "never"), root)
    findings = json.loads(result.stdout)["findings"]
    # (the resolution's Chinese brackets and Arabic straight quotes are the style checks'; its
    # Arabic renders SDG target 16.4 in the Goal's own Arabic words, an admitted term)
    assert [(f["code"], f["lang"], f["msgctxt"]) for f in findings
            if f["code"] in READING_CODES or f["code"] == "CONS006" or f["code"] in ("TERM001", "TERM002")] == []
    assert [(f["code"], f["lang"], f["msgctxt"]) for f in findings if f["msgctxt"].startswith("masthead/") and f["code"] != "TYPO011"] == []


def catalog(root: Path, lang: str) -> polib.POFile:
    path = root / "locale" / ("templates" if lang == "en" else f"{lang}/LC_MESSAGES") / f"{DOC}.{'pot' if lang == 'en' else 'po'}"
    return polib.pofile(str(path))


def test_every_version_gives_the_same_segments_and_none_is_left_out(extracted):
    root, said = extracted
    assert "found nothing" not in said and "no counterpart" not in said and "paired with none" not in said
    ids = {lang: [entry.msgctxt for entry in catalog(root, lang)] for lang in LANGUAGES}
    assert all(these == ids["en"] for these in ids.values())
    # Eight preambular paragraphs: the sixth ends with a comma at the foot of page 1, and the
    # seventh (`Recognizing that …`, `认识到…`) opens page 2; they were read as one.
    assert [i for i in ids["en"] if i.startswith("pre/")] == [f"pre/{n}/s1" for n in range(1, 9)]
    assert all(not entry.fuzzy and entry.msgstr for lang in LANGUAGES if lang != "en" for entry in catalog(root, lang))


def test_the_chinese_title_line_of_a_resolution_as_adopted_is_its_title_not_the_masthead_s_dates(extracted):
    root, _ = extracted
    zh = {entry.msgctxt: entry for entry in catalog(root, "zh")}
    assert zh["masthead/title"].msgid == "Resolution adopted by the General Assembly on 22 December 2023"
    assert zh["masthead/title"].msgstr == "2023年12月22日大会决议"
    assert zh["masthead/session"].msgstr == "第七十八届会议"


def test_footnote_calls_after_a_resolution_s_semicolon_glued_to_its_number_or_after_a_chinese_title_are_read(extracted):
    root, _ = extracted
    en = {entry.msgctxt: entry for entry in catalog(root, "en")}
    ru = {entry.msgctxt: entry for entry in catalog(root, "ru")}
    zh = {entry.msgctxt: entry for entry in catalog(root, "zh")}
    # `…resolution 77/234;4` (English puts the call after the stop), `резолюции 77/2344;`
    # (Russian before it, glued to the number), `《联合国反腐败公约》3的会员国`.
    assert en["op/5/s1"].msgid.endswith("resolution 77/234;") and "fn/4" in en["op/5/s1"].comment
    assert ru["op/5/s1"].msgstr.endswith("резолюции 77/234;")
    assert "《联合国反腐败公约》的会员国" in zh["op/1/s1"].msgstr


def test_a_resolution_number_changed_in_one_version_is_found(extracted, hexaglot, tmp_path):
    root = tmp_path
    shutil.copytree(extracted[0] / "locale", root / "locale")
    ru = root / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    ru.write_text(ru.read_text(encoding="utf-8").replace("резолюции 77/234;", "резолюции 77/243;"), encoding="utf-8")
    result = hexaglot("check", "locale", "--glossary", GLOSSARY, "--format", "json", "--fail-on", "never", cwd=root)
    found = {(f["code"], f["lang"], f["msgctxt"]) for f in json.loads(result.stdout)["findings"]}
    assert ("REF003", "ru", "op/5/s1") in found or ("NUM001", "ru", "op/5/s1") in found


@pytest.mark.parametrize("lang, whole, head, cut, next_paragraph", [
    ("en", "Organized Crime, held in Vienna from 17 to 21 October 2022,2 ", "Organized Crime,2 ",
     "held in Vienna from 17 to 21 October 2022,", "Recognizing that"),
    ("ru", "преступности, состоявшейся в Вене 17–21 октября 2022 года2, ", "преступности,2 ",
     "состоявшейся в Вене 17–21 октября 2022 года,", "признавая, что"),
])
def test_a_paragraph_cut_at_a_comma_over_the_page_goes_on_in_its_small_letter(tmp_path, lang, whole, head, cut, next_paragraph):
    # In a text written a paragraph a line, a paragraph that ends with a comma ends there (a
    # preambular paragraph); one the page cut, going on in a small letter, is the sentence
    # going on: in English, French or Spanish, whose resolutions' paragraphs open with a
    # capital, always; in Russian, whose open in small letters (`признавая, что`), where the
    # line opens with no gerund or participle (`состоявшейся в Вене`). Both were read as two.
    text = (SOURCE / f"{lang}.txt").read_text(encoding="utf-8")
    moved = text.replace(whole + "\n", head + "\n").replace(f"A/RES/78/245 \n\n{next_paragraph}",
                                                           f"A/RES/78/245 \n\n{cut} \n\n{next_paragraph}")
    assert moved.count(cut) == 1 and moved != text
    (tmp_path / f"{lang}.txt").write_text(moved, encoding="utf-8")
    from pipeline.extract import extract_document

    document = extract_document(tmp_path / f"{lang}.txt", lang)
    assert document.block("pre/6").text.endswith(head.rstrip(" 2") + " " + cut)
    assert document.block("pre/7").text.startswith(next_paragraph)


@pytest.mark.parametrize("line, opens", [
    ("серьезно обеспокоенная тем, что незаконные потоки растут,", True),  # a participle agreeing with the Assembly
    ("твердо убежденная в том, что сотрудничество необходимо,", True),
    ("преисполненная решимости искоренить коррупцию,", True),
    ("будучи убеждена в необходимости действовать,", True),
    ("с удовлетворением отмечая работу Управления,", True),
    ("начиная с 2020 года, в котором она приняла решение,", False),  # a gerund working as a preposition
    ("которая была принята на сессии,", False),  # a clause going on
    ("состоявшейся в Вене 17–21 октября 2022 года,", False),
    ("принятая Генеральной Ассамблеей в ее резолюции 55/25, вступила в силу в 2003 году,", False),  # no adverb
    ("организованная преступность представляет угрозу,", False),
    ("единогласно принятая Генеральной Ассамблеей,", False),  # an adverb, no state of mind
    ("уверенная в том, что сотрудничество необходимо,", True),
    ("глубоко удрученная тем, что число жертв растет,", True),  # an adverb of degree
    ("высоко оценивающая работу Управления,", True),
    ("заинтересованная сторона может представить свои замечания,", False),
    ("полный текст доклада размещен на веб-сайте,", False),
    ("вновь созданная рабочая группа провела совещание,", False),
])
def test_what_opens_a_russian_preambular_paragraph(line, opens):
    from pipeline.lang import profile

    assert profile("ru").opens_a_clause(line) is opens


def _entries(root: Path, doc: str, lang: str) -> dict[str, polib.POEntry]:
    folder = "templates" if lang == "en" else f"{lang}/LC_MESSAGES"
    return {entry.msgctxt: entry for entry in polib.pofile(str(root / "locale" / folder / f"{doc}.{'pot' if lang == 'en' else 'po'}"))}


def test_a_security_council_resolution_s_masthead_title_and_preamble_are_read_in_every_version(tmp_path):
    # `S/RES/2698 (2023)`: the year in the symbol made the symbol line no symbol line (its
    # `United Nations … S/RES/2698 (2023)` a translatable title), `Resolution 2698 (2023)`,
    # closing a bracket, the preamble's first paragraph, and the Chinese `第2698(2023)号决议`
    # named no resolution: 18 of 21 Chinese segments were in no catalog.
    root, said = _extract(tmp_path, DOCUMENTS / "sc-resolution", "S-RES-2698-2023")
    assert "found nothing" not in said and "no counterpart" not in said and "paired with none" not in said, said
    titles = {"en": ("Resolution 2698 (2023)", "Adopted by the Security Council at its 9428th meeting, on 29 September 2023"),
              "ru": ("Резолюция 2698 (2023),", "принятая Советом Безопасности на его 9428-м заседании 29 сентября 2023 года"),
              "zh": ("第2698(2023)号决议", "2023年9月29日安全理事会第9428次会议通过")}
    for lang, (title, adopted) in titles.items():
        entries = _entries(root, "S-RES-2698-2023", lang)
        text = (lambda e: e.msgid) if lang == "en" else (lambda e: e.msgstr)
        assert [text(entries["masthead/title"]), text(entries["masthead/title2"])] == [title, adopted]
        assert "masthead/dates" not in entries and "masthead/title3" not in entries
        assert text(entries["pre/1/s1"]) in ("The Security Council,", "Совет Безопасности,", "安全理事会，")
        assert text(entries["op/5/s1"]).endswith(("matter.", "вопросом.", "此案。"))


def test_a_russian_title_run_on_over_two_lines_is_no_punctuation_or_capital_fault(tmp_path):
    # `Резолюция 2698 (2023),` over `принятая Советом Безопасности …`: one phrase over the two
    # lines English gives two titles; TYPO004 said the comma, TYPO007 the small letter.
    root, _ = _extract(tmp_path, DOCUMENTS / "sc-resolution", "S-RES-2698-2023")
    result = call_main(("check", "locale", "--glossary", GLOSSARY, "--format", "json", "--fail-on", "never"), root)
    assert [(f["code"], f["lang"]) for f in json.loads(result.stdout)["findings"] if f["msgctxt"].startswith("masthead/")] == []
    ru = root / "locale" / "ru" / "LC_MESSAGES" / "S-RES-2698-2023.po"
    # A comma that runs on into nothing (the line under it opens a sentence) is still one.
    catalog_ru = polib.pofile(str(ru))
    catalog_ru.find("masthead/title2", by="msgctxt").msgstr = "Принятая Советом Безопасности на его 9428-м заседании 29 сентября 2023 года"
    catalog_ru.save()
    result = call_main(("check", "locale", "--glossary", GLOSSARY, "--format", "json", "--fail-on", "never"), root)
    assert ("TYPO004", "masthead/title") in {(f["code"], f["msgctxt"]) for f in json.loads(result.stdout)["findings"]
                                             if f["lang"] == "ru"}


def test_a_report_s_title_closing_a_bracket_and_a_call_after_a_percent_sign_are_read(tmp_path):
    # `Report on the thirty-second session (22–26 May 2023)` was the body's first paragraph in
    # the versions whose title closes the bracket, a title in Chinese (`…报告`): paired with
    # nothing. French and Spanish set the call after the sign they set apart (`8 %1.`): read
    # as a number, NUM001 and REF004 on correct text.
    root, said = _extract(tmp_path, DOCUMENTS / "commission-report", "E-CN.15-2023-13")
    assert "found nothing" not in said and "no counterpart" not in said and "follows paragraph 0" not in said, said
    for lang in ("en", "fr", "zh"):
        assert "masthead/title" in _entries(root, "E-CN.15-2023-13", lang)
    for lang in ("fr", "es"):
        entry = next(e for e in _entries(root, "E-CN.15-2023-13", lang).values() if "fn/1" in e.comment)
        assert entry.msgstr.replace("\u00a0", " ").endswith("8 %.") and "%1" not in entry.msgstr


def test_a_version_whose_first_paragraph_number_is_mistyped_is_said_and_a_chapter_starting_at_41_is_not(tmp_path):
    folder = tmp_path / "source"
    shutil.copytree(DOCUMENTS / "commission-report", folder)
    russian = folder / "ru.txt"
    russian.write_text(russian.read_text(encoding="utf-8").replace(" 41. ", " 14. ", 1), encoding="utf-8")
    _, said = _extract(tmp_path, folder, "E-CN.15-2023-13")
    lines = [line for line in said.splitlines() if "start at paragraph" in line]
    assert len(lines) == 1 and lines[0].startswith("E-CN.15-2023-13: ru: the numbered paragraphs start at paragraph 14 (line ")


def test_a_chinese_security_council_resolution_title_with_spaces_names_a_resolution(tmp_path):
    folder = tmp_path / "source"
    shutil.copytree(DOCUMENTS / "sc-resolution", folder)
    chinese = folder / "zh.txt"
    chinese.write_text(chinese.read_text(encoding="utf-8").replace("第2698(2023)号决议", "第 2698 (2023) 号决议"), encoding="utf-8")
    root, said = _extract(tmp_path, folder, "S-RES-2698-2023")
    assert "found nothing" not in said and "not recognised" not in said, said
    assert _entries(root, "S-RES-2698-2023", "zh")["masthead/title"].msgstr == "第 2698 (2023) 号决议"


def test_a_security_council_resolution_without_its_distribution_lines_reads_its_masthead_the_same(tmp_path):
    # As some PDFs and Word files give it, the symbol, the organ and the title with no `Distr.:`
    # between: the organ was the first title and `Resolution 2698 (2023)` the preamble's first
    # paragraph (every entry renamed against the versions that have the lines).
    folder = tmp_path / "source"
    shutil.copytree(DOCUMENTS / "sc-resolution", folder)
    for lang in ("en", "ru"):
        version = folder / f"{lang}.txt"
        lines = version.read_text(encoding="utf-8").splitlines()
        kept = [line for line in lines if not line.strip().startswith(("Distr.", "29 September 2023", "23-18765"))]
        version.write_text("\n".join(kept) + "\n", encoding="utf-8")
    root, said = _extract(tmp_path, folder, "S-RES-2698-2023")
    assert "found nothing" not in said and "no counterpart" not in said, said
    entries = _entries(root, "S-RES-2698-2023", "en")
    assert entries["masthead/body"].msgid == "Security Council" and entries["masthead/title"].msgid == "Resolution 2698 (2023)"
    assert entries["pre/1/s1"].msgid == "The Security Council,"


def test_an_organ_wrapped_over_more_lines_in_one_version_reads_as_in_the_other(tmp_path):
    # No `Distr.` lines, the organ's name on three lines in English and two in French: the
    # French organ was the masthead's body and the English its first title, and every French
    # title sat in the entry of the one before it.
    folder = tmp_path / "source"
    folder.mkdir()
    (folder / "en.txt").write_text(
        "United Nations CTOC/COP/2024/L.9\n\nConference of the Parties to the\nUnited Nations Convention against\n"
        "Transnational Organized Crime\n\nMexico: draft resolution\n\nStrengthening international cooperation to "
        "prevent and combat the smuggling of migrants\n\nThe Conference,\n\n1. Urges States parties to consider "
        "ratifying the Protocol;\n\n2. Requests the Secretariat to report to the Conference at its thirteenth session.\n",
        encoding="utf-8")
    (folder / "fr.txt").write_text(
        "Nations Unies CTOC/COP/2024/L.9\n\nConférence des Parties à la Convention des Nations Unies\ncontre la "
        "criminalité transnationale organisée\n\nMexique : projet de résolution\n\nRenforcer la coopération "
        "internationale pour prévenir et combattre le trafic illicite de migrants\n\nLa Conférence,\n\n1. Exhorte les "
        "États parties à envisager de ratifier le Protocole ;\n\n2. Prie le Secrétariat de lui faire rapport à sa "
        "treizième session.\n", encoding="utf-8")
    (folder / "meta.toml").write_text('symbol = "CTOC/COP/2024/L.9"\nsource_lang = "en"\n', encoding="utf-8")
    root, said = _extract(tmp_path, folder, "CTOC-COP-2024-L.9")
    french = _entries(root, "CTOC-COP-2024-L.9", "fr")
    assert french["masthead/title"].msgid == "Mexico: draft resolution"
    assert french["masthead/title"].msgstr == "Mexique : projet de résolution"
    assert french["masthead/body"].msgstr.startswith("Conférence des Parties")
