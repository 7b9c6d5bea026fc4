-- My sales reads the PLANNED interactions of a manager's ACTIVE interests interest by interest:
-- (interest_id, status) finds exactly those rows, where (interest_id) alone also fetched every
-- completed and cancelled interaction of the interest to throw it away. It serves every read by
-- interest id as well, so it replaces the single-column index. "if (not) exists": a database
-- where the index was added by hand before this migration (a benchmark database) migrates too.
create index if not exists crm_interaction_interest_status on crm_interaction (interest_id, status);
drop index if exists crm_interaction_interest;
