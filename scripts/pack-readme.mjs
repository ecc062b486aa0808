// npm always ships the README at the package root, and the root README here
// is the contributors' (how to run the project); a consumer needs install and
// usage instead. `swap` (prepack, after the build, so the swap lasts only as
// long as the pack) puts package/README.md in its place and keeps the
// contributors' copy in dist/; `restore` (postpack) puts it back. A pack that
// died in between left that copy behind: either mode restores it first.
import { copyFileSync, existsSync, renameSync } from 'node:fs';

const KEPT = 'dist/README.contributors.md';
if (existsSync(KEPT)) renameSync(KEPT, 'README.md');
if (process.argv[2] === 'swap') {
  renameSync('README.md', KEPT);
  copyFileSync('package/README.md', 'README.md');
}
