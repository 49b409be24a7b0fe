/**
 * Evaluates the worked examples of the functions' specs as Excel would: a formula of custom function
 * calls whose arguments are numbers, "text", array constants ({1;2;3} a column, {1,2,3} a row), other
 * calls, or nothing (an argument left out). That is all the examples use; anything else is refused.
 */
export type Call = (name: string, args: unknown[]) => unknown;

export function evaluateFormula(formula: string, call: Call): unknown {
  if (!formula.startsWith("=")) throw new Error(`not a formula: ${formula}`);
  let at = 1;
  const text = formula;
  const space = () => {
    while (text[at] === " ") at += 1;
  };
  const expect = (c: string) => {
    space();
    if (text[at] !== c) throw new Error(`expected ${c} at ${at} in ${formula}`);
    at += 1;
  };
  const literal = (): unknown => {
    space();
    const number = /^-?\d+(\.\d+)?/.exec(text.slice(at));
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    if (text[at] === '"') {
      const end = text.indexOf('"', at + 1);
      const value = text.slice(at + 1, end);
      at = end + 1;
      return value;
    }
    throw new Error(`expected a number or text at ${at} in ${formula}`);
  };
  const array = (): unknown[][] => {
    expect("{");
    const rows: unknown[][] = [[literal()]];
    for (space(); text[at] !== "}"; space()) {
      const separator = text[at];
      at += 1;
      if (separator === ";") rows.push([literal()]);
      else if (separator === ",") rows[rows.length - 1].push(literal());
      else throw new Error(`unexpected ${separator} in ${formula}`);
    }
    at += 1;
    return rows;
  };
  const argument = (): unknown => {
    space();
    if (text[at] === "," || text[at] === ")") return undefined;
    if (text[at] === "{") return array();
    if (/[A-Z]/.test(text[at])) return invocation();
    return literal();
  };
  const invocation = (): unknown => {
    space();
    const name = /^[A-Z][A-Z0-9.]*/.exec(text.slice(at));
    if (!name) throw new Error(`expected a function name at ${at} in ${formula}`);
    at += name[0].length;
    expect("(");
    const args: unknown[] = [];
    space();
    if (text[at] === ")") at += 1;
    else {
      for (;;) {
        args.push(argument());
        space();
        const separator = text[at];
        at += 1;
        if (separator === ")") break;
        if (separator !== ",") throw new Error(`expected , or ) at ${at - 1} in ${formula}`);
      }
    }
    return call(name[0], args);
  };
  const result = invocation();
  space();
  if (at !== text.length) throw new Error(`unexpected text after the call in ${formula}`);
  return result;
}
