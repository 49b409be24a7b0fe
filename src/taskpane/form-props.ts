import type { WorkbookPlan } from "../plans/plan";
import type { Host } from "./host";

/**
 * Every form hands the pane a plan when its input is valid, or null when it shows problems. Its
 * fields are kept above the tabs (pane-state.ts), so switching tab loses no typing.
 */
export interface FormProps<F> {
  onPlan: (plan: WorkbookPlan | null) => void;
  /** Where the pane runs: forms offer to read the workbook's selection only inside Excel. */
  host?: Host;
  /** The form's fields as typed: one serialisable object per template. */
  fields: F;
  /** Changes the fields from their latest value, so an answer that comes back later (a file, a selection) loses no typing. */
  setFields: (update: (fields: F) => F) => void;
}
