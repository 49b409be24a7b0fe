import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { AFFIRMATIVE_DEFAULTS, BASES, BASIS_IDS } from "../../src/core/bases";
import { illustrativeGrid } from "../../src/core/illustrative-data";
import { run } from "../../src/cli/main";
import { EXAMPLE_REVENUE } from "../../src/plans/revenue-plan";
import { REVENUE_FIELDS, type RevenueFields, defaultAgainst, overridesAsYours, revenueSpecOf } from "../../src/taskpane/revenue-fields";
import { RevenueForm } from "../../src/taskpane/revenue-form";

const fields = (patch: Partial<RevenueFields> = {}): RevenueFields => ({ ...REVENUE_FIELDS, ...patch });

/** What the command line writes on standard error for these arguments. */
async function cliErrors(args: string[]): Promise<string[]> {
  const err: string[] = [];
  await run(args, { out: () => undefined, err: (line) => err.push(line) });
  return err;
}

describe("revenue form", () => {
  it("starts from the official figures: the fourth basis at KES 415 bn against the baseline, with the enacted affirmative amounts", () => {
    const { spec, errors } = revenueSpecOf(fields());
    expect(errors).toEqual([]);
    expect(spec).toEqual({
      basis: "fourth",
      against: "baseline",
      total: 415_000_000_000,
      increment: null,
      affirmativeAmount: AFFIRMATIVE_DEFAULTS.amount,
      affirmativeLowerAmount: AFFIRMATIVE_DEFAULTS.lowerAmount,
      affirmativeThreshold: AFFIRMATIVE_DEFAULTS.threshold,
    });
    expect({ basis: spec.basis, against: spec.against, total: spec.total, data: spec.data }).toEqual({ basis: EXAMPLE_REVENUE.basis, against: EXAMPLE_REVENUE.against, total: EXAMPLE_REVENUE.total, data: undefined });
  });

  it("compares each basis with what the basis itself is compared with unless the user chooses", () => {
    for (const id of BASIS_IDS) expect(defaultAgainst(id)).toBe(BASES[id].comparedWith);
  });

  it("refuses a total the fourth basis cannot share on the total field, in the command line's words", async () => {
    const { errors } = revenueSpecOf(fields({ total: "300,000,000,000" }));
    const cli = (await cliErrors(["allocate", "--basis", "fourth", "--total", "300000000000"])).find((l) => l.startsWith("mgao: total: "));
    expect(cli).toBeDefined();
    expect(errors).toEqual([{ field: "total", message: cli!.replace(/^mgao: total: /, "") }]);
  });

  it("names each unreadable override by its line in the box, and passes the readable ones on as typed", () => {
    const { errors } = revenueSpecOf(fields({ overrides: "Mandera.poor_people_2022=900000\n\nno equals sign here\n" }));
    expect(errors).toEqual([{ field: "overrides.3", message: 'Line 3: "no equals sign here" is not County.column=value (e.g. Mandera.poor_people_2022=900000).' }]);
    const ok = revenueSpecOf(fields({ overrides: " Mandera.poor_people_2022=900000 \nLamu.population = 150000" }));
    expect(ok.errors).toEqual([]);
    expect(ok.spec.overrides).toEqual(["Mandera.poor_people_2022=900000", "Lamu.population = 150000"]);
  });

  it("names by its line each override the data has no county or column for, beside those that cannot be read", () => {
    const { errors } = revenueSpecOf(fields({ overrides: "Mandera.poor_people_2022=900000\nAtlantis.population=5\nnonsense\nLamu.nonsense=3" }));
    expect(errors).toEqual([
      { field: "overrides.2", message: 'Line 2: "Atlantis" is not a county in the data.' },
      { field: "overrides.3", message: 'Line 3: "nonsense" is not County.column=value (e.g. Mandera.poor_people_2022=900000).' },
      { field: "overrides.4", message: 'Line 4: the data has no column "nonsense" (Lamu.nonsense).' },
    ]);
    expect(revenueSpecOf(fields({ overrides: "Atlantis.population=5" })).errors).toEqual([{ field: "overrides.1", message: 'Line 1: "Atlantis" is not a county in the data.' }]);
  });

  it("says which figures are the user's, and what each replaced", () => {
    const { spec } = revenueSpecOf(fields({ overrides: "Mandera.poor_people_2022=900000" }));
    expect(overridesAsYours(spec)).toEqual([expect.stringMatching(/^Mandera poor_people_2022 = 900000 \(yours; was \d+\)$/)]);
    expect(overridesAsYours(revenueSpecOf(fields()).spec)).toEqual([]);
  });

  it("refuses the official source for a basis it has no data for, rather than build a broken model", () => {
    for (const basis of ["second", "first"] as const) {
      const { errors } = revenueSpecOf(fields({ basis, against: defaultAgainst(basis) }));
      expect(errors).toEqual([{ field: "data", message: expect.stringMatching(new RegExp(`^Mgao has no built-in data for the ${basis} basis`)) }]);
    }
    expect(revenueSpecOf(fields({ basis: "second", against: "first", source: "illustrative" })).errors).toEqual([]);
  });

  it("asks for the affirmative amounts only for the fourth basis, and refuses a word in them", () => {
    const third = revenueSpecOf(fields({ basis: "third-adopted", against: "previous", total: "370,000,000,000", affirmativeAmount: "lots" }));
    expect(third.errors).toEqual([]);
    expect(third.spec).not.toHaveProperty("affirmativeAmount");
    const { errors } = revenueSpecOf(fields({ affirmativeAmount: "lots", affirmativeThreshold: "" }));
    expect(errors).toEqual([
      { field: "affirmativeAmount", message: '"lots" is not an amount: type shillings as 45000000, 45,000,000, KES 45,000,000, 45,000,000/=, 45k, 45m, 45 million or 4.5bn.' },
      { field: "affirmativeThreshold", message: "Type an amount of shillings, such as 45,000,000 or 45m." },
    ]);
  });

  it("reads amounts in Kenyan forms, exactly, and offers blank only where blank is allowed", () => {
    const { spec, errors } = revenueSpecOf(fields({ total: "KES 415bn", increment: "4.5bn", affirmativeAmount: "4,460,000,000/=" }));
    expect(errors).toEqual([]);
    expect([spec.total, spec.increment, spec.affirmativeAmount]).toEqual([415_000_000_000, 4_500_000_000, 4_460_000_000]);
    expect(revenueSpecOf(fields({ total: "lots" })).errors).toEqual([{ field: "total", message: expect.stringMatching(/, or leave it blank\.$/) }]);
    expect(revenueSpecOf(fields({ affirmativeAmount: "lots" })).errors[0].message).not.toMatch(/blank/);
  });

  it("asks for a file when the user's own CSV is chosen, and passes on the one read", () => {
    expect(revenueSpecOf(fields({ source: "file" })).errors).toEqual([{ field: "data", message: "Choose a CSV file, or another source of county data." }]);
    expect(revenueSpecOf(fields({ source: "file", file: { name: "x.csv", error: "x.csv: no county column" } })).errors).toEqual([{ field: "data", message: "x.csv: no county column" }]);
    const grid = illustrativeGrid();
    const read = revenueSpecOf(fields({ source: "file", file: { name: "mine.csv", grid, note: "Read 47 counties from mine.csv." } }));
    expect(read.errors).toEqual([]);
    expect(read.spec.data).toBe(grid);
  });

  it("gives every field a distinct label, and the defaults as the pane opens", () => {
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <RevenueForm onPlan={() => undefined} fields={REVENUE_FIELDS} setFields={() => undefined} />
      </FluentProvider>,
    );
    const labels = [...html.matchAll(/<label[^>]*\bfor="([^"]+)"[^>]*>(.*?)<\/label>/g)];
    const ids = labels.map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(labels.map((m) => m[2].replace(/<[^>]+>/g, ""))).toEqual([
      "Compare with",
      "County data",
      "Official figures built into Mgao (sources in the workbook)",
      "Illustrative table: KNBS columns, the rest made up (for trying the model only)",
      "My own CSV file in the data contract",
      "Total to share (KES)",
      "Amount at or above the threshold (KES)",
      "Amount below the threshold (KES)",
      "Threshold: total at which the amount steps up (KES)",
      "Scenario 1: name",
      "Scenario starts from",
      "Increase over last year&#x27;s share (KES), for the cushion",
      "Your own figures (overrides), one per line: County.column=value, e.g. Mandera.poor_people_2022=900000",
    ]);
    expect(html).toContain('value="415,000,000,000"');
    expect(html).toMatch(/<option value="baseline" selected="">FY2024\/25 allocation \(baseline\)<\/option>/);
    expect(html).toContain('<option value="previous">FY2019/20 allocation (previous)</option>');
  });
});

describe("a county file that lacks a county", () => {
  const withoutNairobi = (illustrativeGrid() as unknown[][]).filter((row) => row[1] !== "Nairobi City") as never;
  const file = { name: "no-nairobi.csv", grid: withoutNairobi, note: "Read 46 counties.", missing: ["Nairobi City"] };

  it("is refused on the data field, saying what it means, until the user acknowledges it", () => {
    const refused = revenueSpecOf({ ...REVENUE_FIELDS, basis: "third-recommended", source: "file", file });
    expect(refused.errors).toEqual([
      { field: "data", message: '1 of the 47 counties is not in the data (Nairobi City): the total would be shared among the other 46. Add them to the file, or tick "Share among the counties in the file" to build anyway.' },
    ]);
    const acknowledged = revenueSpecOf({ ...REVENUE_FIELDS, basis: "third-recommended", source: "file", file, allowMissing: true });
    expect(acknowledged.errors).toEqual([]);
    expect(acknowledged.spec.data).toBe(withoutNairobi);
  });

  it("offers the acknowledgement beside the file, and only when counties are missing", () => {
    const render = (f: typeof file) =>
      renderToStaticMarkup(
        <FluentProvider theme={webLightTheme}>
          <RevenueForm fields={{ ...REVENUE_FIELDS, source: "file", file: f }} setFields={() => undefined} onPlan={() => undefined} host="standalone" />
        </FluentProvider>,
      );
    expect(render(file)).toContain("Share among the counties in the file (1 of the 47 is missing: their money goes to the others)");
    expect(render({ ...file, missing: [] })).not.toContain("Share among the counties in the file");
  });
});
