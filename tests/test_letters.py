"""A letter to the Secretary-General issued to two organs (A/78/812–S/2024/231): the joint
masthead, the letter's title, the signature block each language sets in its own order, the
page header that prints the two symbols a line each, and the annex headed by the letter it is
annexed to, read alike in every version and from text or Word.

A reviser's six-version letter gave 32 findings, 18 of them misreadings: the title read as the
meeting's dates, the Security Council's year in no catalog, the signature paired with another
version's text, the page header a segment to translate."""

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from pipeline.extract import extract_document
from pipeline.model import BlockKind

RIGHT = " " * 50

LETTER = {
    "en": (" United Nations A/78/812–S/2024/231 \n\nGeneral Assembly \nSecurity Council \n\nDistr.: General \n18 March 2024 \n\n"
           "Original: English \n\n24-05123 (E)    190324    190324 \n*2405123* \n\nGeneral Assembly \nSeventy-eighth session \n"
           "Agenda item 107 \nCrime prevention and criminal justice \n\nSecurity Council \nSeventy-ninth year \n\n  \n"
           "  Letter dated 14 March 2024 from the Permanent Representative of Malta to the \n"
           "United Nations addressed to the Secretary-General \n \n\n"
           "  I have the honour to transmit herewith the Valletta Declaration, adopted on \n6 February 2024 (see annex). \n\n"
           "  I should be grateful if you would have the present letter and its annex circulated \n"
           "as a document of the General Assembly, under agenda item 107, and of the Security \nCouncil. \n\n"
           f"{RIGHT}(Signed) Daniel Azzopardi \n{RIGHT}Ambassador \n{RIGHT}Permanent Representative \n\n \n"
           "A/78/812 \nS/2024/231 \n\n"
           "Annex to the letter dated 14 March 2024 from the Permanent Representative of Malta \n"
           "to the United Nations addressed to the Secretary-General \n \n\n"
           "  Valletta Declaration on Strengthening Cross-Border Cooperation \n \n\n"
           " I. Shared commitments \n\n1. We reaffirm our commitment to the full implementation of the Protocol. \n"),
    "fr": (" Nations Unies A/78/812–S/2024/231 \n\nAssemblée générale \nConseil de sécurité \n\nDistr. générale \n18 mars 2024 \n"
           "Français \nOriginal : anglais \n\n24-05123 (F)    200324    200324 \n*2405123* \n\nAssemblée générale \n"
           "Soixante-dix-huitième session \nPoint 107 de l’ordre du jour \nPrévention du crime et justice pénale \n\n"
           "Conseil de sécurité \nSoixante-dix-neuvième année \n\n  \n"
           "  Lettre datée du 14 mars 2024, adressée au Secrétaire général par le Représentant \n"
           "permanent de Malte auprès de l’Organisation des Nations Unies \n \n\n"
           "  J’ai l’honneur de vous faire tenir ci-joint la Déclaration de La Valette, adoptée le \n6 février 2024 (voir annexe). \n\n"
           "  Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente \n"
           "lettre et de son annexe comme document de l’Assemblée générale, au titre du point 107 \n"
           "de l’ordre du jour, et du Conseil de sécurité. \n\n"
           f"{RIGHT}L’Ambassadeur, \n{RIGHT}Représentant permanent \n{RIGHT}(Signé) Daniel Azzopardi \n\n \n"
           "A/78/812 \nS/2024/231 \n\n"
           "Annexe à la lettre datée du 14 mars 2024 adressée au Secrétaire général par le \n"
           "Représentant permanent de Malte auprès de l’Organisation des Nations Unies \n \n\n"
           "  Déclaration de La Valette sur le renforcement de la coopération transfrontalière \n \n\n"
           " I. Engagements communs \n\n1. Nous réaffirmons notre attachement à l’application intégrale du Protocole. \n"),
    "zh": (" 联合国 A/78/812–S/2024/231 \n\n大会 \n安全理事会 \n\nDistr.: General \n18 March 2024 \n\nChinese \nOriginal: English \n\n"
           "24-05123 (C)    200324    210324 \n*2405123* \n\n大会 \n第七十八届会议 \n议程项目107 \n预防犯罪和刑事司法 \n\n"
           "安全理事会 \n第七十九年 \n\n  \n  2024年3月14日马耳他常驻联合国代表给秘书长的信 \n \n\n"
           "  谨随函转递2024年2月6日通过的《瓦莱塔宣言》（见附件）。 \n\n"
           "  请将本函及其附件作为大会议程项目107下的文件和安全理事会的文件分发为荷。 \n\n"
           f"{RIGHT}常驻代表 \n{RIGHT}大使 \n{RIGHT}达尼埃尔·阿佐帕尔迪（签名） \n\n \nA/78/812 \nS/2024/231 \n\n"
           "2024年3月14日马耳他常驻联合国代表给秘书长的信的附件 \n \n\n  关于加强跨境合作的瓦莱塔宣言 \n \n\n"
           " 一. 共同承诺 \n\n1. 我们重申致力于全面执行议定书。 \n"),
}

# A report's masthead and title, under which a test sets the part it is about.
REPORT_HEAD = "Working Group on the Smuggling of Migrants\nVienna, 27 and 28 June 2022\n\n  Report on the meeting\n\n"

IDS = ["masthead/body", "masthead/organ", "masthead/session", "masthead/item", "masthead/item/title", "masthead/organ2",
       "masthead/session2", "masthead/title", "body/p1/s1", "body/p2/s1", "signature", "annex/heading", "annex/title",
       "annex/h/1", "annex/p/1/s1"]


def _read(tmp_path: Path, lang: str, name: str | None = None):
    path = tmp_path / (name or f"{lang}.txt")
    if path.suffix == ".txt":
        path.write_text(LETTER[lang], encoding="utf-8")
    return extract_document(path, lang)


def _segments(document) -> list[str]:
    return [f"{block.id}/s{n}" if block.kind.splits_into_sentences else block.id
            for block in document.blocks for n in range(1, len(block.sentences) + 1 if block.kind.splits_into_sentences else 2)
            if block.kind.splits_into_sentences or n == 1]


@pytest.mark.parametrize("lang", sorted(LETTER))
def test_a_letter_to_two_organs_is_read_alike_in_every_version(tmp_path, lang):
    document = _read(tmp_path, lang)
    assert document.doc_type == "letter"
    assert document.masthead.symbol == "A/78/812–S/2024/231"
    assert _segments(document) == IDS
    # The header of the second page (the two symbols) is no text of the letter.
    assert not any(block.text.strip() in ("A/78/812", "S/2024/231", "A/78/812 S/2024/231") for block in document.blocks)
    signature = document.block("signature")
    assert signature.kind is BlockKind.SIGNATURE
    assert "Azzopardi" in signature.text or "阿佐帕尔迪" in signature.text


def test_the_masthead_names_each_organ_with_its_session_or_year(tmp_path):
    document = _read(tmp_path, "en")
    assert [(block.id, block.text) for block in document.blocks if block.id.startswith("masthead/")] == [
        ("masthead/body", "General Assembly Security Council"),
        ("masthead/organ", "General Assembly"),
        ("masthead/session", "Seventy-eighth session"),
        ("masthead/item", "Agenda item 107"),
        ("masthead/item/title", "Crime prevention and criminal justice"),
        ("masthead/organ2", "Security Council"),
        ("masthead/session2", "Seventy-ninth year"),
        ("masthead/title", "Letter dated 14 March 2024 from the Permanent Representative of Malta to the United Nations "
                           "addressed to the Secretary-General"),
    ]
    # French sets the rank and title above the name: one entry all the same.
    assert _read(tmp_path, "fr").block("signature").text == "L’Ambassadeur, Représentant permanent (Signé) Daniel Azzopardi"


def test_a_letter_written_in_word_reads_as_its_text_does(tmp_path):
    # Word gives each line of the masthead and of the signature a paragraph of its own, the
    # annex's headings a tab after their label.
    word = docx.Document()
    lines = [line.strip() for line in LETTER["fr"].split("\n")]
    at = lines.index("J’ai l’honneur de vous faire tenir ci-joint la Déclaration de La Valette, adoptée le")
    masthead = [line for line in lines[:at] if line and not line.startswith("Lettre datée") and not line.startswith("permanent de Malte")]
    for line in masthead:
        word.add_paragraph(line)
    word.add_paragraph("Lettre datée du 14 mars 2024, adressée au Secrétaire général par le Représentant permanent de Malte "
                       "auprès de l’Organisation des Nations Unies")
    word.add_paragraph("J’ai l’honneur de vous faire tenir ci-joint la Déclaration de La Valette, adoptée le 6 février 2024 "
                       "(voir annexe).")
    word.add_paragraph("Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente lettre et de son "
                       "annexe comme document de l’Assemblée générale, au titre du point 107 de l’ordre du jour, et du Conseil "
                       "de sécurité.")
    for line in ("L’Ambassadeur,", "Représentant permanent", "(Signé) Daniel Azzopardi"):
        word.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    word.add_page_break()
    # The annex's page headed by the letter's own symbol, typed (a header Word does not know
    # as one): it was read as the signature's last line.
    word.add_paragraph("A/78/812–S/2024/231").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    word.add_paragraph("Annexe à la lettre datée du 14 mars 2024 adressée au Secrétaire général par le Représentant permanent "
                       "de Malte auprès de l’Organisation des Nations Unies")
    word.add_paragraph("Déclaration de La Valette sur le renforcement de la coopération transfrontalière")
    word.add_paragraph("I.\tEngagements communs", style="Heading 1")
    word.add_paragraph("1.\tNous réaffirmons notre attachement à l’application intégrale du Protocole.")
    word.save(str(tmp_path / "fr.docx"))
    from_word = _read(tmp_path, "fr", "fr.docx")
    from_text = _read(tmp_path, "fr")
    assert _segments(from_word) == IDS
    assert [(b.id, b.text) for b in from_word.blocks] == [(b.id, b.text) for b in from_text.blocks]


def test_a_centred_heading_is_no_signature(tmp_path):
    # Standing at the right of the page is not enough: a report's centred `Annex` was read
    # as a signature block, and its annex as headings of the body.
    path = tmp_path / "en.txt"
    path.write_text(REPORT_HEAD + "1. The Working Group met in Vienna on 27 and 28 June 2022 and adopted its agenda.\n\n"
                    f"{RIGHT}Annex\n\n{' ' * 34}List of documents\n\nCTOC/COP/WG.7/2022/1   Provisional agenda\n", encoding="utf-8")
    document = extract_document(path, "en")
    assert [block.id for block in document.blocks][-4:] == ["annex/heading", "annex/title", "annex/r1/c1", "annex/r1/c2"]


def test_a_table_s_signed_status_is_no_signature(tmp_path):
    # A ratification table (`Austria   (Signed)   2004`): its rows were one signature entry.
    path = tmp_path / "en.txt"
    path.write_text(REPORT_HEAD + "1. The Working Group met in Vienna.\n\nAnnex\n\n  Status of the Protocol\n\n"
                    "State            Status            Year\nAustria          (Signed)          2004\n"
                    "Belgium          (Signed)          2005\n", encoding="utf-8")
    ids = [block.id for block in extract_document(path, "en").blocks]
    assert "signature" not in " ".join(ids) and ids[-3:] == ["annex/r3/c1", "annex/r3/c2", "annex/r3/c3"]


def test_a_title_whose_last_line_ends_with_year_is_the_title(tmp_path):
    # `… for the` / `financial year`: read as the Council's year, the title went into the
    # masthead as an organ and a session.
    path = tmp_path / "en.txt"
    path.write_text(" United Nations A/78/6 \n\nGeneral Assembly \n\nDistr.: General \n3 July 2023 \n\nOriginal: English \n\n"
                    "Seventy-eighth session \nItem 140 of the preliminary list \n\n"
                    "  Budget performance of the United Nations Office on Drugs and Crime for the\nfinancial year\n\n"
                    "1. The General Assembly has before it the budget performance report.\n", encoding="utf-8")
    document = extract_document(path, "en")
    assert document.block("masthead/title").text == ("Budget performance of the United Nations Office on Drugs and Crime "
                                                     "for the financial year")
    assert not any(block.id.startswith(("masthead/organ", "masthead/session2")) for block in document.blocks)


def test_a_note_that_transmits_a_letter_is_a_note(tmp_path):
    # Its second title names a letter; the note's own comes first.
    path = tmp_path / "en.txt"
    path.write_text(" United Nations E/CN.15/2024/10 \n\nEconomic and Social Council \n\nDistr.: General \n1 March 2024 \n\n"
                    "Original: English \n\nCommission on Crime Prevention and Criminal Justice \nThirty-third session \n"
                    "Vienna, 13–17 May 2024 \n\n  Note by the Secretariat \n\n  Letter dated 1 February 2024 from the "
                    "Permanent Representative of Malta addressed to the Secretariat \n\n"
                    "1. The Secretariat has the honour to transmit the letter.\n", encoding="utf-8")
    assert extract_document(path, "en").doc_type == "note"


def test_two_signatories_side_by_side_or_one_after_the_other_are_one_signature(tmp_path):
    # English sets them side by side (a line of two cells), Chinese one after the other: read
    # as a heading and as two signatures, neither version's paired with the other's.
    body = "1. We have the honour to transmit the joint statement.\n\n"
    head = ("Working Group on the Smuggling of Migrants\nVienna, 27 and 28 June 2022\n\n  Letter dated 1 July 2024 from the "
            "Permanent Representatives of Costa Rica and Senegal addressed to the Secretary-General\n\n")
    side_by_side = ("(Signed) Maritza Chan Valverde          (Signed) Cheikh Niang\n"
                    "Permanent Representative of Costa Rica   Permanent Representative of Senegal\n")
    english = tmp_path / "en.txt"
    english.write_text(head + body + side_by_side, encoding="utf-8")
    assert [b.id for b in extract_document(english, "en").blocks][-2:] == ["p/1", "signature"]
    chinese = tmp_path / "zh.txt"
    chinese.write_text("偷运移民问题工作组\n2022年6月27日和28日，维也纳\n\n  2024年7月1日哥斯达黎加和塞内加尔常驻联合国代表给秘书长的信\n\n"
                       "1. 谨转递联合声明。\n\n哥斯达黎加常驻代表\n马丽莎·昌·巴尔韦德（签名）\n\n塞内加尔常驻代表\n谢赫·尼昂（签名）\n",
                       encoding="utf-8")
    assert [b.id for b in extract_document(chinese, "zh").blocks][-2:] == ["p/1", "signature"]


def test_a_letter_s_title_that_ends_with_a_bracket_is_the_title(tmp_path):
    # `… ante las Naciones Unidas (Viena)`: the bracket read as a paragraph's end, the title
    # was body/p1 and in no other version's place.
    path = tmp_path / "es.txt"
    path.write_text("Conferencia de las Partes en la Convención\nViena, 14 a 18 de octubre de 2024\n\n"
                    "  Nota verbal de fecha 1 de julio de 2024 dirigida a la Secretaría por la Misión Permanente de México "
                    "ante las Naciones Unidas (Viena)\n\n  La Misión Permanente de México saluda atentamente a la Secretaría.\n",
                    encoding="utf-8")
    document = extract_document(path, "es")
    assert document.doc_type == "letter" and document.block("masthead/title").text.endswith("(Viena)")


@pytest.mark.parametrize("title, annex", [
    ("رسالتان متطابقتان مؤرختان 4 آذار/مارس 2024 موجهتان إلى الأمين العام وإلى رئيس مجلس الأمن من الممثل الدائم للبرتغال",
     "المرفق الأول للرسالتين المتطابقتين المؤرختين 4 آذار/مارس 2024 والموجهتين إلى الأمين العام"),
    ("رسالة مؤرخة 14 آذار/مارس 2024 موجهة إلى الأمين العام من الممثل الدائم لمالطة",
     "المرفق الأول للرسالة المؤرخة 14 آذار/مارس 2024 الموجهة إلى الأمين العام"),
])
def test_arabic_identical_letters_and_their_annexes_are_known(tmp_path, title, annex):
    # The dual (`رسالتان … مؤرختان`) and `للرسالتين` were unknown: the type generic, the title the
    # meeting's dates, both annexes headings of the body.
    path = tmp_path / "ar.txt"
    path.write_text(f"الفريق العامل المعني بتهريب المهاجرين\nفيينا، 27 و28 حزيران/يونيه 2022\n\n  {title}\n\n"
                    f"  أتشرف بأن أحيل إليكم طيه البيان.\n\n{annex}\n\n  البيان المشترك\n\n1- نرحب بالتعاون.\n", encoding="utf-8")
    document = extract_document(path, "ar")
    assert document.doc_type == "letter"
    assert [b.id for b in document.blocks if b.id.startswith("annex/")][:2] == ["annex/heading", "annex/title"]


@pytest.mark.parametrize("lang", ["en", "fr", "zh"])
def test_a_letter_s_own_symbol_alone_over_its_annex_is_the_second_page_s_header(lang):
    # A letter to one organ: its second page opens with `S/2024/245` alone, with no form feed
    # in the text extracted, over the annex's title; it was a heading to translate in every
    # version, and a digit changed in one was REF001 on a page header.
    document = extract_document(Path(__file__).parent / "data" / "documents" / "letter-one-organ" / f"{lang}.txt", lang)
    assert document.masthead.symbol == "S/2024/245"
    assert not any(block.text.strip() == "S/2024/245" for block in document.blocks)
    assert document.block("signature") is not None and document.block("annex/title") is not None


def test_the_own_symbol_in_a_list_of_documents_or_cited_in_a_sentence_stays_text():
    # A list of documents whose first is the document itself keeps it (its title beside it);
    # a text with no masthead that cites a symbol in a sentence has no symbol of its own.
    from pipeline.extract.layout import page_furniture

    listed = (" United Nations A/78/123\n\nGeneral Assembly\n\nDistr.: General\n1 May 2023\n\n23-00001 (E)\n\n  Report\n\n"
              "1. Text.\n\nAnnex\n\nDocuments\n\nA/78/123\nReport of the Secretary-General\nA/78/124\nNote by the Secretariat\n")
    assert "A/78/123" not in [listed.split("\n")[index] for index in page_furniture(listed.split("\n"))]
    cited = "Text of the note\n\nThe background paper (CTOC/COP/WG.7/2024/2) is here.\n\n1. Text.\n\nCTOC/COP/WG.7/2024/2\n\nMore.\n"
    assert page_furniture(cited.split("\n")) == {}
