/**
 * An action an outlet relates is the outlet's own claim, however sure the cue model is of the verb
 * (src/ingest/annotation/outlet-actions.ts, outlet-passages.ts outletOwnReports). Real CoreNLP parses
 * of sentences written for these tests in the style of Newser's summaries.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('an action an outlet relates', () => {
  it('"The company laid off 300 workers last year, per the AP" is the AP\'s', async () => {
    expect(await claimWith('The company laid off 300 workers last year, per the AP.', '300 workers')).toEqual({
      claimants: ['Associated Press'],
      via: [],
    });
    // A stance in a verb of hitting stays the speaker's, through the outlet.
    expect(await claimWith('Governor Lena Ortiz slammed the plan as reckless, the AP reports.', 'the plan')).toEqual({
      claimants: ['Lena Ortiz'],
      via: ['Associated Press'],
    });
  });

  it('"She has hired a defense lawyer, the paper adds" is the paper\'s', async () => {
    const text =
      'Senator Dana Whitlock is under investigation, the Boston Globe reports. She has hired a criminal defense lawyer, the paper adds.';
    expect(await claimWith(text, 'defense lawyer')).toEqual({ claimants: ['Boston Globe'], via: [] });
  });

  it('"Investigators believe S, the BBC reports" stays the investigators\' belief, through the BBC', async () => {
    // A thought, not an action: the parser's upside-down clause (boundaries/upside-down-objects.ts) must not make it the BBC's.
    expect(await claimWith('Investigators believe the fire was set on purpose, the BBC reports.', 'the fire')).toEqual({
      claimants: ['Investigators'],
      via: ['BBC'],
    });
  });

  it('"A union has long maintained that S, the Denver Post reports" stays the union\'s saying, through the paper', async () => {
    // "maintain" is a verb of saying (annotation/verbs.ts): the claim is not the outlet's own report of an act.
    const union =
      "A union for the city's bus drivers has long maintained that the transit agency hides its deficits, the Denver Post reports.";
    expect(await claimWith(union, 'hides its deficits')).toEqual({ claimants: ["union for the city's bus drivers"], via: ['Denver Post'] });
    const parents = 'Parents at the school have long maintained that the buses run late, the Tribune reports.';
    expect(await claimWith(parents, 'run late')).toEqual({ claimants: ['Parents at the school'], via: ['Tribune'] });
  });

  it('"X asserts that S, the Tribune adds" stays the speaker\'s saying, through the paper', async () => {
    // "assert" is a verb of saying (annotation/verbs.ts), as "maintain" is.
    const councilman = 'Councilman Omar Bexley asserts that the new fare plan will hurt commuters, the Tribune adds.';
    expect(await claimWith(councilman, 'fare plan')).toEqual({ claimants: ['Omar Bexley'], via: ['Tribune'] });
    const parents = 'Parents at the school have long asserted that the buses run late, the Tribune reports.';
    expect(await claimWith(parents, 'run late')).toEqual({ claimants: ['Parents at the school'], via: ['Tribune'] });
  });
});
