import { initialPaneState, withFields } from "../../src/taskpane/pane-state";
import { MAX_STORED_CHARS, STORAGE_KEY, type TextStore, debounced, paneStorage } from "../../src/taskpane/pane-storage";

function memory(): TextStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: (k) => map.get(k), set: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) };
}

describe("keeping what is typed in the pane", () => {
  it("gives back the state it kept, under one key", () => {
    const store = memory();
    const storage = paneStorage(store);
    expect(storage.load()).toBeUndefined();
    const typed = withFields(initialPaneState(), "prioritisation", (f) => ({ ...f, title: "Kisumu FY2026/27 candidate projects" }));
    expect(storage.save(typed)).toBe(true);
    expect([...store.map.keys()]).toEqual([STORAGE_KEY]);
    expect(storage.load()!.forms.prioritisation.title).toBe("Kisumu FY2026/27 candidate projects");
    storage.forget();
    expect(storage.load()).toBeUndefined();
  });

  it("keeps nothing over the cap, and starts from the examples when what is kept cannot be read", () => {
    const store = memory();
    const storage = paneStorage(store);
    const huge = withFields(initialPaneState(), "prioritisation", (f) => ({ ...f, projects: "x".repeat(MAX_STORED_CHARS) }));
    expect(storage.save(huge)).toBe(false);
    expect(store.map.size).toBe(0);
    store.set(STORAGE_KEY, "{not json");
    expect(storage.load()).toBeUndefined();
  });

  it("saves once typing pauses, with the latest state", () => {
    jest.useFakeTimers();
    const saved: string[] = [];
    const save = debounced((s) => saved.push(s.forms.prioritisation.title), 800);
    for (const title of ["K", "Ki", "Kis"]) save(withFields(initialPaneState(), "prioritisation", (f) => ({ ...f, title })));
    jest.advanceTimersByTime(799);
    expect(saved).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(saved).toEqual(["Kis"]);
    jest.useRealTimers();
  });
});
