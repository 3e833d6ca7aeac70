/**
 * "A post on the mayor's Facebook page said S", "The company's support account tweeted S", "A tweet
 * from Senator Ruiz said S": a post, page or account speaks for whoever keeps it, named by a possessor
 * or by "from"/"by". The resolver names that owner (sources.ts) and keeps the phrase as the mention, so
 * the post's own words still describe the source.
 */
import { organizationKindOfHead } from '../../entities/gazetteer.ts';
import { namesPeople } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';

/** Nouns of what someone publishes or keeps on a social platform. */
const SOCIAL_WORKS = new Set(['post', 'posting', 'tweet', 'retweet', 'account', 'page', 'feed', 'profile', 'handle', 'channel']);

const isSocialWork = (tree: DependencyTree, i: number) =>
  /^NNS?$/.test(tree.token(i).pos) && SOCIAL_WORKS.has(tree.token(i).lemma.toLowerCase());

/**
 * The token naming the owner of the social-media work headed at `head`: its possessor ("the mayor's
 * page"), or the one of the work it is on or from ("a post on the mayor's page", "a tweet from Ruiz").
 */
export function accountOwner(tree: DependencyTree, head: number): number | undefined {
  if (!isSocialWork(tree, head)) return undefined;
  const possessor = tree.child(head, 'nmod:poss');
  if (possessor !== undefined) return possessor;
  for (const noun of tree.children(head, 'nmod')) {
    if (tree.hasCase(noun, 'on') && isSocialWork(tree, noun)) return accountOwner(tree, noun);
    if (!tree.hasCase(noun, 'from') && !tree.hasCase(noun, 'by')) continue;
    if (isSocialWork(tree, noun)) return accountOwner(tree, noun);
    // A name, people or a body ("a tweet from the senator", "from the ministry"), not a thing ("an account from his book").
    const t = tree.token(noun);
    if (/^NNPS?$/.test(t.pos) || namesPeople(t.lemma.toLowerCase()) || organizationKindOfHead(t.word) !== undefined) return noun;
  }
  return undefined;
}
