/** Internal shapes shared by the ingest stages. Offsets are always into the original article text. */

export interface Paragraph {
  start: number;
  end: number;
}

export interface TextSpan {
  start: number;
  end: number;
}
