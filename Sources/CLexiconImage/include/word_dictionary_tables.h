// The word dictionary's first two steps, derived from Lexicons/segmenter/words.tsv ahead of time
// (Scripts/generate-word-dictionary.py writes word_dictionary_tables.c). Read by ZhExtract's
// WordDictionary in place instead of built on every start.
#ifndef ZX_WORD_DICTIONARY_TABLES_H
#define ZX_WORD_DICTIONARY_TABLES_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The node reached from the root by each BMP code point (-1: none), 65,536 entries.
const int32_t *zx_word_root_bmp(void);
/// The word value of that node (0: no word), 65,536 entries.
const uint32_t *zx_word_root_value_bmp(void);
/// The two-character prefixes: 2 << zx_word_pair_bits() words, two a slot.
const uint64_t *zx_word_pair_slots(void);
int zx_word_pair_bits(void);
/// One bit per hash of each prefix: (1 << zx_word_pair_filter_bits()) / 64 words.
const uint64_t *zx_word_pair_filter(void);
int zx_word_pair_filter_bits(void);
/// The trie the tables were made from (they serve only a trie of this size).
long zx_word_tables_node_count(void);
long zx_word_tables_edge_count(void);

#ifdef __cplusplus
}
#endif

#endif
