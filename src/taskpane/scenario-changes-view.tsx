import { Button, Caption1, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { LiveChanges } from "./revenue-fields";
import { count, kes } from "./results-format";
import type { ScenarioOutcome } from "./scenario-changes";

/** KES millions with one decimal and a sign, so a loss reads as one in black and white: "+1,234.5", "−56.7". */
export const millions = (amount: number): string => {
  const text = (Math.round(Math.abs(amount) / 1e5) / 10).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return amount === 0 ? text : `${amount > 0 ? "+" : "−"}${text}`;
};

/** One line per scenario: how many counties lose, and the largest loss and gain. */
export function outcomeLine(o: ScenarioOutcome, counties: readonly string[], against: string): string {
  if ("problem" in o) return `${o.name}: no allocation (${o.problem}).`;
  const losers = o.changes.filter((c) => c < 0).length;
  let low = 0;
  let high = 0;
  o.changes.forEach((c, i) => {
    if (c < o.changes[low]) low = i;
    if (c > o.changes[high]) high = i;
  });
  const loss = losers === 0 ? `no county gets less than ${against}` : `${count(losers, "county gets", "counties get")} less than ${against}; largest loss ${counties[low]}, ${kes(o.changes[low])}`;
  const gain = o.changes[high] > 0 ? `; largest gain ${counties[high]}, ${kes(o.changes[high])}` : "";
  return `${o.name}: ${loss}${gain}.`;
}

/**
 * Every scenario's change per county, side by side, as the weights are typed: a line per scenario, then
 * the counties in a table (KES millions), in code order or by one scenario's change.
 */
export function ScenarioChangesView({ live, against }: { live: LiveChanges; against: string }) {
  const [order, setOrder] = useState("code");
  const [open, setOpen] = useState(false);
  if ("waiting" in live) {
    return (
      <Caption1 as="p" className="note" role="status">
        {live.waiting}
      </Caption1>
    );
  }
  const { counties, outcomes } = live.changes;
  const by = Number(order);
  const sortedBy = order !== "code" && outcomes[by] && "changes" in outcomes[by] ? (outcomes[by] as { changes: number[] }).changes : undefined;
  const rows = counties.map((c, i) => i);
  if (sortedBy) rows.sort((a, b) => sortedBy[a] - sortedBy[b] || a - b);
  return (
    <section className="scenario-changes" aria-label="Change per county under each scenario">
      <div role="status" aria-live="polite">
        {outcomes.map((o, k) => (
          <p key={k} className="results-line">
            {`${k + 1}. ${outcomeLine(o, counties, against)}`}
          </p>
        ))}
      </div>
      <Button type="button" size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen((o) => !o)} className="scenario-table-toggle">
        {`${open ? "Hide" : "Show"} the change per county against ${against}, KES million`}
      </Button>
      {open && (
        <>
          <Field label="Order">
            <Select size="small" value={order} onChange={(_, d) => setOrder(d.value)}>
              <option value="code">County code</option>
              {outcomes.map((o, k) => (
                <option key={k} value={String(k)}>
                  {`Change in ${k + 1}. ${o.name}, largest loss first`}
                </option>
              ))}
            </Select>
          </Field>
          <table className="results-table scenario-table">
            <thead>
              <tr>
                <th scope="col">County</th>
                {outcomes.map((o, k) => (
                  <th key={k} scope="col" className="number" title={o.name}>
                    {k + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((i) => (
                <tr key={counties[i]}>
                  <th scope="row">{counties[i]}</th>
                  {outcomes.map((o, k) =>
                    "changes" in o ? (
                      <td key={k} className={`number${o.changes[i] < 0 ? " loss" : ""}`}>
                        {millions(o.changes[i])}
                      </td>
                    ) : (
                      <td key={k} className="number">
                        —
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
