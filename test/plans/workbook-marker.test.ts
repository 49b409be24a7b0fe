import { assignSheetNames, resolveSheetRefs } from "../../src/plans/sheet-names";
import { SPEC_VERSION, withVersion } from "../../src/plans/spec-version";
import { MARKER_KEY, MARKER_NAME, MarkerError, SPEC_CHUNK, isMarker, markerSheet, readMarker, referencedSheet, withMarker } from "../../src/plans/workbook-marker";
import { TEMPLATES } from "../../src/plans/templates";

/** The marker's cells as Excel gives them back (`formulas`), under the names the sheets got. */
function asWritten(sheet: ReturnType<typeof markerSheet>, names: ReadonlyMap<string, string>): unknown[][] {
  return sheet.blocks[0].cells.map((line) => line.map((c) => (c.formula !== undefined ? `=${resolveSheetRefs(c.formula, names)}` : (c.value ?? ""))));
}

describe("the workbook marker", () => {
  const plan = TEMPLATES.contract.plan(TEMPLATES.contract.example);

  it("is added last, very hidden and unprotected, only to a plan that says what it was made from", () => {
    expect(withMarker(plan)).toBe(plan);
    const marked = withMarker({ ...plan, source: { template: "contract", spec: TEMPLATES.contract.example } });
    expect(marked.sheets.slice(0, -1)).toEqual(plan.sheets);
    const marker = marked.sheets[marked.sheets.length - 1];
    expect(marker).toMatchObject({ key: MARKER_KEY, name: MARKER_NAME, visibility: "veryHidden", protect: false });
    expect(withMarker(marked)).toBe(marked);
  });

  it("reads back the template, the spec version, the spec and each sheet's name now", () => {
    const spec = TEMPLATES.contract.example as object;
    const sheet = markerSheet("contract", spec, plan.sheets.map((s) => s.key));
    const names = assignSheetNames({ sheets: [...plan.sheets, sheet] }, [plan.sheets[0].name]);
    const read = readMarker(asWritten(sheet, names));
    expect(read.template).toBe("contract");
    expect(read.version).toBe(SPEC_VERSION);
    expect(read.spec).toEqual(withVersion(spec));
    expect([...read.sheets.entries()]).toEqual(plan.sheets.map((s) => [s.key, names.get(s.key)]));
    // The first sheet's name was taken, so it got a suffix, and the marker follows it.
    expect(read.sheets.get(plan.sheets[0].key)).toMatch(/ \(2\)$/);
  });

  it("splits a long spec into cells Excel can hold, and joins them again", () => {
    const spec = { notes: "x".repeat(SPEC_CHUNK * 2 + 17), title: "=HYPERLINK(\"x\")" };
    const sheet = markerSheet("prioritisation", spec, []);
    const chunks = sheet.blocks[0].cells.slice(3).map((line) => line[1].value as string);
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(32_767);
    expect(readMarker(asWritten(sheet, new Map())).spec).toEqual(withVersion(spec));
  });

  it("says a sheet the user deleted is gone, and follows one renamed", () => {
    expect(referencedSheet("=#REF!A1")).toBeNull();
    expect(referencedSheet("='Bob''s matrix'!A1")).toBe("Bob's matrix");
    expect(referencedSheet("=Matrix!$A$1")).toBe("Matrix");
    expect(referencedSheet(42)).toBeNull();
  });

  it("refuses a later spec version, and a marker changed by hand, in words", () => {
    const grid = asWritten(markerSheet("contract", {}, []), new Map());
    expect(isMarker(grid)).toBe(true);
    const later = grid.map((line, r) => (r === 0 ? [line[0], SPEC_VERSION + 1, line[2]] : line));
    expect(() => readMarker(later)).toThrow(`This workbook was built by a later Mgao (spec version ${SPEC_VERSION + 1}`);
    expect(() => readMarker([["Budget"]])).toThrow(MarkerError);
    const broken = grid.map((line, r) => (r === 3 ? [line[0], "{not json"] : line));
    expect(() => readMarker(broken)).toThrow("stored spec cannot be read");
  });
});
