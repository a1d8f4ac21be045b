-- Complaint plans and resident notices (SQLite twin of
-- mysql/0009_ticket_plans.sql).

ALTER TABLE tickets ADD COLUMN plan_due_us INTEGER;
ALTER TABLE tickets ADD COLUMN plan_met_us INTEGER;
ALTER TABLE tickets ADD COLUMN plan_department TEXT NOT NULL DEFAULT '';
ALTER TABLE tickets ADD COLUMN plan_agreed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE tickets ADD COLUMN plan_text TEXT;
ALTER TABLE tickets ADD COLUMN plan_finish_us INTEGER;
ALTER TABLE tickets ADD COLUMN plan_recorded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE tickets ADD COLUMN plan_agree_us INTEGER;
ALTER TABLE tickets ADD COLUMN notice_due_us INTEGER;
ALTER TABLE tickets ADD COLUMN notice_met_us INTEGER;

ALTER TABLE sla_policies ADD COLUMN plan_s INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sla_policies ADD COLUMN coordination_s INTEGER NOT NULL DEFAULT 259200;
UPDATE sla_policies SET plan_s = MIN(86400, resolution_s) WHERE kind = 4;
