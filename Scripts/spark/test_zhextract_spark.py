#!/usr/bin/env python3
"""Integration test of zhextract_spark.py: Spark in local[2] must give, record by record, the
bytes `zhextract extract` gives on one machine.

    python3 Scripts/spark/test_zhextract_spark.py            # binary: $ZHEXTRACT_BIN, else .build/debug/zhextract

1. 1,000 JSON Lines records cut from Corpus/ (text, and raw bytes in GB18030, UTF-16 and
   UTF-8), plus broken lines, through --jsonl in more partitions than cores: the part files
   concatenated equal `zhextract extract --jsonl < records` byte for byte (so do both sorted
   by id); the broken lines are error records; --fail-on-error exits 1; the accumulators
   agree with the output.
2. A directory of articles (corpus, other encodings, names Spark's own readers skip) with a
   lexicon overlay, bucketed by id (--by-id 3): the output sorted by id equals
   `zhextract extract DIR --lexicons LEX`; each part holds its bucket's ids, sorted.
3. A zhextract that crashes fails the job (exit 2) with its message; a bad option stops the
   job before Spark starts.

Needs pyspark and Java (`.ci/run` installs them); ends with `spark: N passed, N failed`.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unittest
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
JOB = HERE / "zhextract_spark.py"
CORPUS = ROOT / "Corpus"


def binary() -> str:
    return os.environ.get("ZHEXTRACT_BIN") or str(ROOT / ".build" / "debug" / "zhextract")


# MARK: - Input built from Corpus/


def corpus_records(count: int = 1000) -> list[bytes]:
    """`count` records, each a window of lines of one bundled article, with varied ids,
    publication dates and encodings; deterministic."""
    articles = sorted(CORPUS.glob("*.txt"))
    paragraphs = [[line for line in a.read_text(encoding="utf-8").split("\n") if line.strip()] for a in articles]
    encodings = ["gb18030", "utf-16", "utf-8"]
    records = []
    for k in range(count):
        source = k % len(articles)
        parts = paragraphs[source]
        start = (k * 7) % len(parts)
        text = "\n".join(parts[start : start + 1 + k % 12])
        record_id = f"{'新闻' if k % 4 == 0 else 'corpus'}/{articles[source].stem}/{k:04d}"
        record: dict[str, str] = {"id": record_id}
        if k % 10 == 3:
            record["bytes"] = base64.b64encode(text.encode(encodings[k % 3])).decode("ascii")
            record["path"] = f"archive/{k:04d}.txt"
        else:
            record["text"] = text
        if k % 3 == 0:
            record["published"] = f"{2024 + k % 3}-{1 + k % 12:02d}-{1 + k % 28:02d}T08:00"
        records.append(json.dumps(record, ensure_ascii=k % 2 == 0).encode("utf-8"))
    return records


BROKEN = [
    b'{"id": "broken/truncated", "text": "\xe8\x90\xa5\xe6\x94\xb6120',  # cut in the middle
    b'{"text": "no id, so the error record is named after its line"}',
    b'{"id": "broken/no-text", "published": "2025-12-13"}',
    b'{"id": "broken/bad-date", "text": "x", "published": "yesterday"}',
    b'\xff\xfe{"id": "broken/not-utf8"}',
    b'{"id": "broken/bad-base64", "bytes": "not base64!"}',
]


def records_file(path: Path) -> int:
    """Writes the records with the broken lines spread among them, a byte-order mark, blank
    lines and CRLF endings (which zhextract skips or drops but counts); returns the count."""
    lines = corpus_records()
    for position, broken in zip((1, 200, 401, 602, 803, 1004), BROKEN):
        lines.insert(position, broken)
    lines.insert(300, b"")
    lines.insert(700, b" \t")
    lines[500] += b"\r"
    path.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n")
    return len(lines)


def articles_directory(path: Path) -> None:
    """The bundled articles plus files in other encodings, under names Spark's own file
    readers skip (`_…`) or that need care (spaces, '%', '=', Chinese), hidden files and an
    image, which the CLI skips by default."""
    for article in sorted(CORPUS.glob("*.txt")):
        (path / "corpus").mkdir(parents=True, exist_ok=True)
        (path / "corpus" / article.name).write_bytes(article.read_bytes())
    first = (CORPUS / "000_29634d34a6003d8f.txt").read_text(encoding="utf-8")
    files = {
        "编码/gb18030 稿件.txt": first[:3000].encode("gb18030"),
        "编码/utf16.txt": first[:2000].encode("utf-16"),
        "_draft.txt": "草稿：明年营收预计增长到3.5亿美元。".encode("utf-8"),
        "_staging/x=1/%41.md": "---\ndate: 2025-12-13\n---\n# 标题\n今年前三季度亏损120亿元。".encode("utf-8"),
        "图片.png": b"\x89PNG\r\n\x1a\n not an article",  # not text-like: zhextract skips it by default
        "README": "无扩展名的文件也读：营收5亿元。".encode("utf-8"),
        ".hidden.txt": b"never read",
        "sub/.git/config": b"never read",
    }
    for name, content in files.items():
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def lexicon_overlay(path: Path) -> None:
    """The README's example: money-cues.tsv without 亏 (loss), so implicit money changes."""
    path.mkdir()
    cues = (ROOT / "Lexicons" / "money-cues.tsv").read_text(encoding="utf-8").splitlines()
    kept = [line for line in cues if line not in ("亏", "巨亏", "亏损")]
    (path / "money-cues.tsv").write_text("\n".join(kept) + "\n", encoding="utf-8")


# MARK: - Running and comparing


def run(command: list[str], stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command, input=stdin, capture_output=True, env={**os.environ, **(env or {})}, timeout=900)


def spark_job(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return run([sys.executable, str(JOB), "--master", "local[2]", "--conf", "spark.ui.enabled=false", *arguments], env=env)


def part_files(output: Path) -> list[Path]:
    return sorted(output.glob("part-*"))


def by_id(lines: list[bytes]) -> list[bytes]:
    return sorted(lines, key=lambda line: json.loads(line)["id"])


def counts(lines: list[bytes]) -> dict[str, int]:
    objects = [json.loads(line) for line in lines]
    documents = [o for o in objects if "error" not in o]
    return {
        "documents": len(objects),
        "failed": len(objects) - len(documents),
        "mentions": sum(len(o["money"]) + len(o["dates"]) + len(o["entities"]) for o in documents),
    }


def reported(stderr: bytes) -> dict[str, int]:
    """The job's last line: `zhextract_spark: N documents (F failed): … (M mentions) → OUT`."""
    match = re.search(rb"zhextract_spark: (\d+) documents(?: \((\d+) failed\))?: .*\((\d+) mentions\)", stderr)
    assert match, stderr.decode("utf-8", "replace")[-2000:]
    return {"documents": int(match[1]), "failed": int(match[2] or 0), "mentions": int(match[3])}


class SparkJobTests(unittest.TestCase):
    def assertSameLines(self, produced: list[bytes], expected: list[bytes]) -> None:
        """Equal line for line; a failure names the first difference, not megabytes of diff."""
        for index, (got, wanted) in enumerate(zip(produced, expected)):
            if got != wanted:
                self.fail(f"line {index + 1} differs:\n  spark: {got[:400]!r}\n  cli:   {wanted[:400]!r}")
        self.assertEqual(len(produced), len(expected), "the number of lines differs")

    def setUp(self) -> None:
        self.directory = tempfile.TemporaryDirectory(prefix="zhextract-spark-")
        self.tmp = Path(self.directory.name)

    def tearDown(self) -> None:
        self.directory.cleanup()

    def test_json_lines_records_give_what_the_cli_gives(self) -> None:
        records = self.tmp / "records.jsonl"
        lines = records_file(records)
        cli = run([binary(), "extract", "--jsonl", "--jobs", "2", "--quiet"], stdin=records.read_bytes())
        self.assertEqual(cli.returncode, 1, cli.stderr.decode())  # broken records: exit 1
        expected = cli.stdout.splitlines()
        self.assertEqual(len(expected), lines - 2)  # all but the two blank lines

        output = self.tmp / "out"
        job = spark_job("--jsonl", str(records), str(output), "--zhextract", binary(), "--partitions", "5", "--fail-on-error")
        self.assertEqual(job.returncode, 1, job.stderr.decode("utf-8", "replace")[-3000:])
        self.assertTrue((output / "_SUCCESS").exists())
        parts = part_files(output)
        self.assertGreaterEqual(len(parts), 4)  # more partitions than cores, so --first-line matters
        produced = b"".join(part.read_bytes() for part in parts).splitlines()
        self.assertSameLines(by_id(produced), by_id(expected))
        self.assertSameLines(produced, expected)  # one file in: the parts keep its order

        errors = {o["id"]: o["error"] for o in map(json.loads, produced) if "error" in o}
        self.assertEqual(len(errors), len(BROKEN))
        self.assertEqual(errors["stdin:201"]["message"], 'line 201: the record has no "id" string')
        self.assertTrue(errors["stdin:806"]["message"].startswith("line 806: not valid JSON"))
        self.assertEqual(errors["broken/bad-base64"]["code"], "invalid-record")
        self.assertEqual(reported(job.stderr), counts(expected))

    def test_a_directory_of_articles_gives_what_the_cli_gives(self) -> None:
        articles = self.tmp / "news"
        articles_directory(articles)
        lexicons = self.tmp / "my-lexicons"
        lexicon_overlay(lexicons)
        cli = run([binary(), "extract", str(articles), "--lexicons", str(lexicons), "--jobs", "2", "--quiet"])
        self.assertEqual(cli.returncode, 0, cli.stderr.decode())
        expected = cli.stdout.splitlines()
        self.assertEqual(len(expected), 10)  # hidden files and the image skipped
        self.assertIn(b'"id":"_staging/x=1/%41.md"', b"".join(expected))

        output = self.tmp / "out"
        job = spark_job(str(articles), str(output), "--lexicons", str(lexicons), "--by-id", "3", env={"ZHEXTRACT_BIN": binary()})
        self.assertEqual(job.returncode, 0, job.stderr.decode("utf-8", "replace")[-3000:])
        self.assertTrue((output / "_SUCCESS").exists())
        parts = part_files(output)
        self.assertEqual([part.name for part in parts], ["part-00000", "part-00001", "part-00002"])
        for index, part in enumerate(parts):  # --by-id: each id in its bucket, each part sorted by id
            lines = part.read_bytes().splitlines()
            ids = [json.loads(line)["id"] for line in lines]
            self.assertEqual(ids, sorted(ids))
            self.assertTrue(all(zlib.crc32(i.encode()) % 3 == index for i in ids), ids)
        produced = b"".join(part.read_bytes() for part in parts).splitlines()
        self.assertSameLines(by_id(produced), by_id(expected))
        self.assertEqual(reported(job.stderr), counts(expected))

        without = run([binary(), "extract", str(articles), "--jobs", "2", "--quiet"]).stdout.splitlines()
        self.assertNotEqual(by_id(without), by_id(produced))  # the overlay reached the executors

    def test_a_crashing_zhextract_fails_the_job_with_its_message(self) -> None:
        fake = self.tmp / "zhextract"
        fake.write_text(
            "#!/bin/sh\n"  # well-behaved on no input (the job's check), crashes on a record
            'if [ -n "$(cat)" ]; then echo "zhextract: simulated crash" >&2; exit 134; fi\n'
            'echo "0 documents: 0 money, 0 dates, 0 entities, 0 warnings; 0.00 MB in 0.00 s, 0.0 MB/s" >&2\n'
        )
        fake.chmod(0o755)
        records = self.tmp / "records.jsonl"
        records.write_bytes(b'{"id": "a", "text": "\xe8\x90\xa5\xe6\x94\xb6"}\n')
        job = spark_job("--jsonl", str(records), str(self.tmp / "out"), "--zhextract", str(fake))
        self.assertEqual(job.returncode, 2)
        self.assertRegex(job.stderr, rb"zhextract_spark: error: the Spark job failed: .*exited with 134: zhextract: simulated crash")
        self.assertFalse((self.tmp / "out" / "_SUCCESS").exists())

    def test_a_bad_option_stops_the_job_before_spark_starts(self) -> None:
        job = run([sys.executable, str(JOB), str(CORPUS), str(self.tmp / "out"), "--zhextract", binary(), "--tz", "+25:00"])
        self.assertEqual(job.returncode, 2)
        self.assertIn(b"--tz must be UTC or an offset", job.stderr)
        self.assertFalse((self.tmp / "out").exists())


if __name__ == "__main__":
    if not os.access(binary(), os.X_OK):
        sys.exit(f"no zhextract binary at {binary()}: run `swift build` first, or set ZHEXTRACT_BIN")
    started = time.monotonic()
    result = unittest.main(exit=False, verbosity=2).result
    failed = len(result.failures) + len(result.errors)
    print(f"({time.monotonic() - started:.0f} s)")
    print(f"spark: {result.testsRun - failed} passed, {failed} failed")
    sys.exit(1 if failed or not result.wasSuccessful() else 0)
