/**
 * The interactive graph (Cytoscape.js): claims coloured by kind with a border by modality,
 * conflicts in thick red, every edge labelled with its relationship.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { CONFLICT_COLOUR, KIND_COLOURS, MODALITY_BORDERS } from './palette.ts';

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      color: '#111827',
      'background-color': '#9ca3af',
      width: 26,
      height: 26,
    },
  },
  {
    selector: 'node[group = "entity"]',
    style: { shape: 'ellipse', 'background-color': '#475569', width: 34, height: 34, 'font-weight': 'bold' },
  },
  {
    selector: 'node[group = "outlet"]',
    style: { shape: 'round-rectangle', 'background-color': '#0f766e', width: 40, height: 26, 'font-weight': 'bold' },
  },
  { selector: 'node[group = "channel"]', style: { shape: 'tag', 'background-color': '#6b7280' } },
  {
    selector: 'node[group = "article"]',
    style: { shape: 'rectangle', 'background-color': '#d1d5db', 'border-width': 1, 'border-color': '#6b7280' },
  },
  {
    selector: 'node[group = "claim"]',
    style: { shape: 'round-diamond', width: 30, height: 30, 'border-width': 3, 'border-color': '#111827', 'font-size': 9 },
  },
  ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
    selector: `node[claimKind = "${kind}"]`,
    style: { 'background-color': colour },
  })),
  ...Object.entries(MODALITY_BORDERS).map(([modality, border]) => ({
    selector: `node[modality = "${modality}"]`,
    style: { 'border-style': border },
  })),
  { selector: 'node[conflict = "yes"]', style: { 'border-color': CONFLICT_COLOUR, 'border-width': 5 } },
  { selector: 'node.focus', style: { 'background-color': '#111827', width: 44, height: 44, 'font-size': 13 } },
  { selector: 'node:selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  {
    selector: 'edge[conflict = "yes"]',
    style: {
      width: 4,
      'line-color': CONFLICT_COLOUR,
      'target-arrow-color': CONFLICT_COLOUR,
      color: CONFLICT_COLOUR,
      'font-size': 10,
      'font-weight': 'bold',
    },
  },
];

export interface GraphViewEvents {
  onEntity(id: string): void;
  onClaim(id: string): void;
  onArticle(id: string): void;
}

/** Higher rings are nearer the centre. */
function ringOf(data: { group: string; conflict?: string }, focus: boolean, focusClaim: boolean): number {
  if (focus) return 5;
  if (focusClaim) return 4;
  if (data.group === 'claim') return 1;
  return 2;
}

export class GraphView {
  private readonly cy: Core;
  private focusClaims = new Set<string>();

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({ container, style, minZoom: 0.2, maxZoom: 3 });
    this.cy.on('tap', 'node', (event) => {
      const { id, group } = (event.target as cytoscape.NodeSingular).data() as { id: string; group: string };
      if (group === 'claim') events.onClaim(id);
      else if (group === 'article') events.onArticle(id);
      else if (group === 'entity' || group === 'outlet') events.onEntity(id);
    });
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /** Draws what is not drawn yet and updates what is (an entity found to be an outlet too). */
  sync(elements: ElementDefinition[], focusId?: string, focusClaims: Iterable<string> = []): void {
    this.focusClaims = new Set(focusClaims);
    const nodesFirst = [...elements].sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
    for (const element of nodesFirst) {
      const drawn = this.cy.getElementById(element.data.id!);
      if (drawn.nonempty()) drawn.data(element.data);
      else this.cy.add(element);
    }
    if (focusId) {
      this.cy.nodes().removeClass('focus');
      this.cy.getElementById(focusId).addClass('focus');
    }
    // Rings around the focus: its claims first, then what they lead to (claimants, outlets,
    // channels, articles), conflicting claims and their claimants outermost.
    this.cy
      .layout({
        name: 'concentric',
        animate: false,
        minNodeSpacing: 60,
        spacingFactor: 1.1,
        concentric: (node) =>
          ringOf(node.data() as { group: string; conflict?: string }, node.hasClass('focus'), this.focusClaims.has(node.id())),
        levelWidth: () => 1,
        padding: 30,
      })
      .run();
    this.cy.fit(undefined, 30);
  }

  select(id: string): void {
    this.cy.nodes().unselect();
    this.cy.getElementById(id).select();
  }

  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    this.cy.nodes().forEach((n) => {
      const group = n.data('group') as string;
      counts[group] = (counts[group] ?? 0) + 1;
    });
    counts.edges = this.cy.edges().length;
    return counts;
  }
}
