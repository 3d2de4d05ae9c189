#include "cicu_locale.h"

#include <stdio.h>
#include <string.h>
#include <unicode/uloc.h>

int32_t cicu_iso_country_count(void) {
  const char *const *codes = uloc_getISOCountries();
  int32_t n = 0;
  while (codes && codes[n]) n++;
  return n;
}

int32_t cicu_iso_country_code(int32_t index, char *dest, int32_t capacity) {
  if (index < 0 || index >= cicu_iso_country_count()) return -1;
  const char *code = uloc_getISOCountries()[index];
  int32_t length = (int32_t)strlen(code);
  if (length + 1 > capacity) return -1;
  memcpy(dest, code, (size_t)length + 1);
  return length;
}

int32_t cicu_display_country(const char *country, const char *displayLocale, uint16_t *dest, int32_t capacity, int32_t *error) {
  char locale[16];
  snprintf(locale, sizeof locale, "und_%s", country);
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = uloc_getDisplayCountry(locale, displayLocale, (UChar *)dest, capacity, &status);
  *error = status;
  return needed;
}
