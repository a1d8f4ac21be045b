-- Linked tickets (SQLite twin of mysql/0006_ticket_links.sql).

ALTER TABLE tickets ADD COLUMN parent_id INTEGER;
CREATE INDEX tickets_by_parent ON tickets (parent_id);
