// The pages that show one journey, in one chunk loaded on demand: React Flow, the canvas, the panels and
// the presentation. Moving from the editor to the presentation then never waits for code.
export { JourneyPage } from './JourneyPage';
export { PresentPage } from '../present/PresentPage';
