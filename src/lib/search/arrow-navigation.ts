/**
 * ↑/↓ in the search dialog move focus between the search field (position 0) and the result links
 * (positions 1…count), wrapping around at either end. Enter then opens the focused link natively.
 * Returns the position to focus, or undefined when the key does not move focus from here.
 */
export function arrowTarget(current: number, key: string, count: number): number | undefined {
  if (count <= 0 || current < 0 || current > count) return undefined;
  const positions = count + 1;
  if (key === 'ArrowDown') return (current + 1) % positions;
  if (key === 'ArrowUp') return (current - 1 + positions) % positions;
  return undefined;
}
