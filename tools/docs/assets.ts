// The stylesheet and script every page shares, copied from tools/docs/assets/
// into the built docs. Files of their own rather than inline, so a reader who
// opens a second page has them cached.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('./assets/', import.meta.url));
const ASSET_FILES = ['docs.css', 'docs.js'];

export async function copyAssets(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await Promise.all(ASSET_FILES.map((file) => copyFile(join(SOURCE, file), join(outDir, file))));
}
