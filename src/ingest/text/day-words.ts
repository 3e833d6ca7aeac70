/** The days of the week, Sunday first so that a day's index is `Date.getUTCDay()`'s. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** "sunday|monday|…|saturday", to build patterns around the day names. */
export const WEEKDAY_ALTERNATION = WEEKDAYS.join('|');

/** The days named from today: "today", "yesterday", "tonight". */
export const NEAR_DAY_ALTERNATION = 'today|yesterday|tonight';

/** Holidays that name one day of the year, capitalised as written: "on Christmas Eve", "on the Fourth of July". */
export const HOLIDAY_ALTERNATION =
  "Christmas(?: Eve| Day)?|New Year['’]s(?: Eve| Day)?|Thanksgiving(?: Day)?|Fourth of July|July Fourth|Independence Day|Memorial Day|Labor Day|Veterans Day|Halloween|Valentine['’]s Day|St\\.? Patrick['’]s Day";
