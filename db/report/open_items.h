// The open-items list at an instant (未结事项汇总) [REP-OPEN-ITEMS]: the
// tickets of a site open at `cutoff_us` by the states the history recorded
// (ticket_states), so an earlier checkpoint asked later reads as it stood
// then. Linked tickets are listed with their parent, not apart.
#ifndef FRONTDESK_DB_REPORT_OPEN_ITEMS_H_
#define FRONTDESK_DB_REPORT_OPEN_ITEMS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "db/database.h"

namespace frontdesk::db {

struct OpenItemRow {
  long long ticket_id = 0;
  std::string number;
  int kind = 0, priority = 0, status = 0;
  std::string subject, unit_id, location;
  std::string assignee;  // as at the cutoff
  long long create_us = 0;
  std::optional<long long> due_us;  // the deadline in force then
  long long last_event_us = 0;      // when that state began
  bool open_at_previous = false;    // open at previous_us too
};

// Open at `cutoff_us` (at most `limit` rows, oldest first), each marked
// whether it was open at `previous_us`.
absl::StatusOr<std::vector<OpenItemRow>> ListOpenItems(
    Tx& tx, const std::string& site_id, long long cutoff_us,
    long long previous_us, int limit);

// Tickets open at `previous_us` and no longer open at `cutoff_us`, by id.
absl::StatusOr<std::vector<long long>> ListClosedBetween(
    Tx& tx, const std::string& site_id, long long previous_us,
    long long cutoff_us);

// Display names of the site's departments ("sites/{site}/departments/{id}")
// and of the vendors ("vendors/{id}").
absl::StatusOr<std::map<std::string, std::string>> HolderNames(
    Tx& tx, const std::string& site_id);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_OPEN_ITEMS_H_
