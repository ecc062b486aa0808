// tsc does not emit declaration files it was given as input, so the generated
// schema.d.ts of each API is copied beside its emitted contract.js.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
for (const api of readdirSync('generated')) {
  const from = `generated/${api}/schema.d.ts`;
  if (existsSync(from) && existsSync(`dist/generated/${api}`)) copyFileSync(from, `dist/generated/${api}/schema.d.ts`);
}
