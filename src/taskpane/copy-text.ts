/**
 * Puts text on the clipboard: the asynchronous clipboard where the page may use it, else the older
 * copy command on a hidden text box (Office's web views do not always grant the clipboard). Resolves
 * whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the copy command below.
  }
  const box = document.createElement("textarea");
  box.value = text;
  box.setAttribute("readonly", "");
  box.style.position = "fixed";
  box.style.opacity = "0";
  document.body.appendChild(box);
  const focused = document.activeElement as HTMLElement | null;
  box.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    box.remove();
    focused?.focus();
  }
}
