/** English copy for the panels area; merged into en.ts. Keep keys in step with panels.es.ts. */
export const panelsEn = {};
