#!/bin/sh
# Regenerates Lexicons/currency-cldr.tsv from ICU's CLDR currency names (zh-Hans, zh-Hant,
# en) and re-embeds the lexicons. Run after an ICU upgrade, when CurrencyTableTests says
# the table and ICU differ.
set -e
cd "$(dirname "$0")/.."
swift build --product zhextract
.build/debug/zhextract lexicon generate-currencies Lexicons/currency-cldr.tsv
python3 Scripts/embed-lexicons.py
