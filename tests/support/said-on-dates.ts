/**
 * The `saidOn` day of each claim a text's extraction makes (real CoreNLP: the run's `corenlpUrl`), for
 * the tests of dates. The texts are posted on a Monday, so "Friday" is the Friday before.
 */
import { namedClaims } from './named-claims.ts';

/** Monday, 2023-03-06, 2 pm in Chicago. */
export const POSTED_ON_A_MONDAY = '2023-03-06T14:00:00-06:00';

export async function saidOnDates(text: string, publishedAt = POSTED_ON_A_MONDAY): Promise<Array<string | undefined>> {
  return (await namedClaims(text, publishedAt)).map((c) => c.saidOn);
}
