// The Chinese (lunisolar) calendar of ICU, for holidays and lunar dates. Plain C types only.
#ifndef CICU_CALENDAR_H
#define CICU_CALENDAR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The Gregorian date of a day of the Chinese calendar ("zh@calendar=chinese").
/// `gregorianYear` names the Chinese year by the Gregorian year in which its first month
/// begins (ICU extended year = gregorianYear + 2637); `month` 1…12, `isLeapMonth` 0/1,
/// `day` 1…30. On success returns 0 and writes the Gregorian date. Returns -1 when that day
/// does not exist (no such leap month that year, or day 30 of a 29-day month), or ICU's
/// error code (> 0) when ICU fails.
int32_t cicu_chinese_to_gregorian(int32_t gregorianYear, int32_t month, int32_t isLeapMonth, int32_t day,
                                  int32_t *year, int32_t *gMonth, int32_t *gDay);

#ifdef __cplusplus
}
#endif

#endif
