from pipeline.lang import LanguageProfile

PROFILE = LanguageProfile(
    code="ar",
    cased=False,
    unspaced=False,
    abbreviations=frozenset(),
    final_abbreviations=frozenset(),
    sentence_end=".!?؟…",
    # The abjad order UN Arabic uses for sub-items: (أ) (ب) (ج) (د) (ه) (و) (ز) (ح).
    sub_item_letters="أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
    documentation_headings=("الوثائق",),
    annex_headings=("المرفق",),
    continued_marks=("(تابع)",),
    # UN Arabic writes 10.00–13.00 as 00/10–00/13 (minutes first).
    time_range=r"\d{2}/\d{1,2}\s*[–-]\s*\d{2}/\d{1,2}",
    hyphenation="none",
)
