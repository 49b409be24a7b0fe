/**
 * Stand-in for the globals Excel's custom-functions runtime provides (`CustomFunctions.Error`,
 * `ErrorCode`, `associate`), so the adapters run in Node. It mirrors the runtime's documented shape;
 * it is not a mock of our own code.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    if (message === undefined) delete (this as { message?: string }).message;
  }
}

const associated = new Map<string, unknown>();

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate(id: string, fn: unknown) {
    associated.set(id, fn);
  },
  __associated: associated,
};
