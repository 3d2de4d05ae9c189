#!/usr/bin/env python3
"""Run zhextract on Apache Spark: articles or JSON Lines records in, JSON Lines out.

    python3 Scripts/spark/zhextract_spark.py --jsonl records.jsonl out/      # local[*]
    python3 Scripts/spark/zhextract_spark.py news/ out/ --lexicons my-lexicons/
    spark-submit --master yarn Scripts/spark/zhextract_spark.py \\
        --zhextract build/linux-x86_64/zhextract hdfs:///news/ hdfs:///extractions/

Each partition is streamed through ONE long-lived `zhextract extract --jsonl` process (the
binary and any --lexicons overlay are shipped to the executors), so every output line is
byte for byte what the CLI writes on one machine:

- with --jsonl, INPUT is JSON Lines (a file, a directory or a glob); lines are passed on as
  raw bytes, numbered across the input (--first-line), so a line without a readable id gets
  the error record `stdin:N` that `zhextract extract --jsonl < INPUT` gives it;
- otherwise INPUT is a directory (or one file) of articles, read as raw bytes (any encoding
  the CLI reads), with ids relative to INPUT and `source.path` as `zhextract extract INPUT`
  makes them (records with base64 "bytes" and "path").

OUTPUT gets part-NNNNN files of JSON Lines and `_SUCCESS`. Error records stay records; the
exit status is 0 unless --fail-on-error is given and some document failed (then 1). Trouble
(a bad option, an unusable binary or lexicons, a crashed task) exits 2.

Needs pyspark (tested: 4.2.1 on Java 17, Python 3.11; see requirements.txt) and nothing else.
"""

from __future__ import annotations

import argparse
import base64
import fnmatch
import json
import math
import os
import re
import shutil
import subprocess
import sys
import threading
import zlib
from dataclasses import dataclass
from typing import IO, Callable, Iterable, Iterator

PROGRAM = "zhextract_spark"

# The batch summary zhextract prints on standard error (without --quiet), e.g.
# `5 documents (1 failed): 12 money, 30 dates, 41 entities, 2 warnings; 0.09 MB in …`.
SUMMARY = re.compile(
    rb"^(?P<documents>\d+) documents?(?: \((?:(?P<failed>\d+) failed)?[^)]*\))?: "
    rb"(?P<money>\d+) money, (?P<dates>\d+) dates, (?P<entities>\d+) entities"
)


class JobError(Exception):
    """A problem a person can act on; the job stops with exit status 2."""


@dataclass(frozen=True)
class Counts:
    documents: int = 0
    failed: int = 0
    money: int = 0
    dates: int = 0
    entities: int = 0

    @property
    def mentions(self) -> int:
        return self.money + self.dates + self.entities


# MARK: - Executors: one zhextract process per partition


def stream_through(command: list[str], lines: Iterable[bytes], log: IO[bytes]) -> tuple[Iterator[bytes], Callable[[], Counts]]:
    """Feeds `lines` to one `zhextract extract --jsonl` process and yields its output lines.

    Input is written by a thread while output is read, so neither pipe can fill up and block
    the other. Standard error is passed on to `log` (the executor's log), except the batch
    summary, whose counts the second returned function gives once the output is exhausted.
    """
    env = {key: value for key, value in os.environ.items() if key != "ZHEXTRACT_LEXICONS"}
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    feed_failure: list[BaseException] = []
    summaries: list[re.Match[bytes]] = []
    stderr_tail: list[bytes] = []

    def feed() -> None:
        try:
            for line in lines:
                process.stdin.write(line)
                process.stdin.write(b"\n")
        except BrokenPipeError:
            pass  # zhextract stopped reading; its exit status says why
        except BaseException as error:  # reading the partition failed: fail the task with it
            feed_failure.append(error)
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    def drain_stderr() -> None:
        for line in process.stderr:
            match = SUMMARY.match(line)
            if match:
                summaries.append(match)
                continue
            log.write(line)
            stderr_tail.append(line)
            del stderr_tail[:-20]
        log.flush()

    threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain_stderr, daemon=True)]
    for thread in threads:
        thread.start()
    state = {"lines": 0}

    def output() -> Iterator[bytes]:
        finished = False
        try:
            for line in process.stdout:
                state["lines"] += 1
                yield line[:-1] if line.endswith(b"\n") else line
            finished = True
        finally:
            if not finished:
                process.kill()
            for thread in threads:
                thread.join()
            process.wait()

    def counts() -> Counts:
        if feed_failure:
            raise feed_failure[0]
        status = process.returncode
        if status not in (0, 1):
            tail = b"".join(stderr_tail).decode("utf-8", "replace").strip()
            raise JobError(f"{' '.join(command)} exited with {status}: {tail or '(nothing on standard error)'}")
        if not summaries:
            raise JobError(f"{command[0]} printed no batch summary; is it a zhextract this job knows?")
        found = summaries[-1]
        got = Counts(*(int(found.group(name) or 0) for name in ("documents", "failed", "money", "dates", "entities")))
        if got.documents != state["lines"]:
            raise JobError(f"{command[0]} wrote {state['lines']} lines for {got.documents} documents")
        return got

    return output(), counts


def document_id(line: bytes) -> str:
    """The id of one output line. zhextract writes `{"schema":…,"id":…` first, so the id is
    decoded without parsing the whole document (which can be megabytes)."""
    start = line.find(b'"id":')
    if start < 0 or start > 64:
        return json.loads(line)["id"]
    value, _ = json.JSONDecoder().raw_decode(line[start + 5 :].decode("utf-8"))
    return value


def bucket(record_id: str, buckets: int) -> int:
    """A stable bucket for an id (CRC-32; Python's own hash of a str changes per process)."""
    return zlib.crc32(record_id.encode("utf-8")) % buckets


def article_record(record_id: str, path: str, content: bytes) -> bytes:
    """A JSON Lines record that zhextract reads exactly like the file itself."""
    record = {"id": record_id, "bytes": base64.b64encode(content).decode("ascii"), "path": path}
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class PartitionJob:
    """What each task needs: names of shipped files and the CLI options, picklable."""

    binary_name: str
    lexicons_name: str | None
    options: tuple[str, ...]

    def command(self, first_line: int | None) -> list[str]:
        from pyspark import SparkFiles

        binary = SparkFiles.get(self.binary_name)
        if not os.access(binary, os.X_OK):
            os.chmod(binary, 0o755)
        command = [binary, "extract", "--jsonl", *self.options]
        if self.lexicons_name:
            command += ["--lexicons", SparkFiles.get(self.lexicons_name)]
        if first_line is not None:
            command += ["--first-line", str(first_line)]
        return command


# MARK: - Driver


def find_binary(explicit: str | None) -> str:
    """--zhextract PATH, else $ZHEXTRACT_BIN, else zhextract on PATH."""
    candidate = explicit or os.environ.get("ZHEXTRACT_BIN") or shutil.which("zhextract")
    if not candidate:
        raise JobError("no zhextract binary: pass --zhextract PATH, set ZHEXTRACT_BIN, or put zhextract on PATH")
    if not (os.path.isfile(candidate) and os.access(candidate, os.X_OK)):
        raise JobError(f"{candidate}: not an executable file")
    return os.path.abspath(candidate)


def check_locally(binary: str, options: list[str], lexicons: str | None) -> None:
    """Runs the binary once on no input with the job's options, before Spark starts: a bad
    option or a broken lexicon directory stops the job here, with zhextract's own message."""
    command = [binary, "extract", "--jsonl", "--quiet", *options] + (["--lexicons", lexicons] if lexicons else [])
    env = {key: value for key, value in os.environ.items() if key != "ZHEXTRACT_LEXICONS"}
    result = subprocess.run(command, input=b"", capture_output=True, env=env)
    if result.returncode != 0:
        raise JobError(f"{' '.join(command)} exited with {result.returncode}: {result.stderr.decode('utf-8', 'replace').strip()}")


def cli_options(args: argparse.Namespace, jobs: int) -> list[str]:
    options = ["--jobs", str(jobs)]
    for flag, value in (("--published", args.published), ("--format", args.format), ("--tz", args.tz)):
        if value is not None:
            options += [flag, value]
    return options


def is_hidden(relative: str) -> bool:
    """The CLI skips files and folders whose name starts with '.'."""
    return any(part.startswith(".") for part in relative.split("/"))


# What `zhextract extract DIR` reads by default besides names without an extension
# (PathFilter.defaultIncludes in the CLI).
TEXT_LIKE = ("*.txt", "*.text", "*.md", "*.markdown", "*.htm", "*.html", "*.xhtml", "*.shtml")


def accepted(relative: str, includes: list[str], excludes: list[str]) -> bool:
    """The CLI's --include/--exclude: case-insensitive globs; one with '/' matches the path
    relative to the folder (a '*' stays within one folder), any other the file name."""
    name = relative.rsplit("/", 1)[-1]

    def matches(pattern: str) -> bool:
        if "/" not in pattern:
            return fnmatch.fnmatchcase(name.lower(), pattern.lower())
        parts, globs = relative.split("/"), pattern.split("/")
        return len(parts) == len(globs) and all(fnmatch.fnmatchcase(p.lower(), g.lower()) for p, g in zip(parts, globs))

    if any(matches(pattern) for pattern in excludes):
        return False
    if not includes:
        return "." not in name[1:] or any(matches(pattern) for pattern in TEXT_LIKE)
    return any(matches(pattern) for pattern in includes)


def skipped_by_spark(relative: str) -> bool:
    """Spark's file sources skip names starting with '_' (without '=') or '.', and names
    ending in '._COPYING_' (HadoopFSUtils.shouldFilterOutPathName); the job reads those itself."""

    def skipped(name: str) -> bool:
        excluded = (name.startswith("_") and "=" not in name) or name.startswith(".") or name.endswith("._COPYING_")
        return excluded and not (name.startswith("_common_metadata") or name.startswith("_metadata"))

    return any(skipped(part) for part in relative.split("/"))


@dataclass(frozen=True)
class Article:
    record_id: str  # relative to the input root, as the CLI makes it
    url: str  # Hadoop's qualified path
    size: int


@dataclass(frozen=True)
class Listing:
    prefix: str  # the qualified root with a final '/', or the qualified file
    is_file: bool
    articles: list[Article]


def list_articles(spark, root: str, includes: list[str], excludes: list[str]) -> Listing:
    """Lists INPUT as `zhextract extract INPUT` does: a file is itself (id: its name); a
    directory is every file below it that --include/--exclude accept, hidden ones skipped,
    in code-point order of ids."""
    sc = spark.sparkContext
    hadoop_path = sc._jvm.org.apache.hadoop.fs.Path(root)
    fs = hadoop_path.getFileSystem(sc._jsc.hadoopConfiguration())
    if not fs.exists(hadoop_path):
        raise JobError(f"{root}: no such file or directory")
    status = fs.getFileStatus(hadoop_path)
    qualified = fs.makeQualified(hadoop_path).toString()
    if not status.isDirectory():
        return Listing(qualified, True, [Article(hadoop_path.getName(), qualified, status.getLen())])
    prefix = qualified.rstrip("/") + "/"
    articles: list[Article] = []
    files = fs.listFiles(hadoop_path, True)
    while files.hasNext():
        entry = files.next()
        url = entry.getPath().toString()
        if not url.startswith(prefix):
            raise JobError(f"{url}: listed under {root} but not below {prefix}")
        relative = url[len(prefix):]
        if not is_hidden(relative) and accepted(relative, includes, excludes):
            articles.append(Article(relative, url, entry.getLen()))
    articles.sort(key=lambda article: article.record_id)
    return Listing(prefix, False, articles)


def read_on_driver(spark, url: str) -> bytes:
    sc = spark.sparkContext
    hadoop_path = sc._jvm.org.apache.hadoop.fs.Path(url)
    stream = hadoop_path.getFileSystem(sc._jsc.hadoopConfiguration()).open(hadoop_path)
    try:
        return bytes(sc._jvm.org.apache.commons.io.IOUtils.toByteArray(stream))
    finally:
        stream.close()


def article_records(spark, root: str, partitions: int | None, includes: list[str], excludes: list[str]):
    """An RDD of `bytes` records, one per article, and the number of articles listed."""
    listing = list_articles(spark, root, includes, excludes)
    prefix, is_file = listing.prefix, listing.is_file
    file_id = listing.articles[0].record_id if is_file else ""
    shown_root = root if root.endswith("/") else root + "/"

    def shown(record_id: str) -> str:
        """source.path as the CLI writes it: the path as typed, then the relative path."""
        return root if is_file else shown_root + record_id

    def to_records(rows: Iterable) -> Iterator[bytes]:
        for row in rows:
            url: str = row.path
            if is_file:
                yield article_record(file_id, root, bytes(row.content))
                continue
            if not url.startswith(prefix):
                raise JobError(f"{url}: read by Spark but not below {prefix}")
            record_id = url[len(prefix):]
            if accepted(record_id, includes, excludes):  # as in the listing
                yield article_record(record_id, shown(record_id), bytes(row.content))

    sc = spark.sparkContext
    by_driver = [a for a in listing.articles if not is_file and skipped_by_spark(a.record_id)]
    target = partitions or default_partitions(sc, sum(a.size for a in listing.articles))
    rdds = []
    if len(by_driver) < len(listing.articles):
        scanned = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(root).select("path", "content").rdd
        if scanned.getNumPartitions() > target:
            scanned = scanned.coalesce(target)
        rdds.append(scanned.mapPartitions(to_records))
    if by_driver:
        records = [article_record(a.record_id, shown(a.record_id), read_on_driver(spark, a.url)) for a in by_driver]
        rdds.append(sc.parallelize(records, max(1, min(target, len(records)))))
    if not rdds:
        return sc.emptyRDD(), 0
    return (rdds[0] if len(rdds) == 1 else sc.union(rdds)), len(listing.articles)


def input_bytes(spark, source: str) -> int:
    """The size of everything a path (or glob) names, through Hadoop's file system."""
    sc = spark.sparkContext
    hadoop_path = sc._jvm.org.apache.hadoop.fs.Path(source)
    fs = hadoop_path.getFileSystem(sc._jsc.hadoopConfiguration())
    statuses = fs.globStatus(hadoop_path) or []
    if not statuses:
        raise JobError(f"{source}: no such file or directory")
    return sum(fs.getContentSummary(status.getPath()).getLength() for status in statuses)


def default_partitions(sc, total_bytes: int) -> int:
    """One partition per core, or one per 64 MB when there is more."""
    return max(sc.defaultParallelism, math.ceil(total_bytes / (64 << 20)))


def jsonl_lines(spark, source: str, partitions: int | None):
    """An RDD of the raw lines of JSON Lines input ('\\n'-separated bytes, any '\\r' kept for
    zhextract to drop), the number of each partition's first line in the whole input, and the
    number of lines in each partition."""
    from pyspark.sql import functions as F

    total = input_bytes(spark, source)
    wanted = partitions or default_partitions(spark.sparkContext, total)
    spark.conf.set("spark.sql.files.maxPartitionBytes", str(max(1, math.ceil(total / wanted))))
    frame = spark.read.text(source, lineSep="\n")
    lines = frame.select(F.col("value").cast("binary")).rdd.map(lambda row: bytes(row[0]))
    # The same RDD object is numbered and then extracted, so its partitions cannot differ.
    sizes = lines.mapPartitions(lambda rows: [sum(1 for _ in rows)]).collect()
    first_lines, seen = [], 0
    for size in sizes:
        first_lines.append(seen + 1)
        seen += size
    return lines, first_lines, sizes


def make_accumulators(sc) -> dict[str, object]:
    return {name: sc.accumulator(0) for name in ("documents", "failed", "money", "dates", "entities")}


def run(args: argparse.Namespace) -> int:
    binary = find_binary(args.zhextract)
    lexicons = args.lexicons or os.environ.get("ZHEXTRACT_LEXICONS") or None
    if lexicons and not os.path.isdir(lexicons):
        raise JobError(f"{lexicons}: the lexicon overlay must be a directory")
    check_locally(binary, cli_options(args, 1), lexicons)

    if (args.master or "local").startswith("local") and "PYSPARK_GATEWAY_PORT" not in os.environ:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this Python too
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # a laptop job needs no network
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("zhextract")
    if args.master:
        builder = builder.master(args.master)
    for setting in args.conf:
        key, _, value = setting.partition("=")
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    try:
        sc.addFile(binary)
        if lexicons:
            sc.addFile(os.path.abspath(lexicons), recursive=True)
        jobs = int(sc.getConf().get("spark.task.cpus", "1"))
        job = PartitionJob(
            binary_name=os.path.basename(binary),
            lexicons_name=os.path.basename(os.path.abspath(lexicons)) if lexicons else None,
            options=tuple(cli_options(args, jobs)),
        )
        totals = make_accumulators(sc)

        def account(counts: Counts) -> None:
            for name, accumulator in totals.items():
                accumulator.add(getattr(counts, name))

        if args.jsonl:
            lines, first_lines, sizes = jsonl_lines(spark, args.input, args.partitions)
            expected = None

            def extract_lines(index: int, partition: Iterator[bytes]) -> Iterator[bytes]:
                if sizes[index] == 0:
                    return
                output, counts = stream_through(job.command(first_lines[index]), partition, sys.stderr.buffer)
                yield from output
                account(counts())

            extracted = lines.mapPartitionsWithIndex(extract_lines)
        else:
            records, expected = article_records(spark, args.input, args.partitions, args.include, args.exclude)

            def extract_records(partition: Iterator[bytes]) -> Iterator[bytes]:
                output, counts = stream_through(job.command(None), partition, sys.stderr.buffer)
                yield from output
                account(counts())

            extracted = records.mapPartitions(extract_records)

        if args.by_id:
            buckets = args.by_id
            keyed = extracted.map(lambda line: (document_id(line), line))
            extracted = keyed.repartitionAndSortWithinPartitions(buckets, lambda key: bucket(key, buckets)).values()
        if args.overwrite:
            remove_output(spark, args.output)
        codec = "org.apache.hadoop.io.compress.GzipCodec" if args.gzip else None
        try:
            extracted.saveAsTextFile(args.output, compressionCodecClass=codec)
        except Exception as error:  # a task failed (zhextract crashed, input unreadable…): Spark logged why
            raise JobError(f"the Spark job failed: {last_line(error)}") from error

        result = Counts(*(totals[name].value for name in ("documents", "failed", "money", "dates", "entities")))
        failed = f" ({result.failed} failed)" if result.failed else ""
        print(
            f"{PROGRAM}: {result.documents} documents{failed}: {result.money} money, {result.dates} dates, "
            f"{result.entities} entities ({result.mentions} mentions) → {args.output}",
            file=sys.stderr,
        )
        if expected is not None and result.documents != expected:
            raise JobError(f"{expected} articles listed under {args.input}, but {result.documents} documents extracted")
        return 1 if args.fail_on_error and result.failed else 0
    finally:
        spark.stop()


def last_line(error: Exception) -> str:
    """The most specific line of a (Java-wrapped) Python error."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    causes = [line for line in lines if "Error:" in line and not line.startswith(("at ", "File "))]
    return (causes or lines or [type(error).__name__])[-1][:500]


def remove_output(spark, output: str) -> None:
    sc = spark.sparkContext
    hadoop_path = sc._jvm.org.apache.hadoop.fs.Path(output)
    fs = hadoop_path.getFileSystem(sc._jsc.hadoopConfiguration())
    if fs.exists(hadoop_path):
        fs.delete(hadoop_path, True)


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Extract money, dates and entities from Chinese news on Apache Spark; "
        "one JSON Lines part file per partition, each line what `zhextract extract` writes.",
        epilog="Without spark-submit the job runs on local[*]. Counts (documents, failures, mentions) "
        "come from Spark accumulators and are printed at the end.",
    )
    parser.add_argument("input", metavar="INPUT", help="a directory (or file) of articles; with --jsonl, JSON Lines records")
    parser.add_argument("output", metavar="OUTPUT", help="the output directory (part-NNNNN files and _SUCCESS)")
    parser.add_argument("--jsonl", action="store_true", help='INPUT is JSON Lines records {"id", "text" or "bytes", "published"?}')
    parser.add_argument("--zhextract", metavar="PATH", help="the binary (default: $ZHEXTRACT_BIN, then zhextract on PATH)")
    parser.add_argument("--lexicons", metavar="DIR", help="a lexicon overlay directory, shipped to the executors (default: $ZHEXTRACT_LEXICONS)")
    parser.add_argument("--include", action="append", default=[], metavar="GLOB", help="as zhextract's: in folders, read only files matching GLOB (repeatable)")
    parser.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="as zhextract's: in folders, skip files matching GLOB (repeatable)")
    parser.add_argument("--published", metavar="DATE", help="passed to zhextract: the publication date of every document")
    parser.add_argument("--format", metavar="FORMAT", help="passed to zhextract: text, markdown or html")
    parser.add_argument("--tz", metavar="OFFSET", help="passed to zhextract: the articles' time zone")
    parser.add_argument("--fail-on-error", action="store_true", help="exit with 1 when any document failed (as the CLI does)")
    parser.add_argument("--partitions", type=int, metavar="N", help="about N partitions, one zhextract process each (default: one per core, or per 64 MB when more)")
    parser.add_argument(
        "--by-id", type=int, metavar="N",
        help="write N part files bucketed by a hash of the id, each sorted by id: part-K of two runs holds the same ids",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    parser.add_argument("--gzip", action="store_true", help="compress the part files")
    parser.add_argument("--master", metavar="URL", help="the Spark master (default: spark-submit's, else local[*])")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable)")
    args = parser.parse_args(argv)
    for flag, value in (("--partitions", args.partitions), ("--by-id", args.by_id)):
        if value is not None and value < 1:
            parser.error(f"{flag} must be at least 1")
    if any("=" not in setting for setting in args.conf):
        parser.error("--conf takes KEY=VALUE")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    try:
        return run(args)
    except JobError as error:
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
