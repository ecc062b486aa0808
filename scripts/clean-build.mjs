// Removes the previous package build (dist/src, dist/generated) and nothing
// else, so a build never deletes the docs that `npm run docs` put in dist/docs.
import { rmSync } from 'node:fs';
for (const folder of ['dist/src', 'dist/generated']) rmSync(folder, { recursive: true, force: true });
