/**
 * Writers mark what may be left out with a parenthesis: a checklist item that may be N/A, a
 * release-notes field whose empty section is left out. One list, so that both read the same words.
 */
export const OPTIONAL_MARKERS = ['if any', 'if applicable', 'if needed', 'optional'] as const;

const MARKER = new RegExp(`\\s*\\((?:${OPTIONAL_MARKERS.join('|')})\\)`, 'i');

/** "Backup or snapshot (if applicable)" → true. */
export function hasOptionalMarker(text: string): boolean {
  return MARKER.test(text);
}

/** "Migration steps (if any):" → "Migration steps:". */
export function withoutOptionalMarker(text: string): string {
  return text.replace(MARKER, '');
}
