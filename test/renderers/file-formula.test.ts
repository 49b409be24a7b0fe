import { toFileFormula } from "../../src/renderers/file-formula";

describe("toFileFormula", () => {
  it("prefixes functions newer than Excel 2007, leaving strings alone", () => {
    expect(toFileFormula('IF(A1="",RANK.EQ(A1,B:B),"RANK.EQ(x)")')).toBe('IF(A1="",_xlfn.RANK.EQ(A1,B:B),"RANK.EQ(x)")');
  });
});
