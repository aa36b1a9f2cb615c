/** Text put inside a regular expression matches itself: role names and base paths hold "." or "/" and, one day, "+" or "(". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
