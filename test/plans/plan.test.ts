import { a1, columnLetter } from "../../src/plans/plan";

describe("cell addresses", () => {
  it("writes A1 addresses", () => {
    expect([columnLetter(0), columnLetter(25), columnLetter(26), columnLetter(701), columnLetter(702)]).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(a1(13, 3, true)).toBe("$D$14");
  });
});
