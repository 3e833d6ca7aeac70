/** The days of the week, Sunday first so that a day's index is `Date.getUTCDay()`'s. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** "sunday|monday|…|saturday", to build patterns around the day names. */
export const WEEKDAY_ALTERNATION = WEEKDAYS.join('|');

/** The days named from today: "today", "yesterday", "tonight". */
export const NEAR_DAY_ALTERNATION = 'today|yesterday|tonight';
