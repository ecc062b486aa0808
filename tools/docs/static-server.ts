// Serves dist/docs over HTTP for `npm start` and the browser test. A static
// host may put the docs under any path, so `basePath` lets the test serve
// them below one and catch links that only work at the host's root. Pages go
// out compressed: the build writes a `.br` and a `.gz` beside every text file
// (compress.ts) and sirv picks the one the browser accepts.
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import { UserError } from '../../model/input.js';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  port: number;
  host?: string;
  /** URL path the directory is served under, e.g. `/docs/`; `/` by default. */
  basePath?: string;
  /** Called with the URL of each request answered 404, e.g. for a test to report. */
  onNotFound?: (url: string) => void;
}

export async function serveStatic(dir: string, { port, host = '127.0.0.1', basePath = '/', onNotFound }: StaticServerOptions): Promise<StaticServer> {
  // dev: read files on each request, so a rebuilt dist/docs is served without a restart.
  const serve = sirv(dir, { dev: true, etag: true, brotli: true, gzip: true });
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server = createServer((request, response) => {
    const url = request.url ?? '';
    const notFound = () => {
      onNotFound?.(url);
      response.statusCode = 404;
      response.end('Not found');
    };
    if (!url.startsWith(prefix)) return notFound();
    request.url = url.slice(prefix.length - 1);
    serve(request, response, notFound);
  });
  await listen(server, port, host);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${prefix}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps connections open; without this, close() waits for them.
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new UserError(`port ${port} on ${host} is already in use`) : error),
    );
    server.listen(port, host, () => resolve());
  });
}
