// Tickets, their numbers and their append-only history. All SQL for these
// tables lives here. Functions work inside the caller's transaction (Tx).
//
// Numbers: CreateTicket allocates "{SITE}-{yyyymmdd}-{nnnn}" from
// ticket_number_counters with an upsert whose row lock serialises concurrent
// creators, in any number of server processes, until their transactions end.
// History: every write appends to ticket_events in the same transaction; the
// table itself refuses UPDATE and DELETE (triggers in the migrations).
// Reporters: messages go in and come out with the reporter's name and phone
// in clear; the rows hold them sealed and the phone's blind index
// (ticket_rows.h) [T-REPORTER-SEALED]. Masking is the caller's business.
#ifndef FRONTDESK_DB_TICKET_TICKET_STORE_H_
#define FRONTDESK_DB_TICKET_TICKET_STORE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "common/data_protector.h"
#include "common/filter.h"
#include "common/names.h"
#include "db/database.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::db {

// Inserts a validated ticket for `site_id` with status NEW, a new number in
// the site's local date and a CREATED event by `actor` (a staff id). NOT_FOUND
// when the site, or the reporter's unit, does not exist.
// The deadlines a new ticket starts with (server/ticket/sla.h); 0 = none.
struct InitialDeadlines {
  long long first_response_due_us = 0;
  long long resolution_due_us = 0;
  long long plan_due_us = 0;  // complaints: the plan deadline
};

absl::StatusOr<v1::Ticket> CreateTicket(Tx& tx, const DataProtector& protector,
                                        const std::string& site_id,
                                        const v1::Ticket& ticket,
                                        const std::string& actor,
                                        long long now_us,
                                        const InitialDeadlines& deadlines = {});

// By id (the site must match) or by number. `for_update` takes the row lock
// on MySQL (SQLite write transactions are already exclusive).
absl::StatusOr<v1::Ticket> GetTicket(Tx& tx, const DataProtector& protector,
                                     const TicketRef& ref,
                                     bool for_update = false);

struct TicketQuery {
  std::vector<std::string> site_ids;  // empty for every site
  std::vector<FilterTerm> terms;      // parsed against TicketFilterSchema()
  // Keyset: rows strictly older than (create_time_us, id), newest first.
  std::optional<std::pair<long long, long long>> before;
  int limit = 50;
};
// "reporter_phone = P" compares the blind index of P's digits.
absl::StatusOr<std::vector<v1::Ticket>> ListTickets(
    Tx& tx, const DataProtector& protector, const TicketQuery& query);
// The filterable fields of ListTickets (see ticket_service.proto).
const FilterSchema& TicketFilterSchema();

// Writes the intake fields of `updated` (identified by its name) if the row's
// version is still `expected_version` (ABORTED otherwise), bumps the version
// and appends an UPDATED event with `changes`.
absl::StatusOr<v1::Ticket> UpdateTicket(
    Tx& tx, const DataProtector& protector, const v1::Ticket& updated,
    long long expected_version, const std::vector<v1::FieldChange>& changes,
    const std::string& actor, long long now_us);

// Appends a NOTE_ADDED event and touches the ticket's update time and etag.
absl::StatusOr<v1::TicketEvent> AddTicketNote(
    Tx& tx, const DataProtector& protector, const v1::Ticket& ticket,
    const std::string& note, const std::string& actor, long long now_us);

// History oldest first, events with id > after_event_id, at most `limit`;
// the reporter's values of UPDATED entries opened.
absl::StatusOr<std::vector<v1::TicketEvent>> ListTicketEvents(
    Tx& tx, const DataProtector& protector, const v1::Ticket& ticket,
    long long after_event_id, int limit);

// Retention [T-COMPLAINT-RETENTION]: erases the reporter's name and phone
// of the tickets of `site_id` that finished before `finished_before_us` and
// are not important — ReporterDueForErasure (common/retention.h) in SQL —
// and their history's sealed reporter values; each once (the purge times
// are set), the rows and every count stay. An erased ticket's version moves
// (its content changed), its update time does not.
struct ReporterErasure {
  int tickets = 0;
  int events = 0;
};
absl::StatusOr<ReporterErasure> EraseTicketReporters(
    Tx& tx, const std::string& site_id, long long finished_before_us,
    long long now_us);

// Seals the reporters of at most `limit` tickets written before reporters
// were sealed (migration 0011: reporter_phone_blind NULL, name and phone in
// clear), leaving version and update time as they were; returns how many.
// Safe to run on several servers at once: a row is sealed only while it is
// still clear. For db/legacy_sealing.h.
absl::StatusOr<int> SealClearReporters(Tx& tx, const DataProtector& protector,
                                       int limit);

// Seals the reporter's values of at most `limit` history entries with ids
// above `*after_id` written before history was sealed (migration 0012:
// personal_sealed NULL), moving them out of changes_json, and advances
// `*after_id` past them; returns how many. For db/legacy_sealing.h.
absl::StatusOr<int> SealClearEventChanges(Tx& tx,
                                          const DataProtector& protector,
                                          long long* after_id, int limit);

// Splits "sites/{site}/tickets/{id}" of a stored ticket.
long long TicketId(const v1::Ticket& ticket);
std::string TicketSiteId(const v1::Ticket& ticket);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_TICKET_TICKET_STORE_H_
