/** What a keyboard user reaches with Tab, for the browser tests of the page and the extension's dialog. */

export interface TabStop {
  name: string;
  tag: string;
  top: number;
  left: number;
}

/**
 * A script (for `page.evaluate`) giving the controls a Tab reaches inside `root` (a CSS selector;
 * the whole document when null), in document order, with where each is drawn; one radio per group,
 * as browsers tab.
 */
export function tabStopsScript(root: string | null): string {
  const scope = root === null ? "document" : `document.querySelector(${JSON.stringify(root)})`;
  return `(() => {
  const scope = ${scope};
  const candidates = [...scope.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")];
  return candidates
    .filter((element) => element.tabIndex >= 0 && !element.disabled && element.checkVisibility())
    .filter((element) => {
      if (element.type !== "radio") return true;
      const group = [...scope.querySelectorAll('input[type="radio"]')].filter((radio) => radio.name === element.name);
      const checked = group.find((radio) => radio.checked);
      return checked ? checked === element : group[0] === element;
    })
    .map((element) => {
      const box = element.getBoundingClientRect();
      return { name: element.getAttribute("aria-label") || element.value || element.textContent.trim().slice(0, 40), tag: element.tagName, top: box.top, left: box.left };
    });
})()`;
}

/** A script giving the focused element's name, as `tabStopsScript` names the stops. */
export const FOCUSED_NAME_SCRIPT = `(() => { const element = document.activeElement; return element ? (element.getAttribute("aria-label") || element.value || element.textContent.trim().slice(0, 40)) : null; })()`;

/** The lines of an ARIA snapshot that are controls without a name (a screen reader would say only "button"). */
export function unnamedControls(ariaTree: string): string[] {
  return ariaTree.split("\n").filter((line) => /^\s*- (button|checkbox|radio|link|textbox|combobox)(:|\s*\[|\s*$)/.test(line));
}

/** The first pair of stops a Tab takes out of drawing order (top to bottom, then left to right), or null. */
export function outOfDrawingOrder(stops: readonly TabStop[]): string | null {
  for (let i = 1; i < stops.length; i++) {
    const [before, here] = [stops[i - 1], stops[i]];
    if (!(here.top > before.top + 1 || (Math.abs(here.top - before.top) <= 1 && here.left > before.left))) return `${before.name} is drawn after ${here.name}`;
  }
  return null;
}
