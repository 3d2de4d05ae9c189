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
and prints the throughput of each and their ratio, with and without the fixed cost, and the
CPU time spent in zhextract itself by each (less sensitive than wall time to other work on
the machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_zhextract_spark import JOB, records_file  # noqa: E402  (the test's input)


def timed(command: list[str], stdin: Path | None = None) -> tuple[float, float]:
    """Wall time of a command, and the CPU time (user + system) of what it waited for; stops
    the bench if the command fails (exit 1, some documents failed, is fine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    with open(stdin or "/dev/null", "rb") as source:
        result = subprocess.run(command, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr.decode()[-2000:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def logged_cpu(log: Path) -> float:
    """User + system CPU seconds of the children in bash `times` output (every second line)."""
    total = 0.0
    for line in log.read_text().splitlines()[1::2]:
        for field in line.split():
            minutes, seconds = field.rstrip("s").split("m")
            total += 60 * float(minutes) + float(seconds)
    return total


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

        # The job runs zhextract through a wrapper that logs each process's CPU time (bash's
        # `times`), to tell zhextract's own work from Spark's.
        log = tmp / "zhextract-cpu.log"
        wrapper = tmp / "zhextract"
        wrapper.write_text(f'#!/bin/bash\n"{Path(args.zhextract).resolve()}" "$@"\nstatus=$?\ntimes >> "{log}"\nexit $status\n')
        wrapper.chmod(0o755)
        spark = [sys.executable, str(JOB), "--jsonl", "--zhextract", str(wrapper), "--master", f"local[{args.cores}]",
                 "--conf", "spark.ui.enabled=false"]
        cli, cli_cpu = timed([args.zhextract, "extract", "--jsonl", "--jobs", str(args.cores), "--quiet"], stdin=records)
        startup, _ = timed(spark + [str(first), str(tmp / "out-first")])
        log.unlink()
        whole, _ = timed(spark + [str(records), str(tmp / "out")])  # (the JVM is not waited for: no CPU figure)
        inner_cpu = logged_cpu(log)
        work = whole - startup

        print(f"input: {lines} lines, {megabytes:.2f} MB; {args.cores} cores; {args.zhextract}; load {os.getloadavg()[0]:.1f}")
        print(f"CLI, extract --jsonl --jobs {args.cores}:        {cli:7.2f} s  {megabytes / cli:6.1f} MB/s")
        print(f"Spark local[{args.cores}], whole job:          {whole:7.2f} s  {megabytes / whole:6.1f} MB/s")
        print(f"Spark fixed start-up (one record): {startup:7.2f} s")
        if work > 0.05 * whole:
            print(f"Spark without the start-up:        {work:7.2f} s  {megabytes / work:6.1f} MB/s")
            print(f"throughput Spark/CLI: {cli / whole:.2f} whole job, {cli / work:.2f} without the start-up")
        else:
            print(f"throughput Spark/CLI: {cli / whole:.2f} whole job (the work is within the start-up's noise)")
        print(f"CPU seconds in zhextract: {cli_cpu:.2f} for the CLI, {inner_cpu:.2f} in the Spark job's processes")

if __name__ == "__main__":
    main()
