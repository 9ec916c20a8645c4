import re

from pipeline.lang import LanguageProfile, cardinals, clock, ordinals
from pipeline.lang.document_parts import DocumentParts
from pipeline.lang.analysers.ar_clitics import normalise, without_clitics
from pipeline.lang.arabic_marks import ARABIC_MARKS, ARABIC_PROCLITICS
from pipeline.lang.word_frequency import zipf


def _read_time(g: tuple) -> list[int] | None:
    # UN Arabic writes 10:00 as 00/10: minutes, a slash, then the hour; other Arabic texts 10:00.
    # (the minutes in the first group, or any minutes after the word for the hour in the second)
    minutes, hour = g[0] or g[1], g[2]
    return [clock(hour, minutes)] if int(hour) <= 24 else None


_DIACRITIC = re.compile(f"[{ARABIC_MARKS}]*")


def proclitic_length(word: str, term_word: str) -> int:
    """How many characters at the start of a word of the text are proclitics the term's first
    word does not have (`و` of `والجريمة` for the term `الجريمة المنظمة`, `ول` of `ولمؤتمر`): a
    term is quoted and marked from its own first letter; after ل, whose ال is written لل
    (`للجريمة`), from the word's."""
    term = normalise(term_word)
    at = 0
    if word[:1] in ("و", "ف") and term[:1] != word[:1]:
        at = _DIACRITIC.match(word, 1).end()
    rest = word[at:]
    if rest[:1] in ("ب", "ك", "ل") and term[:1] != rest[:1] and not (rest.startswith("لل") and term.startswith(("ل", "ال"))):
        # (`للمؤتمر` is ل + ال, the article's alef dropped: the word is quoted whole, from its
        # first ل, for cut after it, `لمؤتمر`, it is no word)
        at = _DIACRITIC.match(word, at + 1).end()
    # What is left begins as the term does, or with the ل of its ال after a ل (`للمؤتمر`).
    left = normalise(word[at:])
    return at if at and (left[:1] == term[:1] or (term.startswith("ال") and left[:1] == "ل")) else 0


# `65 في المائة` is 65 per cent, not 65 and 100; `فترة السنتين` is the biennium, no two; `ثلاثة
# أرباع` three quarters, a fraction (read after normalise: ة is ه, أ is ا).
_NOT_COUNTS = re.compile(r"(?:في\s+|ب)ال(?:ما|م)ئه|فتره\s+(?:السنتين|السنوات\s+الثلاث)|(?:ثلاث|ثلاثه|اربع|اربعه)\s+(?:ارباع|اخماس)")


# A noun in the construct state of the dual or the sound masculine plural, its ن dropped
# (`مهربو`, `مهربي`, `ممثلا`), before a definite word written twice: the first closes the
# construct, the second is the next constituent (`يزود مهربو المهاجرين المهاجرين بوثائق`,
# smugglers of migrants provide migrants with documents).
# (a participle's plural, as most such nouns are, `مهربو`, `ممثلي`, `موظفي`: its م first, the
# conjunction و or ف before it; not a verb ending so, `يجري`, `ينبغي`, nor `وفي`, `نحو`)
_CONSTRUCT_BEFORE = re.compile(r"(?:^|\s)[وف]?م(?:[\u0621-\u064a][\u064b-\u0652]*){2,}[وي]\s+$")


def _doubled_in_grammar(text: str, start: int) -> bool:
    return text.startswith("ال", start) and _CONSTRUCT_BEFORE.search(text, max(0, start - 30), start) is not None


# Words that negate what follows them (normalised: ة as ه, أ as ا), with the proclitics they take.
_NEGATIONS = frozenset({"غير", "وغير", "بغير", "لغير", "لا", "ولا", "ليس", "ليست", "عدم", "وعدم", "دون", "بدون", "ودون"})


def _number_text(text: str) -> str:
    text = normalise(text)
    if "ئه" in text or "فتره" in text or "اع" in text:
        text = _NOT_COUNTS.sub(lambda m: " " * len(m.group(0)), text)
    if "ين" in text or "ان" in text:
        text = _agreeing_duals_blanked(text)
    return text


# A dual counts two, and UN Arabic writes no numeral with it (`ويقترح إنشاء وظيفتين`, 2 new posts
# are proposed; `مشروعين`, two projects): read as no number, a correct version had "none here, 2
# in the source". A feminine dual is told by its ending, `تين`, `تان`, where the noun it is the
# dual of (the word less the ending, with ة) is a word Arabic texts use (wordfreq: `وظيفة`, `جهة`;
# not `كريستين`, `بروتين`, `الأرجنتين`); a masculine dual ends as the sound plural does
# (`المشاركين`, participants; `المقررين`, rapporteurs), and is read only of the nouns a UN text
# counts whose plural is broken (`مشروع`, `مشاريع`): its `ين`, `ان` is then the dual's; of a
# noun one of whose plurals ends so, the other ending alone (`البلدين`, not `البلدان`, the
# countries; `المقرران`, not `المقررين`, the rapporteurs). A number word is none (`مائتين`,
# `ستين`, `العشرين`).
# (normalised: ة is ه, أ is ا)
_FEMININE_DUAL = re.compile(r"(?:ال)?([\u0621-\u064a]{2,})ت(?:ين|ان)")
_NOT_DUALS = frozenset({"ارجنتين", "الارجنتين", "بروتين", "البروتين", "روتين", "الروتين", "لاتين", "اللاتين"})
_BROKEN_PLURAL_NOUNS = frozenset({"مشروع", "تقرير", "قرار", "بند", "فريق", "مكتب", "برنامج", "طرف", "شخص", "مؤتمر",
                                  "مركز", "صندوق", "مقعد", "نص", "فصل", "قسم", "مرفق", "اتفاق", "موقع", "فرع",
                                  "حكم", "منصب", "مجلس", "مبدا", "هدف", "مؤشر"})
# Nouns with a plural that ends as a dual does: their dual by its other ending alone.
_DUAL_ENDING_ONLY = {"بلد": "ين", "مقرر": "ان"}
# A noun's singular must be this common (Zipf) for its `تين` to read as the dual's.
_SINGULAR_IN_USE = 3.0
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def _a_dual(forms: tuple[str, ...]) -> bool:
    """Whether a word (its forms without clitics, normalised) is a dual noun or adjective."""
    if any(form in _NUMBER_WORDS or form in _NOT_DUALS or form.endswith("ستان") for form in forms):
        return False
    for form in forms:
        feminine = _FEMININE_DUAL.fullmatch(form)
        if feminine and zipf(feminine.group(1) + "ة", "ar") >= _SINGULAR_IN_USE:
            return True
        bare = form.removeprefix("ال")
        if bare[-2:] in ("ين", "ان") and (bare[:-2] in _BROKEN_PLURAL_NOUNS or _DUAL_ENDING_ONLY.get(bare[:-2]) == bare[-2:]):
            return True
    return False


def _agreeing_duals_blanked(text: str) -> str:
    """The adjectives that agree with a dual blanked (`وظيفتين جديدتين`, two new posts; `الدورتين
    التدريبيتين`): the dual is one count, not one a word. A number word after it is left (`مائتين
    وخمسين`, 250; `الموظفين العشرين`, the twenty staff)."""
    dual_end = None
    for word in _ARABIC_WORD.finditer(text):
        if word.group(0)[-2:] not in ("ين", "ان"):  # (no dual, and no adjective of one: most words)
            dual_end = None
            continue
        forms = tuple(without_clitics(word.group(0)))
        if dual_end is not None and text[dual_end:word.start()].isspace() \
                and not any(_NUMBER_WORDS.get(form, 2) != 2 for form in forms):  # (`وظيفتان اثنتان`: one 2)
            text = text[:word.start()] + " " * (word.end() - word.start()) + text[word.end():]
            dual_end = word.end()
            continue
        dual_end = word.end() if _a_dual(forms) or any(_NUMBER_WORDS.get(form) == 2 for form in forms) else None  # (`الدورتين`, listed)
    return text


def _number_word_forms(word: str) -> tuple[str, ...]:
    """A word's forms as its number words are listed (its clitics taken off), and `اثنين` for a
    dual (see _a_dual)."""
    normal = normalise(word)
    forms = tuple(without_clitics(normal))
    return forms + ("اثنين",) if normal[-2:] in ("ين", "ان") and _a_dual(forms) else forms


# Cardinals and the duals a UN text counts with ("over two days" is «على مدى يومين», "by 32
# votes to 2" «بأغلبية 32 صوتاً مقابل صوتين»); not عامين, which is also "general" in the plural.
_NUMBER_WORDS = {"اثنان": 2, "اثنين": 2, "مرتين": 2, "مرتان": 2, "يومين": 2, "ساعتين": 2, "صوتين": 2, "صوتان": 2,
                 "سنتين": 2, "سنتان": 2, "شهرين": 2, "شهران": 2, "اسبوعين": 2, "اسبوعان": 2, "دورتين": 2,
                 "جلستين": 2, "اجتماعين": 2, "دولتين": 2, "مرحلتين": 2,
                 # the nominative duals, as a vote or a subject has them (`امتنعت دولتان`)
                 "دولتان": 2, "عضوان": 2, "عضوين": 2, "يومان": 2, "ساعتان": 2, "جلستان": 2, "اجتماعان": 2,
                 "دورتان": 2, "مرحلتان": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
                 # the duals of the magnitudes: two thousand, two million, two billion
                 # (`ألفين وأربعمائة`, 2,400; read as `ألف`, it was 1,400)
                 "الفين": 2000, "الفان": 2000, "مليونين": 2_000_000, "مليونان": 2_000_000,
                 "مليارين": 2_000_000_000, "ملياران": 2_000_000_000,
                 # and before the noun they count, which takes the ن off (`مليوني مهاجر`)
                 "مليوني": 2_000_000, "ملياري": 2_000_000_000,
                 **cardinals.ARABIC}


PROFILE = LanguageProfile(
    # UN Arabic writes بليون for a thousand millions, as مليار.
    # With their normalised spellings too: number words are read in normalised text (`عشرة آلاف`).
    # and the accusative of a count past ten (`18 مليونا`, `ألفاً`)
    magnitudes={"ألف": 3, "آلاف": 3, "الف": 3, "الاف": 3, "ألفا": 3, "الفا": 3, "مليون": 6, "مليونا": 6, "ملايين": 6, "مليار": 9,
                "مليارا": 9, "مليارات": 9, "بليون": 9, "بليونا": 9, "بلايين": 9, "تريليون": 12},
    # (`مليون ونصف مليون`, a million and a half; the dual, `مليونين ونصف`, two and a half)
    magnitude_phrases=(
        (rf"(?<!\w){ARABIC_PROCLITICS}(?P<mag>مليون|مليار|بليون)[اً]{{0,2}}\s+و\s*نصف(?:\s+(?:ال)?(?:مليون|مليار|بليون))?(?!\w)", 1.5),
        (r"(?<!\w)[وفبلك]{0,2}(?P<mag>مليون|مليار|بليون)(?:ين|ان)\s+و\s*نصف(?:\s+(?:ال)?(?:مليون|مليار|بليون))?(?!\w)", 2.5),
        # (`ثلاثة ملايين ونصف مليون`, three and a half million: the count, the plural, the half)
        (r"(?<!\w)(?P<count>\w+)\s+(?P<mag>ملايين|مليارات|بلايين)\s+و\s*نصف(?:\s+(?:ال)?(?:مليون|مليار|بليون))?(?!\w)", 0.5),
        (rf"(?<!\w){ARABIC_PROCLITICS}نصف\s+(?:ال)?(?P<mag>مليون|مليار|بليون)(?!\w)", 0.5),
        (rf"(?<!\w){ARABIC_PROCLITICS}ربع\s+(?:ال)?(?P<mag>مليون|مليار|بليون)(?!\w)", 0.25),
        (rf"(?<!\w){ARABIC_PROCLITICS}(?P<mag>مليون|مليار|بليون)[اً]{{0,2}}(?!\w)", 1.0),
    ),
    code="ar",
    numbered_targets_after=r"غاي\w*(?:\s+من)?",
    # (with a particle or the article before it: `بدولار`, `بالفرنكات السويسرية`; not another
    # country's dollar, `دولار كندي`)
    currencies={"USD": rf"(?<!\w){ARABIC_PROCLITICS}دولار(?:ا|ات)?(?!\w)(?! (?:كندي|أسترالي|هونغ كونغ))",
                "EUR": rf"(?<!منطقة )(?<!\w){ARABIC_PROCLITICS}يورو(?!\w)", "CHF": r"فرنك\S*\s+(?:ال)?سويسري",
                "GBP": r"جنيه\S*\s+(?:ال)?استرليني", "CNY": rf"(?<!\w){ARABIC_PROCLITICS}يوان(?:ات)?(?!\w)",
                "RUB": rf"(?<!\w){ARABIC_PROCLITICS}روبل(?:ات)?(?!\w)"},
    length_to_english=0.79,
    legacy_encoding="cp1256",
    per_cent_after=r"\s+(?:في|ب)\s?ال(?:مائ|مئ)[ةه]",  # `65 في المائة`, `65 بالمائة`
    optional_marks_folded=normalise,
    cased=False,
    unspaced=False,
    abbreviations=frozenset(),
    final_abbreviations=frozenset(),
    sentence_end=".!?؟…",
    # The abjad order UN Arabic uses for sub-items: (أ) (ب) (ج) (د) (ه) (و) (ز) (ح).
    sub_item_letters="أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
    # (i), (ii) as UN Arabic numbers them: ‘1’ as typed, ’1‘ as some PDFs give the marks.
    # and the session of a General Assembly resolution of before 1976 with its letter (`2200
    # ألف (د-21)`, 2200 A (XXI): the letter is no thousand, the session no number the others
    # write in digits).
    no_value_digits=r"[‘’][0-9]{1,2}[‘’]|(?:(?<=[0-9] )(?:ألف|باء|جيم|دال|هاء|واو)\s*)?\(د\s*[-–]\s*[0-9]{1,2}\)",
    documentation_headings=("الوثائق",),
    annex_headings=("المرفق",),
    continued_marks=("(تابع)",),
    # UN Arabic writes 10.00–13.00 as 00/10–00/13 (minutes first).
    time_range=r"\d{2}/\d{1,2}\s*[–-]\s*\d{2}/\d{1,2}",
    hyphenation="none",
    # Percentage points after a number (`3.6 percentage points`): not a per cent of it (NUM001)
    points_after=r"\s+(?:نقط[ةه]|نقاط|نقطتين|نقطتان)\s+مئوي[ةه]",
    one_in_pattern=r"واحد[اةه]?\s+(?:\S+\s+){0,2}?من\s+(?:كل|بين)\s+(?P<n>\d+|\S+)",
    number_words=_NUMBER_WORDS,
    # `خمسة وعشرون`, 5 and 20; `ثلاثة عشر`, 3 and 10: the units first, `و` written onto the tens.
    number_joiner=r"\s+(?:و\s*)?|و",
    # `التسعينيات`, the nineties (of the last century, as UN texts speak of them)
    decade_gate=r"ينيات",
    decade_pattern=r"(?P<decade>ثلاثينيات|أربعينيات|خمسينيات|ستينيات|سبعينيات|ثمانينيات|تسعينيات)",
    decade_words={"ثلاثينيات": 3, "أربعينيات": 4, "خمسينيات": 5, "ستينيات": 6, "سبعينيات": 7, "ثمانينيات": 8, "تسعينيات": 9},
    range_joiner=r"\s*[-–]\s*|\s+(?:إلى|أو)\s+|\s+و\s*",  # `من 15 إلى 18 مليونا`
    attached_joiner="و",
    units_before_tens=True,
    only_in_compounds=cardinals.ARABIC_ONLY_IN_COMPOUNDS,
    ordinal_units=cardinals.ARABIC_ORDINALS,
    # UN Arabic writes the Syriac month with the Latin one: «حزيران/يونيه».
    extra_months={name: number for number, names in enumerate([
        ("كانون الثاني", "يناير"), ("شباط", "فبراير"), ("آذار", "اذار", "مارس"), ("نيسان", "أبريل", "ابريل"),
        ("أيار", "ايار", "مايو"), ("حزيران", "يونيه", "يونيو"), ("تموز", "يوليه", "يوليو"), ("آب", "اب", "أغسطس", "اغسطس"),
        ("أيلول", "ايلول", "سبتمبر"), ("تشرين الأول", "تشرين الاول", "أكتوبر", "اكتوبر"), ("تشرين الثاني", "نوفمبر"),
        ("كانون الأول", "كانون الاول", "ديسمبر")], start=1) for name in names},
    and_words=("و", "إلى", "–", "-"),  # `من 27 إلى 28 حزيران/يونيه`: from the 27th to the 28th
    ordinal_words=ordinals.arabic,
    resolution_words=r"\w*قرار\w*|\w*مقرر\w*",
    # (with its vowel marks or not, its last letter as alif maqsura too; and بالترتيب, "in order")
    respectively=r"على\s+(?:ال|ا)?[\u064b-\u0652]*ت[\u064b-\u0652]*و[\u064b-\u0652]*ا[\u064b-\u0652]*ل[\u064b-\u0652]*[يى]|بالترتيب",
    decision_words=r"\w*مقرر",
    quotes=(("“", "”"), ("«", "»")),
    native_punctuation={",": "،", ";": "؛", "?": "؟"},
    script_letters="\u0621-\u0652\u066e-\u06d3",  # the letters and their vowel marks, not the digits
    # (and `10:00`, as every language: value_extraction's clock)
    # Any minutes after the word for the hour (`ورُفعت الجلسة في الساعة 10/13`, 1.10 p.m.): read
    # as the resolution 10/13 where only the quarters were a time.
    # (not `على مدار الساعة 24/7`, round the clock)
    time_pattern=r"(?:(00|15|30|45)|(?<=الساعة )(?!24/7(?![\d/]))([0-5][0-9]))(?<![\d/]\d\d)/(\d{1,2})(?![\d/])",
    # `ثلثا الدول` (two thirds, the dual), `ثلث`, `ربع` as words of their own, a proclitic before
    # them, not the article (`الربع الأول`, a quarter of a year); `ثلاثة أرباع`; `نصف`, a half.
    fraction_pattern=(r"(?<![\u0621-\u064a])(?:و|ب|ل|ف)?(?P<word>ثلثا|ثلثي|ثلث|ربع)(?![\u0621-\u064a])"
                      r"|(?P<num>ثلاث[ةه]?)\s+(?P<den>[أا]رباع)"),
    fraction_gate=r"ثلث|ربع|رباع",
    half_pattern=r"(?<![\u0621-\u064a])(?:و|ب|ل|ف)?نصف(?![\u0621-\u064a])",
    half_word="نصف",
    time_gate=r"(?:00|15|30|45)/|الساعة [0-5][0-9]/",
    read_time=_read_time,
    right_to_left=True,
    # (the target or indicator named, with its proclitics and in any number; numbers coordinated
    # after it: `والغايتان 10-7 و16-2`)
    # (the numbers listed or in a range after the first: `الغايات من 16-4 إلى 16-6`, `16-4 أو
    # 16-10`, `16-4 و 16-5 و 16-أ`)
    dotted_with_hyphens_after=r"(?:غاي|مؤشر)\w*(?:\s+(?:من\s+)?(?:غايات|مؤشرات)?\s*أهداف\s+التنمية\s+المستدامة)?"
                              r"\s+(?:من\s+)?(?:[\d.أبجد-]+\s*(?:[،,]\s*)?(?:(?:و|أو|إلى|حتى)\s*)?)*$",
    doubled_in_grammar=_doubled_in_grammar,
    term_gap_words=1,
    # Any word but one that negates the term: `الدول غير الأطراف` is States not parties.
    term_gap_word=lambda word: normalise(word) not in _NEGATIONS,
    coordinating_prefixes=("و",),
    proclitic_length=proclitic_length,
    # `الفريق العامل` is not found as `الأفرقة العاملة`: a broken plural is another word, and
    # the glossary lists it (the shipped one does, as a second preferred term).
    unlisted_forms_note="a broken plural, as الأفرقة العاملة of الفريق العامل, is found only where the glossary lists it",
    # (GNU gettext's and CLDR's order: zero, one, two, few 3–10, many 11–99, other 100–102)
    gettext_plural_rule="(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5)",
    month_alternatives=True,  # "يونيه/حزيران": the Egyptian and the Levantine name of June
    month_word_boundary=False,
    # Diacritics would split words (`ستُعدُّ` is not `ست`, six); clitics hide the number word.
    number_text=_number_text,
    number_word_forms=_number_word_forms,
    parts=DocumentParts(
        session=r"^(?:الدورة|الاجتماع)\b|^السنة\s+(?:ال)?(?:أولى|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة|تاسعة|عاشرة|حادية)",
        # UN Arabic numbers chapters with ordinal adverbs and sections with the letters'
        # names in abjad order, each followed by a dash: «ثانياً- », «باء- ».
        chapter_label=r"(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)اً?\s*[-–]",
        section_label=r"(?:ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء)\s*[-–]",
        paragraph_number=r"(\d{1,3})\s*[.\-–]\s",
        # Sub-sub-paragraphs: ‘1’ ‘2’ (’1‘ as some PDFs give the marks), or (1) at the start of a block.
        sub_sub_label=r"[‘’'`(](\d{1,2})[’‘'`)]\s",
        agenda_item=r"(?:البند|البندان|البنود)\s+\d",
        type_phrases={
            "treaty": r"^(?:ال)?(?:بروتوكول|اتفاقية|معاهدة|ميثاق)(?:\s|$)|^النظام (?:الأساسي|الداخلي)(?:\s|$)|^العهد الدولي",
            "agenda": r"جدول الأعمال المؤقت",
            # A letter, identical letters (the dual: `رسالتان متطابقتان مؤرختان`), a note verbale.
            "letter": r"^(?:رسالة\s+مؤرخة|رسالتان\s+متطابقتان\s+مؤرختان|مذكرة\s+شفوية\s+مؤرخة)",
            "report": r"^تقرير",
            "resolution": r"مشروع (?:قرار|مقرر)|^(?:القرار|المقرر) \d|^(?:قرار|مقرر) (?:اتخذ|اعتمد)ت?ه",
            "note": r"مذكرة من الأمانة|مذكرة من الأمين العام|ورقة معلومات أساسية|ورقة غرفة اجتماعات",
        },
        annotated=r"شروح",
        signed=r"\(\s*توقيع\s*\)",
        annex_label=r"المرفق(?:\s+\S{2,8})?",
        article_label=rf"(?:المادة|القاعدة)\s+(\d{{1,3}}|(?:{ordinals.ARABIC_ORDINAL})(?:\s+عشرة?)?)",
        # `مرفق الرسالة المؤرخة`, `المرفق الأول للرسالتين المتطابقتين المؤرختين`, `… للمذكرة الشفوية المؤرخة`.
        letter_annex=r"(?:ال)?مرفق(?:\s+\S{2,8})?\s+(?:ال|لل)(?:رسالة\s+المؤرخة|رسالتين\s+المتطابقتين\s+المؤرختين"
                     r"|مذكرة\s+الشفوية\s+المؤرخة)",
    ),
)
