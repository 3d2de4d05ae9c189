#!/usr/bin/env python3
"""Entity false-positive survey over the conformance sentences (they carry no entity answers).

Runs the built binary (`.build/debug/zhextract extract --jsonl`, or ZHEXTRACT=path) over every
`text` of /work/shared/conformance/*.jsonl (or the files given), and prints how many sentences
yield entities, the counts per type and source, and every distinct (surface, id) with its count,
so that a person can read them and mark the wrong ones. Never part of `swift test`.

    python3 Scripts/entity-survey.py [files…]
"""
import collections, glob, json, os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.environ.get("ZHEXTRACT", os.path.join(root, ".build/debug/zhextract"))
files = sys.argv[1:] or sorted(glob.glob("/work/shared/conformance/*.jsonl"))
records = []
for path in files:
    with open(path, encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            records.append({"id": case["id"], "text": case["text"]})
stdin = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
out = subprocess.run([binary, "extract", "--jsonl"], input=stdin.encode(), capture_output=True).stdout.decode()
docs = [json.loads(l) for l in out.splitlines() if l.strip()]
with_entities = 0
types, sources, surfaces = collections.Counter(), collections.Counter(), collections.Counter()
for doc in docs:
    ents = doc.get("entities", [])
    if ents:
        with_entities += 1
    for e in ents:
        types[e["type"]] += 1
        sources[e["source"]] += 1
        surfaces[(e["text"], e["id"])] += 1
print(f"{len(docs)} sentences, {with_entities} with entities, {sum(types.values())} mentions")
print("by type:  ", dict(types))
print("by source:", dict(sources))
for (text, id_), n in sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {n:4d}  {text}  →  {id_}")
