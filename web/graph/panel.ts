/**
 * The graph view's side panel: as text, what the graph shows (the entity's claims with claimant,
 * outlets, channel, dates and conflicts; then everything else drawn), for screen readers, for
 * people who prefer reading, and for tests.
 */
import { fill, formatClaimDate, formatDate, h } from '../shared/dom.ts';
import type { GraphModel } from './graph-model.ts';
import { KIND_COLOURS, MODALITY_BORDERS } from './palette.ts';
import type { ClaimSide, GraphClaim, GraphEntity } from './queries.ts';

const readerLink = (articleId: string, text: string) => h('a', { href: `/graph?article=${encodeURIComponent(articleId)}` }, text);
const entityLink = (id: string, name: string) => h('a', { href: `/graph?entity=${encodeURIComponent(id)}`, 'data-entity': id }, name);
const names = (list: { id: string; name: string }[]) => list.flatMap((e, i) => [i ? ', ' : '', entityLink(e.id, e.name)]);

function isFull(claim: GraphClaim | ClaimSide): claim is GraphClaim {
  return 'article' in claim;
}

export function claimItem(claim: GraphClaim | ClaimSide, model: GraphModel, selected: boolean): HTMLLIElement {
  const conflicts = model.conflictsOf(claim.id);
  return h(
    'li',
    { class: `claim${selected ? ' selected' : ''}${conflicts.length ? ' conflicted' : ''}`, 'data-claim': claim.id },
    h('span', { class: 'kind', style: `background:${KIND_COLOURS[claim.kind] ?? '#999'}` }, claim.kind.toLowerCase()),
    ' ',
    h('span', { class: 'modality' }, claim.modality.toLowerCase()),
    h('p', { class: 'claim-text' }, claim.text),
    h(
      'p',
      { class: 'claim-meta' },
      'said by ',
      names(claim.claimants),
      isFull(claim) && claim.reportedVia.length ? [' · via ', names(claim.reportedVia)] : null,
      isFull(claim) && claim.channel ? [' · first on ', claim.channel.name] : null,
      isFull(claim) && claim.saidOn
        ? [' · said ', formatClaimDate(claim.saidOn), claim.saidOn.text ? ` (“${claim.saidOn.text}”)` : '']
        : null,
      isFull(claim)
        ? [
            ' · in ',
            readerLink(claim.article.id, claim.article.title),
            claim.article.publishedAt ? `, published ${formatDate(claim.article.publishedAt)}` : '',
          ]
        : null,
    ),
    conflicts.length
      ? h(
          'ul',
          { class: 'conflicts' },
          conflicts.map(({ words, other }) => h('li', {}, h('strong', {}, `${words}: `), other.text, ' — ', names(other.claimants))),
        )
      : null,
  );
}

export interface PanelState {
  focus: GraphEntity;
  model: GraphModel;
  counts: Record<string, number>;
  selectedClaim?: string;
  withMembers: boolean;
  expanded: Set<string>;
  /** Adds an entity's or outlet's claims to the graph, as clicking its node does. */
  expand(id: string): void;
}

/** An entity with a button that expands it in the graph (the keyboard's way to do what a click on the node does). */
function expandable(state: PanelState, entity: { id: string; name: string }): HTMLElement {
  return h(
    'li',
    {},
    entityLink(entity.id, entity.name),
    ' ',
    state.expanded.has(entity.id)
      ? h('span', { class: 'muted' }, '(expanded)')
      : h(
          'button',
          { type: 'button', class: 'expand', 'aria-label': `Expand ${entity.name} in the graph`, onclick: () => state.expand(entity.id) },
          'expand',
        ),
  );
}

export function renderPanel(panel: HTMLElement, state: PanelState): void {
  const { focus, model, counts, selectedClaim, withMembers } = state;
  const own = focus.claims.nodes;
  const ownIds = new Set(own.map((c) => c.id));
  const others = [...model.claims.values()].filter((c) => !ownIds.has(c.id));
  const outlets = [...model.outlets.values()];
  const channels = [...model.channels.values()];
  const articles = [...model.articles.values()];
  const conflicts = model.conflicts.size;
  const claimants = [
    ...new Map(
      [...model.claims.values()]
        .flatMap((c) => c.claimants)
        .filter((e) => e.id !== focus.id && !model.outlets.has(e.id))
        .map((e) => [e.id, e]),
    ).values(),
  ];
  fill(
    panel,
    h('h2', { id: 'focus-name' }, focus.name),
    h('p', { class: 'muted' }, `${(focus.type ?? '').toLowerCase()}${focus.description ? ` · ${focus.description}` : ''}`),
    h(
      'p',
      { class: 'summary', 'aria-live': 'polite' },
      `The graph shows ${counts.claim ?? 0} claims, ${(counts.entity ?? 0) + (counts.outlet ?? 0)} entities (${counts.outlet ?? 0} outlets), ${counts.channel ?? 0} channels, ${counts.article ?? 0} articles and ${conflicts} conflicts.`,
    ),
    h('h3', {}, `${focus.claims.totalCount} claims by ${focus.name}${withMembers ? ', its members, parts and heads' : ''}`),
    h(
      'ol',
      { class: 'claims', id: 'focus-claims' },
      own.map((c) => claimItem(c, model, c.id === selectedClaim)),
    ),
    others.length
      ? [
          h('h3', {}, `Other claims in the graph (${others.length})`),
          h(
            'ol',
            { class: 'claims', id: 'other-claims' },
            others.map((c) => claimItem(c, model, c.id === selectedClaim)),
          ),
        ]
      : null,
    outlets.length
      ? [
          h('h3', {}, 'Outlets'),
          h(
            'ul',
            { id: 'outlets' },
            outlets.map((o) => expandable(state, o)),
          ),
        ]
      : null,
    claimants.length
      ? [
          h('h3', {}, 'Other claimants'),
          h(
            'ul',
            { id: 'claimants' },
            claimants.map((e) => expandable(state, e)),
          ),
        ]
      : null,
    channels.length
      ? [
          h('h3', {}, 'Channels'),
          h(
            'ul',
            { id: 'channels' },
            channels.map((c) => h('li', {}, `${c.name} (${c.medium})`)),
          ),
        ]
      : null,
    articles.length
      ? [
          h('h3', {}, 'Articles'),
          h(
            'ul',
            { id: 'articles' },
            articles.map((a) => h('li', {}, readerLink(a.id, a.title))),
          ),
        ]
      : null,
    legend(),
  );
}

export function legend(): HTMLElement {
  return h(
    'details',
    { class: 'legend', open: true },
    h('summary', {}, 'Legend'),
    h('p', {}, 'Claims (diamonds) are coloured by kind:'),
    h(
      'ul',
      {},
      Object.entries(KIND_COLOURS).map(([kind, colour]) =>
        h('li', {}, h('span', { class: 'swatch', style: `background:${colour}` }), kind.toLowerCase()),
      ),
    ),
    h(
      'p',
      {},
      `Border by modality: ${Object.entries(MODALITY_BORDERS)
        .map(([m, b]) => `${m.toLowerCase()} ${b}`)
        .join(', ')}. Thick red: contradicted or disputed.`,
    ),
    h(
      'p',
      {},
      'Dark circles: people and organizations; teal boxes: outlets; grey boxes: articles (click to read); tags: channels. Click an entity or outlet to expand it.',
    ),
  );
}
