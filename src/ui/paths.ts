/** Where presentation mode lives for a journey. */
export function presentPath(journeyId: string): string {
  return `/journey/${encodeURIComponent(journeyId)}/present`;
}

/** Where presentation mode hands back to: the journey's editor. */
export function editorPath(journeyId: string): string {
  return `/journey/${encodeURIComponent(journeyId)}`;
}

/** The URL parameter that selects a touchpoint when the editor opens (`/journey/<id>?touchpoint=<id>`). */
export const TOUCHPOINT_PARAM = 'touchpoint';

/** A journey's editor with one touchpoint selected and brought into view (links from the insights page). */
export function touchpointPath(journeyId: string, touchpointId: string): string {
  return `${editorPath(journeyId)}?${TOUCHPOINT_PARAM}=${encodeURIComponent(touchpointId)}`;
}

/** The insights page: what every journey in the library says together. */
export const INSIGHTS_PATH = '/insights';
