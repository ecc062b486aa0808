// `npm start` checks its ports before the slow steps, so a busy port is a
// one-line error at once rather than a Prism failure a minute later.
import { createServer } from 'node:net';
import { UserError } from '../../model/input.js';

/** A port number from a command-line flag, or a UserError naming the flag. */
export function portFlag(flag: string, value: string | undefined): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UserError(`--${flag}: "${value}" is not a port number`);
  return port;
}

export function assertPortFree(port: number, host: string, hint: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new UserError(`port ${port} on ${host} is not available (${error.code}); ${hint}`) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
