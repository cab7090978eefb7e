// Prints the JavaScript the participant page (participate.html) loads, file by file, as built and
// gzipped with zlib level 9, and the total: the figure README's "Workshops" section gives (budget: under
// 100 kB gzip before the page shows the step). Usage: npx vite build && node scripts/participant-size.mjs [dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { participantFiles } from './build/participantFiles.mjs';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'participate.html'), 'utf8');
// The entry script and every module it preloads: the page imports nothing lazily, so this is all of it.
const files = participantFiles(html).filter((file) => file.endsWith('.js'));
let raw = 0;
let gzip = 0;
for (const file of files) {
  const bytes = readFileSync(join(dist, file));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(
    `${(zipped / 1000).toFixed(1).padStart(7)} kB gzip  ${(bytes.length / 1000).toFixed(1).padStart(7)} kB  ${file}`,
  );
}
console.log(
  `${(gzip / 1000).toFixed(1).padStart(7)} kB gzip  ${(raw / 1000).toFixed(1).padStart(7)} kB  total, ${files.length} files`,
);
if (gzip >= 100_000) {
  console.error('over the 100 kB gzip budget');
  process.exitCode = 1;
}
