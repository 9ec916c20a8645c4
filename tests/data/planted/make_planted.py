"""Build the planted-defect corpus: the shipped catalogs with known defects put in.

    .venv/bin/python tests/data/planted/make_planted.py

Copies locale/ (after `hexaglot extract`) to tests/data/planted/locale/, applies each edit
below to one entry's translation, and writes manifest.tsv (lang, msgctxt, code). An edit whose
text is not found stops the script: the manifest never lists a defect that is not there.
"""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
DOC = "CTOC-COP-WG.7-2022-1"
NBSP = "\u00a0"

# (lang, msgctxt, text in the translation, replacement, the code that must find it)
EDITS = [
    ("ru", "item/1b/p2", "Тридцатого июля 2021 года", "Тридцатого июля 2012 года", "NUM002"),
    ("ru", "item/1a/p1/s1", "в 10 час. 00 мин.", "в 11 час. 00 мин.", "NUM003"),
    ("ru", "item/1b/p3/s2", "четыре пленарных", "три пленарных", "NUM001"),
    ("ru", "item/2/doc/1", "CTOC/COP/WG.7/2022/2", "CTOC/COP/WG.7/2022/4", "REF001"),
    ("ru", "item/2/doc/1/link1", "WG.7/2022/2", "WG.7/2022/4", "REF002"),
    ("ru", "item/1b/p1/s1", "резолюции 7/1", "резолюции 7/2", "REF003"),
    ("ru", "item/3/p1/s1", "незаконном ввозе мигрантов в целях", "контрабанде мигрантов в целях", "TERM002"),
    ("ru", "item/6/p1/s1", "Рабочей группе", "Рабочей группе группе", "TYPO006"),
    ("ru", "item/3/p2/s1", "трудности", '"трудности"', "TYPO002"),
    ("ru", "item/4/p3/s1", "Никакой документации", "Никакой  документации", "TYPO003"),
    ("ru", "item/5/p1/s1", None, "", "CONS001"),
    ("ru", "agenda/6", "Утверждение доклада.", "Утверждение доклада", "TYPO004"),
    ("ru", "item/3/p4/s1", "Секретариатом", "Секретариатoм", "TYPO001"),
    ("ru", "item/2/p1/s1", "с частным сектором", "с частная сектором", "TERM005"),
    ("ru", "item/4/p1/s1", "Согласно пункту 12", "Согласно (пункту 12", "TYPO005"),
    ("ru", "annex/r6/time", "10:00–13:00", "10:00–12:00", "NUM003"),
    ("es", "masthead/dates", "27 y 28 de junio de 2022", "27 y 29 de junio de 2022", "NUM002"),
    ("es", "item/1b/p3/s2", "cuatro sesiones", "cinco sesiones", "NUM001"),
    ("es", "item/3/doc/1", "CTOC/COP/WG.7/2022/3", "CTOC/COP/WG.7/2022/2", "REF001"),
    ("es", "item/1b/p4/s4", "página web", '"página web"', "TYPO002"),
    ("es", "item/2/p4/s1", "tráfico ilícito de migrantes", "tráfico de personas", "TERM002"),
    ("es", "item/6/p1/s1", "Secretaría.", "Secretaría", "TYPO004"),
    ("es", "annex/r4/time", "15.00 a 18.00 horas", "15.00 a 17.00 horas", "NUM003"),
    ("es", "agenda/4", None, "=SOURCE", "CONS003"),
    ("fr", "item/1a/p1/s1", "à 10 heures", "à 11 heures", "NUM003"),
    ("fr", "item/1b/p2", "Le 30 juillet 2021", "Le 31 juillet 2021", "NUM002"),
    ("fr", "fn/2/s1", f"p.{NBSP}47", f"p.{NBSP}48", "NUM001"),
    ("fr", "item/3/doc/1/link1", "WG.7/2022/3", "WG.7/2022/5", "REF002"),
    ("fr", "item/2/p2/s1", "du trafic illicite de migrants", "de la contrebande de migrants", "TERM002"),
    ("fr", "item/1b/p1/s1", f"«{NBSP}Renforcement", "«Renforcement", "TYPO002"),
    ("fr", "item/4/p3/s1", "ce point.", "ce point", "TYPO004"),
    ("fr", "item/5/p1/s1", "du Secrétariat", "du Secrétariat Secrétariat", "TYPO006"),
    ("fr", "item/6/p1/s1", None, "", "CONS001"),
    ("ar", "masthead/dates", "27 و28", "26 و28", "NUM002"),
    ("ar", "annex/r1/time", "00/10–00/13", "00/11–00/13", "NUM003"),
    ("ar", "item/1b/p1/s1", "قراره 7/1", "قراره 7/3", "REF003"),
    ("ar", "item/2/doc/1", "CTOC/COP/WG.7/2022/2", "CTOC/COP/WG.7/2022/9", "REF001"),
    ("ar", "item/1b/p4/s4", "الصفحة الشبكية", '"الصفحة الشبكية"', "TYPO002"),
    ("ar", "item/6/p1/s1", "مشروعه.", "مشروعه", "TYPO004"),
    ("ar", "item/4/p3/s1", None, "", "CONS001"),
    ("ar", "item/3/p2/s1", "تهريب المهاجرين", "تهريب المهاجرين المهاجرين", "TYPO006"),
    ("zh", "masthead/dates", "2022年6月27日和28日", "2022年6月27日和29日", "NUM002"),
    ("zh", "annex/r4/time", "下午3时至6时", "下午3时至5时", "NUM003"),
    ("zh", "item/1b/p3/s2", "四次全体会议", "三次全体会议", "NUM001"),
    ("zh", "item/2/doc/1", "CTOC/COP/WG.7/2022/2", "CTOC/COP/WG.7/2022/7", "REF001"),
    ("zh", "item/2/p1/s1", "合作打击偷运移民", "合作打击人口走私", "TERM002"),
    ("zh", "item/5/p1/s1", "编写文件。", "编写文件", "TYPO004"),
    ("zh", "item/3/p3/s1", "（包括利用新技术）", "（包括利用新技术", "TYPO005"),
    ("zh", "item/6/p1/s1", None, "", "CONS001"),
]


def main() -> int:
    source = ROOT / "locale"
    target = HERE / "locale"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    catalogs = {}
    for lang in sorted({edit[0] for edit in EDITS}):
        catalogs[lang] = polib.pofile(str(target / lang / "LC_MESSAGES" / f"{DOC}.po"), wrapwidth=78)
    for lang, msgctxt, old, new, code in EDITS:
        entries = [e for e in catalogs[lang] if e.msgctxt == msgctxt]
        if len(entries) != 1:
            print(f"{lang} {msgctxt}: no such entry", file=sys.stderr)
            return 1
        entry = entries[0]
        if old is None:
            entry.msgstr = entry.msgid if new == "=SOURCE" else new
        else:
            if old not in entry.msgstr:
                print(f"{lang} {msgctxt}: '{old}' is not in the translation", file=sys.stderr)
                return 1
            entry.msgstr = entry.msgstr.replace(old, new, 1)
    for lang, catalog in catalogs.items():
        catalog.save(str(target / lang / "LC_MESSAGES" / f"{DOC}.po"))
    with (HERE / "manifest.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(("lang", "msgctxt", "code"))
        writer.writerows((lang, msgctxt, code) for lang, msgctxt, _, _, code in EDITS)
    print(f"{len(EDITS)} defects planted in {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
