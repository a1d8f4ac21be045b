// Bulk loading for tests/bench/generate_tickets: many rows per statement
// instead of one, for loading realistic volumes quickly. All SQL of the bulk
// load lives here; batching policy (how many rows per call, how many calls per
// transaction) is the caller's.
//
// Contract:
// - Every function works inside the caller's transaction (Tx), on either
//   backend, and writes all its rows with multi-row INSERT statements whose
//   values are bound parameters (never query text).
// - Rows are written as given: the caller is responsible for them obeying the
//   rules the stores enforce (validated fields, existing sites, per-site
//   per-day numbers matching ticket_number_counters). Ticket ids are explicit,
//   so the caller must be the only writer of tickets while it loads; start
//   from NextTicketId().
// - InsertTickets() seals each reporter's name and phone and blinds the
//   phone with `protector` as db::CreateTicket does [T-REPORTER-SEALED], and
//   writes each ticket as it stands after its history (the workflow
//   columns). InsertHistory() writes what that history left behind: the
//   entries (explicit ids, changes sealed as db::AppendTicketEvent seals
//   them), one ticket_states row per entry other than a note (the state the
//   entry began, ended by the next), work orders (explicit ids), callbacks,
//   pauses and escalations. Insert the tickets before their history.
// - Any number of rows per call: a call is split into statements of at most
//   30000 bound parameters (SQLite refuses more than 32766), i.e. 1666
//   tickets. Around 1000 rows per call is the sweet spot on both backends.
#ifndef FRONTDESK_DB_BENCH_BULK_LOADER_H_
#define FRONTDESK_DB_BENCH_BULK_LOADER_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "common/data_protector.h"
#include "db/database.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::db {

struct BulkTicket {
  long long id = 0;
  std::string site_id;
  std::string number;
  int channel = 0;
  int kind = 0;
  int complaint_class = 0;
  int priority = 0;
  int status = 0;
  std::string reporter_name;  // in clear: InsertTickets seals them
  std::string reporter_phone;
  std::string unit_id;  // "" when the reporter gave none
  std::string location;
  std::string subject;
  std::string description;
  std::string created_by;  // staff id
  long long create_time_us = 0;
  long long update_time_us = 0;
  long long version = 1;
  // The workflow columns (migrations 0003, 0004, 0009), as the last step of
  // the ticket's history left them.
  int route = 0;
  int status_before_pending = 0;
  int callback_attempts = 0;
  int escalation_level = 0;
  std::string assignee;
  std::string resolution;
  std::optional<long long> first_response_time_us, resolve_time_us,
      close_time_us, first_response_due_us, resolution_due_us, promised_us,
      callback_due_us, effective_due_us, paused_since_us, duplicate_of_id,
      plan_due_us, plan_met_us;
  std::string plan_department;
};

// One history entry (ticket_events) and, unless it is a note, the state of
// the ticket it began (ticket_states).
struct BulkEvent {
  long long id = 0;
  long long ticket_id = 0;
  std::string site_id;
  int type = 0;
  std::string actor;  // staff id, "" for the server's own steps
  long long create_time_us = 0;
  std::vector<v1::FieldChange> changes;
  bool records_state = true;  // false for NOTE_ADDED
  // The state begun (ticket_states): end_us is the next state's start.
  long long end_us = 0;
  int kind = 0, priority = 0, status = 0, route = 0, complaint_class = 0;
  bool is_open = true;
  std::optional<long long> due_us, resolution_due_us, parent_id, promised_us;
  std::string assignee, plan_department;
};

struct BulkWorkOrder {
  long long id = 0;
  long long ticket_id = 0;
  std::string site_id;
  int route = 0;
  std::string assignee;
  std::optional<long long> promised_us;
  int state = 0;
  bool rework = false;
  std::string instructions;
  std::string manager_signoff;
  std::string developer_ack_by;
  std::optional<long long> arrival_us, complete_us;
  std::string work_done;
  double labour_hours = 0;
  bool accepted_by_reporter = false;
  std::string dispatched_by;
  long long create_time_us = 0;
};

struct BulkCallback {
  long long ticket_id = 0;
  std::string site_id;
  int result = 0;
  int rating = 0;
  std::string comment;
  std::string caller;  // staff id
  long long create_time_us = 0;
  std::optional<long long> rework_order_id;
};

struct BulkPause {
  long long ticket_id = 0;
  long long start_us = 0;
  std::optional<long long> end_us;
  std::string reason;
};

struct BulkEscalation {
  long long ticket_id = 0;
  std::string site_id;
  int level = 0;
  bool automatic = true;
  std::string reason;
  std::string actor;
  long long create_time_us = 0;
};

// What the tickets' handling left behind, written by InsertHistory.
struct BulkHistory {
  std::vector<BulkEvent> events;
  std::vector<BulkWorkOrder> work_orders;
  std::vector<BulkCallback> callbacks;
  std::vector<BulkPause> pauses;
  std::vector<BulkEscalation> escalations;

  void clear() {
    events.clear();
    work_orders.clear();
    callbacks.clear();
    pauses.clear();
    escalations.clear();
  }
};

struct BulkUnit {
  std::string site_id;
  std::string id;  // "{building}-{entrance}-{room}"
  std::string building;
  std::string entrance;
  std::string room;
  long long create_time_us = 0;
};

struct TicketCounter {
  std::string site_id;
  int date_key = 0;  // yyyymmdd, the site's local date
  long long last_sequence = 0;
};

// One more than the highest ticket id (1 on an empty table).
absl::StatusOr<long long> NextTicketId(Tx& tx);
// The same for history entries and work orders.
absl::StatusOr<long long> NextEventId(Tx& tx);
absl::StatusOr<long long> NextWorkOrderId(Tx& tx);

// Number of tickets of `site_id` (0 for a site that has none).
absl::StatusOr<long long> CountSiteTickets(Tx& tx, const std::string& site_id);

absl::Status InsertTickets(Tx& tx, const DataProtector& protector,
                           const std::vector<BulkTicket>& tickets);
absl::Status InsertHistory(Tx& tx, const DataProtector& protector,
                           const BulkHistory& history);
absl::Status InsertUnits(Tx& tx, const std::vector<BulkUnit>& units);
// Rows must be new (ALREADY_EXISTS otherwise).
absl::Status InsertTicketCounters(Tx& tx,
                                  const std::vector<TicketCounter>& counters);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_BENCH_BULK_LOADER_H_
