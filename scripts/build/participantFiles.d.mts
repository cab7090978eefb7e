/** The site paths a built participate.html loads (its scripts and stylesheets under /assets/). */
export function participantFiles(html: string): string[];
