// `node bench/start.mjs [project-dir]`: times `npm start` from launch until it
// serves: its "Press Ctrl+C" line is printed and the docs server and every
// mock answer over HTTP. Then it kills npm start's whole process group at
// once (SIGKILL, so the figure is not stretched by a graceful stop) and exits.
// Plain JavaScript, so the launcher adds only Node's own start to what it
// measures; farm-bench times the whole of it (bench/README.md):
//   farm-bench -n 5 -- node bench/start.mjs
// DOCS_PORT and MOCK_PORT (default 18180 and 14110) keep it off the ports a
// developer's own `npm start` uses.
import { spawn } from 'node:child_process';

const dir = process.argv[2] ?? process.cwd();
const docsPort = Number(process.env.DOCS_PORT ?? 18180);
const mockPort = Number(process.env.MOCK_PORT ?? 14110);
const started = performance.now();
const child = spawn('npm', ['start', '--', '--docs-port', String(docsPort), '--mock-port', String(mockPort)], {
  cwd: dir,
  detached: true, // its own process group, so one kill reaches npm, the script and every child
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
child.stderr.on('data', (chunk) => (output += chunk));
const ready = new Promise(/** @param {(value?: unknown) => void} resolve @param {(error: Error) => void} reject */ (resolve, reject) => {
  child.stdout.on('data', (chunk) => {
    output += chunk;
    if (output.includes('Press Ctrl+C to stop.')) resolve();
  });
  child.on('exit', (code) => reject(new Error(`npm start ended (code ${code}) before it served:\n${output}`)));
});

/** Every URL `npm start` printed (docs and mocks) must answer, whatever the status. */
async function answering() {
  const urls = [...output.matchAll(/^(?:Docs|Mock):\s+(http:\/\/\S+)/gm)].map((match) => String(match[1]));
  if (urls.length < 2) throw new Error(`npm start printed no docs and mock URLs:\n${output}`);
  await Promise.all(urls.map((url) => fetch(url).then((response) => response.arrayBuffer())));
  return urls.length;
}

try {
  await ready;
  const servers = await answering();
  process.stderr.write(`npm start served ${servers} servers after ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
