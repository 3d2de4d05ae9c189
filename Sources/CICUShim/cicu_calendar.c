#include "cicu_calendar.h"

#include <unicode/ucal.h>

static const UChar UTC[] = {'U', 'T', 'C', 0};

int32_t cicu_chinese_to_gregorian(int32_t gregorianYear, int32_t month, int32_t isLeapMonth, int32_t day,
                                  int32_t *year, int32_t *gMonth, int32_t *gDay) {
  UErrorCode status = U_ZERO_ERROR;
  UCalendar *chinese = ucal_open(UTC, -1, "zh@calendar=chinese", UCAL_DEFAULT, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  ucal_clear(chinese);
  ucal_set(chinese, UCAL_EXTENDED_YEAR, gregorianYear + 2637);
  ucal_set(chinese, UCAL_MONTH, month - 1);
  ucal_set(chinese, UCAL_IS_LEAP_MONTH, isLeapMonth ? 1 : 0);
  ucal_set(chinese, UCAL_DATE, day);
  UDate millis = ucal_getMillis(chinese, &status);
  if (U_FAILURE(status)) { ucal_close(chinese); return (int32_t)status; }
  // Lenient ICU rolls a missing day or leap month over: read the fields back to notice.
  int32_t backMonth = ucal_get(chinese, UCAL_MONTH, &status);
  int32_t backLeap = ucal_get(chinese, UCAL_IS_LEAP_MONTH, &status);
  int32_t backDay = ucal_get(chinese, UCAL_DATE, &status);
  ucal_close(chinese);
  if (U_FAILURE(status)) return (int32_t)status;
  if (backMonth != month - 1 || backLeap != (isLeapMonth ? 1 : 0) || backDay != day) return -1;

  UCalendar *gregorian = ucal_open(UTC, -1, "en@calendar=gregorian", UCAL_GREGORIAN, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  ucal_setMillis(gregorian, millis, &status);
  *year = ucal_get(gregorian, UCAL_EXTENDED_YEAR, &status);
  *gMonth = ucal_get(gregorian, UCAL_MONTH, &status) + 1;
  *gDay = ucal_get(gregorian, UCAL_DATE, &status);
  ucal_close(gregorian);
  return U_FAILURE(status) ? (int32_t)status : 0;
}

int32_t cicu_calendar_to_gregorian(const char *calendarLocale, int32_t extendedYear, int32_t month, int32_t day,
                                   int32_t *year, int32_t *gMonth, int32_t *gDay) {
  UErrorCode status = U_ZERO_ERROR;
  UCalendar *other = ucal_open(UTC, -1, calendarLocale, UCAL_DEFAULT, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  ucal_clear(other);
  ucal_set(other, UCAL_EXTENDED_YEAR, extendedYear);
  ucal_set(other, UCAL_MONTH, month);
  ucal_set(other, UCAL_DATE, day);
  UDate millis = ucal_getMillis(other, &status);
  if (U_FAILURE(status)) { ucal_close(other); return (int32_t)status; }
  // Lenient ICU rolls a missing day or month over: read the fields back to notice.
  int32_t backYear = ucal_get(other, UCAL_EXTENDED_YEAR, &status);
  int32_t backMonth = ucal_get(other, UCAL_MONTH, &status);
  int32_t backDay = ucal_get(other, UCAL_DATE, &status);
  ucal_close(other);
  if (U_FAILURE(status)) return (int32_t)status;
  if (backYear != extendedYear || backMonth != month || backDay != day) return -1;

  UCalendar *gregorian = ucal_open(UTC, -1, "en@calendar=gregorian", UCAL_GREGORIAN, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  ucal_setMillis(gregorian, millis, &status);
  *year = ucal_get(gregorian, UCAL_EXTENDED_YEAR, &status);
  *gMonth = ucal_get(gregorian, UCAL_MONTH, &status) + 1;
  *gDay = ucal_get(gregorian, UCAL_DATE, &status);
  ucal_close(gregorian);
  return U_FAILURE(status) ? (int32_t)status : 0;
}

int32_t cicu_calendar_year_of_gregorian(const char *calendarLocale, int32_t year, int32_t month, int32_t day,
                                        int32_t *calendarYear) {
  UErrorCode status = U_ZERO_ERROR;
  UCalendar *gregorian = ucal_open(UTC, -1, "en@calendar=gregorian", UCAL_GREGORIAN, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  ucal_clear(gregorian);
  ucal_set(gregorian, UCAL_EXTENDED_YEAR, year);
  ucal_set(gregorian, UCAL_MONTH, month - 1);
  ucal_set(gregorian, UCAL_DATE, day);
  UDate millis = ucal_getMillis(gregorian, &status);
  ucal_close(gregorian);
  if (U_FAILURE(status)) return (int32_t)status;
  UCalendar *other = ucal_open(UTC, -1, calendarLocale, UCAL_DEFAULT, &status);
  if (U_FAILURE(status)) return (int32_t)status;
  ucal_setMillis(other, millis, &status);
  *calendarYear = ucal_get(other, UCAL_EXTENDED_YEAR, &status);
  ucal_close(other);
  return U_FAILURE(status) ? (int32_t)status : 0;
}
