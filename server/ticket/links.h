// Linked tickets: resolving a parent resolves its children.
#ifndef FRONTDESK_SERVER_TICKET_LINKS_H_
#define FRONTDESK_SERVER_TICKET_LINKS_H_

#include <string>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "common/data_protector.h"
#include "db/database.h"
#include "db/ticket/ticket_rows.h"

namespace frontdesk {

// Resolves the children of `parent` that are open and not pending, each with
// its own RESOLVED history entry (by `actor`) and its own callback deadline;
// their open work orders are superseded (the parent's work covered them).
// Returns how many were resolved.
absl::StatusOr<int> ResolveChildren(db::Tx& tx, const DataProtector& protector,
                                    const db::TicketRow& parent,
                                    const std::string& summary,
                                    const std::string& actor, absl::Time now);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_TICKET_LINKS_H_
