import { fiscalEffortShares } from "../../src/core";

describe("fiscalEffortShares", () => {
  it("shares OSR/GCP ratios over their total", () => {
    // ratios 0.1 and 0.05
    const s = fiscalEffortShares([10, 20], [100, 400]);
    expect(s[0]).toBeCloseTo(2 / 3, 12);
    expect(s[1]).toBeCloseTo(1 / 3, 12);
  });
  it("names a county with no GCP and mismatched lengths", () => {
    expect(() => fiscalEffortShares([1, 2], [1, 0], ["Embu", "Meru"])).toThrow("gcp: gross county product of Meru is zero");
    expect(() => fiscalEffortShares([1, 2], [1])).toThrow(expect.objectContaining({ kind: "#VALUE!", argument: "gcp" }));
  });
});
