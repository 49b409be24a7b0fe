import fc from "fast-check";
import { JUDGEMENTS } from "../../src/core/delivery-judgement";
import {
  BOTTOM_LEVEL,
  DEFAULT_OVERDUE_DAYS,
  ESCALATION_LEVELS,
  TOP_LEVEL,
  daysOverdue,
  escalate,
  escalationRuleNote,
  proposeLevel,
  requireJudgement,
  requireLevel,
  requireOverdueDays,
} from "../../src/core/escalation";

const level = fc.constantFrom(...ESCALATION_LEVELS);
const judgement = fc.constantFrom("", ...JUDGEMENTS);
const rank = (l: string) => ESCALATION_LEVELS.indexOf(l as (typeof ESCALATION_LEVELS)[number]);

describe("escalation levels", () => {
  it("run from the delivery team to the Governor", () => {
    expect(ESCALATION_LEVELS).toEqual(["Delivery team", "SDU", "CECM", "Governor"]);
    expect([BOTTOM_LEVEL, TOP_LEVEL]).toEqual(["Delivery team", "Governor"]);
  });

  it("are read whatever the case, and an unknown word is refused naming the argument", () => {
    expect(requireLevel(" cecm ")).toBe("CECM");
    expect(requireLevel("governor", "x")).toBe("Governor");
    expect(() => requireLevel("Minister")).toThrow(expect.objectContaining({ kind: "#VALUE!", argument: "currentLevel" }));
  });
});

describe("escalate", () => {
  it("moves an issue up one level on a Red judgement, or overdue by more than the rule's days", () => {
    expect(DEFAULT_OVERDUE_DAYS).toBe(30);
    expect(escalate("Red", 0, "Delivery team")).toBe("SDU");
    expect(escalate("Amber-Red", 31, "SDU")).toBe("CECM");
    expect(escalate("Amber-Red", 30, "SDU")).toBe("SDU"); // "more than" 30 days
    expect(escalate("Green", 8, "CECM", { overdueDays: 7 })).toBe("Governor");
    expect(escalate("", 0, "CECM")).toBe("CECM");
  });

  it("keeps Governor at Governor", () => {
    expect(escalate("Red", 400, "Governor")).toBe("Governor");
  });

  it("never moves an issue down, and moves it at most one level", () => {
    fc.assert(
      fc.property(judgement, fc.integer({ min: 0, max: 1000 }), level, fc.integer({ min: 0, max: 365 }), (j, days, current, overdueDays) => {
        const next = escalate(j, days, current, { overdueDays });
        const step = rank(next) - rank(current);
        expect(step === 0 || step === 1).toBe(true);
        // It moves exactly when the rule says so, unless already at the top.
        expect(step === 1).toBe(current !== TOP_LEVEL && (j === "Red" || days > overdueDays));
      }),
      { seed: 18, numRuns: 500 },
    );
  });

  it("climbs to Governor in three stocktakes of Red, and no further", () => {
    const climb = [1, 2, 3, 4].reduce<string[]>((seen) => [...seen, escalate("Red", 0, seen[seen.length - 1] as (typeof ESCALATION_LEVELS)[number])], [BOTTOM_LEVEL]);
    expect(climb).toEqual(["Delivery team", "SDU", "CECM", "Governor", "Governor"]);
  });
});

describe("proposeLevel", () => {
  it("leaves a closed issue where it is, and reads a blank level as the delivery team's", () => {
    expect(proposeLevel({ closed: true, judgement: "Red", overdue: 90, current: "SDU" })).toBe("SDU");
    expect(proposeLevel({ closed: false, judgement: "Red", overdue: 0, current: null })).toBe("SDU");
    expect(proposeLevel({ closed: false, judgement: "Green", overdue: 0, current: null })).toBe("Delivery team");
  });
});

describe("daysOverdue", () => {
  it("counts the days past due of an open action, 0 otherwise", () => {
    expect(daysOverdue(100, 145, false)).toBe(45);
    expect(daysOverdue(100, 145, true)).toBe(0);
    expect(daysOverdue(150, 145, false)).toBe(0);
    expect(daysOverdue(null, 145, false)).toBe(0);
  });
});

describe("the rule is a setting", () => {
  it("refuses an allowance that is not a whole number of days", () => {
    expect(requireOverdueDays(0)).toBe(0);
    expect(() => requireOverdueDays(-1)).toThrow(expect.objectContaining({ kind: "#NUM!", argument: "rule" }));
    expect(() => requireOverdueDays(2.5, "overdueDays")).toThrow(expect.objectContaining({ argument: "overdueDays" }));
  });

  it("says it is unconfirmed, with its default, where users see it", () => {
    expect(escalationRuleNote()).toMatch(/^Unconfirmed rule, a setting \(default 30 days\)/);
    expect(escalationRuleNote(14)).toContain("more than 14 days");
  });
});

describe("requireJudgement", () => {
  it("reads a judgement whatever the case, a blank as none, and names the argument otherwise", () => {
    expect(requireJudgement(" red ")).toBe("Red");
    expect(requireJudgement("")).toBe("");
    expect(() => requireJudgement("Redd", "judgement", "value 2")).toThrow('judgement: value 2 is "Redd", not a judgement; use Green, Amber-Green, Amber-Red, Red, or leave it blank');
  });
});
