/**
 * A label, a body's description or the content's subject taken for the speaker, on real CoreNLP
 * parses of texts written for this test: a label owned by a bare plural before a name
 * (sources/unpunctuated-appositives.ts); a closing credit hung on the content's noun with the name
 * set off before it (frames/appositive-credits.ts); a body's name the parser cut off the spokesman's
 * "for" phrase and made a second subject (frames/cut-name-subjects.ts); the kind words before a
 * body's name, and the name itself, in "a spokesman for the airline group X"
 * (sources/kind-words-before-names.ts, sources/source-body-names.ts, sources/role-compound-speakers.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('labels, descriptions and contents are not the speaker', () => {
  it('"Teachers\' union president Marisol Vega said" names Vega, not the label', async () => {
    const text =
      "Schools in Toledo stayed shut for a third day. Teachers' union president Marisol Vega said classes would not resume before Monday.";
    expect(await claimantsOf(text, 'classes would not resume')).toEqual(['Marisol Vega']);
  });

  it('a lower-case title between the label and the name: "Growers\' trade group chief Owen Hale"', async () => {
    const text =
      "Frost destroyed much of the apple crop in western Michigan. Growers' trade group chief Owen Hale told WOOD-TV that prices would double by fall.";
    expect(await claimantsOf(text, 'prices would double')).toEqual(['Owen Hale']);
  });

  it("a closing credit hung on the content's noun: the named person set off before the cue speaks", async () => {
    const text =
      "A flu outbreak has closed two nursing homes in Duluth. Most of the residents are over 80, Dr. Helen Strand, the county's medical officer, told the News Tribune.";
    expect(await claimantsOf(text, 'Most of the residents are over 80')).toEqual(['Helen Strand']);
  });

  it('a body\'s name cut off its "for" phrase is not the speaker beside the spokesman', async () => {
    const text = 'Storms flooded the line near Leeds. A spokesman for the rail operator Arriva said 900 trains were canceled.';
    const [claimant] = (await claimantsOf(text, '900 trains were canceled')) ?? [];
    expect(claimant).toMatch(/spokesman/);
  });

  it('a company name cut at its "+" is no person speaking', async () => {
    const text =
      'Freight rates doubled after the canal closed. A spokesman for the freight forwarder Schenker+Hoffmann said customers should expect delays.';
    const [claimant] = (await claimantsOf(text, 'customers should expect delays')) ?? [];
    expect(claimant).toBeDefined();
    expect(claimant).not.toBe('Hoffmann');
  });

  it('"a spokeswoman for the shipping giant Hapag-Lloyd" is the spokeswoman for Hapag-Lloyd', async () => {
    const text =
      'Container ships are avoiding the strait. A spokeswoman for the shipping giant Hapag-Lloyd said the detour added ten days.';
    const [claimant] = (await claimantsOf(text, 'the detour added ten days')) ?? [];
    expect(claimant).toMatch(/^(A )?spokeswoman for Hapag-Lloyd$/);
  });

  it('"a spokesman for the airline group Lufthansa" is the spokesman, not the group', async () => {
    const text =
      'Pilots at three German airports went on strike. A spokesman for the airline group Lufthansa said 900 flights were canceled.';
    const [claimant] = (await claimantsOf(text, '900 flights were canceled')) ?? [];
    expect(claimant).toMatch(/^(A )?spokesman for Lufthansa$/);
  });

  it('control: "a spokesman for the state Department of Health" keeps the words before the name', async () => {
    const text = 'Measles cases rose again. A spokesman for the state Department of Health said 12 new cases were confirmed.';
    const [claimant] = (await claimantsOf(text, '12 new cases were confirmed')) ?? [];
    expect(claimant).toMatch(/state Department of Health/);
  });

  it('control: "the watchdog group Public Ledger" still names the body after its kind', async () => {
    const text =
      'The county spent $2 million on consultants last year. The watchdog group Public Ledger said most contracts were never put out to bid.';
    expect(await claimantsOf(text, 'most contracts were never put out to bid')).toEqual(['Public Ledger']);
  });
});
