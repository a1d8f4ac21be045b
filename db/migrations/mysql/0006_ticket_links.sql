-- Linked tickets: several reports of one matter under a parent ticket.

ALTER TABLE tickets
  ADD COLUMN parent_id BIGINT NULL,
  ADD KEY tickets_by_parent (parent_id);
