// Internal to db/: the tickets row as the stores read and write it, the
// bound parameters of dynamically built queries, and history appends. Shared
// by ticket_store (intake) and ticket_workflow_store (handling) so that both
// read the same columns the same way.
//
// The reporter's name and phone are residents' personal data: a row holds
// them sealed (ReporterColumns), and so does a history entry that changed
// them (EventChangeColumns); only the conversion to the API message opens
// them, so no store writes or reads them in clear [T-REPORTER-SEALED].
#ifndef FRONTDESK_DB_TICKET_TICKET_ROWS_H_
#define FRONTDESK_DB_TICKET_TICKET_ROWS_H_

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "common/data_protector.h"
#include "common/filter.h"
#include "common/names.h"
#include "db/database.h"
#include "db/internal/params.h"
#include "frontdesk/v1/ticket_service.pb.h"

namespace soci {
class statement;
}

namespace frontdesk::db {

// Blinding purpose of a reporter's phone (DataProtector::Blind).
inline constexpr char kReporterPhonePurpose[] = "reporter-phone";

// The blind index of a reporter's phone: the blind of its digits
// (common/identity.h PhoneDigits), so "021-5555-1234" and "02155551234"
// find the same tickets; "" for a value without a digit.
std::string ReporterPhoneBlind(const DataProtector& protector,
                               absl::string_view phone);

// A ticket's reporter as its row holds it: name and phone sealed, the
// phone's blind index beside them for the reporter_phone filter.
struct ReporterColumns {
  std::string name_sealed, phone_sealed, phone_blind;

  static ReporterColumns Seal(const DataProtector& protector,
                              const v1::Contact& reporter);
  // Sets the reporter's name and phone; DATA_LOSS when a value does not open
  // (another key, an altered row).
  absl::Status OpenInto(const DataProtector& protector,
                        v1::Contact* reporter) const;
  // Reads the next two selected columns: the sealed name and phone.
  void BindInto(soci::statement& st);
};

// A nullable BIGINT column.
struct OptionalMicros {
  std::optional<long long> value;
};

struct TicketRow {
  long long id = 0;
  std::string site_id, number;
  int channel = 0, kind = 0, complaint_class = 0, priority = 0, status = 0;
  ReporterColumns reporter;
  std::string unit_id, location, subject, description, created_by;
  long long create_us = 0, update_us = 0, version = 0;
  // Workflow (migration 0003).
  int route = 0, status_before_pending = 0, callback_attempts = 0;
  int escalation_level = 0;            // migration 0004
  std::optional<long long> parent_id;  // migration 0006
  std::optional<long long> first_response_us, resolve_us, close_us,
      first_response_due_us, resolution_due_us, promised_us, callback_due_us,
      effective_due_us, paused_since_us, duplicate_of_id;
  std::string resolution, assignee;
  // What the ticket owes the resident (migration 0009): a complaint's plan
  // and the same-day notice; the latest plan agreed.
  std::optional<long long> plan_due_us, plan_met_us, notice_due_us,
      notice_met_us, plan_finish_us, plan_agree_us;
  std::string plan_department, plan_agreed_by, plan_text, plan_recorded_by;
  // Retention (migration 0013): kept long-term, and when the reporter was
  // erased.
  int important = 0;
  std::optional<long long> reporter_purge_us;

  // The API message, the reporter opened; DATA_LOSS as
  // ReporterColumns::OpenInto.
  absl::StatusOr<v1::Ticket> ToProto(const DataProtector& protector) const;
};

// The SELECT ... FROM tickets prefix that QueryTickets completes.
extern const char* const kTicketColumns;

// " WHERE ..." selecting the ticket `ref` names: by id at its site, or by
// number (at the named site unless it is "-" or "": a number under
// another site's name names no ticket).
std::string TicketRefWhere(const TicketRef& ref, Params& params);

// Rows of kTicketColumns + where + tail.
absl::StatusOr<std::vector<TicketRow>> QueryTicketRows(Tx& tx,
                                                       const std::string& where,
                                                       Params& params,
                                                       const std::string& tail);
absl::StatusOr<std::vector<v1::Ticket>> QueryTickets(
    Tx& tx, const DataProtector& protector, const std::string& where,
    Params& params, const std::string& tail);

// How a history entry holds its changes: the JSON of every change, the
// reporter's values (common/reporter_fields.h) blanked in it, and those
// values sealed apart (the JSON of just the reporter changes; "" when the
// entry has none).
struct EventChangeColumns {
  std::string changes_json;
  std::string personal_sealed;

  static EventChangeColumns Seal(const DataProtector& protector,
                                 const std::vector<v1::FieldChange>& changes);
  // Sets event->changes, the reporter's values opened into their places;
  // DATA_LOSS when they do not open. `sealed` false: an entry written
  // before history was sealed (personal_sealed NULL), whose JSON still holds
  // them (db/legacy_sealing.h seals those).
  absl::Status OpenInto(const DataProtector& protector, bool sealed,
                        v1::TicketEvent* event) const;
};

// "INSERT INTO ticket_states (...) SELECT ... FROM tickets t": the state
// the tickets row t holds, begun by history entry `event_id` at `start_us`
// (SQL expressions); the caller appends the joins and WHERE choosing t.
std::string InsertTicketStateSql(absl::string_view event_id,
                                 absl::string_view start_us);

// Appends one history entry; returns it as the API shows it (in clear).
// Except for a note, the entry also ends the ticket's current row of
// ticket_states and begins the next from the tickets row, so the caller
// saves the ticket first.
absl::StatusOr<v1::TicketEvent> AppendTicketEvent(
    Tx& tx, const DataProtector& protector, long long ticket_id,
    const std::string& site_id, v1::TicketEvent::Type type,
    const std::string& actor, const std::vector<v1::FieldChange>& changes,
    const std::string& note, long long now_us);

// History entries: "SELECT ... FROM ticket_events e JOIN tickets t" + where
// + tail (conditions on e.* and t.*), opened as the API shows them.
absl::StatusOr<std::vector<v1::TicketEvent>> QueryTicketEvents(
    Tx& tx, const DataProtector& protector, const std::string& where,
    Params& params, const std::string& tail);

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_TICKET_TICKET_ROWS_H_
