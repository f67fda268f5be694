/** Errors the engine reports to channels, which turn them into a 4xx with the reason. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 | 410 | 503,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ConversationNotFound extends EngineError {
  constructor(id: string) {
    super(`no conversation with id ${JSON.stringify(id)}`, 404, 'conversation_not_found');
  }
}

/** Another instance answered a turn of this conversation meanwhile; the request may be retried. */
export class ConversationConflict extends EngineError {
  constructor(id: string) {
    super(`conversation ${JSON.stringify(id)} was changed by another request; retry`, 409, 'conversation_conflict');
  }
}

export class InvalidInput extends EngineError {
  constructor(reason: string) {
    super(reason, 400, 'invalid_input');
  }
}

/** The conversation's flow is not hosted by this instance (e.g. during a rolling deploy): retry elsewhere or later. */
export class FlowUnavailable extends EngineError {
  constructor(flow: string) {
    super(`flow ${JSON.stringify(flow)} is not hosted here`, 503, 'flow_unavailable');
  }
}
