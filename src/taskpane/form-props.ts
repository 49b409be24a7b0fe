import type { WorkbookPlan } from "../plans/plan";
import type { Host } from "./host";

/** Every form hands the pane a plan when its input is valid, or null when it shows problems. */
export interface FormProps {
  onPlan: (plan: WorkbookPlan | null) => void;
  /** Where the pane runs: forms offer to read the workbook's selection only inside Excel. */
  host?: Host;
  /** Clears any plan and message, e.g. when a tab switches to another template. */
  onReset?: () => void;
}
