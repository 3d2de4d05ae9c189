#!/usr/bin/env python3
"""Writes tune/ and held-out/ (docs/*.txt and gold/*.json) from articles.py, in the gold
format of shared/dev/articles. Run after editing articles.py."""
import json, pathlib, sys
sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from articles import ARTICLES

here = pathlib.Path(__file__).resolve().parent
for part, docs in ARTICLES.items():
    (here / part / "docs").mkdir(parents=True, exist_ok=True)
    (here / part / "gold").mkdir(parents=True, exist_ok=True)
    for name, (published, text, rows) in docs.items():
        (here / part / "docs" / name).write_text(text, encoding="utf-8")
        for r in rows:
            assert r[0] in text, (name, r[0])
        gold = {"doc": name, "published": published,
                "dates": [{"text": t, "value": v, "relative": rel, "anchor": a} for t, v, rel, a in rows],
                "money": [], "entities": []}
        (here / part / "gold" / (name[:-4] + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("wrote", ", ".join(f"{p}: {len(d)}" for p, d in ARTICLES.items()))
