// The entries of a ticket's history that carry the reporter's personal
// data: the FieldChanges of an UPDATED event on "reporter.name" and
// "reporter.phone" (ticket_rules.h names a change by its field path). Their
// old and new values are sealed at rest apart from the rest of the entry
// (db/ticket/ticket_rows.h) [T-REPORTER-SEALED] and masked like the
// reporter itself (server/ticket/reporter_rules.h) [T-REPORTER-MASKED].
#ifndef FRONTDESK_COMMON_REPORTER_FIELDS_H_
#define FRONTDESK_COMMON_REPORTER_FIELDS_H_

#include "absl/strings/string_view.h"

namespace frontdesk {

inline constexpr char kReporterNameField[] = "reporter.name";
inline constexpr char kReporterPhoneField[] = "reporter.phone";

inline bool IsReporterPersonalField(absl::string_view field) {
  return field == kReporterNameField || field == kReporterPhoneField;
}

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_REPORTER_FIELDS_H_
