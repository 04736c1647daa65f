-- A claim about the share of trips made by vessels designated at the time (a fraction from 0 to 1),
-- e.g. OSC/BBC: "more than half of the tracked journeys were made by vessels individually sanctioned by the UN".
alter table claim alter column subject type varchar(20);
alter table claim drop constraint claim_subject_check;
alter table claim add constraint claim_subject_check
    check (subject in ('TRIPS', 'VOLUME', 'VESSELS', 'DESIGNATED_SHARE'));
alter table claim add constraint claim_share_fraction check (subject <> 'DESIGNATED_SHARE' or value <= 1);
