/**
 * The contract as signed: vision and mission, strategic objectives, the commitments of both parties
 * and the signature block. What the spec gives is written as typed text; what it leaves out gets
 * empty input cells to type in. The parties are read from the contract sheet's header block, so
 * they are typed once.
 */
import type { ContractLayout } from "./contract-layout";
import type { ContractSpec } from "./contract-spec";
import { text, textInput } from "./input-cells";
import { type CellSpec, type SheetPlan, a1 } from "./plan";

/** Lines written for a list: those given and two more, at least five in all. */
export const listLines = (given: readonly string[] | undefined) => Math.max(5, (given?.length ?? 0) + 2);

/** A line to sign or date on. */
export const SIGNING_LINE = "_".repeat(40);

/** Where the sections start, for the sheet and the tests. */
export function signedLayout(spec: ContractSpec) {
  const vision = 3;
  const mission = 4;
  const objectivesTitle = 6;
  const firstCommitmentsTitle = objectivesTitle + 1 + listLines(spec.objectives) + 1;
  const secondCommitmentsTitle = firstCommitmentsTitle + 1 + listLines(spec.firstPartyCommitments) + 1;
  const signatures = secondCommitmentsTitle + 1 + listLines(spec.secondPartyCommitments) + 1;
  return { vision, mission, objectivesTitle, firstCommitmentsTitle, secondCommitmentsTitle, signatures };
}

export function signedSheet(spec: ContractSpec, L: ContractLayout): SheetPlan {
  const S = signedLayout(spec);
  const party = (k: number) => `{sheet:contract}!${a1(L.row.header + k, L.col.panel, true)}`;
  const firstParty = party(3);
  const secondParty = party(4);
  const list = (items: readonly string[] | undefined): CellSpec[][] => Array.from({ length: listLines(items) }, (_, k) => [text(`${k + 1}.`), textInput(items?.[k] ?? "")]);
  const heading = (words: string, who: string): CellSpec[][] => [[{ formula: `"${words}"&IF(${who}="","",": "&${who})`, style: "label" }]];
  const signing = (who: string, name: string | undefined): CellSpec[][] => [
    [{ formula: `"Signed for the "&IF(${who}="","party",${who})`, style: "label" }],
    [text("Name", "label"), textInput(name ?? "")],
    [text("Title", "label"), { formula: `IF(${who}="","",${who})`, style: "computed" }],
    [text("Signature", "label"), text(SIGNING_LINE)],
    [text("Date", "label"), text(SIGNING_LINE)],
  ];
  const county = `{sheet:contract}!${a1(L.row.header, L.col.panel, true)}`;
  return {
    key: "signed",
    name: `Contract ${spec.department}`,
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [text(`Performance contract ${spec.financialYear}`, "title")],
          [{ formula: `"Between "&IF(${firstParty}="","the first party",${firstParty})&" and "&IF(${secondParty}="","the second party",${secondParty})&IF(${county}="","",", "&${county}&" County")`, style: "subtitle" }],
        ],
      },
      { row: S.vision, col: 0, cells: [[text("Vision", "label"), textInput(spec.vision ?? "")], [text("Mission", "label"), textInput(spec.mission ?? "")]] },
      { row: S.objectivesTitle, col: 0, cells: [[text("Strategic objectives", "label")], ...list(spec.objectives)] },
      { row: S.firstCommitmentsTitle, col: 0, cells: [...heading("Commitments of the first party", firstParty), ...list(spec.firstPartyCommitments)] },
      { row: S.secondCommitmentsTitle, col: 0, cells: [...heading("Commitments of the second party", secondParty), ...list(spec.secondPartyCommitments)] },
      { row: S.signatures, col: 0, cells: [...signing(firstParty, spec.firstPartyName), [], ...signing(secondParty, spec.secondPartyName)] },
      { row: S.signatures + 12, col: 0, cells: [[text("The indicators, their weights and targets, and how they are scored are on the contract sheet; quarterly results on the Quarters sheet.", "note")]] },
    ],
    widths: [12, 80],
    print: { landscape: false },
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}
