/**
 * /graph: the provenance graph view (?entity=<id or name>) and the article reader
 * (?article=<id>). Everything shown comes from /graphql.
 */
import './graph.css';
import { graphql } from '../shared/api.ts';
import { h } from '../shared/dom.ts';
import { GraphModel } from './graph-model.ts';
import { GraphView } from './graph-view.ts';
import { renderPanel } from './panel.ts';
import { CLAIMS_VIA_OUTLET, ENTITY_GRAPH, ENTITY_SUGGESTIONS, type EntityRef, type GraphClaim, type GraphEntity } from './queries.ts';
import { showReader } from './reader.ts';

const app = document.getElementById('app')!;
const suggestions = h('datalist', { id: 'entity-suggestions' });
const input = h('input', {
  type: 'search',
  name: 'entity',
  list: 'entity-suggestions',
  placeholder: 'Search an entity: Golub, Reuters, Pentagon…',
  'aria-label': 'Entity',
  required: true,
  autocomplete: 'off',
});
const members = h('input', { type: 'checkbox', name: 'members', value: '1', id: 'members' });
const form = h(
  'form',
  { class: 'search', role: 'search', action: '/graph' },
  input,
  h(
    'label',
    { for: 'members', title: 'Also the claims of its members, parts and heads (the Pentagon: its official)' },
    members,
    ' with members',
  ),
  h('button', { type: 'submit' }, 'Show'),
);
const status = h('p', { class: 'status', role: 'status' });
const main = h('main', { id: 'main' });
const panel = h('aside', { id: 'panel', 'aria-label': 'What the graph shows' });
app.append(
  h(
    'header',
    { class: 'bar' },
    h('strong', {}, h('a', { href: '/graph' }, 'Provenance graph')),
    form,
    h('nav', {}, h('a', { href: '/explorer' }, 'Explorer (GraphiQL)')),
  ),
  status,
  h('div', { class: 'layout' }, main, panel),
  suggestions,
);

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  const text = input.value.trim();
  if (text.length < 2) return;
  timer = setTimeout(async () => {
    const data = await graphql<{ entities: { nodes: EntityRef[] } }>(ENTITY_SUGGESTIONS, { text }).catch(() => undefined);
    suggestions.replaceChildren(...(data?.entities.nodes ?? []).map((e) => h('option', { value: e.name }, (e.type ?? '').toLowerCase())));
  }, 200);
});

/** An id or a name: names are looked up first, then the value is tried as a global id. */
async function findEntity(key: string, withMembers: boolean): Promise<GraphEntity | null> {
  const byName = await graphql<{ entity: GraphEntity | null }>(ENTITY_GRAPH, { name: key, members: withMembers });
  if (byName.entity) return byName.entity;
  const byId = await graphql<{ entity: GraphEntity | null }>(ENTITY_GRAPH, { id: key, members: withMembers }).catch(() => ({
    entity: null,
  }));
  return byId.entity;
}

async function showGraph(key: string, withMembers: boolean): Promise<void> {
  input.value = key;
  members.checked = withMembers;
  status.textContent = `Loading ${key}…`;
  const focus = await findEntity(key, withMembers);
  if (!focus) {
    status.textContent = `No entity named or with the id “${key}”.`;
    return;
  }
  document.title = `${focus.name} · graph`;
  input.value = focus.name;
  const model = new GraphModel();
  const canvas = h('div', { id: 'graph', role: 'img', 'aria-label': `Graph of ${focus.name}'s claims; the side panel lists it as text` });
  main.replaceChildren(canvas);
  let selected: string | undefined;
  const render = () =>
    renderPanel(panel, {
      focus,
      model,
      counts: view.counts(),
      selectedClaim: selected,
      withMembers,
      expanded,
      expand: (id) => void expand(id),
    });
  const view = new GraphView(canvas, {
    onEntity: (id) => void expand(id),
    onClaim: (id) => {
      selected = id;
      view.select(id);
      render();
      panel.querySelector(`[data-claim="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
    },
    onArticle: (id) => {
      location.href = `/graph?article=${encodeURIComponent(id)}`;
    },
  });
  const expanded = new Set<string>([focus.id]);
  const ownClaims = focus.claims.nodes.map((c) => c.id);

  async function expand(id: string): Promise<void> {
    if (expanded.has(id)) return;
    expanded.add(id);
    status.textContent = 'Expanding…';
    try {
      const [made, carried] = await Promise.all([
        graphql<{ entity: GraphEntity | null }>(ENTITY_GRAPH, { id }),
        model.outlets.has(id) ? graphql<{ claims: { nodes: GraphClaim[] } }>(CLAIMS_VIA_OUTLET, { outlet: id }) : undefined,
      ]);
      model.addClaims([...(made.entity?.claims.nodes ?? []), ...(carried?.claims.nodes ?? [])]);
      view.sync(model.elementList(), focus!.id, ownClaims);
      render();
      status.textContent = '';
    } catch (error) {
      expanded.delete(id);
      status.textContent = `Could not expand: ${(error as Error).message}`;
    }
  }

  model.addClaims(focus.claims.nodes);
  model.entities.set(focus.id, focus);
  view.sync([{ group: 'nodes', data: { id: focus.id, label: focus.name, group: 'entity' } }, ...model.elementList()], focus.id, ownClaims);
  render();
  status.textContent = '';
}

async function route(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const article = params.get('article');
  const entity = params.get('entity');
  try {
    if (article) {
      app.classList.add('reading');
      await showReader(main, panel, article);
    } else if (entity) {
      await showGraph(entity, params.get('members') === '1');
    } else {
      main.replaceChildren(h('p', { class: 'intro' }, 'Search an entity to see its claims, who carried them, and what contradicts them.'));
      input.focus();
    }
  } catch (error) {
    status.textContent = `Could not load: ${(error as Error).message}`;
    status.setAttribute('role', 'alert');
  }
}

void route();
