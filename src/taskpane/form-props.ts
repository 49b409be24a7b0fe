import type { WorkbookPlan } from "../plans/plan";

/** Every form hands the pane a plan when its input is valid, or null when it shows problems. */
export interface FormProps {
  onPlan: (plan: WorkbookPlan | null) => void;
}
