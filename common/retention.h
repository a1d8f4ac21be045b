// How long a ticket's reporter (name and phone, residents' personal data) is
// kept [T-COMPLAINT-RETENTION] (001: complaint files are kept one year,
// important ones long-term): erased the site's ticket retention (365 days
// unless the site keeps them longer) after the ticket finished, unless it is
// important. Plain functions: the retention sweep
// (server/retention_sweeper.h) erases in SQL what ReporterDueForErasure
// says (db/ticket/ticket_store.h EraseTicketReporters; its test checks the
// two agree), and the settings desk checks the period.
#ifndef FRONTDESK_COMMON_RETENTION_H_
#define FRONTDESK_COMMON_RETENTION_H_

#include <optional>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace frontdesk {

inline constexpr int kDefaultTicketRetentionDays = 365;
inline constexpr int kMinTicketRetentionDays = 365;  // "kept one year"
inline constexpr int kMaxTicketRetentionDays = 3650;

// INVALID_ARGUMENT on `field` unless kMin..kMaxTicketRetentionDays.
absl::Status CheckTicketRetentionDays(absl::string_view field, int days);

// Since when `ticket` is finished: a CLOSED ticket since its close_time;
// an UNFOUNDED, DUPLICATE or CANCELLED one since its update_time (they
// record no end time; their last update is at or after it, so the period
// never runs short). nullopt while it is not finished (a RESOLVED ticket
// still owes its callback; a closed one may be reopened, and is then open).
std::optional<absl::Time> FinishedSince(const v1::Ticket& ticket);

// The instant before which a ticket must have finished for its reporter to
// be erased at `now`.
absl::Time TicketRetentionCutoff(absl::Time now, int retention_days);

// Whether retention erases the reporter of `ticket` at `now`: finished
// before the cutoff, not important, not erased already.
bool ReporterDueForErasure(const v1::Ticket& ticket, absl::Time now,
                           int retention_days);

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_RETENTION_H_
