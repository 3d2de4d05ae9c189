#!/bin/sh
# Regenerates Sources/CLexiconImage/lexicon_image.c, the lexicon image compiled into the binary
# (tables derived from Lexicons/*.tsv ahead of time, read at start-up instead of the tables).
# Run it after editing a table the image holds (entities-*.tsv, entity-aliases*.tsv, … — any
# table: the image's digest covers them all) and after `python3 Scripts/embed-lexicons.py`;
# `LexiconImageTests` fails until it is run. A stale image is never read (its digest no longer
# matches), so output stays right meanwhile, only start-up is slower.
set -eu
cd "$(dirname "$0")/.."
swift build -c release --product zhextract
.build/release/zhextract lexicon image Sources/CLexiconImage/lexicon_image.c
