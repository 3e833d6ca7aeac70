/**
 * "The Dana Whitlow campaign raised $3 million … The campaign added that S": a speaker written as a
 * bare "the campaign" (or a pronoun resolved to it) is the one campaign the text named before it
 * with its owner, "the X campaign" or "X's campaign", read from the parse. Before, the speaker became
 * an organization called "campaign". Two campaigns named before it ("the Whitlow campaign and the
 * Marsh campaign") leave it as it was; one owner written in two forms ("the Clinton campaign",
 * "Hillary Clinton's campaign") is one campaign. The speaker's words are no alias of the campaign.
 */
import type { Attribution } from '../attribution/attribution.ts';
import { DependencyTree } from '../attribution/tree.ts';
import type { NlpDocument } from '../nlp/types.ts';
import { isPersonRole } from './gazetteer.ts';
import { organizationKind } from './organization-kinds.ts';
import type { EntityRegistry } from './registry.ts';

const BARE_CAMPAIGN = /^(?:the\s+)?campaign$/i;
/** A campaign's name as the registry may hold it: its owner, then "campaign" ("Sanders campaign", "Bernie Sanders's campaign"). */
const CAMPAIGN_NAME = /^(.+?)(?:['’]s?)?\s+campaign$/i;
/** "Sen.", "Gov.", "Rep.": a title shortened before a name. */
const TITLE_ABBREVIATION = /^\p{Lu}\p{Ll}{1,4}\.$/u;
/** An owner the tagger calls a place runs no campaign of its own ("the Iowa campaign"). */
const PLACE_TAG = /^(?:LOCATION|CITY|STATE_OR_PROVINCE|COUNTRY|NATIONALITY)$/;

interface NamedCampaign {
  /** The owner's last word, lower case: what tells two campaigns apart. */
  key: string;
  name: string;
}

/** Campaigns named with a proper-noun owner ("the X campaign", "X's campaign") in tokens ending by `before`. */
function campaignsNamedBefore(doc: NlpDocument, before: number): NamedCampaign[] {
  const named: NamedCampaign[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.tokens[0].start >= before) break;
    const tree = DependencyTree.of(sentence);
    for (const t of sentence.tokens) {
      if (t.end > before || t.lemma.toLowerCase() !== 'campaign' || t.pos !== 'NN') continue;
      const owner = tree.children(t.index, /^(?:compound|nmod:poss)$/).filter((k) => tree.token(k).pos.startsWith('NNP'));
      if (!owner.length) continue;
      const words = owner
        .flatMap((k) => tree.subtree(k))
        .filter((k, i, all) => all.indexOf(k) === i && tree.token(k).pos.startsWith('NNP'))
        .sort((a, b) => a - b)
        .map((k) => tree.token(k));
      // "Senator Rhea Calder's campaign", "Sen. Calder's campaign": the campaign is named after the person, not the title.
      while (words.length > 1 && (isPersonRole(words[0].word) || TITLE_ABBREVIATION.test(words[0].word))) words.shift();
      const last = words.at(-1);
      if (!last || PLACE_TAG.test(last.ner)) continue;
      const possessive = owner.some((k) => tree.relation(k) === 'nmod:poss');
      const ownerName = words.map((w) => w.word).join(' ');
      named.push({ key: last.word.toLowerCase(), name: possessive ? `${ownerName}'s campaign` : `${ownerName} campaign` });
    }
  }
  return named;
}

/** The owner's last word of a campaign's name ("clinton" for "Hillary Clinton's campaign"), or undefined for another name. */
function campaignKey(name: string): string | undefined {
  return CAMPAIGN_NAME.exec(name.replace(/^the\s+/i, ''))?.[1]
    .split(/\s+/)
    .at(-1)!
    .toLowerCase();
}

/**
 * Names each bare "the campaign" claimant after the one campaign named before it (see above): by the
 * name the registry or another claimant ("the Clinton campaign said") already gives that campaign, so
 * one campaign stays one record, else as the text first wrote it.
 */
export function nameCampaignSpeakers(registry: EntityRegistry, doc: NlpDocument, attributions: Attribution[]): void {
  const spoken = new Map<string, string>();
  for (const c of attributions.flatMap((a) => a.claimants)) {
    const key = c.resolved ? undefined : campaignKey(c.name);
    if (key && !spoken.has(key)) spoken.set(key, c.name.replace(/^the\s+/i, ''));
  }
  for (const a of attributions)
    a.claimants = a.claimants.map((c) => {
      if (!BARE_CAMPAIGN.test(c.name)) return c;
      const named = campaignsNamedBefore(doc, c.mention.start);
      const keys = new Set(named.map((n) => n.key));
      if (keys.size !== 1) return c;
      const [key] = keys;
      const known = registry.all().find((r) => r.type === 'Organization' && [r.name, ...r.aliases].some((n) => campaignKey(n) === key));
      const name = spoken.get(key) ?? named[0].name;
      const record = known ?? registry.add({ name, type: 'Organization', kind: organizationKind(name) });
      return { ...c, name: record.name, aliases: [] };
    });
}
