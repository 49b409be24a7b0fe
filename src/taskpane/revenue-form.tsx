import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { BASES, BASIS_IDS, type BasisId, DEFAULT_BASIS } from "../core/bases";
import { parseNumber } from "../core/cells";
import { checkRevenue, revenuePlan } from "../plans/revenue-plan";
import type { FieldError } from "../plans/spec-errors";
import type { FormProps } from "./form-props";
import { messagesFor } from "./form-errors";

export function RevenueForm({ onPlan }: FormProps) {
  const [basis, setBasis] = useState<BasisId>(DEFAULT_BASIS);
  const [against, setAgainst] = useState<BasisId>("second");
  const [total, setTotal] = useState("370,000,000,000");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = () => {
    const value = total.trim() === "" ? null : parseNumber(total);
    const problems: FieldError[] = value === undefined ? [{ field: "total", message: "Type the total as a number of shillings." }] : [];
    const spec = { basis, against, total: value ?? null };
    const all = [...problems, ...(value === undefined ? [] : checkRevenue(spec))];
    setErrors(all);
    onPlan(all.length === 0 ? revenuePlan(spec) : null);
  };
  const options = BASIS_IDS.map((id) => (
    <option key={id} value={id}>
      {BASES[id].label}
    </option>
  ));
  return (
    <form className="form" onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
      <Field label="Scenario starts from">
        <Select value={basis} onChange={(_, d) => setBasis(d.value as BasisId)}>
          {options}
        </Select>
      </Field>
      <Field label="Compare with">
        <Select value={against} onChange={(_, d) => setAgainst(d.value as BasisId)}>
          {options}
        </Select>
      </Field>
      <Field label="Total to share (KES)" validationMessage={messagesFor(errors, "total")} hint="Leave blank to type it in the sheet.">
        <Input value={total} inputMode="numeric" onChange={(_, d) => setTotal(d.value)} />
      </Field>
      <Button type="submit" appearance="primary">
        Check and preview
      </Button>
    </form>
  );
}
