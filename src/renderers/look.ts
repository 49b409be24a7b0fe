import type { StyleName } from "../plans/plan";

/** How each named style looks, shared by the Office.js and .xlsx renderers (colours as RRGGBB). */
export interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
}

export const LOOKS: Record<StyleName, Look> = {
  title: { bold: true, size: 16, color: "1F4E3D" },
  subtitle: { size: 12, color: "44546A" },
  label: { bold: true },
  header: { bold: true, color: "FFFFFF", fill: "1F4E3D", wrap: true },
  input: { fill: "FFF2CC" },
  computed: { fill: "EDF3EF" },
  total: { bold: true, fill: "D9E7DE" },
  note: { italic: true, color: "595959" },
  warning: { bold: true, color: "9C0006", fill: "FFC7CE" },
};
