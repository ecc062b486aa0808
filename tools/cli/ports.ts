// Ports are checked before anything starts, so a bad or busy port is a
// one-line error at once rather than a Prism failure after the slow steps.
import { createServer } from 'node:net';
import { UserError } from '../../model/input.js';

/** A port number from a command-line flag, or a UserError naming the flag. */
export function portFlag(flag: string, value: unknown): number {
  const port = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port < 1 || port > 65535) throw new UserError(`--${flag}: "${value}" is not a port number (1-65535)`);
  return port;
}

/**
 * The ports `count` services take, counting up from the flag's value: one per
 * API. Refuses, naming the flag, a range that runs past 65535.
 */
export function portRange(flag: string, value: unknown, count: number): number[] {
  const first = portFlag(flag, value);
  const last = first + count - 1;
  if (last > 65535) throw new UserError(`--${flag}: ${first} leaves no room for ${count} ports (${first}-${last}); the last port is 65535`);
  return Array.from({ length: count }, (_, index) => first + index);
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
