/** Where a concept note lives; the report links findings and criteria here. */
export function conceptPath(id: string): string {
  return `/concepts/${encodeURIComponent(id)}`;
}
