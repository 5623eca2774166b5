/**
 * Thrown by a matcher that does not hold. The harness tells a failed check (`fail`) from a crash (`error`) by this
 * class, which learner code cannot reach: it is created inside the harness and never passed to the learner.
 */
export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    // defineProperty, not assignment: the worker freezes Error.prototype, and assigning an inherited read-only
    // property throws in strict mode.
    Object.defineProperty(this, 'name', { value: 'AssertionError', configurable: true });
  }
}

export function isAssertionError(error: unknown): error is AssertionError {
  return error instanceof AssertionError;
}
