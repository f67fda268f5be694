/** Admin API errors: a status, a code and a reason the operator can act on (never a 500 for bad input). */
export class AdminError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 503,
    readonly code: string,
    reason: string,
  ) {
    super(reason);
    this.name = 'AdminError';
  }
}

export const badRequest = (reason: string) => new AdminError(400, 'bad_request', reason);
export const notFound = (reason: string) => new AdminError(404, 'not_found', reason);
