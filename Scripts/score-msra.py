#!/usr/bin/env python3
"""Entity precision, recall and F1 of the built zhextract on MSRA-style BIO data.

usage: python3 Scripts/score-msra.py [BIO] [--binary PATH] [--diff N] [--type PER|LOC|ORG]

BIO (default ../shared/dev/msra-ner-dev.bio) holds one character and its tag a line (B-PER,
I-PER, B-LOC, I-LOC, B-ORG, I-ORG, O) and a blank line between sentences. Every sentence
becomes one JSON Lines record for `zhextract extract --jsonl`; a mention counts when its span
and type equal a gold entity exactly (person = PER, location = LOC, organization = ORG; products
are not annotated and are ignored). Prints P/R/F1 per type and micro-averaged; `--diff N` lists
N misses and N extras per type, for reading.

This reads shared data: it is a development measure, never part of `swift test`.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = {"person": "PER", "location": "LOC", "organization": "ORG"}


def read_bio(path):
    sentences, chars, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    sentences.append(("".join(chars), tags))
                    chars, tags = [], []
                continue
            ch, _, tag = line.rpartition(" ")
            chars.append(ch if ch else " ")
            tags.append(tag)
    if chars:
        sentences.append(("".join(chars), tags))
    return sentences


def spans(tags):
    out, start, kind = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("I-") and kind == t[2:]:
            continue
        if kind is not None:
            out.add((start, i, kind))
            start, kind = None, None
        if t.startswith("B-") or t.startswith("I-"):
            start, kind = i, t[2:]
    return out


def main():
    args = [a for a in sys.argv[1:]]
    binary = os.path.join(ROOT, ".build/release/zhextract")
    diff = 0
    only = None
    # ../shared beside the clone (or beside the folder of worktrees).
    candidates = [os.path.join(ROOT, up, "shared/dev/msra-ner-dev.bio") for up in ("..", "../..")]
    bio = next((c for c in candidates if os.path.exists(c)), candidates[0])
    rest = []
    i = 0
    while i < len(args):
        if args[i] == "--binary":
            binary = args[i + 1]; i += 2
        elif args[i] == "--diff":
            diff = int(args[i + 1]); i += 2
        elif args[i] == "--type":
            only = args[i + 1]; i += 2
        else:
            rest.append(args[i]); i += 1
    if rest:
        bio = rest[0]
    sentences = read_bio(bio)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for k, (text, _) in enumerate(sentences):
            f.write(json.dumps({"id": f"s{k:05d}", "text": text}, ensure_ascii=False) + "\n")
        records = f.name
    try:
        with open(records, encoding="utf-8") as stdin:
            out = subprocess.run([binary, "extract", "--jsonl", "-q"], stdin=stdin, capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(f"zhextract failed ({out.returncode}): {out.stderr[:2000]}")
    finally:
        os.unlink(records)
    predicted = {}
    for line in out.stdout.splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        k = int(doc["id"][1:])
        predicted[k] = {(m["start"], m["end"], TYPES[m["type"]]) for m in doc.get("entities", []) if m["type"] in TYPES}
    counts = {t: [0, 0, 0] for t in ("PER", "LOC", "ORG")}  # tp, predicted, gold
    misses = {t: [] for t in counts}
    extras = {t: [] for t in counts}
    for k, (text, tags) in enumerate(sentences):
        gold = spans(tags)
        pred = predicted.get(k, set())
        for t in counts:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            counts[t][0] += len(g & p); counts[t][1] += len(p); counts[t][2] += len(g)
            for x in sorted(g - p):
                misses[t].append((text[x[0]:x[1]], text[max(0, x[0] - 8):x[1] + 8]))
            for x in sorted(p - g):
                extras[t].append((text[x[0]:x[1]], text[max(0, x[0] - 8):x[1] + 8]))

    def prf(tp, p, g):
        pr = tp / p if p else 0.0
        rc = tp / g if g else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    print(f"{len(sentences)} sentences")
    print(f"{'type':6} {'gold':>6} {'pred':>6} {'tp':>6} {'P':>6} {'R':>6} {'F1':>6}")
    total = [0, 0, 0]
    for t, (tp, p, g) in counts.items():
        pr, rc, f1 = prf(tp, p, g)
        print(f"{t:6} {g:6d} {p:6d} {tp:6d} {pr:6.3f} {rc:6.3f} {f1:6.3f}")
        total = [a + b for a, b in zip(total, (tp, p, g))]
    pr, rc, f1 = prf(*total)
    print(f"{'micro':6} {total[2]:6d} {total[1]:6d} {total[0]:6d} {pr:6.3f} {rc:6.3f} {f1:6.3f}")
    if diff:
        for t in counts:
            if only and t != only:
                continue
            print(f"\n== {t} missed ({len(misses[t])})")
            for a, ctx in misses[t][:diff]:
                print(f"  {a}\t{ctx}")
            print(f"== {t} extra ({len(extras[t])})")
            for a, ctx in extras[t][:diff]:
                print(f"  {a}\t{ctx}")


if __name__ == "__main__":
    main()
