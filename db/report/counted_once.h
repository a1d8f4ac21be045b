// The one SQL reading of "counted once" the report queries share
// (ticket_figures.cc, quality_figures.cc): the ticket's state in force at
// the window's as_of (bound as :a1 and :a2), joined as `st`, when it was
// neither DUPLICATE nor linked under another ticket then.
#ifndef FRONTDESK_DB_REPORT_COUNTED_ONCE_H_
#define FRONTDESK_DB_REPORT_COUNTED_ONCE_H_

#include <string>

#include "absl/strings/str_cat.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk::db {

// " JOIN ticket_states st ON ..." for the ticket id in `ticket_column`.
inline std::string CountedOnceStateAt(const std::string& ticket_column) {
  return absl::StrCat(
      " JOIN ticket_states st ON st.ticket_id = ", ticket_column,
      " AND st.start_us <= :a1 AND st.end_us > :a2"
      " AND st.status <> ",
      v1::Ticket::DUPLICATE, " AND st.parent_id IS NULL");
}

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_REPORT_COUNTED_ONCE_H_
