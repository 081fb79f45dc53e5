// A migrated, empty PGlite data directory, made once and kept in the temp directory: starting
// from it takes about a second, where initdb plus migrations take several. Test use only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS } from '../../server/db/migrations';
import { createPgliteClient } from '../../server/db/pglite-client';

/** Any change to PGlite or to the schema names a new template. */
function templatePath(): string {
  // Its package.json is not exported; it sits one level above the entry point (dist/).
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const hash = createHash('sha256').update(
    readFileSync(join(dirname(entry), '..', 'package.json')),
  );
  for (const m of MIGRATIONS) hash.update(`${m.version}\0${m.sql}\0`);
  return join(tmpdir(), `parley-pglite-template-${hash.digest('hex').slice(0, 16)}.tar`);
}

export async function pgliteTemplate(): Promise<Blob> {
  const path = templatePath();
  try {
    return new Blob([await readFile(path)]);
  } catch {
    const client = await createPgliteClient();
    await migrate(client);
    const dump = await client.dump();
    await client.close();
    // Written aside and renamed: test files running in parallel never read half a template.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, path);
    return dump;
  }
}
