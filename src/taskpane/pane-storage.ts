/**
 * Where what is typed in the pane is kept across reloads, and the only module that stores anything
 * (the lint rule allows it here alone; SECURITY.md says what and where): inside Excel, in the
 * workbook's own settings (Office.context.document.settings, saved with the workbook, so it travels
 * with it and with nothing else); in a plain browser, in the page's local storage for this origin.
 * Only the pane's form state is kept: no data read from a workbook, nothing sent anywhere.
 */
import type { Host } from "./host";
import { type PaneState, restorePaneState } from "./pane-state";

export const STORAGE_KEY = "mgao.pane";
/** The most kept, as JSON characters: a session's forms are a few KB; a pasted CIDP far more. */
export const MAX_STORED_CHARS = 500_000;
/** Typing is saved this long after the last keystroke, not on every one. */
export const SAVE_DELAY_MS = 800;

export interface PaneStorage {
  load(): PaneState | undefined;
  /** Saves, unless the state is over the cap; says whether it was kept. */
  save(state: PaneState): boolean;
  forget(): void;
}

/** Storage as a key-value pair of strings, so both places share one implementation (and tests use a Map). */
export interface TextStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function paneStorage(store: TextStore): PaneStorage {
  return {
    load() {
      const text = store.get(STORAGE_KEY);
      if (text === undefined) return undefined;
      try {
        return restorePaneState(JSON.parse(text));
      } catch {
        return undefined; // unreadable: start from the examples rather than fail
      }
    },
    save(state) {
      const text = JSON.stringify(state);
      if (text.length > MAX_STORED_CHARS) return false;
      store.set(STORAGE_KEY, text);
      return true;
    },
    forget: () => store.remove(STORAGE_KEY),
  };
}

/** The workbook's settings; each change is saved with the workbook in the background. */
function workbookSettings(): TextStore {
  const settings = Office.context.document.settings;
  const persist = () => settings.saveAsync(() => undefined);
  return {
    get: (key) => {
      const value = settings.get(key) as unknown;
      return typeof value === "string" ? value : undefined;
    },
    set: (key, value) => {
      settings.set(key, value);
      persist();
    },
    remove: (key) => {
      settings.remove(key);
      persist();
    },
  };
}

/** The page's local storage; a browser that refuses it (private mode, a policy) keeps nothing. */
function pageStorage(): TextStore {
  const local = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();
  return {
    get: (key) => local?.getItem(key) ?? undefined,
    set: (key, value) => {
      try {
        local?.setItem(key, value);
      } catch {
        // full or refused: the session is simply not kept
      }
    },
    remove: (key) => local?.removeItem(key),
  };
}

/** The storage for where the pane runs. */
export function storageFor(host: Host): PaneStorage {
  const inWorkbook = host === "excel" && typeof Office !== "undefined" && Office.context?.document?.settings !== undefined;
  return paneStorage(inWorkbook ? workbookSettings() : pageStorage());
}

/** Calls `save` once typing has paused, with the latest state. */
export function debounced(save: (state: PaneState) => void, delayMs = SAVE_DELAY_MS): (state: PaneState) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (state) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => save(state), delayMs);
  };
}
