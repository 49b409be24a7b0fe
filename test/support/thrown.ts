/** What an async call throws (a test fails if it throws nothing), for expectations on the error itself. */
export async function thrown(f: () => Promise<unknown>): Promise<unknown> {
  try {
    await f();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}
