"""`hexaglot glossary lint`: each rule fails on a glossary made to break it; ours passes."""

import json

import pytest

from tests.conftest import ROOT, run_hexaglot

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n<text><body>\n'
TAIL = "</body></text>\n</tbx>\n"
ALL_SIX = {
    "en": "smuggling of migrants", "fr": "trafic illicite de migrants", "es": "tráfico ilícito de migrantes",
    "ru": "незаконный ввоз мигрантов", "ar": "تهريب المهاجرين", "zh": "偷运移民",
}


def concept(concept_id, terms=None, **extra_terms):
    """A concept entry; `terms` maps language → [(text, status, extra termNotes)]."""
    terms = terms or {lang: [(text, "preferredTerm-admn-sts", "")] for lang, text in ALL_SIX.items()}
    for lang, entries in extra_terms.items():
        terms.setdefault(lang, []).extend(entries)
    out = [f'<conceptEntry id="{concept_id}">'] if concept_id else ["<conceptEntry>"]
    for lang, entries in terms.items():
        out.append(f'<langSec xml:lang="{lang}">')
        for text, status, notes in entries:
            out.append(f'<termSec><term>{text}</term><termNote type="administrativeStatus">{status}</termNote>{notes}</termSec>')
        out.append("</langSec>")
    out.append("</conceptEntry>")
    return "\n".join(out) + "\n"


def six(prefix):
    return {lang: [(f"{prefix} {text}", "preferredTerm-admn-sts", "")] for lang, text in ALL_SIX.items()}


def lint(tmp_path, body, *options):
    path = tmp_path / "g.tbx"
    path.write_text(HEAD + body + TAIL, encoding="utf-8")
    return run_hexaglot("glossary", "lint", str(path), *options, cwd=tmp_path)


def test_our_glossary_passes(hexaglot, tmp_path):
    result = hexaglot("glossary", "lint", str(ROOT / "glossaries" / "untoc-som.tbx"), cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert " 0 errors, 0 warnings" in result.stdout


def test_gls001_schema_errors_have_line_numbers(tmp_path):
    body = concept(None) + '<conceptEntry id="b">\n<langSec>\n<termSec><term>x</term></termSec>\n</langSec>\n</conceptEntry>\n'
    result = lint(tmp_path, body)
    assert result.returncode == 1
    assert "g.tbx:4: GLS001 error: a concept entry has no id" in result.stdout
    assert "GLS001 error: a language section has no xml:lang" in result.stdout


def test_gls002_duplicate_concept_id(tmp_path):
    result = lint(tmp_path, concept("som") + concept("som", six("other")))
    assert result.returncode == 1 and "GLS002 error: [som] concept id 'som' is used twice" in result.stdout


def test_gls003_duplicate_concept(tmp_path):
    other = six("x")
    other["en"] = [("smuggling of migrants", "preferredTerm-admn-sts", "")]
    result = lint(tmp_path, concept("som") + concept("som-again", other), "--fail-on", "warning")
    assert result.returncode == 1
    assert "GLS003 warning: [som-again/en] 'smuggling of migrants' is the preferred en term of 'som' too" in result.stdout


def test_gls004_same_term_under_two_concepts(tmp_path):
    other = six("x")
    other["ru"].append(("незаконный ввоз мигрантов", "admittedTerm-admn-sts", ""))
    result = lint(tmp_path, concept("som") + concept("other", other))
    assert result.returncode == 0  # a warning does not fail the default --fail-on error
    assert "GLS004 warning: [other/ru] 'незаконный ввоз мигрантов' is an approved term of som, other" in result.stdout


def test_gls005_approved_and_deprecated(tmp_path):
    body = concept("som", ru=[("незаконный ввоз мигрантов", "deprecatedTerm-admn-sts", "")])
    result = lint(tmp_path, body)
    assert result.returncode == 1 and "GLS005 error: [som/ru]" in result.stdout


@pytest.mark.parametrize("lang, rejected, said", [
    ("ar", "تَهْرِيبُ المُهاجِرين", "'تهريب المهاجرين' (written 'تَهْرِيبُ المُهاجِرين' there)"),
    ("ru", "незаконный ввоз мигрантов", "'незаконный ввоз мигрантов' is approved"),
])
def test_gls005_sees_a_term_written_with_optional_marks_as_the_same_term(tmp_path, lang, rejected, said):
    # The matcher reads a text's vowel marks away: a rejected term that differs from an
    # approved one only by them would flag every correct use of the approved term.
    body = concept("som") + concept("other", six("x"), **{lang: [(rejected, "deprecatedTerm-admn-sts", "")]})
    result = lint(tmp_path, body)
    assert result.returncode == 1
    assert f"GLS005 error: [other/{lang}] {said}" in result.stdout
    assert "and deprecated or forbidden in 'other'" in result.stdout


def test_gls005_sees_a_rejected_term_that_is_a_form_of_an_approved_one(tmp_path):
    # `незаконного ввоза мигрантов` (deprecated) beside `незаконный ввоз мигрантов`: another
    # spelling, the same term to the matcher, and TERM002 on correct texts; lint said nothing.
    body = concept("som", ru=[("незаконного ввоза мигрантов", "deprecatedTerm-admn-sts", "")])
    result = lint(tmp_path, body)
    assert result.returncode == 1
    assert ("GLS005 error: [som/ru] 'незаконного ввоза мигрантов' (deprecated in 'som') is a form of 'незаконный ввоз "
            "мигрантов', approved in 'som'") in result.stdout
    # Not a rejected term the matcher finds only with a word inside it: it stands where written so.
    body = concept("wg", {"en": [("Working Group on the Smuggling of Migrants", "preferredTerm-admn-sts", ""),
                                 ("Working Group on Smuggling of Migrants", "deprecatedTerm-admn-sts", "")]})
    assert "GLS005" not in lint(tmp_path, body).stdout
    # Nor another word a stemmer joins to the approved one's (French `Rapporteure`, deprecated,
    # beside `Rapporteur spécial`): `check` flags only the deprecated spelling.
    body = concept("sr", {"fr": [("Rapporteur spécial", "preferredTerm-admn-sts", ""),
                                 ("Rapporteure spéciale", "deprecatedTerm-admn-sts", "")]})
    assert "GLS005" not in lint(tmp_path, body).stdout


def test_gls022_a_chinese_term_in_traditional_characters(tmp_path):
    # `締約國` in a list's Chinese column: TERM001 on every correct `缔约国`, and lint said nothing.
    body = concept("sp", {"en": [("States parties", "preferredTerm-admn-sts", "")], "zh": [("締約國", "preferredTerm-admn-sts", "")]})
    result = lint(tmp_path, body)
    assert "GLS022 warning: [sp/zh] '締約國' (preferred) is written in Traditional characters (締約國)" in result.stdout
    assert "GLS022" not in lint(tmp_path, concept("som")).stdout


def test_gls006_no_preferred_term_in_a_language(tmp_path):
    terms = six("y")
    terms["zh"] = [("偷运", "admittedTerm-admn-sts", "")]
    result = lint(tmp_path, concept("partial", terms), "--fail-on", "warning")
    assert result.returncode == 1 and "GLS006 warning: [partial/zh] no preferred zh term" in result.stdout


def test_gls007_unknown_russian_word(tmp_path):
    terms = six("z")
    terms["ru"] = [("незаконнный ввоз мигрантов", "preferredTerm-admn-sts", "")]
    result = lint(tmp_path, concept("typo", terms), "--fail-on", "info")
    assert result.returncode == 1 and "pymorphy3 does not know незаконнный" in result.stdout


def test_gls008_bad_pattern(tmp_path):
    # A pattern that does not compile is refused when the glossary is read (the checks could
    # not run with it): lint names it once, at its line, as GLS001.
    body = concept("som", ru=[("контрабанда", "deprecatedTerm-admn-sts", '<termNote type="x-pattern">контрабанд(\\w+</termNote>')])
    result = lint(tmp_path, body)
    assert result.returncode == 1 and "GLS001 error: 'контрабанда': the pattern 'контрабанд(\\w+' is not a valid regular expression" in result.stdout
    assert "GLS008" not in result.stdout
    approved = concept("som", ru=[("незаконный ввоз", "preferredTerm-admn-sts", '<termNote type="x-pattern">незаконн\\w+ ввоз\\w*</termNote>')])
    result = lint(tmp_path, approved)
    assert result.returncode == 1 and "GLS008 error: [som/ru] 'незаконный ввоз' is approved but has a pattern" in result.stdout


def test_gls010_and_gls011_context_rules(tmp_path):
    rule = '<termNote type="x-allowedContext">followed by биологическом разнообразии</termNote>'
    listed = lint(tmp_path, concept("cop", ru=[("Конференция Сторон", "deprecatedTerm-admn-sts", rule)]))
    assert listed.returncode == 0
    assert "GLS011 info: [cop/ru] 'Конференция Сторон' (deprecated) is allowed when followed by 'биологическом разнообразии'" in listed.stdout
    on_approved = lint(tmp_path, concept("cop", ru=[("Конференция участников", "admittedTerm-admn-sts", rule)]))
    assert on_approved.returncode == 1 and "GLS010 error: [cop/ru] 'Конференция участников' is approved but has context rules" in on_approved.stdout
    on_pattern = lint(tmp_path, concept("cop", ru=[("Конференция Сторон", "deprecatedTerm-admn-sts",
                                                    '<termNote type="x-pattern">Конференци\\w+ Сторон</termNote>' + rule)]))
    assert on_pattern.returncode == 1 and "GLS010 error: [cop/ru] 'Конференция Сторон' is a pattern" in on_pattern.stdout
    punctuation = lint(tmp_path, concept("cop", ru=[("Конференция Сторон", "deprecatedTerm-admn-sts",
                                                     '<termNote type="x-allowedContext">near .</termNote>')]))
    assert punctuation.returncode == 1 and "GLS001 error: 'near .' is not a context rule" in punctuation.stdout
    unreadable = '<termNote type="x-allowedContext">after биологическом разнообразии</termNote>'
    bad = lint(tmp_path, concept("cop", ru=[("Конференция Сторон", "deprecatedTerm-admn-sts", unreadable)]))
    assert bad.returncode == 1 and "GLS001 error: 'after биологическом разнообразии' is not a context rule" in bad.stdout


def test_json_output_and_unreadable_file(hexaglot, tmp_path):
    result = lint(tmp_path, concept("som", ru=[("икс", "deprecatedTerm-admn-sts", '<termNote type="x-verification">uncertain</termNote>')]), "--format", "json")
    report = json.loads(result.stdout)
    assert report["schema"] == "hexaglot.glossary-lint/1"
    codes = {p["code"] for p in report["files"][0]["problems"]}
    assert codes == {"GLS009"}
    (tmp_path / "broken.tbx").write_text("<tbx><text>", encoding="utf-8")
    broken = hexaglot("glossary", "lint", "broken.tbx", cwd=tmp_path)
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert broken.stderr.startswith("hexaglot: broken.tbx:1: [E014] not well-formed XML")


@pytest.mark.parametrize("fail_on, code", [("never", 0), ("info", 1)])
def test_fail_on_sets_the_threshold(tmp_path, fail_on, code):
    terms = six("q")
    terms["ru"] = [("незаконнный ввоз", "preferredTerm-admn-sts", "")]
    assert lint(tmp_path, concept("c", terms), "--fail-on", fail_on).returncode == code


def test_gls013_a_term_that_holds_its_status_in_brackets(tmp_path):
    # A TBX written by hand or by another tool with the status typed into the term: looked for
    # as written, never found, and the variant it names passed as approved.
    body = concept("questionnaire", ru=[("анкета (не рекомендуется)", "admittedTerm-admn-sts", "")])
    result = lint(tmp_path, body)
    assert result.returncode == 1 and "GLS013 error: [questionnaire/ru] 'анкета (не рекомендуется)' (admitted) holds a " \
                                      "status in brackets: give the term its status instead" in result.stdout


def test_gls014_an_abbreviation_in_brackets_that_is_no_term_of_its_own(tmp_path):
    # A spreadsheet's `Conference of the Parties (COP)`: looked for as written, brackets and all,
    # it matched no source that names the Conference, and the concept went unchecked, silently.
    body = (concept("cop", en=[("Conference of the Parties (COP)", "admittedTerm-admn-sts", "")])
            + concept("covid", six("covid"), en=[("coronavirus disease (COVID-19)", "admittedTerm-admn-sts", ""),
                                                 ("COVID-19", "admittedTerm-admn-sts", "")])
            + concept("questionnaire", six("questionnaire"), ru=[("анкета (не рекомендуется)", "admittedTerm-admn-sts", "")])
            + concept("bolivia", six("bolivia"), en=[("Bolivia (Plurinational State of)", "admittedTerm-admn-sts", "")],
                      zh=[("玻利维亚（多民族国）", "admittedTerm-admn-sts", "")]))
    result = lint(tmp_path, body)
    assert "GLS014 warning: [cop/en] 'Conference of the Parties (COP)' is found only as written, with '(COP)': give " \
           "'Conference of the Parties' and 'COP' as terms of their own" in result.stdout
    # The abbreviation a term of the concept (the UN's first mention in full, then alone); a
    # status typed into the term (GLS013's); a UN short name that brackets no abbreviation
    # (`Bolivia (Plurinational State of)`): no GLS014.
    assert result.stdout.count("GLS014") == 1


def test_gls015_two_terms_written_as_one_with_a_slash(tmp_path):
    body = (concept("state-party", en=[("State party/States parties", "admittedTerm-admn-sts", "")])
            + concept("document", six("document"), ru=[("поддельный документ на въезд/выезд", "admittedTerm-admn-sts", "")])
            # a full form and its acronym: the concept was checked nowhere
            + concept("isp", en=[("Internet service provider / ISP", "admittedTerm-admn-sts", "")])
            + concept("rate", en=[("per cent/year", "admittedTerm-admn-sts", "")]))
    result = lint(tmp_path, body)
    assert "GLS015 warning: [state-party/en] 'State party/States parties' writes 2 terms in one, found only as written: " \
           "give 'State party' and 'States parties' as terms of their own" in result.stdout
    assert "GLS015 warning: [isp/en] 'Internet service provider / ISP' writes 2 terms in one" in result.stdout
    assert result.stdout.count("GLS015") == 2  # a slash in a term's own wording is no alternative


def test_gls015_synonyms_typed_into_one_term_with_a_bar_or_a_semicolon(tmp_path):
    # As a term list separates them, in one term's cell of hexaglot's own layout: one term of
    # `|` that every use of the concept was TERM001 for, and lint said nothing.
    body = (concept("som", six("smuggling of migrants"), zh=[("偷运移民|偷运", "preferredTerm-admn-sts", "")],
                    ru=[("незаконный ввоз мигрантов; незаконный ввоз", "preferredTerm-admn-sts", "")]))
    result = lint(tmp_path, body)
    assert "GLS015 warning: [som/zh] '偷运移民|偷运' writes 2 terms in one, found only as written: give '偷运移民' and " \
           "'偷运' as terms of their own" in result.stdout
    assert "[som/ru] 'незаконный ввоз мигрантов; незаконный ввоз' writes 2 terms in one" in result.stdout
    # a full-width bar; a bar left at a term's end
    body = (concept("som", six("smuggling of migrants"), zh=[("偷运移民｜偷运", "preferredTerm-admn-sts", "")],
                    en=[("migrant smuggling|", "admittedTerm-admn-sts", "")]))
    result = lint(tmp_path, body)
    assert "[som/zh] '偷运移民｜偷运' writes 2 terms in one" in result.stdout
    assert "[som/en] 'migrant smuggling|' holds a bar or a semicolon no term's wording has, found only as written: " \
           "give 'migrant smuggling'" in result.stdout


def test_a_spreadsheet_s_problems_name_the_row(tmp_path):
    # A TBX's problems name their line; a term list's named only the file, and a concept id
    # hexaglot made from the English term, which is nowhere in the sheet.
    (tmp_path / "terms.csv").write_text(
        "English,Russian,Russian note\n"
        "smuggling of migrants,незаконный ввоз мигрантов,Do not use: контрабанда мигрантов\n"
        "human smuggling,контрабанда мигрантов,\n", encoding="utf-8-sig")
    result = run_hexaglot("glossary", "lint", "terms.csv", cwd=tmp_path)
    assert "terms.csv:2: GLS005 error: [smuggling-of-migrants/ru] 'контрабанда мигрантов'" in result.stdout
    assert "terms.csv:3: GLS006 warning: [human-smuggling/ar]" in result.stdout


def test_a_term_and_its_acronym_in_one_cell_a_term_listed_twice_and_an_id_tbx_cannot_hold(tmp_path):
    # What a terminologist's probe found lint silent on.
    from pipeline.glossary.lint import lint_file

    path = tmp_path / "terms.csv"
    path.write_text("concept id,en 1 term,en 1 status,ru 1 term,ru 1 status,ru 2 term,ru 2 status\n"
                    "sids,\"small island developing State, SIDS\",preferred,малое островное развивающееся государство,preferred,,\n"
                    "ed,enforced disappearance,preferred,насильственное исчезновение,preferred,насильственное  исчезновение,preferred\n"
                    "1 ndc,nationally determined contribution,preferred,,,,\n", encoding="utf-8")
    found = {(p.code, p.concept) for p in lint_file(path)}
    assert {("GLS018", "sids"), ("GLS019", "ed"), ("GLS020", "1 ndc")} <= found
    # the shipped glossary's ranked spellings are no copies
    from tests.conftest import ROOT
    assert not [p for p in lint_file(ROOT / "glossaries" / "untoc-som.tbx") if p.code in ("GLS018", "GLS019", "GLS020")]


def test_a_sheet_s_term_with_no_status_beside_an_approved_one_is_said(hexaglot, tmp_path):
    # `ЦУР` with an empty status cell was read as preferred beside the full form: the acronym
    # where the source has the full form then passed, and lint said nothing (a TBX term with no
    # status is refused).
    header = "concept id,en 1 term,en 1 status,ru 1 term,ru 1 status,ru 2 term,ru 2 status\n"
    (tmp_path / "g.csv").write_text(
        header + "sdg,Sustainable Development Goals,preferred,цели в области устойчивого развития,preferred,ЦУР,\n"
        "sd,sustainable development,preferred,устойчивое развитие,,,\n", encoding="utf-8")
    result = hexaglot("glossary", "lint", "g.csv", cwd=tmp_path)
    warnings = [line for line in result.stdout.splitlines() if "GLS021" in line]
    assert warnings == ["g.csv:2: GLS021 warning: [sdg/ru] 'ЦУР' has no status: read as preferred, a second preferred "
                        "term of ru beside the concept's others; fill its status cell"]
    # (and a count of one is said as one: `1 note`)
    assert result.stdout.rstrip().endswith("g.csv: 0 errors, 9 warnings, 1 note")
    # The first term's cell left empty beside an admitted one is the preferred, as meant; a
    # slot with no status column at all is as unstated as an empty cell.
    (tmp_path / "g.csv").write_text(
        header.rstrip("\n") + ",ru 3 term\n"
        "sdg,Sustainable Development Goals,preferred,цели в области устойчивого развития,,ЦУР,admitted,\n"
        "sd,sustainable development,preferred,устойчивое развитие,preferred,,,устойчивое развитие общества\n", encoding="utf-8")
    warnings = [line for line in hexaglot("glossary", "lint", "g.csv", cwd=tmp_path).stdout.splitlines() if "GLS021" in line]
    assert warnings == ["g.csv:3: GLS021 warning: [sd/ru] 'устойчивое развитие общества' has no status: read as preferred, "
                        "a second preferred term of ru beside the concept's others; fill its status cell"]


def test_gls021_names_the_later_term_left_empty_not_the_first(hexaglot, tmp_path):
    (tmp_path / "g.csv").write_text(
        "concept id,en 1 term,en 1 status,ru 1 term,ru 1 status,ru 2 term,ru 2 status,ru 3 term,ru 3 status\n"
        "sdg,Sustainable Development Goals,preferred,цели в области устойчивого развития,,ЦУР,admitted,ЦУРы,\n",
        encoding="utf-8")
    warnings = [line for line in hexaglot("glossary", "lint", "g.csv", cwd=tmp_path).stdout.splitlines() if "GLS021" in line]
    assert len(warnings) == 1 and "'ЦУРы' has no status" in warnings[0]


def test_gls021_passes_a_plural_or_a_feminine_listed_as_a_second_preferred_term(hexaglot, tmp_path):
    # docs/glossary.md lists Arabic broken plurals and a title's feminine as second preferred
    # terms marked so: with their status cell empty they are what was meant.
    (tmp_path / "g.csv").write_text(
        "concept id,en 1 term,en 1 status,ar 1 term,ar 1 status,ar 2 term,ar 2 status,ar 2 number,"
        "fr 1 term,fr 1 status,fr 2 term,fr 2 status,fr 2 gender\n"
        "report,report,preferred,تقرير,preferred,تقارير,,plural,Rapporteur spécial,preferred,Rapporteuse spéciale,,feminine\n",
        encoding="utf-8")
    assert "GLS021" not in hexaglot("glossary", "lint", "g.csv", cwd=tmp_path).stdout
