import { MgaoError, divZeroError, notAvailableError, numError, valueError } from "../../src/core/errors";

describe("MgaoError", () => {
  it("says the argument and the problem, and keeps both apart for the adapters", () => {
    const e = new MgaoError("#NUM!", "total", "must be a whole number");
    expect(e.message).toBe("total: must be a whole number");
    expect(e).toMatchObject({ kind: "#NUM!", argument: "total", problem: "must be a whole number", name: "MgaoError" });
  });

  it("is an Error, so code that knows nothing of Excel still catches it", () => {
    const e = valueError("data", "is empty");
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(MgaoError);
    expect(String(e)).toBe("MgaoError: data: is empty");
  });
});

describe("the error helpers", () => {
  it("each map to their Excel error", () => {
    expect([valueError, numError, notAvailableError, divZeroError].map((make) => make("x", "y").kind)).toEqual(["#VALUE!", "#NUM!", "#N/A", "#DIV/0!"]);
  });

  it("pass the argument and problem through unchanged", () => {
    const e = divZeroError("population", "totals zero across counties");
    expect(e.argument).toBe("population");
    expect(e.problem).toBe("totals zero across counties");
    expect(e.message).toBe("population: totals zero across counties");
  });
});
