// Locale display names from the system ICU (uloc), for the generated country table.
// Plain C types only, like cicu_shim.h; no logic beyond forwarding to ICU.
#ifndef CICU_LOCALE_H
#define CICU_LOCALE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Number of ISO 3166 country and territory codes ICU knows (uloc_getISOCountries).
int32_t cicu_iso_country_count(void);
/// Copies the `index`-th code (NUL-terminated, e.g. "US") into `dest`. Returns its length,
/// or -1 when `index` is out of range or `capacity` too small.
int32_t cicu_iso_country_code(int32_t index, char *dest, int32_t capacity);
/// The name of `country` ("US") in `displayLocale` ("zh_Hans", "zh_Hant", "en") as UTF-16
/// (uloc_getDisplayCountry). Returns the full length needed; `*error` as UErrorCode.
int32_t cicu_display_country(const char *country, const char *displayLocale, uint16_t *dest, int32_t capacity, int32_t *error);

#ifdef __cplusplus
}
#endif

#endif
