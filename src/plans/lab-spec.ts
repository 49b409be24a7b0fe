/**
 * What the delivery lab form collects, the example the pane and the command line start from, and its
 * check. A delivery lab turns a priority into an implementation plan that is "technically and
 * financially feasible", with "well-defined roles and responsibilities" and "contingency planning, to
 * proactively mitigate against risks"; it engages representatives of the public: women, youth, people
 * with disabilities, civil-society organisations and the private sector (County Delivery Exchange
 * report).
 */
import { MAX_LAB_WEEKS } from "../core/gantt-weeks";
import { namesIn } from "../core/raci";
import { DEFAULT_RISK_BANDS, RISK_SCALE, type RiskBand, riskBandProblems } from "../core/risk-bands";
import type { FieldError } from "./spec-errors";
import { MAX_BLANK_ROWS, choiceField, dateField, listField, record, textField, wholeField } from "./spec-fields";

/** The groups a lab draws its participants from: those the report names, and government. */
export const LAB_GROUPS = ["Women", "Youth", "People with disabilities", "Civil society", "Private sector", "Government"] as const;
export type LabGroup = (typeof LAB_GROUPS)[number];

export interface LabParticipantSpec {
  name: string;
  organisation: string;
  group?: LabGroup | null;
  /** Their role in the lab ("Facilitator", "Ward representative"). */
  role: string;
}

export interface LabActivitySpec {
  workstream: string;
  name: string;
  owner: string;
  /** ISO dates, or null to type them in the sheet. */
  start: string | null;
  end: string | null;
  /** The activities (numbered from 1, in the order listed) it waits for. */
  dependsOn?: number[];
  /** Whole shillings, or null to type it in the sheet. */
  budget: number | null;
  /** Names separated by commas; at most one Accountable. */
  responsible?: string;
  accountable?: string;
  consulted?: string;
  informed?: string;
}

export interface LabRiskSpec {
  risk: string;
  /** Whole numbers from 1 to 5, or null to type them in the sheet. */
  likelihood: number | null;
  impact: number | null;
  owner: string;
  mitigation: string;
  /** What sets the contingency plan off. */
  trigger: string;
}

/** A project the lab starts from, as carried from a prioritisation matrix: its funded cost in shillings. */
export interface LabProjectSpec {
  name: string;
  cost: number | null;
}

export interface LabSpec {
  title: string;
  county: string;
  /** The priority the lab plans. */
  priority: string;
  /** The projects it starts from (from a matrix), whose funded cost is the money available unless `available` is given. */
  projects?: LabProjectSpec[];
  /** Money available in shillings, typed; null (or absent) adds up the projects' funded cost. */
  available?: number | null;
  /** The lab's first day, ISO: week 1 of the Gantt starts here. */
  start: string;
  /** Weeks the Gantt draws (1 to 52); absent: to the last activity's end. */
  weeks?: number;
  participants: LabParticipantSpec[];
  activities: LabActivitySpec[];
  risks: LabRiskSpec[];
  /** The risk bands (unconfirmed default: 1–4 Low, 5–9 Medium, 10–14 High, 15–25 Critical). */
  bands?: RiskBand[];
  /** Empty rows under the participants, the activities, the projects and the risks (default 10). */
  blankRows?: number;
}

export const EXAMPLE_LAB: LabSpec = {
  title: "Delivery lab: maternal health in Othaya",
  county: "Nyeri",
  priority: "Maternity wing, Othaya Level 4",
  projects: [
    { name: "Maternity wing, Othaya Level 4", cost: 48_000_000 },
    { name: "Ambulance for Othaya sub-county", cost: 9_500_000 },
  ],
  available: null,
  start: "2026-01-05",
  participants: [
    { name: "Dr Wanjiru Kamau", organisation: "County Department of Health", group: "Government", role: "Lab lead" },
    { name: "Grace Muthoni", organisation: "Othaya Women's Self-Help Group", group: "Women", role: "Community voice" },
    { name: "Kevin Maina", organisation: "Nyeri Youth Bunge", group: "Youth", role: "Community voice" },
    { name: "Joseph Ndirangu", organisation: "Nyeri Disability Network", group: "People with disabilities", role: "Access review" },
    { name: "Faith Wambui", organisation: "Afya Watch Nyeri", group: "Civil society", role: "Monitoring" },
    { name: "Peter Gitau", organisation: "Nyeri Contractors Association", group: "Private sector", role: "Works advice" },
    { name: "Ann Njeri", organisation: "Service Delivery Unit", group: "Government", role: "Facilitator" },
  ],
  activities: [
    { workstream: "Works", name: "Complete the roof and finishes", owner: "Project engineer", start: "2026-01-05", end: "2026-03-27", budget: 21_000_000, responsible: "Contractor", accountable: "Chief Officer Health", consulted: "Project engineer", informed: "SDU" },
    { workstream: "Works", name: "Connect water and power", owner: "Project engineer", start: "2026-03-16", end: "2026-04-24", dependsOn: [1], budget: 6_500_000, responsible: "Contractor, KPLC", accountable: "Chief Officer Health", informed: "SDU" },
    { workstream: "Equipment", name: "Procure delivery beds and theatre equipment", owner: "Supply chain", start: "2026-02-02", end: "2026-05-08", budget: 14_000_000, responsible: "Supply chain", accountable: "Chief Officer Finance", consulted: "Medical superintendent" },
    { workstream: "Staffing", name: "Recruit midwives and a theatre nurse", owner: "County Public Service Board", start: "2026-03-02", end: "2026-05-29", budget: 4_800_000, responsible: "CPSB secretary", accountable: "CECM Health", consulted: "Medical superintendent", informed: "Nurses' union" },
    { workstream: "Community", name: "Tell mothers the wing is open", owner: "Health promotion officer", start: "2026-05-18", end: "2026-06-12", dependsOn: [2, 3], budget: 900_000, responsible: "Health promotion officer, Afya Watch Nyeri", accountable: "Medical superintendent", consulted: "Othaya Women's Self-Help Group", informed: "MCAs" },
    { workstream: "Community", name: "Open the wing", owner: "Medical superintendent", start: "2026-06-15", end: "2026-06-19", dependsOn: [4, 5], budget: 600_000, responsible: "Medical superintendent", accountable: "CECM Health", informed: "Governor's office" },
  ],
  risks: [
    { risk: "Contractor's payments delayed past the quarter", likelihood: 4, impact: 4, owner: "Chief Officer Finance", mitigation: "Certify works monthly; ring-fence the exchequer release", trigger: "A certificate unpaid 30 days" },
    { risk: "Equipment tender fails or is appealed", likelihood: 3, impact: 4, owner: "Supply chain", mitigation: "Prepare specifications early; framework contract as fallback", trigger: "No award by 2026-03-31" },
    { risk: "Midwives not in post by opening", likelihood: 2, impact: 5, owner: "CPSB secretary", mitigation: "Second midwives from Nyeri County Referral", trigger: "Fewer than 6 appointed by 2026-05-15" },
    { risk: "Power connection slips", likelihood: 2, impact: 2, owner: "Project engineer", mitigation: "Book KPLC early; hire a generator", trigger: "No meter by 2026-04-15" },
  ],
};

/** The bands a spec sets, or the unconfirmed default. */
export const bandsOf = (spec: Pick<LabSpec, "bands">): readonly RiskBand[] => spec.bands ?? DEFAULT_RISK_BANDS;

/** Whole shillings, zero or more; blank allowed. */
function shillingsField(value: unknown, field: string, errors: FieldError[], what: string): void {
  if (value === null || value === undefined) return;
  if (!(typeof value === "number" && Number.isSafeInteger(value) && value >= 0)) errors.push({ field, message: `${what} is whole shillings, zero or more.` });
}

/** Checks a spec (from the form or a JSON file) and lists every problem by field. */
export function checkLab(spec: LabSpec): FieldError[] {
  const errors: FieldError[] = [];
  const s = record(spec, "spec", errors);
  if (errors.length > 0) return errors;
  textField(s.title, "title", errors, "Give the lab a title.");
  textField(s.county, "county", errors);
  textField(s.priority, "priority", errors, "Name the priority the lab plans.");
  dateField(s.start, "start", errors, "Give the lab's first day (week 1 starts there).");
  if (s.weeks !== undefined && s.weeks !== null) wholeField(s.weeks, 1, MAX_LAB_WEEKS, "weeks", errors, "The weeks the Gantt draws");
  shillingsField(s.available, "available", errors, "The money available");
  if (s.blankRows !== undefined) wholeField(s.blankRows, 0, MAX_BLANK_ROWS, "blankRows", errors, "The number of blank rows");
  listField(s.projects ?? [], "projects", errors).forEach((item, k) => {
    const p = record(item, `projects.${k}`, errors);
    textField(p.name, `projects.${k}.name`, errors, `Project ${k + 1} has no name.`);
    shillingsField(p.cost, `projects.${k}.cost`, errors, `The funded cost of project ${k + 1}`);
  });
  listField(s.participants ?? [], "participants", errors).forEach((item, k) => {
    const p = record(item, `participants.${k}`, errors);
    textField(p.name, `participants.${k}.name`, errors, `Participant ${k + 1} has no name.`);
    for (const key of ["organisation", "role"]) textField(p[key], `participants.${k}.${key}`, errors);
    choiceField(p.group, LAB_GROUPS, `participants.${k}.group`, errors);
  });
  const activities = listField(s.activities, "activities", errors);
  if (Array.isArray(s.activities) && activities.length === 0) errors.push({ field: "activities", message: "Add at least one activity." });
  activities.forEach((item, k) => {
    const f = `activities.${k}`;
    const a = record(item, f, errors);
    textField(a.name, `${f}.name`, errors, `Activity ${k + 1} has no name.`);
    for (const key of ["workstream", "owner", "responsible", "consulted", "informed"]) textField(a[key], `${f}.${key}`, errors);
    const accountable = textField(a.accountable, `${f}.accountable`, errors);
    if (namesIn(accountable) > 1) errors.push({ field: `${f}.accountable`, message: `Activity ${k + 1} names ${namesIn(accountable)} Accountable; one answers for it.` });
    const start = dateField(a.start, `${f}.start`, errors);
    const end = dateField(a.end, `${f}.end`, errors);
    if (start !== null && end !== null && end < start) errors.push({ field: `${f}.end`, message: `Activity ${k + 1} ends before it starts.` });
    shillingsField(a.budget, `${f}.budget`, errors, `The budget of activity ${k + 1}`);
    if (a.dependsOn !== undefined && a.dependsOn !== null) {
      listField(a.dependsOn, `${f}.dependsOn`, errors).forEach((d) => {
        if (!(typeof d === "number" && Number.isInteger(d) && d >= 1 && d <= activities.length && d !== k + 1)) {
          errors.push({ field: `${f}.dependsOn`, message: `Activity ${k + 1} depends on ${String(d)}: name another activity's number, 1 to ${activities.length}.` });
        }
      });
    }
  });
  listField(s.risks ?? [], "risks", errors).forEach((item, k) => {
    const f = `risks.${k}`;
    const r = record(item, f, errors);
    textField(r.risk, `${f}.risk`, errors, `Risk ${k + 1} is not described.`);
    for (const key of ["owner", "mitigation", "trigger"]) textField(r[key], `${f}.${key}`, errors);
    for (const key of ["likelihood", "impact"]) {
      const v = r[key];
      if (v !== null && v !== undefined) wholeField(v, RISK_SCALE.min, RISK_SCALE.max, `${f}.${key}`, errors, `The ${key} of risk ${k + 1}`);
    }
  });
  if (s.bands !== undefined && s.bands !== null) {
    const bands = listField(s.bands, "bands", errors).map((item, k) => {
      const b = record(item, `bands.${k}`, errors);
      return { name: typeof b.name === "string" ? b.name : "", from: b.from as number, to: b.to as number };
    });
    if (Array.isArray(s.bands)) for (const problem of riskBandProblems(bands)) errors.push({ field: "bands", message: `${problem.replace(/^./, (c) => c.toUpperCase())}.` });
  }
  return errors;
}

/** The dependencies an activity lists, as the sheet writes them ("1, 3"). */
export const dependenciesText = (dependsOn: readonly number[] | undefined): string => (dependsOn ?? []).join(", ");
