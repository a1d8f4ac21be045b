#include "common/retention.h"

#include <google/protobuf/util/time_util.h>

#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "common/status.h"

namespace frontdesk {
namespace {

absl::Time TimeOf(const google::protobuf::Timestamp& ts) {
  return FromMicros(
      google::protobuf::util::TimeUtil::TimestampToMicroseconds(ts));
}

}  // namespace

absl::Status CheckTicketRetentionDays(absl::string_view field, int days) {
  if (days >= kMinTicketRetentionDays && days <= kMaxTicketRetentionDays) {
    return absl::OkStatus();
  }
  return InvalidField(field, absl::StrCat("must be ", kMinTicketRetentionDays,
                                          "..", kMaxTicketRetentionDays,
                                          " days: complaint files are kept "
                                          "at least a year"));
}

std::optional<absl::Time> FinishedSince(const v1::Ticket& ticket) {
  switch (ticket.status()) {
    case v1::Ticket::CLOSED:
      if (!ticket.has_close_time()) return std::nullopt;
      return TimeOf(ticket.close_time());
    case v1::Ticket::UNFOUNDED:
    case v1::Ticket::DUPLICATE:
    case v1::Ticket::CANCELLED:
      return TimeOf(ticket.update_time());
    default:
      return std::nullopt;
  }
}

absl::Time TicketRetentionCutoff(absl::Time now, int retention_days) {
  return now - absl::Hours(24) * retention_days;
}

bool ReporterDueForErasure(const v1::Ticket& ticket, absl::Time now,
                           int retention_days) {
  if (ticket.important() || ticket.has_purge_time()) return false;
  std::optional<absl::Time> since = FinishedSince(ticket);
  return since && *since < TicketRetentionCutoff(now, retention_days);
}

}  // namespace frontdesk
