/**
 * The delivery lab's Participants sheet: who takes part, from which organisation and group, and their
 * role in the lab, with a count per group so the room can see whether women, youth, people with
 * disabilities, civil society and the private sector are represented (County Delivery Exchange report).
 */
import { LOOK, text, textInput } from "./input-cells";
import { type LabLayout, columnRange } from "./lab-layout";
import { LAB_GROUPS, type LabSpec } from "./lab-spec";
import { type CellSpec, type SheetPlan, columnLetter } from "./plan";

export function labPeopleSheet(spec: LabSpec, L: LabLayout): SheetPlan {
  const G = L.people;
  const rows = Array.from({ length: G.rows }, (_, k): CellSpec[] => {
    const p = spec.participants[k];
    return [{ value: k + 1, format: "0", style: "computed" }, textInput(p?.name ?? ""), textInput(p?.organisation ?? ""), { value: p?.group ?? null, input: true, style: "input" }, textInput(p?.role ?? "")];
  });
  const groups = columnRange(G.col.group, G.first, G.rows);
  const counts: CellSpec[][] = [
    [text("Group", "header"), text("Participants", "header")],
    ...LAB_GROUPS.map((g): CellSpec[] => [text(g, "label"), { formula: `COUNTIF(${groups},"${g}")`, format: "0", style: "computed" }]),
  ];
  const countRange = { row: G.first, col: G.count, rows: LAB_GROUPS.length, cols: 1 };
  return {
    key: "people",
    name: "Participants",
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [text("Lab participants", "title")],
          [text("Delivery labs engage representatives of the public (women, youth, people with disabilities, civil-society organisations and the private sector) with government (County Delivery Exchange report).", "note")],
        ],
      },
      { row: G.header, col: 0, cells: [["#", "Name", "Organisation", "Group", "Role in the lab"].map((h) => text(h, "header"))] },
      { row: G.first, col: 0, cells: rows },
      { row: G.header, col: G.countLabel, cells: counts },
    ],
    widths: [4, 24, 30, 22, 22, 3, 24, 12],
    freeze: { rows: G.first, cols: 0 },
    validations: [{ range: { row: G.first, col: G.col.group, rows: G.rows, cols: 1 }, kind: "list", list: LAB_GROUPS, prompt: "The group the participant represents.", error: `Choose ${LAB_GROUPS.join(", ")}.` }],
    // A group with no one in the room shows amber.
    conditionalFormats: [{ range: countRange, kind: "expression", formula: `$${columnLetter(G.count)}${G.first + 1}=0`, ...LOOK.amber }],
    charts: [],
  };
}
