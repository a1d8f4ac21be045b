-- What a ticket owes the resident besides the SLA deadlines (DOMAIN.md
-- [001]): a complaint's handling plan agreed by the department at fault
-- (整改方案) within the policy's plan window, and the same-day notice when
-- several departments or parties are involved. Due and met times are
-- written by server/ticket/deadlines.h; the latest plan is kept on the
-- ticket (the history keeps every one).
-- Numbered 0009: 0007 and 0008 belong to the visitors and keys work.

ALTER TABLE tickets
  ADD COLUMN plan_due_us            BIGINT       NULL,
  ADD COLUMN plan_met_us            BIGINT       NULL,
  ADD COLUMN plan_department        VARCHAR(120) NOT NULL DEFAULT '',
  ADD COLUMN plan_agreed_by         VARCHAR(32)  NOT NULL DEFAULT '',
  ADD COLUMN plan_text              TEXT         NULL,
  ADD COLUMN plan_finish_us         BIGINT       NULL,
  ADD COLUMN plan_recorded_by       VARCHAR(32)  NOT NULL DEFAULT '',
  ADD COLUMN plan_agree_us          BIGINT       NULL,
  ADD COLUMN notice_due_us          BIGINT       NULL,
  ADD COLUMN notice_met_us          BIGINT       NULL;

-- The complaint plan window and the coordination window of each stored
-- policy; rows stored before this migration get the defaults (1 day capped
-- by the resolution window for complaints, none for other kinds; 3 days).
ALTER TABLE sla_policies
  ADD COLUMN plan_s         BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN coordination_s BIGINT NOT NULL DEFAULT 259200;
UPDATE sla_policies SET plan_s = LEAST(86400, resolution_s) WHERE kind = 4;
