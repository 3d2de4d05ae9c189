"""What the date conformance scripts share: running the built binary and reading its mentions.

Used by Scripts/conformance-dates.py (Recognizers-Text), Scripts/conformance-duckling.py
(Duckling) and Scripts/conformance-jionlp.py (JioNLP). Each case is one JSON Lines record
(`id`, `text`, optional `published`); the binary reads them all in one run
(`BIN extract --jsonl [--kinds K]`) and writes one document per record, in order.
The binary is $ZHEXTRACT_BIN, else .build/debug/zhextract of this checkout.
"""
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def binary():
    """The zhextract binary to measure: $ZHEXTRACT_BIN, else this checkout's debug build."""
    return os.environ.get("ZHEXTRACT_BIN", str(ROOT / ".build/debug/zhextract"))


def extract(records, kinds=None):
    """Runs the binary once over `records` (dicts with id, text, published?) and returns
    {id: document}. A record the binary rejects (its document holds `error`) maps to that
    error document; a binary that cannot run stops the script with its message."""
    records = list(records)
    command = [binary(), "extract", "--jsonl"] + (["--kinds", kinds] if kinds else [])
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    try:
        run = subprocess.run(command, input=lines, capture_output=True, text=True, encoding="utf-8")
    except OSError as error:
        sys.exit(f"cannot run {command[0]}: {error} (build it, or set ZHEXTRACT_BIN)")
    outputs = {}
    for line in run.stdout.splitlines():
        if line.strip():
            document = json.loads(line)
            outputs[document["id"]] = document
    if not outputs and records:
        sys.exit(f"{command[0]} wrote no document: {run.stderr.strip()[:500]}")
    return outputs


def dates(outputs, case_id):
    """The date mentions of one case's document (none when it failed)."""
    return outputs.get(case_id, {}).get("dates", [])


def sole_whole_mention(mentions, text):
    """The one mention when there is exactly one and it spans the whole text, else None."""
    if len(mentions) == 1 and mentions[0]["start"] == 0 and mentions[0]["end"] == len(text):
        return mentions[0]
    return None


def describe(mentions):
    """`text=value, …` for a failure line."""
    return ", ".join(f'{m["text"]}={m["value"]}' for m in mentions) or "nothing"
