/**
 * Outlets introduced with a descriptor or a longer name and then credited by a short one: a name the
 * outlet writes in lowercase ("the German news agency dpa"), "the agency" for the news agency named
 * before, a fuller name's short form that the gazetteer gives to another outlet ("the Times" after
 * "the Seattle Times"), a programme named before its kind ("the Night Owls podcast") or after it ("the
 * radio show Harbor Talk") and then "the show", and a listener the parser reads into the content ("told
 * the state news agency IRNA that S"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('an outlet named by a description or a longer name', () => {
  it('is the claimant of a "per" credit naming it in lowercase after its kind, and "the agency" stands for it', async () => {
    const text =
      'Two lynx cubs were born at a zoo in Saxony last week, per the German news agency dpa. ' +
      'Both cubs are healthy and feeding well, keeper Jonas Brandt told the agency.';
    expect(await claimWith(text, 'lynx cubs were born')).toEqual({ claimants: ['Deutsche Presse-Agentur'], via: [] });
    expect(await claimWith(text, 'feeding well')).toEqual({ claimants: ['Jonas Brandt'], via: ['Deutsche Presse-Agentur'] });
  });

  it('is the via of a claim told to its short form when the gazetteer gives that form to another outlet ("the Times")', async () => {
    const text =
      'A ferry ran aground near Bainbridge Island on Sunday, the Seattle Times reports. ' +
      'Deckhand Owen Pratt told the Times that the captain had warned about the tide an hour earlier.';
    expect(await claimWith(text, 'warned about the tide')).toEqual({ claimants: ['Owen Pratt'], via: ['Seattle Times'] });
  });

  it('is the via of claims made on a programme named before or after its kind, and on "the show" after it', async () => {
    const text =
      'Jazz pianist Nora Quill said on the Night Owls podcast that she would retire after one last tour. ' +
      'Her manager, Ben Alder, told the radio show Harbor Talk that the tour would start in May. ' +
      '"It is time," Alder told the show.';
    expect(await claimWith(text, 'retire after one last tour')).toEqual({ claimants: ['Nora Quill'], via: ['Night Owls'] });
    expect(await claimWith(text, 'start in May')).toEqual({ claimants: ['Ben Alder'], via: ['Harbor Talk'] });
    expect(await claimWith(text, 'It is time')).toEqual({ claimants: ['Ben Alder'], via: ['Harbor Talk'] });
  });

  it('is the via of a claim told to it when the parser reads its description into the content', async () => {
    const text =
      'Health ministry spokesman Omid Farhadi told the state news agency IRNA that clinic visits for asthma had risen 40% in a month.';
    expect(await claimWith(text, 'clinic visits')).toEqual({ claimants: ['Omid Farhadi'], via: ['IRNA'] });
  });

  it('is the same outlet when named with its kind after it ("the Kyodo news agency") and alone', async () => {
    const text =
      'The port authority said Tuesday that it would close two piers, according to the Kyodo news agency. ' +
      'Kyodo also reported that a cargo ship had lost power near the harbor.';
    expect(await claimWith(text, 'close two piers')).toEqual({ claimants: ['port authority'], via: ['Kyodo'] });
  });

  it('is not taken for a show that is no programme ("the auto show")', async () => {
    const text =
      'Car dealer Ed Marsh told the Detroit Free Press that sales were down. ' + '"It was quiet," Marsh told the auto show\'s organizers.';
    expect(await claimWith(text, 'It was quiet')).toEqual({ claimants: ['Ed Marsh'], via: [] });
  });

  it('is not "the agency" when a government agency is named after the news agency', async () => {
    const text =
      'Floods closed 40 roads in Iowa on Monday, Reuters reports. The Federal Emergency Management Agency sent 12 teams to the state. ' +
      'A county engineer told the agency that two bridges were unsafe.';
    expect((await claimWith(text, 'bridges were unsafe'))?.via).toEqual([]);
  });
});
