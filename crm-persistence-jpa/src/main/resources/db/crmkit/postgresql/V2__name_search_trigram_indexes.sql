-- Client search by a name fragment (InquiryService.search, ClientRepository.hitsByNameFragment):
-- the query matches `crm_client.name_key like '%…%'` union `lower(crm_client_contact.name) like '%…%'`.
-- A b-tree cannot serve a LIKE with a leading wildcard; trigram GIN indexes (extension pg_trgm) can,
-- for fragments of three or more characters.
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since PostgreSQL 13: a role with
-- CREATE on the database (e.g. its owner) may create it. Where the extension is missing or the role may
-- not create it, this migration stops with a message saying what to do, instead of leaving the name
-- search without its index (a full scan of every client and contact on each search).
-- The indexes are created "if not exists": on a large database a DBA may build them beforehand with
-- "create index concurrently" under these names and definitions, without blocking writes.
do $$
begin
    if not exists (select 1 from pg_extension where extname = 'pg_trgm') then
        begin
            create extension pg_trgm;
        exception
            when insufficient_privilege or undefined_file or feature_not_supported then
                raise exception 'crmkit migration V2 needs the PostgreSQL extension pg_trgm (the index of the client name search) and could not create it (%). Run "create extension pg_trgm;" in this database as its owner or a superuser (install the PostgreSQL contrib package first if the extension is missing), then start crmkit again.', sqlerrm;
        end;
    end if;
end
$$;

create index if not exists crm_client_name_key_trgm on crm_client using gin (name_key gin_trgm_ops);
create index if not exists crm_client_contact_name_trgm on crm_client_contact using gin (lower(name) gin_trgm_ops);
