/** Building the page's DOM from data: text always goes in as text nodes, never as markup. */

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(typeof child === "string" ? document.createTextNode(child) : child);
  return element;
}

export interface MarkedSpan {
  start: number;
  end: number;
  type: string;
}

/** A message's text with the personal information in `<mark>` elements titled with its kind. */
export function markedText(text: string, spans: readonly MarkedSpan[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    fragment.append(document.createTextNode(text.slice(at, span.start)));
    fragment.append(h("mark", { title: span.type, "data-type": span.type }, text.slice(span.start, span.end)));
    at = span.end;
  }
  fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

export { formatBytes } from "../../stats/format-number.js";

/** The page's CSRF token (from its meta tag), sent back with every post. */
export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? "";
}

export async function errorOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: string };
    return body.error ?? `${response.status} ${response.statusText}`;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

/**
 * Copies `text` to the clipboard: the clipboard API where the page may use it (a secure context),
 * else the old way, the text in `shown` selected and copied. When neither works the text is left
 * selected, for the reader to copy; resolves whether it was copied.
 */
export async function copyText(text: string, shown: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http on another host) or no permission: fall through.
  }
  const range = document.createRange();
  range.selectNodeContents(shown);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}
