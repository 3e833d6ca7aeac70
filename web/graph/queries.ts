/** The GraphQL documents the graph view and the reader send to /graphql. */

const CLAIM_SIDE = `id text kind modality claimants { id name type }`;

export const CLAIM_FIELDS = `
  id text quote kind modality verb createdAt
  saidOn { date precision text }
  claimants { id name type }
  reportedVia { id name }
  channel { id name medium }
  article { id title publishedAt publisher { id name } }
  contradicts { ${CLAIM_SIDE} }
  disputes { ${CLAIM_SIDE} }
  disputedBy { ${CLAIM_SIDE} }
`;

export const ENTITY_GRAPH = `
  query EntityGraph($id: ID, $name: String, $members: Boolean = false) {
    entity(id: $id, name: $name) {
      id name type description
      claims(first: 50, includeMembers: $members) { totalCount nodes { ${CLAIM_FIELDS} } }
    }
  }
`;

export const ENTITY_SUGGESTIONS = `
  query EntitySuggestions($text: String!) {
    entities(filter: { nameContains: $text }, first: 10) { nodes { id name type } }
  }
`;

export const CLAIMS_VIA_OUTLET = `
  query ClaimsViaOutlet($outlet: ID!) {
    claims(filter: { reportedVia: $outlet }, first: 50) { totalCount nodes { ${CLAIM_FIELDS} } }
  }
`;

export const ARTICLE_READER = `
  query ArticleReader($id: ID!) {
    article(id: $id) {
      id title deck url text publishedAt publishedAtText
      author { id name }
      publisher { id name }
      claims(first: 100) {
        totalCount
        nodes {
          id text quote kind modality verb createdAt
          saidOn { date precision text }
          refersTo { date precision text }
          claimants { id name }
          evidence { start end text }
          provenance {
            role
            node {
              __typename
              id
              ... on Entity { name }
              ... on Channel { name medium }
              ... on Article { title publishedAt }
            }
          }
        }
      }
    }
  }
`;

export interface EntityRef {
  id: string;
  name: string;
  type?: string;
}

export interface ClaimSide {
  id: string;
  text: string;
  kind: string;
  modality: string;
  claimants: EntityRef[];
}

export interface GraphClaim extends ClaimSide {
  quote: string | null;
  verb: string;
  createdAt: string;
  saidOn: { date: string; precision: string; text: string | null } | null;
  reportedVia: EntityRef[];
  channel: { id: string; name: string; medium: string } | null;
  article: { id: string; title: string; publishedAt: string | null; publisher: EntityRef | null };
  contradicts: ClaimSide[];
  disputes: ClaimSide[];
  disputedBy: ClaimSide[];
}

export interface GraphEntity extends EntityRef {
  description: string | null;
  claims: { totalCount: number; nodes: GraphClaim[] };
}

export interface ProvenanceStep {
  role: string;
  node: { __typename: string; id: string; name?: string; medium?: string; title?: string; publishedAt?: string | null };
}

export interface ReaderClaim {
  id: string;
  text: string;
  quote: string | null;
  kind: string;
  modality: string;
  verb: string;
  createdAt: string;
  saidOn: { date: string; precision: string; text: string | null } | null;
  refersTo: { date: string; precision: string; text: string | null } | null;
  claimants: EntityRef[];
  evidence: { start: number; end: number; text: string };
  provenance: ProvenanceStep[];
}

export interface ReaderArticle {
  id: string;
  title: string;
  deck: string | null;
  url: string | null;
  text: string;
  publishedAt: string | null;
  publishedAtText: string | null;
  author: EntityRef | null;
  publisher: EntityRef | null;
  claims: { totalCount: number; nodes: ReaderClaim[] };
}
