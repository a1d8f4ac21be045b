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
//   phone with `protector` as db::CreateTicket does [T-REPORTER-SEALED]; it
//   also appends each ticket's CREATED event (actor
//   created_by, at create_time_us), in the given order, so event ids follow
//   ticket order.
// - Any number of rows per call: a call is split into statements of at most
//   30000 bound parameters (SQLite refuses more than 32766), i.e. 1666
//   tickets. Around 1000 rows per call is the sweet spot on both backends.
#ifndef FRONTDESK_DB_BENCH_BULK_LOADER_H_
#define FRONTDESK_DB_BENCH_BULK_LOADER_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "common/data_protector.h"
#include "db/database.h"

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

// Number of tickets of `site_id` (0 for a site that has none).
absl::StatusOr<long long> CountSiteTickets(Tx& tx, const std::string& site_id);

absl::Status InsertTickets(Tx& tx, const DataProtector& protector,
                           const std::vector<BulkTicket>& tickets);
absl::Status InsertUnits(Tx& tx, const std::vector<BulkUnit>& units);
// Rows must be new (ALREADY_EXISTS otherwise).
absl::Status InsertTicketCounters(Tx& tx,
                                  const std::vector<TicketCounter>& counters);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_BENCH_BULK_LOADER_H_
