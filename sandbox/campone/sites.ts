// CampOne sites, the tenant's own only, ordered by name.
import type { Answer } from '../http/contract.ts';
import type { Call } from '../http/domain.ts';
import { pageOf } from './pages.ts';
import { SITE_COLUMNS } from './rows.ts';

export async function listSites({ db, caller, query, url }: Call): Promise<Answer> {
  const page = pageOf(url, query as { page: number; page_size: number });
  const filters = [caller.tenantId, query.site_type ?? null];
  const where = 'where tenant_id = $1 and ($2::text is null or site_type = $2)';
  const [counted] = await db.query<{ total: number }>(`select count(*)::int as total from sandbox.sites ${where}`, filters);
  const results = await db.query(`select ${SITE_COLUMNS} from sandbox.sites ${where} order by name, id limit $3 offset $4`, [...filters, page.size, page.offset]);
  return { status: 200, body: { ...page.links(counted?.total ?? 0), results } };
}

export async function getSite({ db, caller, params, contract }: Call): Promise<Answer> {
  const [site] = await db.query(`select ${SITE_COLUMNS} from sandbox.sites where tenant_id = $1 and id = $2`, [caller.tenantId, params.id]);
  return site ? { status: 200, body: site } : contract.answer({ code: 'not_found' });
}
