/** Where presentation mode lives for a journey. */
export function presentPath(journeyId: string): string {
  return `/journey/${encodeURIComponent(journeyId)}/present`;
}

/** Where presentation mode hands back to: the journey's editor. */
export function editorPath(journeyId: string): string {
  return `/journey/${encodeURIComponent(journeyId)}`;
}
