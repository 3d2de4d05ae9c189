#include "cicu_currency.h"

#include <string.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

void *cicu_currencies_open(uint32_t types, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *e = ucurr_openISOCurrencies(types, &status);
  *error = status;
  return U_SUCCESS(status) ? e : NULL;
}

int32_t cicu_currencies_next(void *enumeration, char *code, int32_t capacity, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  const char *next = uenum_next((UEnumeration *)enumeration, &length, &status);
  *error = status;
  if (!next || U_FAILURE(status)) return -1;
  if (length + 1 > capacity) { *error = U_BUFFER_OVERFLOW_ERROR; return length; }
  memcpy(code, next, (size_t)length);
  code[length] = 0;
  return length;
}

void cicu_currencies_close(void *enumeration) {
  if (enumeration) uenum_close((UEnumeration *)enumeration);
}

static int32_t copy_out(const UChar *name, int32_t length, uint16_t *dest, int32_t capacity) {
  if (name && length <= capacity) memcpy(dest, name, (size_t)length * sizeof(UChar));
  return name ? length : 0;
}

static void to_uchar_code(const char *code, UChar out[4]) {
  for (int i = 0; i < 3; i++) out[i] = (UChar)(unsigned char)code[i];
  out[3] = 0;
}

int32_t cicu_currency_name(const char *code, const char *locale, int32_t style, uint16_t *dest, int32_t capacity, int32_t *error) {
  UChar iso[4];
  to_uchar_code(code, iso);
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  const UChar *name = ucurr_getName(iso, locale, (UCurrNameStyle)style, NULL, &length, &status);
  *error = status;
  if (U_FAILURE(status)) return 0;
  return copy_out(name, length, dest, capacity);
}

int32_t cicu_currency_plural_name(const char *code, const char *locale, const char *pluralCount, uint16_t *dest, int32_t capacity, int32_t *error) {
  UChar iso[4];
  to_uchar_code(code, iso);
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  const UChar *name = ucurr_getPluralName(iso, locale, NULL, pluralCount, &length, &status);
  *error = status;
  if (U_FAILURE(status)) return 0;
  return copy_out(name, length, dest, capacity);
}
