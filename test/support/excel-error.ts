/** Calls a custom function as Excel would and returns the CustomFunctions.Error it throws. */
export function excelErrorOf(call: () => unknown): { code: string; message?: string } {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as { code: string; message?: string };
  }
  throw new Error("expected an Excel error");
}
