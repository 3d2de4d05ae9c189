// The ISO 4217 currencies ICU knows (CLDR data), for building the money extractor's
// currency table. Plain C types only; every function forwards to one ICU call and reports
// ICU's error code as int32_t (0 = success, negative = warning, positive = failure).
#ifndef CICU_CURRENCY_H
#define CICU_CURRENCY_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Selection flags for `cicu_currencies_open` (ICU's UCurrCurrencyType).
#define CICU_CURRENCY_ALL 0x7fffffff
#define CICU_CURRENCY_COMMON 1
#define CICU_CURRENCY_UNCOMMON 2
#define CICU_CURRENCY_DEPRECATED 4
#define CICU_CURRENCY_NON_DEPRECATED 8

/// Name styles for `cicu_currency_name` (ICU's UCurrNameStyle).
#define CICU_CURRENCY_SYMBOL 0
#define CICU_CURRENCY_LONG_NAME 1
#define CICU_CURRENCY_NARROW_SYMBOL 2

/// Opens an enumeration of ISO 4217 codes (ucurr_openISOCurrencies). NULL on failure.
void *cicu_currencies_open(uint32_t types, int32_t *error);
/// The next code as NUL-terminated ASCII in `code` (capacity ≥ 4). Returns its length,
/// or -1 when the enumeration is exhausted.
int32_t cicu_currencies_next(void *enumeration, char *code, int32_t capacity, int32_t *error);
void cicu_currencies_close(void *enumeration);

/// The display name of `code` (3 ASCII letters) in `locale` (ucurr_getName) in UTF-16.
/// Returns the full length (may exceed `capacity`; then nothing is written).
int32_t cicu_currency_name(const char *code, const char *locale, int32_t style, uint16_t *dest, int32_t capacity, int32_t *error);
/// The plural name of `code` for `pluralCount` ("one", "other") in `locale` (ucurr_getPluralName).
int32_t cicu_currency_plural_name(const char *code, const char *locale, const char *pluralCount, uint16_t *dest, int32_t capacity, int32_t *error);

#ifdef __cplusplus
}
#endif

#endif
