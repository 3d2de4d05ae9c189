#!/usr/bin/env python3
"""Times the Spark job against the plain CLI on the test's records, in one run.

    swift build -c release
    python3 Scripts/spark/bench_spark.py --zhextract .build/release/zhextract [--copies 20] [--cores 2]

Measures, on the same JSON Lines input (the integration test's 1,000 records plus broken
lines, repeated --copies times):
- the CLI: `zhextract extract --jsonl --jobs CORES`, wall time;
- the Spark job in local[CORES], wall time from `python3 zhextract_spark.py` to its exit;
- the Spark job on one record: the fixed start-up cost (JVM, session, shipping the binary,
  the numbering pass, task launch, one zhextract start);
and prints the throughput of each and their ratio, with and without the fixed cost.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_zhextract_spark import JOB, records_file  # noqa: E402  (the test's input)


def timed(command: list[str], stdin: Path | None = None) -> float:
    started = time.monotonic()
    with open(stdin or "/dev/null", "rb") as source:
        result = subprocess.run(command, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.monotonic() - started
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr.decode()[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zhextract", required=True, help="the binary (build it with -c release)")
    parser.add_argument("--copies", type=int, default=1, help="repeat the test's records this many times")
    parser.add_argument("--cores", type=int, default=2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="zhextract-spark-bench-") as scratch:
        tmp = Path(scratch)
        one = tmp / "one.jsonl"
        records_file(one)
        body = one.read_bytes()
        records = tmp / "records.jsonl"
        records.write_bytes(body * args.copies)
        lines = body.count(b"\n") * args.copies
        first = tmp / "first.jsonl"
        first.write_bytes(body[3 : body.index(b"\n", 3) + 1])  # one record, without the byte-order mark
        megabytes = records.stat().st_size / 1e6

        spark = [sys.executable, str(JOB), "--jsonl", "--zhextract", args.zhextract, "--master", f"local[{args.cores}]",
                 "--conf", "spark.ui.enabled=false"]
        cli = timed([args.zhextract, "extract", "--jsonl", "--jobs", str(args.cores), "--quiet"], stdin=records)
        startup = timed(spark + [str(first), str(tmp / "out-first")])
        whole = timed(spark + [str(records), str(tmp / "out")])
        work = max(whole - startup, 1e-9)

        print(f"input: {lines} lines, {megabytes:.2f} MB; {args.cores} cores; {args.zhextract}")
        print(f"CLI   zhextract extract --jsonl --jobs {args.cores}: {cli:6.2f} s  {megabytes / cli:6.1f} MB/s")
        print(f"Spark local[{args.cores}], whole job:             {whole:6.2f} s  {megabytes / whole:6.1f} MB/s")
        print(f"Spark fixed start-up (one record):        {startup:6.2f} s")
        print(f"Spark without the start-up:               {work:6.2f} s  {megabytes / work:6.1f} MB/s")
        print(f"ratio Spark/CLI throughput: {cli / whole:.2f} whole job, {cli / work:.2f} without the start-up")


if __name__ == "__main__":
    main()
