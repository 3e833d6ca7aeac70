/**
 * The article reader: the article's text with each claim's evidence as a <mark>, coloured by
 * claimant; selecting a highlight shows the claim, its dates and its provenance chain.
 */
import { graphql } from '../shared/api.ts';
import { fill, formatClaimDate, formatDate, h, type Child } from '../shared/dom.ts';
import { claimantColours } from './palette.ts';
import { ARTICLE_READER, type ReaderArticle, type ReaderClaim } from './queries.ts';

const ROLE_WORDS: Record<string, string> = {
  CLAIMANT: 'said by',
  CHANNEL: 'first published on',
  INTERMEDIARY: 'carried by',
  AUTHOR: 'written up by',
  ARTICLE: 'in the article',
  PUBLISHER: 'published by',
};

export async function showReader(main: HTMLElement, panel: HTMLElement, articleId: string): Promise<void> {
  const { article } = await graphql<{ article: ReaderArticle | null }>(ARTICLE_READER, { id: articleId });
  if (!article) {
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, `No article with id ${articleId}.`));
    return;
  }
  document.title = `${article.title} · reader`;
  const colourOf = claimantColours();
  const claims = article.claims.nodes;
  const byId = new Map(claims.map((c) => [c.id, c]));

  const text = h('div', { class: 'article-text', id: 'article-text' }, highlighted(article.text, claims, colourOf));
  text.addEventListener('click', (event) => {
    const mark = (event.target as HTMLElement).closest('mark');
    if (mark) select(mark.dataset.claim!);
  });
  text.addEventListener('keydown', (event) => {
    const mark = (event.target as HTMLElement).closest('mark');
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(mark.dataset.claim!);
    }
  });

  const claimants = new Map(claims.flatMap((c) => c.claimants).map((e) => [e.id, e.name]));
  main.replaceChildren(
    h(
      'article',
      { class: 'reader' },
      h('h2', { id: 'article-title' }, article.title),
      article.deck ? h('p', { class: 'deck' }, article.deck) : null,
      h(
        'p',
        { class: 'muted' },
        [
          article.author?.name && `by ${article.author.name}`,
          article.publisher?.name,
          article.publishedAtText ?? formatDate(article.publishedAt),
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      h('p', { class: 'muted', id: 'highlight-count' }, `${claims.length} claims highlighted; select one to see where it comes from.`),
      text,
    ),
  );
  const legend = h(
    'div',
    { class: 'claimant-legend' },
    h('h3', {}, 'Claimants'),
    h(
      'ul',
      {},
      [...claimants].map(([id, name]) =>
        h(
          'li',
          {},
          h('span', { class: 'swatch', style: `background:${colourOf(id)}` }),
          h('a', { href: `/graph?entity=${encodeURIComponent(id)}` }, name),
        ),
      ),
    ),
  );
  const details = h('div', { id: 'claim-details', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select a highlighted passage.'));
  panel.replaceChildren(details, legend);

  function select(claimId: string): void {
    const claim = byId.get(claimId);
    if (!claim) return;
    for (const mark of text.querySelectorAll('mark')) mark.classList.toggle('selected', mark.dataset.claim === claimId);
    fill(details, claimDetails(claim));
  }
}

/** The text split at every evidence boundary; a stretch inside a claim's evidence is a <mark>. */
function highlighted(text: string, claims: ReaderClaim[], colourOf: (id: string) => string): (Node | string)[] {
  const cuts = [...new Set([0, text.length, ...claims.flatMap((c) => [c.evidence.start, c.evidence.end])])].sort((a, b) => a - b);
  const out: (Node | string)[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(start, end);
    // Where evidence overlaps, the claim that starts last (the innermost) is the one shown.
    const covering = claims
      .filter((c) => c.evidence.start <= start && c.evidence.end >= end)
      .sort((a, b) => b.evidence.start - a.evidence.start);
    const claim = covering[0];
    if (!claim) {
      out.push(piece);
      continue;
    }
    const claimant = claim.claimants[0];
    out.push(
      h(
        'mark',
        {
          'data-claim': claim.id,
          'data-claimant': claimant?.id,
          tabindex: 0,
          title: `${claim.claimants.map((e) => e.name).join(', ')}: ${claim.text}`,
          style: `background:${claimant ? colourOf(claimant.id) : '#e5e7eb'}`,
        },
        piece,
      ),
    );
  }
  return out;
}

function claimDetails(claim: ReaderClaim): Child[] {
  return [
    h('h3', {}, 'Claim'),
    h('p', { class: 'claim-text' }, claim.text),
    claim.quote ? h('blockquote', {}, claim.quote) : null,
    h('p', { class: 'muted' }, `${claim.kind.toLowerCase()}, ${claim.modality.toLowerCase()}; verb “${claim.verb}”`),
    h(
      'dl',
      { class: 'dates' },
      claim.saidOn
        ? [h('dt', {}, 'Said on'), h('dd', {}, formatClaimDate(claim.saidOn), claim.saidOn.text ? ` (“${claim.saidOn.text}”)` : '')]
        : null,
      claim.refersTo
        ? [h('dt', {}, 'About'), h('dd', {}, formatClaimDate(claim.refersTo), claim.refersTo.text ? ` (“${claim.refersTo.text}”)` : '')]
        : null,
      h('dt', {}, 'Added to the graph'),
      h('dd', {}, formatDate(claim.createdAt)),
    ),
    h('h3', {}, 'Provenance'),
    h(
      'ol',
      { class: 'provenance', id: 'provenance' },
      claim.provenance.map((step) =>
        h(
          'li',
          { 'data-role': step.role },
          h('span', { class: 'role' }, `${ROLE_WORDS[step.role] ?? step.role.toLowerCase()}`),
          ' ',
          step.node.__typename === 'Article'
            ? [h('strong', {}, step.node.title ?? ''), step.node.publishedAt ? `, ${formatDate(step.node.publishedAt)}` : '']
            : step.node.__typename === 'Channel'
              ? h('strong', {}, step.node.name ?? '')
              : h('a', { href: `/graph?entity=${encodeURIComponent(step.node.id)}` }, h('strong', {}, step.node.name ?? '')),
          h('span', { class: 'role-name' }, ` (${step.role})`),
        ),
      ),
    ),
  ];
}
