/**
 * A "they" no name stands for names the plural people noun that is the subject just before it
 * (src/ingest/attribution/sources/group-antecedents.ts), on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames } from '../support/parsed-attributions.ts';

describe('group antecedents of "they"', () => {
  it('names the plural subject of the sentence before when no name precedes it', async () => {
    const text =
      'Night-shift nurses gathered outside the county hospital on Monday. They argue that the new rota will leave wards short of staff.';
    expect(await claimantNames(text)).toEqual([['Night-shift nurses']]);
  });

  it('names the plural subject before it in its own sentence', async () => {
    const text = 'Worried parents packed the school board meeting, and they insisted that the music program must stay.';
    expect(await claimantNames(text)).toEqual([['Worried parents']]);
  });

  it('leaves a group that was only an object unnamed', async () => {
    const text =
      'Mayor Ana Ruiz met angry growers on Friday. She argued that the new water rules would save the valley. They said the rules would ruin them.';
    expect(await claimantNames(text)).toEqual([['Ana Ruiz']]);
  });

  it('names a group subject after the one person the rules would pick', async () => {
    const text =
      'Mayor Tomas Brenner opened the new depot on Monday. Local bus drivers staged a walkout hours later. They said that the shifts were far too long.';
    expect(await claimantNames(text)).toEqual([['Local bus drivers']]);
  });

  it('leaves a bare "the" group after that person unnamed', async () => {
    const text =
      'Mayor Tomas Brenner opened the new depot on Monday. The drivers staged a walkout hours later. They said that the shifts were far too long.';
    expect(await claimantNames(text)).toEqual([]);
  });

  it('names a plural group noun as it names plural people', async () => {
    const text =
      'Mayor Tomas Brenner opened the new depot on Monday. Several bus companies withdrew from the tender hours later. They said that the terms were unfair.';
    expect(await claimantNames(text)).toEqual([['Several bus companies']]);
  });
});
