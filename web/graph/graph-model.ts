/**
 * What the graph view has loaded: claims and the entities, outlets, channels, articles and
 * conflicting claims around them, as Cytoscape elements. Pure data; graph-view.ts draws it.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ClaimSide, EntityRef, GraphClaim } from './queries.ts';

export type Conflict = { type: 'CONTRADICTS' | 'DISPUTES'; from: string; to: string };

const shorten = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export class GraphModel {
  readonly claims = new Map<string, GraphClaim | ClaimSide>();
  readonly entities = new Map<string, EntityRef>();
  readonly outlets = new Map<string, EntityRef>();
  readonly channels = new Map<string, { id: string; name: string; medium: string }>();
  readonly articles = new Map<string, { id: string; title: string }>();
  readonly conflicts = new Map<string, Conflict>();
  private readonly elements = new Map<string, ElementDefinition>();

  /** Every element loaded so far, to draw. */
  elementList(): ElementDefinition[] {
    return [...this.elements.values()];
  }

  /** Adds claims with their neighbourhood. */
  addClaims(claims: GraphClaim[]): void {
    for (const claim of claims) {
      this.claims.set(claim.id, claim);
      this.claimNode(claim);
      for (const claimant of claim.claimants) this.entityNode(claimant, 'said by', claim.id, 'CLAIMED_BY');
      for (const outlet of claim.reportedVia) {
        this.outlets.set(outlet.id, outlet);
        this.entityNode(outlet, 'reported via', claim.id, 'REPORTED_VIA', 'outlet');
      }
      if (claim.channel) {
        this.channels.set(claim.channel.id, claim.channel);
        this.node(claim.channel.id, { label: claim.channel.name, group: 'channel' });
        this.edge(claim.id, claim.channel.id, 'first published on', 'VIA_CHANNEL');
      }
      this.articles.set(claim.article.id, claim.article);
      this.node(claim.article.id, { label: shorten(claim.article.title, 36), group: 'article' });
      this.edge(claim.id, claim.article.id, 'appears in', 'APPEARS_IN');
      for (const other of claim.contradicts) this.conflict(claim.id, other, 'CONTRADICTS');
      for (const other of claim.disputes) this.conflict(claim.id, other, 'DISPUTES');
      for (const other of claim.disputedBy) this.conflict(other.id, other, 'DISPUTES', claim.id);
    }
  }

  isConflicted(claimId: string): boolean {
    return [...this.conflicts.values()].some((c) => c.from === claimId || c.to === claimId);
  }

  /** The claim's conflicts in words: 'Contradicts', 'Disputes' or 'Disputed by'. */
  conflictsOf(claimId: string): { words: string; other: GraphClaim | ClaimSide }[] {
    return [...this.conflicts.values()]
      .filter((c) => c.from === claimId || c.to === claimId)
      .map((c) => ({
        words: c.type === 'CONTRADICTS' ? 'Contradicts' : c.from === claimId ? 'Disputes' : 'Disputed by',
        other: this.claims.get(c.from === claimId ? c.to : c.from)!,
      }));
  }

  private conflict(from: string, side: ClaimSide, type: Conflict['type'], to = side.id): void {
    if (!this.claims.has(side.id)) this.claims.set(side.id, side);
    this.claimNode(side);
    for (const claimant of side.claimants) this.entityNode(claimant, 'said by', side.id, 'CLAIMED_BY');
    // A CONTRADICTS pair is the same conflict from either side.
    const key = type === 'CONTRADICTS' ? [type, ...[from, to].sort()].join(':') : `${type}:${from}:${to}`;
    if (this.conflicts.has(key)) return;
    this.conflicts.set(key, { type, from, to });
    this.edge(from, to, type === 'CONTRADICTS' ? 'contradicts' : 'disputes', type, true);
    for (const id of [from, to]) {
      const element = this.elements.get(id);
      if (element) element.data.conflict = 'yes';
    }
  }

  private claimNode(claim: ClaimSide): void {
    this.node(claim.id, { label: shorten(claim.text), group: 'claim', claimKind: claim.kind, modality: claim.modality });
  }

  private entityNode(entity: EntityRef, label: string, claimId: string, type: string, group = 'entity'): void {
    this.entities.set(entity.id, entity);
    this.node(entity.id, { label: entity.name, group, entityType: entity.type ?? '' });
    this.edge(claimId, entity.id, label, type);
  }

  private node(id: string, data: Record<string, string>): void {
    const existing = this.elements.get(id);
    if (existing) {
      // An entity first seen as a claimant may turn out to be an outlet too.
      if (data.group === 'outlet') existing.data.group = 'outlet';
      return;
    }
    this.elements.set(id, { group: 'nodes', data: { id, ...data } });
  }

  private edge(source: string, target: string, label: string, type: string, conflict = false): void {
    const id = `${type}:${source}->${target}`;
    if (this.elements.has(id)) return;
    this.elements.set(id, { group: 'edges', data: { id, source, target, label, type, conflict: conflict ? 'yes' : 'no' } });
  }
}
