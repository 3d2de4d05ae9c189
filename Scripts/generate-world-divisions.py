#!/usr/bin/env python3
"""Regenerates Lexicons/entities-places-divisions.tsv: the first-level divisions of countries
outside China (Japan's prefectures, the states of the United States, Germany's Länder …) by
their Chinese names.

usage: python3 Scripts/generate-world-divisions.py   (from the repository root)

Source: Debian's `iso-codes` package (ISO 3166-2 subdivisions, `/usr/share/iso-codes/json/
iso_3166-2.json`, with the Chinese translation `/usr/share/locale/zh_CN/LC_MESSAGES/
iso_3166-2.mo`; LGPL-2.1-or-later). Install it with `apt-get install iso-codes`; the version
used is written into the table's header.

A division is kept when its translation is written wholly in Han characters, has three
characters or more, is no common word of the segmenter dictionary, and is no form of another
entity table (those keep it). When it ends with a division word (省 州 县 都 道 府 郡 邦 区), the
name without it is an alias: a stem of three characters or more that the dictionary knows as
a place or not at all (加利福尼亚); for Japan a stem of two (熊本, 青森: Chinese news names
prefectures so) that is no Japanese family name (`japanese-surname` cues: 山口, 石川, 宫崎 stay
out), no numeral or verb of the dictionary (千叶, 三重, 爱知), no frequent common noun, and not
in `NOT_STEMS` (大分). No alias is a form of another table. Names are compared after ICU's
Traditional-Simplified (`uconv`), as the extractor compares them. Ids: `place:<code>` from the
ISO 3166-2 code (`place:jp-43`), as the hand-made table's US states (`place:us-al`); a division
whose id another table defines is left to it, and a form two divisions share names neither.
No English name is given: English division names (Niger, Punjab, Munster) collide with
countries and people as Latin forms.
"""
import gettext
import json
import pathlib
import re
import subprocess

root = pathlib.Path(__file__).resolve().parent.parent
JSON = pathlib.Path("/usr/share/iso-codes/json/iso_3166-2.json")
LOCALE = pathlib.Path("/usr/share/locale")
OUT = pathlib.Path(__import__("os").environ.get("DIVISIONS_OUT", root / "Lexicons/entities-places-divisions.tsv"))
CHINA = {"CN", "HK", "MO", "TW"}
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
DIVISION_WORDS = ("省", "州", "县", "都", "道", "府", "郡", "邦", "区")
# Subdivision types that are first-level divisions (not districts, parishes or cities).
TYPES = {"Prefecture", "Metropolis", "Urban prefecture", "Territory", "State", "Province", "Land", "Region", "Federal district",
         "Autonomous region", "Capital territory", "Metropolitan region", "Special administrative region", "Autonomous community",
         "Republic", "Autonomous city", "Canton", "Voivodship"}
# Dictionary tags of names: a translation the dictionary files otherwise is a common word.
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz"}
# Stems that are common character sequences of running text (扩大|分歧 holds 大分).
# Divisions named by a direction alone (东部省, 西北地区, 北部区): in Chinese text they are common words.
GENERIC = re.compile(r"^(首都)?[东西南北中上下]*[部方]?(地区|特区|区|省|州)$")
# 福尔摩沙 names Taiwan more often than Argentina's Formosa province.
NOT_STEMS = {"大分", "福尔摩沙"}


def simplified(words):
    out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(words), capture_output=True, text=True, check=True).stdout
    return out.split("\n")[: len(words)]


def known_forms():
    forms, ids = set(), set()
    for path in sorted((root / "Lexicons").glob("entities-*.tsv")):
        if path == OUT:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            ids.add(cols[0])
            for col in cols[2:]:
                forms.update(f for f in col.split("|") if f and f != "-")
    return set(simplified(sorted(forms))), ids


def main():
    version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "iso-codes"], capture_output=True, text=True).stdout.strip() or "unknown"
    translate = gettext.translation("iso_3166-2", str(LOCALE), languages=["zh_CN"]).gettext
    divisions = [d for d in json.loads(JSON.read_text(encoding="utf-8"))["3166-2"] if "parent" not in d and d["type"] in TYPES]
    known, known_ids = known_forms()
    cues = (root / "Lexicons/entity-cues.tsv").read_text(encoding="utf-8").splitlines()
    surnames = {line.split("\t")[0] for line in cues if line.endswith("\tjapanese-surname")}
    dictionary, frequency = {}, {}
    for line in (root / "Lexicons/segmenter/words.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 3:
            dictionary[cols[0]] = cols[2]
            frequency[cols[0]] = int(cols[1])
    rows = {}
    names = simplified([translate(d["name"]) for d in divisions])
    for d, name in zip(divisions, names):
        country = d["code"].split("-")[0]
        if (country in CHINA or not HAN.match(name) or len(name) < 3 or name in known or dictionary.get(name, "ns") not in NAME_TAGS
                or GENERIC.match(name)):
            continue
        aliases = []
        stem = name[:-2] if name.endswith(("地区", "大区")) else name[:-1]
        if name.endswith(DIVISION_WORDS) and stem not in known and stem not in surnames and stem not in NOT_STEMS and not stem.endswith(DIVISION_WORDS):
            tag = dictionary.get(stem)
            if country == "JP" and len(stem) >= 2 and (tag in NAME_TAGS or tag is None or (tag == "n" and frequency.get(stem, 0) < 100)):
                aliases.append(stem)
            elif len(stem) >= 3 and (tag is None or tag == "ns"):
                aliases.append(stem)
        ident = "place:" + d["code"].lower()
        if ident in known_ids:
            continue
        rows[ident] = (name, aliases)
    # A name or alias that two divisions share names neither (滨海省 is in Cameroon and in Poland).
    count = {}
    for name, aliases in rows.values():
        for form in [name] + aliases:
            count[form] = count.get(form, 0) + 1
    lines = []
    for ident, (name, aliases) in rows.items():
        if count[name] > 1:
            continue
        aliases = [a for a in aliases if count[a] == 1]
        lines.append(f"{ident}\tlocation\t-\t{name}\t{'|'.join(aliases) or '-'}")
    header = [
        "# File: entities-places-divisions.tsv",
        "# Format: id<TAB>type<TAB>English name (-: none, so that no Latin form is read)<TAB>Simplified name<TAB>aliases (| separated; - for none)",
        f"# Used by: EntityLexicon (EntityExtractor); GENERATED by Scripts/generate-world-divisions.py from Debian iso-codes {version}",
        "#   (ISO 3166-2 subdivisions with their zh_CN translation, LGPL-2.1-or-later): do not edit",
    ]
    lines.sort(key=lambda r: [ord(c) for c in r])
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(lines)} divisions")


if __name__ == "__main__":
    main()
