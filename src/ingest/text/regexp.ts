/** A string matched literally inside a RegExp: "Yahoo Sports", "U.S. Army" ("." no longer any character). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
