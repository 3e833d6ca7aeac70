/**
 * "the public broadcaster ABC reports", "Australia's ABC": the ABC of such a text is the Australian
 * Broadcasting Corporation, not the US network the gazetteer knows by those letters (ABC News). A US
 * network is never called a public broadcaster, so the description settles it for the whole text.
 */
import type { EntityRegistry } from './registry.ts';

const AUSTRALIAN_ABC =
  /\b(?:public|national|state|Australian|Australia['’]s) broadcaster,? (?:the )?ABC\b|\bAustralia['’]s ABC\b|\bAustralian Broadcasting Corp(?:oration|\.)?/;

/** Registers the Australian broadcaster under "ABC" before NER's mentions are read, when the text describes it so. */
export function registerAustralianBroadcaster(registry: EntityRegistry, text: string): void {
  if (!AUSTRALIAN_ABC.test(text)) return;
  registry.add({ name: 'Australian Broadcasting Corporation', type: 'Organization', kind: 'MEDIA', aliases: ['ABC', 'the ABC'] });
}
