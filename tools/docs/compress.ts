// Compressed copies of the built docs, made once at build time at the highest
// levels (gzip 9, brotli 11) rather than on every request: the docs server
// (static-server.ts, through sirv) sends `page.html.br` or `page.html.gz` to a
// browser that accepts it, and any static host that serves precompressed
// files can do the same.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Text files worth compressing; images and fonts (none today) are compressed already. */
const TEXT = /\.(?:html|css|js|json|svg|txt)$/;

export async function compressFolder(dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => TEXT.test(file));
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(join(dir, file));
      const [gzipped, brotli] = await Promise.all([
        gzipAsync(content, { level: 9 }),
        brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
      ]);
      await Promise.all([writeFile(join(dir, `${file}.gz`), gzipped), writeFile(join(dir, `${file}.br`), brotli)]);
    }),
  );
}
