import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { EXAMPLE_COMMUNICATION } from "../../src/plans/communication-plan";
import { EXAMPLE_RRI } from "../../src/plans/rri-plan";
import { COMMUNICATION_FIELDS, communicationSpecOf } from "../../src/taskpane/communication-fields";
import { CommunicationForm } from "../../src/taskpane/communication-form";
import { RRI_FIELDS, rriSpecOf } from "../../src/taskpane/rri-fields";
import { RriForm } from "../../src/taskpane/rri-form";

/**
 * Each field's label text (the required marker "*" left out) after checking that the label names an
 * input or text area on the page by its id, and that no two labels name the same one.
 */
function labelsOf(html: string): string[] {
  const labels = [...html.matchAll(/<label[^>]*\bfor="([^"]+)"[^>]*>(.*?)<\/label>/g)];
  const ids = labels.map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(html).toMatch(new RegExp(`<(input|textarea)[^>]*\\bid="${id}"`));
  return labels.map((m) => m[2].replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'").replace(/\*$/, ""));
}

describe("RRI form", () => {
  it("starts from the example, which reads back as the example spec (As of left to TODAY())", () => {
    const { spec, errors } = rriSpecOf(RRI_FIELDS);
    expect(errors).toEqual([]);
    expect(spec).toEqual({ ...EXAMPLE_RRI, asOf: null });
  });

  it("names problems next to their field, rows by line", () => {
    const { errors } = rriSpecOf({ ...RRI_FIELDS, goal: " ", launch: "2/2/2026", asOf: "2026-02-30", activities: "Survey\tEngineer\t2026-03-10\t2026-03-01\tfinished\n\tnobody" });
    expect(errors).toEqual([
      { field: "goal", message: "State the goal the 100 days must deliver." },
      { field: "launch", message: '"2/2/2026" is not a date written as YYYY-MM-DD.' },
      { field: "asOf", message: '"2026-02-30" is not a date written as YYYY-MM-DD.' },
      { field: "activities.0.due", message: "Line 1: Activity 1 is due before it starts." },
      { field: "activities.0.status", message: "Line 1: Choose Not started, In progress, Done, Blocked." },
      { field: "activities.1.name", message: "Line 2: Activity 2 has no name." },
    ]);
  });

  it("gives every field a distinct label", () => {
    const labels = labelsOf(renderToStaticMarkup(<FluentProvider theme={webLightTheme}><RriForm onPlan={() => undefined} fields={RRI_FIELDS} setFields={() => undefined} /></FluentProvider>));
    expect(labels).toEqual([
      "Initiative",
      "County",
      "Goal (what the 100 days must deliver)",
      "Political leader",
      "Initiative leader",
      "Results leader",
      "Team",
      "Launch date, day 1 (YYYY-MM-DD)",
      "As of (YYYY-MM-DD; blank for today)",
      "Activities, one per line: activity, owner, start, due (dates YYYY-MM-DD), status (Not started, In progress, Done, Blocked)",
    ]);
  });
});

describe("communication form", () => {
  it("starts from the example, which reads back as the example spec (As of left to TODAY())", () => {
    const { spec, errors } = communicationSpecOf(COMMUNICATION_FIELDS);
    expect(errors).toEqual([]);
    expect(spec).toEqual({ ...EXAMPLE_COMMUNICATION, asOf: null });
  });

  it("names problems next to their field, rows by line", () => {
    const { errors } = communicationSpecOf({ ...COMMUNICATION_FIELDS, title: "", weeks: "eight", windowStart: "", announcements: "2026-03-02\turgent\tHello\tResidents\tRadio\tGovernor\n\tHigh\t\tMedia" });
    expect(errors).toEqual([
      { field: "title", message: "Give the grid a title." },
      { field: "weeks", message: "The number of weeks is a whole number from 1 to 52." },
      { field: "announcements.0.priority", message: "Line 1: Choose High, Medium, Low." },
      { field: "announcements.1.date", message: "Line 2: Announcement 2 has no date." },
      { field: "announcements.1.message", message: "Line 2: Announcement 2 has no message." },
    ]);
  });

  it("gives every field a distinct label", () => {
    const labels = labelsOf(renderToStaticMarkup(<FluentProvider theme={webLightTheme}><CommunicationForm onPlan={() => undefined} fields={COMMUNICATION_FIELDS} setFields={() => undefined} /></FluentProvider>));
    expect(labels).toEqual([
      "Title",
      "County",
      "Window start, week 1 (YYYY-MM-DD; blank for this week's Monday)",
      "Weeks in the window (1 to 52)",
      "As of (YYYY-MM-DD; blank for today)",
      "Announcements, one per line: date (YYYY-MM-DD), priority (High, Medium, Low), message, audience, channel, spokesperson, status (Planned, Approved, Done, Cancelled)",
    ]);
  });
});
