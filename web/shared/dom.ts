/** A small element builder: text is always set as text, never parsed as HTML. */
export type Child = Node | string | number | null | undefined | false | Child[];

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined | ((event: Event) => void)> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Replaces an element's children. */
export function fill(element: HTMLElement, ...children: Child[]): void {
  element.replaceChildren();
  append(element, children);
}

function append(element: HTMLElement, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(typeof child === 'object' ? child : String(child));
  }
}

/** A claim's date as precise as the text gives it: "Mar 2, 2022", "week of Feb 28, 2022", "March 2022", "2022". */
export function formatClaimDate(value: { date: string; precision?: string | null }): string {
  if (value.precision === 'WEEK') return `week of ${formatDate(value.date)}`;
  const date = new Date(`${value.date}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return value.date;
  if (value.precision === 'MONTH') return date.toLocaleDateString('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });
  if (value.precision === 'YEAR') return String(date.getUTCFullYear());
  return formatDate(value.date);
}

/** "2022-03-02T13:16:00-06:00" → "Mar 2, 2022"; dates alone are shown as they are given. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}
