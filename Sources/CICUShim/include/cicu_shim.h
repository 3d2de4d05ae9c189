// A thin C face of the system ICU for Swift. Only <stdint.h> types and opaque pointers
// appear here, so the header never meets Foundation's own ICU headers. No logic lives
// here: every function forwards to one ICU call and reports ICU's error code as int32_t
// (0 = success, negative = warning, positive = failure, as UErrorCode).
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: Version

/// The version of the ICU library in use ("72.1"), NUL-terminated into `dest`. Returns its
/// length (nothing is written when it does not fit `capacity`).
int32_t cicu_version(char *dest, int32_t capacity);

// MARK: Normalisation (unorm2, NFKC)

/// NFKC of `src[0..<length]` into `dest` (capacity in UTF-16 units). Returns the full
/// length needed; `*error` is ICU's U_BUFFER_OVERFLOW_ERROR (15) when `capacity` was short.
int32_t cicu_nfkc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error);
/// 1 when NFKC leaves `c` alone and never combines it with neighbours (unorm2_isInert).
int32_t cicu_nfkc_is_inert(int32_t c);
/// 1 when NFKC has a normalisation boundary before `c` (unorm2_hasBoundaryBefore).
int32_t cicu_nfkc_has_boundary_before(int32_t c);
/// The canonical combining class of `c` (unorm2_getCombiningClass); 0 for starters.
int32_t cicu_combining_class(int32_t c);

// MARK: Transliteration (utrans)

/// Opens a transliterator by id (e.g. "Traditional-Simplified"). NULL and `*error` on failure.
void *cicu_translit_open(const uint16_t *id, int32_t idLength, int32_t *error);
void cicu_translit_close(void *translit);
/// Transliterates `text[0..<*length]` in place; `*length` is updated. Returns the needed
/// length when `capacity` is too small (then `*error` is 15 and the text is undefined).
int32_t cicu_translit(void *translit, uint16_t *text, int32_t *length, int32_t capacity, int32_t *error);
/// Writes the code points this transliterator may change (its source set) into `out`.
/// Returns how many there are, which may exceed `capacity`.
int32_t cicu_translit_source_set(void *translit, int32_t *out, int32_t capacity, int32_t *error);
/// Writes the transliterator's rules as text (utrans_toRules) into `dest` (UTF-16).
/// Returns the full length needed; `*error` is 15 when `capacity` was short.
int32_t cicu_translit_rules(void *translit, uint16_t *dest, int32_t capacity, int32_t *error);

// MARK: Charset detection and conversion (ucsdet, ucnv)

/// Best guess of the charset of `bytes`. Writes its ICU name (NUL-terminated) into `name`.
/// Returns the confidence 0–100, or -1 on failure.
int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t nameCapacity, int32_t *error);
/// Converts `src` from `charset` to UTF-16. Malformed bytes become U+FFFD. When `offsets`
/// is not NULL, offsets[i] is the byte offset in `src` that produced dest[i].
/// Returns the needed length (may exceed `capacity`, then `*error` is 15).
int32_t cicu_to_utf16(const char *charset, const char *src, int32_t srcLength, uint16_t *dest, int32_t capacity, int32_t *offsets, int32_t *error);
/// Converts UTF-16 to `charset` (used by tests to build fixtures). Returns the needed length.
int32_t cicu_from_utf16(const char *charset, const uint16_t *src, int32_t srcLength, char *dest, int32_t capacity, int32_t *error);

#ifdef __cplusplus
}
#endif

#endif
