-- The sandbox's one schema, for both APIs and both engines (PGlite and a
-- PostgreSQL server). Everything lives in the `sandbox` schema, so that a
-- shared database keeps its other tables, and a reset is one DROP SCHEMA.
-- Changing this file changes the schema version: a database made by an older
-- version is refused until it is started with --reset.
create schema sandbox;

create table sandbox.meta (
  name text primary key,
  value text not null
);

-- Who owns what: a CampOne tenant or a BookingShake venue.
create table sandbox.tenants (
  id integer primary key,
  api text not null,
  name text not null,
  -- BookingShake: venues of one group may use each other's contacts.
  venue_group text,
  -- CampOne: the next booking ID of this tenant (IDs are per tenant).
  next_booking integer not null default 1
);

create table sandbox.api_keys (
  token text primary key,
  tenant_id integer not null references sandbox.tenants,
  scopes text[] not null default '{}',
  revoked boolean not null default false,
  expires_at timestamptz,
  -- Null: the contract's limit for each operation, and the API's window.
  rate_limit integer,
  rate_window_seconds integer
);

-- One fixed window per key and bucket (the key as a whole, or one operation),
-- started by its first request. Counted here, in the database, so that several
-- sandbox processes on one PostgreSQL share the limits.
create table sandbox.rate_windows (
  token text not null references sandbox.api_keys on delete cascade,
  bucket text not null,
  started_at timestamptz not null,
  span interval not null,
  hits integer not null,
  primary key (token, bucket)
);

-- Faults asked for with `once=<id>` that already fired.
create table sandbox.spent_faults (
  tenant_id integer not null references sandbox.tenants,
  id text not null,
  primary key (tenant_id, id)
);

-- CampOne

create table sandbox.sites (
  tenant_id integer not null references sandbox.tenants,
  id integer not null,
  name text not null,
  site_type text not null,
  max_guests integer not null,
  is_active boolean not null,
  primary key (tenant_id, id)
);

create table sandbox.bookings (
  tenant_id integer not null,
  id integer not null,
  site_id integer not null,
  check_in_date date not null,
  check_out_date date not null,
  num_adults integer not null,
  num_children integer not null default 0,
  guest_name text not null,
  guest_email text not null,
  guest_phone text,
  notes text,
  status text not null default 'pending',
  created_at timestamptz not null default clock_timestamp(),
  primary key (tenant_id, id),
  foreign key (tenant_id, site_id) references sandbox.sites
);
create index bookings_newest_first on sandbox.bookings (tenant_id, created_at desc, id desc);

-- BookingShake

create table sandbox.contacts (
  id text primary key,
  tenant_id integer not null references sandbox.tenants,
  first_name text not null,
  last_name text not null,
  email text not null
);

create table sandbox.spaces (
  tenant_id integer not null references sandbox.tenants,
  id text not null,
  name text not null,
  is_default boolean not null default false,
  position integer not null,
  primary key (tenant_id, id)
);

create table sandbox.sources (
  tenant_id integer not null references sandbox.tenants,
  id text not null,
  slug text not null,
  name text not null,
  position integer not null,
  primary key (tenant_id, id),
  unique (tenant_id, slug)
);

create table sandbox.event_statuses (
  tenant_id integer not null references sandbox.tenants,
  id text not null,
  name text not null,
  position integer not null,
  primary key (tenant_id, id)
);

create table sandbox.custom_fields (
  tenant_id integer not null references sandbox.tenants,
  id text not null,
  name text not null,
  type text,
  position integer not null,
  primary key (tenant_id, id)
);

create table sandbox.events (
  id text primary key,
  tenant_id integer not null references sandbox.tenants,
  contact_id text not null references sandbox.contacts,
  source_id text,
  created_at timestamptz not null default clock_timestamp(),
  foreign key (tenant_id, source_id) references sandbox.sources
);

create table sandbox.event_bookings (
  event_id text not null references sandbox.events on delete cascade,
  position integer not null,
  tenant_id integer not null,
  day date,
  start_time text,
  end_time text,
  pax integer not null,
  space_id text not null,
  primary key (event_id, position),
  foreign key (tenant_id, space_id) references sandbox.spaces
);

create table sandbox.quotations (
  id text primary key,
  event_id text not null unique references sandbox.events on delete cascade
);

create table sandbox.quotation_lines (
  quotation_id text not null references sandbox.quotations on delete cascade,
  position integer not null,
  title text not null,
  quantity integer not null,
  price_without_tax bigint not null,
  vat integer not null,
  primary key (quotation_id, position)
);

-- Who is calling, and the request counted in their window, in one call: the
-- key (undefined: no row), whether it is active, and, when it is, its window
-- after this request. A function rather than a statement so that its plans
-- are prepared once per connection (PGlite plans every statement it is sent
-- anew, and this one runs on every request). A window starts with the first
-- request after the last one ended and lasts `span`; the row's lock
-- serialises concurrent requests, in one process or many.
create function sandbox.identify(p_token text, p_api text, p_limit integer, p_window integer, p_bucket text)
returns table (tenant_id integer, scopes text[], active boolean, lim integer, window_seconds integer, hits integer, reset_at float8, now float8)
language plpgsql as $$
declare
  k record;
  v_hits integer;
  v_reset float8;
begin
  select a.tenant_id, a.scopes, not a.revoked and (a.expires_at is null or a.expires_at > now()) as active,
         coalesce(a.rate_limit, p_limit) as lim, coalesce(a.rate_window_seconds, p_window) as window_seconds
    into k
    from sandbox.api_keys a join sandbox.tenants t on t.id = a.tenant_id
   where a.token = p_token and t.api = p_api;
  if not found then
    return;
  end if;
  if k.active then
    insert into sandbox.rate_windows as w (token, bucket, started_at, span, hits)
    values (p_token, p_bucket, now(), make_interval(secs => k.window_seconds), 1)
    on conflict (token, bucket) do update set
      started_at = case when w.started_at + w.span <= excluded.started_at then excluded.started_at else w.started_at end,
      hits = case when w.started_at + w.span <= excluded.started_at then 1 else w.hits + 1 end,
      span = excluded.span
    returning w.hits, extract(epoch from w.started_at + w.span)::float8 into v_hits, v_reset;
  end if;
  return query select k.tenant_id, k.scopes, k.active, k.lim, k.window_seconds, v_hits, v_reset, extract(epoch from now())::float8;
end
$$;
