#include "db/report/night_callbacks.h"

#include <soci/soci.h>

#include <string>

#include "absl/strings/str_cat.h"
#include "db/report/counted_once.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::db {

absl::StatusOr<std::vector<RepairResolution>> ListRepairResolutions(
    Tx& tx, const ReportWindow& w) {
  const std::string sql = absl::StrCat(
      "SELECT e.create_time_us, (SELECT MIN(c.create_time_us)"
      " FROM ticket_callbacks c WHERE c.ticket_id = e.ticket_id"
      " AND c.create_time_us >= e.create_time_us AND c.create_time_us <= :a3)"
      " FROM ticket_events e",
      CountedOnceStateAt("e.ticket_id"),
      " WHERE e.site_id = :s AND e.type = ", v1::TicketEvent::RESOLVED,
      " AND e.create_time_us >= :b AND e.create_time_us < :e AND st.kind = ",
      v1::Ticket::REPAIR, " ORDER BY e.create_time_us");
  RepairResolution row;
  long long callback = 0;
  soci::indicator callback_ind = soci::i_null;
  std::vector<RepairResolution> out;
  soci::statement st =
      (tx.sql.prepare << sql, soci::into(row.resolve_us),
       soci::into(callback, callback_ind), soci::use(w.as_of_us, "a3"),
       soci::use(w.as_of_us, "a1"), soci::use(w.as_of_us, "a2"),
       soci::use(w.site_id, "s"), soci::use(w.start_us, "b"),
       soci::use(w.end_us, "e"));
  st.execute();
  while (st.fetch()) {
    row.first_callback_us = callback_ind == soci::i_ok
                                ? std::optional<long long>(callback)
                                : std::nullopt;
    out.push_back(row);
  }
  return out;
}

}  // namespace frontdesk::db
