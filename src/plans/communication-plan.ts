/**
 * The communication grid. Stocktakes with the leader every one to two months; a communication grid
 * plans every announcement (date, priority, message, audience, channel, spokesperson, status) over the
 * coming weeks (County Delivery Exchange report: SDUs asked for "communication tools (such as the
 * communication grid)"). One sheet: the window and as-of date, the announcements in date order with
 * their week, a clash flag (two or more on one day for one audience) and an overdue flag, and beside
 * them a weekly calendar that counts each week's announcements and marks the weeks with none as gaps.
 * Every flag and count is a formula mirroring src/core/communication-grid.ts.
 *
 * The spec, the layout and the sheet live in modules of their own (communication-*.ts); this puts them
 * together.
 */
import { communicationLayout } from "./communication-layout";
import { gridSheet } from "./communication-grid-sheet";
import { type CommunicationSpec, checkCommunication } from "./communication-spec";
import type { WorkbookPlan } from "./plan";
import { throwIfAny } from "./spec-errors";

// Exported from here too, where callers have always found them.
export { EXAMPLE_COMMUNICATION, checkCommunication } from "./communication-spec";
export type { AnnouncementSpec, CommunicationSpec } from "./communication-spec";
export { communicationLayout, sortedAnnouncements } from "./communication-layout";
export { DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS } from "./spec-fields";

export function communicationPlan(spec: CommunicationSpec): WorkbookPlan {
  throwIfAny(checkCommunication(spec));
  return { title: spec.title, sheets: [gridSheet(spec, communicationLayout(spec))] };
}
