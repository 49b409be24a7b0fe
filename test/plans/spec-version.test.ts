/** The spec's "version": absent or up to SPEC_VERSION is read, a later one or a non-whole number refused on the field. */
import { SpecError } from "../../src/plans/spec-errors";
import { SPEC_VERSION, checkVersion, withVersion } from "../../src/plans/spec-version";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";

describe("checkVersion", () => {
  it("reads a spec without a version, or with a null one, as this version", () => {
    expect(checkVersion({ title: "x" })).toEqual([]);
    expect(checkVersion({ version: null })).toEqual([]);
  });

  it("reads every version from 1 to SPEC_VERSION", () => {
    for (let v = 1; v <= SPEC_VERSION; v++) expect(checkVersion({ version: v })).toEqual([]);
  });

  it("refuses a later version, saying to update Mgao", () => {
    expect(checkVersion({ version: SPEC_VERSION + 1 })).toEqual([
      { field: "version", message: `This spec is version ${SPEC_VERSION + 1}; this Mgao reads version ${SPEC_VERSION}. Update Mgao.` },
    ]);
  });

  it.each([[1.5], ["1"], [0], [-1], [true], [[1]]])("refuses %p as a version", (version) => {
    expect(checkVersion({ version })).toEqual([{ field: "version", message: `The version is a whole number; this Mgao reads version ${SPEC_VERSION}.` }]);
  });

  it("leaves what is not an object to the template's own check", () => {
    expect(checkVersion(null)).toEqual([]);
    expect(checkVersion([{ version: 99 }])).toEqual([]);
  });
});

describe("withVersion", () => {
  it("puts this version first, before the spec's own fields, replacing one the spec carries", () => {
    const spec = withVersion({ title: "t", version: 7, county: "Nyeri" });
    expect(Object.keys(spec)).toEqual(["version", "title", "county"]);
    expect(spec.version).toBe(SPEC_VERSION);
  });
});

describe.each(TEMPLATE_IDS)("the %s template", (id) => {
  const { example, check, plan } = TEMPLATES[id];
  const later = { ...(example as object), version: SPEC_VERSION + 1 };

  it("checks the version before any field, and only reports it when it is later", () => {
    expect(check(later)).toEqual(checkVersion(later));
    expect(check({ ...later, title: 42 }).map((e) => e.field)).toEqual(["version"]);
    expect(check(withVersion(example as object))).toEqual([]);
  });

  it("refuses to build from a later version, and builds from the example with its version", () => {
    expect(() => plan(later)).toThrow(SpecError);
    expect(() => plan(later)).toThrow(/^version: This spec is version/);
    expect(plan(withVersion(example as object)).sheets.length).toBeGreaterThan(0);
  });
});
