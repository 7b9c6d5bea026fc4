-- crmkit schema for MariaDB. Every table is prefixed crm_ so it cannot clash inside a host's
-- schema. Tables use the binary utf8mb4 collation: ids compare case-sensitively and sort as Java strings.

create table crm_department (
    id varchar(100) not null primary key,
    name varchar(300) not null,
    parent_id varchar(100),
    head_id varchar(100),
    daily_norm_points integer not null,
    version bigint not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table crm_manager (
    id varchar(100) not null primary key,
    name varchar(300) not null,
    email varchar(254),
    department_id varchar(100) not null,
    active bit not null,
    version bigint not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_manager_department on crm_manager (department_id);

create table crm_client (
    id varchar(100) not null primary key,
    kind varchar(20) not null,
    name varchar(300) not null,
    name_key varchar(300) not null,
    manager_id varchar(100) not null,
    created_at datetime(6) not null,
    address varchar(1000),
    messengers varchar(4000),
    version bigint not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_client_manager on crm_client (manager_id);
create index crm_client_name_key on crm_client (name_key);

create table crm_client_contact (
    client_id varchar(100) not null references crm_client (id),
    idx integer not null check (idx >= 0),
    contact_id varchar(100) not null,
    name varchar(300) not null,
    position varchar(300),
    address varchar(1000),
    messengers varchar(4000),
    primary key (client_id, idx)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table crm_client_phone (
    client_id varchar(100) not null references crm_client (id),
    idx integer not null check (idx >= 0),
    contact_id varchar(100),
    raw varchar(64) not null,
    phone_key varchar(100) not null,
    primary key (client_id, idx)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_client_phone_key on crm_client_phone (phone_key);

create table crm_client_email (
    client_id varchar(100) not null references crm_client (id),
    idx integer not null check (idx >= 0),
    contact_id varchar(100),
    address varchar(254) not null,
    email_key varchar(254) not null,
    primary key (client_id, idx)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_client_email_key on crm_client_email (email_key);

create table crm_client_portrait (
    client_id varchar(100) not null references crm_client (id),
    field_key varchar(100) not null,
    field_value varchar(1000) not null,
    primary key (client_id, field_key)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table crm_interest (
    id varchar(100) not null primary key,
    client_id varchar(100) not null,
    contact_id varchar(100),
    manager_id varchar(100) not null,
    funnel varchar(100) not null,
    stage varchar(100) not null,
    status varchar(20) not null,
    amount numeric(19,4),
    amount_scale integer,
    currency varchar(3),
    expected_close date,
    source varchar(300),
    loss_reason varchar(300),
    created_at datetime(6) not null,
    closed_at datetime(6),
    version bigint not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_interest_manager_status on crm_interest (manager_id, status);
create index crm_interest_client on crm_interest (client_id);
create index crm_interest_stage_ix on crm_interest (funnel, stage);
create index crm_interest_created on crm_interest (funnel, created_at);

create table crm_interest_stage (
    interest_id varchar(100) not null references crm_interest (id),
    idx integer not null check (idx >= 0),
    stage varchar(100) not null,
    entered_at datetime(6) not null,
    entered_by varchar(100),
    primary key (interest_id, idx)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table crm_interaction (
    id varchar(100) not null primary key,
    type varchar(100) not null,
    client_id varchar(100) not null,
    contact_id varchar(100),
    interest_id varchar(100),
    manager_id varchar(100) not null,
    subject varchar(1000),
    description text,
    planned_start datetime(6) not null,
    planned_end datetime(6) not null,
    status varchar(20) not null,
    completed_at datetime(6),
    result text,
    importance varchar(20) not null,
    letter_id varchar(100),
    version bigint not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_interaction_manager_status on crm_interaction (manager_id, status);
create index crm_interaction_manager_start on crm_interaction (manager_id, planned_start);
create index crm_interaction_planned_start on crm_interaction (planned_start);
create index crm_interaction_completed on crm_interaction (completed_at);
create index crm_interaction_client on crm_interaction (client_id);
create index crm_interaction_interest on crm_interaction (interest_id);

create table crm_inquiry (
    id varchar(100) not null primary key,
    idem_key varchar(200) unique,
    received_at datetime(6) not null,
    manager_id varchar(100) not null,
    channel varchar(20) not null,
    phone varchar(1000),
    email varchar(1000),
    name varchar(1000),
    company varchar(1000),
    note text,
    letter_id varchar(100),
    status varchar(20) not null,
    result_client_id varchar(100),
    result_new_client bit,
    result_interest_id varchar(100),
    result_new_interest bit,
    result_interaction_id varchar(100),
    version bigint not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_inquiry_manager_status on crm_inquiry (manager_id, status);

create table crm_product_group (
    id varchar(100) not null primary key,
    name varchar(300) not null,
    parent_id varchar(100)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table crm_product (
    id varchar(100) not null primary key,
    name varchar(300) not null,
    group_id varchar(100),
    unit varchar(50)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_product_group_ix on crm_product (group_id);

create table crm_price_type (
    code varchar(100) not null primary key,
    name varchar(300) not null,
    currency varchar(3) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table crm_price (
    product_id varchar(100) not null,
    price_type varchar(100) not null,
    valid_from date not null,
    amount numeric(19,4) not null,
    amount_scale integer not null,
    primary key (product_id, price_type, valid_from)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_price_type_date on crm_price (price_type, valid_from);

create table crm_letter (
    id varchar(100) not null primary key,
    message_id varchar(1000) not null,
    message_key varchar(64) not null unique,
    direction varchar(20) not null,
    mailbox varchar(1000),
    from_address varchar(1000) not null,
    to_addresses mediumtext,
    cc_addresses mediumtext,
    subject text,
    sent_at datetime(6) not null,
    text_body mediumtext,
    html_body mediumtext,
    attachments mediumtext,
    refs mediumtext,
    client_id varchar(100)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_letter_client on crm_letter (client_id, sent_at);

create table crm_mail_checkpoint (
    mailbox varchar(300) not null,
    folder varchar(300) not null,
    uid_validity bigint not null,
    last_uid bigint not null,
    primary key (mailbox, folder)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table crm_mail_quarantine (
    mailbox varchar(300) not null,
    folder varchar(300) not null,
    uid_validity bigint not null,
    uid bigint not null,
    reason text,
    quarantined_at datetime(6) not null,
    primary key (mailbox, folder, uid_validity, uid)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table crm_outbox (
    id varchar(100) not null primary key,
    message_id varchar(1000) not null,
    from_address varchar(1000) not null,
    to_addresses mediumtext,
    cc_addresses mediumtext,
    subject varchar(1000),
    text_body mediumtext,
    html_body mediumtext,
    attachments mediumtext,
    client_id varchar(100),
    interest_id varchar(100),
    manager_id varchar(100),
    status varchar(20) not null,
    attempts integer not null,
    created_at datetime(6) not null,
    next_attempt_at datetime(6),
    sent_at datetime(6),
    last_error text
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_outbox_due on crm_outbox (status, next_attempt_at);
create index crm_outbox_created on crm_outbox (created_at);

create table crm_attachment (
    id varchar(100) not null primary key,
    declared_name varchar(1000),
    content_type varchar(300) not null,
    size_bytes bigint not null,
    content longblob not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
