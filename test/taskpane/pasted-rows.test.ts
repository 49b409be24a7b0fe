import type { FieldError } from "../../src/plans/spec-errors";
import { messagesFor } from "../../src/taskpane/form-errors";
import { amountField, parsePercent } from "../../src/taskpane/pasted-rows";

describe("pasted and typed rows", () => {
  it("reads one-line amounts, saying what to type, and whether blank will do", () => {
    const problems: FieldError[] = [];
    expect(amountField("4.5bn", "budget", "allowed", problems)).toBe(4_500_000_000);
    expect(amountField(" ", "budget", "allowed", problems)).toBeNull();
    expect(amountField("", "affirmativeAmount", "refused", problems)).toBeNull();
    expect(amountField("lots", "total", "refused", problems)).toBeNull();
    expect(problems).toEqual([
      { field: "affirmativeAmount", message: "Type an amount of shillings, such as 45,000,000 or 45m." },
      { field: "total", message: expect.stringMatching(/^"lots" is not an amount: type shillings as .*4\.5bn\.$/) },
    ]);
    expect([parsePercent("35"), parsePercent("35%"), parsePercent("lots")]).toEqual([0.35, 0.35, undefined]);
  });

  it("gathers a field's messages and its children's", () => {
    const errors = [
      { field: "projects", message: "Add at least one project." },
      { field: "projects.2.cost", message: "Bad cost." },
      { field: "budget", message: "No." },
    ];
    expect(messagesFor(errors, "projects")).toBe("Add at least one project. Bad cost.");
    expect(messagesFor(errors, "title")).toBeUndefined();
  });
});
