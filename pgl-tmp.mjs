import { PGlite } from '@electric-sql/pglite';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
let t=performance.now();
if (!existsSync('/tmp/pgl-dump.tgz')) {
  const db = await PGlite.create();
  await db.exec('create table t(id int primary key); insert into t values (1),(2)');
  const blob = await db.dumpDataDir('gzip');
  writeFileSync('/tmp/pgl-dump.tgz', Buffer.from(await blob.arrayBuffer()));
  console.log('made dump', blob.size, performance.now()-t);
  await db.close();
} else {
  const blob = new Blob([readFileSync('/tmp/pgl-dump.tgz')]);
  const db = await PGlite.create(process.argv[2] ? { dataDir: process.argv[2], loadDataDir: blob } : { loadDataDir: blob });
  console.log('loaded', process.argv[2], performance.now()-t, (await db.query('select count(*) from t')).rows);
  await db.close();
}
