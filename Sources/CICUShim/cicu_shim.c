#include "cicu_shim.h"

#include <string.h>
#include <unicode/uversion.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/uset.h>
#include <unicode/utrans.h>

static const UNormalizer2 *nfkc(int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *n = unorm2_getNFKCInstance(&status);
  if (error) *error = status;
  return U_SUCCESS(status) ? n : NULL;
}

int32_t cicu_nfkc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error) {
  const UNormalizer2 *n = nfkc(error);
  if (!n) return 0;
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &status);
  *error = status;
  return needed;
}

int32_t cicu_nfkc_is_inert(int32_t c) {
  const UNormalizer2 *n = nfkc(NULL);
  return n ? (int32_t)unorm2_isInert(n, c) : 1;
}

int32_t cicu_nfkc_has_boundary_before(int32_t c) {
  const UNormalizer2 *n = nfkc(NULL);
  return n ? (int32_t)unorm2_hasBoundaryBefore(n, c) : 1;
}

int32_t cicu_combining_class(int32_t c) {
  const UNormalizer2 *n = nfkc(NULL);
  return n ? (int32_t)unorm2_getCombiningClass(n, c) : 0;
}

void *cicu_translit_open(const uint16_t *id, int32_t idLength, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UTransliterator *t = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &status);
  *error = status;
  return U_SUCCESS(status) ? t : NULL;
}

void cicu_translit_close(void *translit) {
  if (translit) utrans_close((UTransliterator *)translit);
}

int32_t cicu_translit(void *translit, uint16_t *text, int32_t *length, int32_t capacity, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t limit = *length;
  utrans_transUChars((const UTransliterator *)translit, (UChar *)text, length, capacity, 0, &limit, &status);
  *error = status;
  return *length;
}

int32_t cicu_translit_source_set(void *translit, int32_t *out, int32_t capacity, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  USet *set = uset_openEmpty();
  utrans_getSourceSet((const UTransliterator *)translit, 0, set, &status);
  int32_t count = 0;
  if (U_SUCCESS(status)) {
    int32_t ranges = uset_getItemCount(set);
    for (int32_t i = 0; i < ranges; i++) {
      UChar32 start, end;
      UErrorCode itemStatus = U_ZERO_ERROR;
      int32_t stringLength = uset_getItem(set, i, &start, &end, NULL, 0, &itemStatus);
      if (stringLength != 0) continue; // multi-character strings are not code points
      for (UChar32 c = start; c <= end; c++) {
        if (count < capacity) out[count] = c;
        count++;
      }
    }
  }
  uset_close(set);
  *error = status;
  return count;
}

int32_t cicu_translit_rules(void *translit, uint16_t *dest, int32_t capacity, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = utrans_toRules((const UTransliterator *)translit, 0, (UChar *)dest, capacity, &status);
  *error = status;
  return needed;
}

int32_t cicu_detect_charset(const char *bytes, int32_t length, char *name, int32_t nameCapacity, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector *detector = ucsdet_open(&status);
  int32_t confidence = -1;
  if (U_SUCCESS(status)) {
    ucsdet_setText(detector, bytes, length, &status);
    const UCharsetMatch *match = U_SUCCESS(status) ? ucsdet_detect(detector, &status) : NULL;
    if (match && U_SUCCESS(status)) {
      const char *found = ucsdet_getName(match, &status);
      confidence = ucsdet_getConfidence(match, &status);
      if (found && nameCapacity > 0) {
        strncpy(name, found, (size_t)nameCapacity - 1);
        name[nameCapacity - 1] = 0;
      }
    }
    ucsdet_close(detector);
  }
  *error = status;
  return U_SUCCESS(status) ? confidence : -1;
}

int32_t cicu_to_utf16(const char *charset, const char *src, int32_t srcLength, uint16_t *dest, int32_t capacity, int32_t *offsets, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter *cnv = ucnv_open(charset, &status);
  if (U_FAILURE(status)) { *error = status; return 0; }
  static const UChar replacement[] = {0xFFFD};
  ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_SUBSTITUTE, NULL, NULL, NULL, &status);
  ucnv_setSubstString(cnv, replacement, 1, &status);
  status = U_ZERO_ERROR;
  UChar *target = (UChar *)dest;
  const char *source = src;
  ucnv_toUnicode(cnv, &target, (UChar *)dest + capacity, &source, src + srcLength, offsets, 1, &status);
  int32_t written = (int32_t)(target - (UChar *)dest);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    // Count what remains, to report the full length needed.
    UChar scratch[1024];
    int32_t extra = 0;
    while (status == U_BUFFER_OVERFLOW_ERROR) {
      status = U_ZERO_ERROR;
      UChar *t = scratch;
      ucnv_toUnicode(cnv, &t, scratch + 1024, &source, src + srcLength, NULL, 1, &status);
      extra += (int32_t)(t - scratch);
    }
    written += extra;
    status = U_BUFFER_OVERFLOW_ERROR;
  }
  ucnv_close(cnv);
  *error = status;
  return written;
}

int32_t cicu_from_utf16(const char *charset, const uint16_t *src, int32_t srcLength, char *dest, int32_t capacity, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter *cnv = ucnv_open(charset, &status);
  if (U_FAILURE(status)) { *error = status; return 0; }
  int32_t needed = ucnv_fromUChars(cnv, dest, capacity, (const UChar *)src, srcLength, &status);
  ucnv_close(cnv);
  *error = status;
  return needed;
}

int32_t cicu_version(char *dest, int32_t capacity) {
  UVersionInfo version;
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(version);
  u_versionToString(version, text);
  int32_t length = (int32_t)strlen(text);
  if (length < capacity) memcpy(dest, text, (size_t)length + 1);
  return length;
}
