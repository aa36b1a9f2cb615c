// Kept apart from the exporters so that islands can name a file without loading them.

/** A file name for a download: "deployment-checklist-2.4.0.md". */
export function markdownFileName(...parts: string[]): string {
  const slug = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9.+-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'export'}.md`;
}
