-- A vendor's contact (VENDOR_CONTACT, role 12) is an outside company's
-- person who reports on that vendor's work orders [D-VENDOR-CONTACT]: the
-- staff row names the vendor they act for, '' for everyone else. The staff
-- desk checks that it exists and serves the contact's sites.
-- SQLite twin of mysql/0017_vendor_contacts.sql.

ALTER TABLE staff ADD COLUMN vendor_id TEXT NOT NULL DEFAULT '';
