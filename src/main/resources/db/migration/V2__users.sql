-- People who use Tidemark (quarkus-security-jpa): bcrypt password hashes, one role each.
create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id        bigint primary key,
    username  varchar(80)  not null unique,
    password  varchar(100) not null,
    role      varchar(16)  not null check (role in ('viewer', 'analyst', 'admin'))
);
