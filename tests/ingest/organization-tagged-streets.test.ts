/**
 * A road or square the tagger calls an organization (named after a person, or in Spanish) is a place, but a one-word
 * street's name the tagger calls an organization stands for the people there; on real CoreNLP parses
 * of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('roads tagged as organizations', () => {
  it('"on Ferhat Hached Avenue": the avenue is a place', async () => {
    const typed = await entityKinds('The mayor told supporters on Ferhat Hached Avenue in Sfax that the port would reopen.');
    expect(typed).toMatchObject({ 'Ferhat Hached Avenue': 'Place', Sfax: 'Place' });
  });

  it('"along Mohammed V Avenue": the avenue is a place', async () => {
    const typed = await entityKinds('Crowds gathered along Mohammed V Avenue in Rabat as the king passed, the palace said.');
    expect(typed).toMatchObject({ 'Mohammed V Avenue': 'Place' });
  });

  it('"at the Plaza de Oriente": the square is a place', async () => {
    const typed = await entityKinds('The party held its closing rally at the Plaza de Oriente, and thousands waved flags.');
    expect(typed).toMatchObject({ 'Plaza de Oriente': 'Place' });
  });

  it('"Wall Street" stays the organization the tagger saw', async () => {
    const typed = await entityKinds('Wall Street expects the Federal Reserve to raise rates, economists said.');
    expect(typed).toMatchObject({ 'Wall Street': 'Organization/OTHER' });
  });
});
