// ICU's calendars (Chinese, Hebrew, Islamic …), for holidays and lunar dates. Plain C types only.
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

/// The Gregorian date of a day of another ICU calendar: `calendarLocale` names it
/// ("he@calendar=hebrew", "ar@calendar=islamic-umalqura"), `extendedYear` is that calendar's
/// own year count (Hebrew 5785, Islamic 1446), `month` ICU's 0-based month of that calendar
/// (Hebrew: 0 = Tishri … 5 = Adar I, 6 = Adar / Adar II, 7 = Nisan … 12 = Elul; Islamic:
/// 0 = Muharram … 11 = Dhu al-Hijjah), `day` 1…30. Returns 0 and writes the Gregorian date;
/// -1 when that day does not exist (Adar I in a common year, day 30 of a 29-day month); ICU's
/// error code (> 0) when ICU fails.
int32_t cicu_calendar_to_gregorian(const char *calendarLocale, int32_t extendedYear, int32_t month, int32_t day,
                                   int32_t *year, int32_t *gMonth, int32_t *gDay);

/// The year (ICU's extended year) of the calendar `calendarLocale` in which the Gregorian day
/// `year`-`month`-`day` falls. Returns 0 and writes it, or ICU's error code (> 0).
int32_t cicu_calendar_year_of_gregorian(const char *calendarLocale, int32_t year, int32_t month, int32_t day,
                                        int32_t *calendarYear);

#ifdef __cplusplus
}
#endif

#endif
