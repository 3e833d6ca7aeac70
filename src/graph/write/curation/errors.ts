/** A curation request the graph refuses (unknown id, wrong kind of node): the API answers BAD_USER_INPUT. */
export class CurationError extends Error {
  constructor(
    message: string,
    readonly argument?: string,
  ) {
    super(message);
    this.name = 'CurationError';
  }
}
