#include "db/ticket/ticket_rows.h"

#include <google/protobuf/util/json_util.h>
#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "common/identity.h"
#include "common/names.h"
#include "common/reporter_fields.h"
#include "db/internal/columns.h"
#include "db/internal/inserted_id.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

// Nullable BIGINT columns are fetched with an indicator each.
struct NullableInto {
  long long value = 0;
  soci::indicator ind = soci::i_null;
  std::optional<long long>* target;
};

std::string ChangesJson(const std::vector<v1::FieldChange>& changes) {
  if (changes.empty()) return "";
  v1::TicketEvent holder;
  for (const auto& c : changes) *holder.add_changes() = c;
  std::string json;
  (void)google::protobuf::util::MessageToJsonString(holder, &json);
  return json;
}

// The changes of `json` (ChangesJson's form; "" for none).
absl::StatusOr<std::vector<v1::FieldChange>> ParseChanges(
    const std::string& json) {
  std::vector<v1::FieldChange> out;
  if (json.empty()) return out;
  v1::TicketEvent holder;
  if (!google::protobuf::util::JsonStringToMessage(json, &holder).ok()) {
    return absl::DataLossError("a history entry's changes do not parse");
  }
  out.assign(holder.changes().begin(), holder.changes().end());
  return out;
}

void SetIf(google::protobuf::Timestamp* (v1::Ticket::*mutable_field)(),
           v1::Ticket& t, const std::optional<long long>& us) {
  if (us) SetTimestamp((t.*mutable_field)(), *us);
}

}  // namespace

std::string ReporterPhoneBlind(const DataProtector& protector,
                               absl::string_view phone) {
  return protector.Blind(kReporterPhonePurpose, PhoneDigits(phone));
}

ReporterColumns ReporterColumns::Seal(const DataProtector& protector,
                                      const v1::Contact& reporter) {
  ReporterColumns c;
  c.name_sealed = protector.Seal(reporter.name());
  c.phone_sealed = protector.Seal(reporter.phone());
  c.phone_blind = ReporterPhoneBlind(protector, reporter.phone());
  return c;
}

absl::Status ReporterColumns::OpenInto(const DataProtector& protector,
                                       v1::Contact* reporter) const {
  auto name = protector.Open(name_sealed);
  if (!name.ok()) return name.status();
  auto phone = protector.Open(phone_sealed);
  if (!phone.ok()) return phone.status();
  reporter->set_name(*std::move(name));
  reporter->set_phone(*std::move(phone));
  return absl::OkStatus();
}

void ReporterColumns::BindInto(soci::statement& st) {
  IntoColumns(st, name_sealed, phone_sealed);
}

const char* const kTicketColumns =
    "SELECT id, site_id, number, channel, kind, complaint_class, priority,"
    " status, reporter_name_sealed, reporter_phone_sealed, unit_id, location,"
    " subject, description, created_by, create_time_us, update_time_us,"
    " version,"
    " route, status_before_pending, callback_attempts, first_response_time_us,"
    " resolve_time_us, close_time_us, first_response_due_us,"
    " resolution_due_us, promised_us, callback_due_us, effective_due_us,"
    " paused_since_us, duplicate_of_id, resolution, assignee,"
    " escalation_level, parent_id, plan_due_us, plan_met_us, notice_due_us,"
    " notice_met_us, plan_finish_us, plan_agree_us, plan_department,"
    " plan_agreed_by, plan_text, plan_recorded_by, important,"
    " reporter_purge_time_us FROM tickets";

absl::StatusOr<v1::Ticket> TicketRow::ToProto(
    const DataProtector& protector) const {
  v1::Ticket t;
  t.set_name(TicketName(site_id, id));
  t.set_number(number);
  t.set_site(SiteName(site_id));
  t.set_channel(static_cast<v1::Ticket::Channel>(channel));
  t.set_kind(static_cast<v1::Ticket::Kind>(kind));
  t.set_complaint_class(
      static_cast<v1::Ticket::ComplaintClass>(complaint_class));
  t.set_priority(static_cast<v1::Ticket::Priority>(priority));
  t.set_status(static_cast<v1::Ticket::Status>(status));
  auto* r = t.mutable_reporter();
  absl::Status opened = reporter.OpenInto(protector, r);
  if (!opened.ok()) return opened;
  if (!unit_id.empty()) r->set_unit(UnitName(site_id, unit_id));
  r->set_location(location);
  t.set_subject(subject);
  t.set_description(description);
  t.set_created_by(StaffName(created_by));
  SetTimestamp(t.mutable_create_time(), create_us);
  SetTimestamp(t.mutable_update_time(), update_us);
  t.set_etag(Etag(version));
  t.set_route(static_cast<v1::RepairRoute>(route));
  SetIf(&v1::Ticket::mutable_first_response_time, t, first_response_us);
  SetIf(&v1::Ticket::mutable_resolve_time, t, resolve_us);
  SetIf(&v1::Ticket::mutable_close_time, t, close_us);
  auto* d = t.mutable_deadlines();
  if (first_response_due_us) {
    SetTimestamp(d->mutable_first_response_due_time(), *first_response_due_us);
  }
  if (resolution_due_us) {
    SetTimestamp(d->mutable_resolution_due_time(), *resolution_due_us);
  }
  if (promised_us) SetTimestamp(d->mutable_promised_time(), *promised_us);
  if (callback_due_us) {
    SetTimestamp(d->mutable_callback_due_time(), *callback_due_us);
  }
  d->set_paused(paused_since_us.has_value());
  if (paused_since_us)
    SetTimestamp(d->mutable_paused_since(), *paused_since_us);
  t.set_resolution(resolution);
  if (duplicate_of_id)
    t.set_duplicate_of(TicketName(site_id, *duplicate_of_id));
  t.set_callback_attempts(callback_attempts);
  t.set_assignee(assignee);
  t.set_escalation_level(static_cast<v1::EscalationLevel>(escalation_level));
  if (parent_id) t.set_parent(TicketName(site_id, *parent_id));
  if (plan_due_us) SetTimestamp(d->mutable_plan_due_time(), *plan_due_us);
  if (plan_met_us) SetTimestamp(d->mutable_plan_met_time(), *plan_met_us);
  if (notice_due_us) {
    SetTimestamp(d->mutable_resident_notice_due_time(), *notice_due_us);
  }
  if (notice_met_us) {
    SetTimestamp(d->mutable_resident_notice_met_time(), *notice_met_us);
  }
  if (plan_agree_us) {
    v1::TicketPlan* plan = t.mutable_plan();
    plan->set_department(plan_department);
    if (!plan_agreed_by.empty()) plan->set_agreed_by(StaffName(plan_agreed_by));
    plan->set_plan(plan_text);
    if (plan_finish_us)
      SetTimestamp(plan->mutable_finish_time(), *plan_finish_us);
    if (!plan_recorded_by.empty()) {
      plan->set_recorded_by(StaffName(plan_recorded_by));
    }
    SetTimestamp(plan->mutable_agree_time(), *plan_agree_us);
  }
  t.set_important(important != 0);
  if (reporter_purge_us)
    SetTimestamp(t.mutable_purge_time(), *reporter_purge_us);
  return t;
}

std::string TicketRefWhere(const TicketRef& ref, Params& params) {
  if (ref.ticket_id != 0) {
    return absl::StrCat(" WHERE id = ", params.Int(ref.ticket_id),
                        " AND site_id = ", params.Text(ref.site_id));
  }
  std::string where = absl::StrCat(" WHERE number = ", params.Text(ref.number));
  if (!ref.site_id.empty() && ref.site_id != "-") {
    absl::StrAppend(&where, " AND site_id = ", params.Text(ref.site_id));
  }
  return where;
}

absl::StatusOr<std::vector<TicketRow>> QueryTicketRows(
    Tx& tx, const std::string& where, Params& params, const std::string& tail) {
  TicketRow row;
  soci::indicator resolution_ind = soci::i_null;
  std::vector<NullableInto> nullable = {
      {0, soci::i_null, &row.first_response_us},
      {0, soci::i_null, &row.resolve_us},
      {0, soci::i_null, &row.close_us},
      {0, soci::i_null, &row.first_response_due_us},
      {0, soci::i_null, &row.resolution_due_us},
      {0, soci::i_null, &row.promised_us},
      {0, soci::i_null, &row.callback_due_us},
      {0, soci::i_null, &row.effective_due_us},
      {0, soci::i_null, &row.paused_since_us},
      {0, soci::i_null, &row.duplicate_of_id},
  };
  soci::statement st(tx.sql);
  IntoColumns(st, row.id, row.site_id, row.number, row.channel, row.kind,
              row.complaint_class, row.priority, row.status, row.reporter,
              row.unit_id, row.location, row.subject, row.description,
              row.created_by, row.create_us, row.update_us, row.version,
              row.route, row.status_before_pending, row.callback_attempts);
  for (auto& n : nullable) st.exchange(soci::into(n.value, n.ind));
  IntoColumns(st, Nullable(row.resolution, resolution_ind), row.assignee,
              row.escalation_level);
  NullableInto parent{0, soci::i_null, &row.parent_id};
  st.exchange(soci::into(parent.value, parent.ind));
  std::vector<NullableInto> owed = {
      {0, soci::i_null, &row.plan_due_us},
      {0, soci::i_null, &row.plan_met_us},
      {0, soci::i_null, &row.notice_due_us},
      {0, soci::i_null, &row.notice_met_us},
      {0, soci::i_null, &row.plan_finish_us},
      {0, soci::i_null, &row.plan_agree_us},
  };
  for (auto& n : owed) st.exchange(soci::into(n.value, n.ind));
  soci::indicator plan_text_ind = soci::i_null;
  IntoColumns(st, row.plan_department, row.plan_agreed_by,
              Nullable(row.plan_text, plan_text_ind), row.plan_recorded_by,
              row.important);
  NullableInto purged{0, soci::i_null, &row.reporter_purge_us};
  st.exchange(soci::into(purged.value, purged.ind));
  params.Execute(st, absl::StrCat(kTicketColumns, where, tail));
  std::vector<TicketRow> out;
  while (st.fetch()) {
    row.parent_id = parent.ind == soci::i_ok
                        ? std::optional<long long>(parent.value)
                        : std::nullopt;
    row.reporter_purge_us = purged.ind == soci::i_ok
                                ? std::optional<long long>(purged.value)
                                : std::nullopt;
    for (auto* list : {&nullable, &owed}) {
      for (auto& n : *list) {
        *n.target = n.ind == soci::i_ok ? std::optional<long long>(n.value)
                                        : std::nullopt;
      }
    }
    if (resolution_ind != soci::i_ok) row.resolution.clear();
    if (plan_text_ind != soci::i_ok) row.plan_text.clear();
    out.push_back(row);
  }
  return out;
}

absl::StatusOr<std::vector<v1::Ticket>> QueryTickets(
    Tx& tx, const DataProtector& protector, const std::string& where,
    Params& params, const std::string& tail) {
  auto rows = QueryTicketRows(tx, where, params, tail);
  if (!rows.ok()) return rows.status();
  std::vector<v1::Ticket> out;
  for (const TicketRow& row : *rows) {
    auto ticket = row.ToProto(protector);
    if (!ticket.ok()) return ticket.status();
    out.push_back(*std::move(ticket));
  }
  return out;
}

EventChangeColumns EventChangeColumns::Seal(
    const DataProtector& protector,
    const std::vector<v1::FieldChange>& changes) {
  std::vector<v1::FieldChange> kept, personal;
  for (const v1::FieldChange& c : changes) {
    kept.push_back(c);
    if (!IsReporterPersonalField(c.field())) continue;
    personal.push_back(c);
    kept.back().clear_old_value();
    kept.back().clear_new_value();
  }
  EventChangeColumns columns;
  columns.changes_json = ChangesJson(kept);
  columns.personal_sealed = protector.Seal(ChangesJson(personal));
  return columns;
}

absl::Status EventChangeColumns::OpenInto(const DataProtector& protector,
                                          bool sealed,
                                          v1::TicketEvent* event) const {
  auto changes = ParseChanges(changes_json);
  if (!changes.ok()) return changes.status();
  std::vector<v1::FieldChange> personal;
  if (sealed) {
    auto json = protector.Open(personal_sealed);
    if (!json.ok()) return json.status();
    auto opened = ParseChanges(*json);
    if (!opened.ok()) return opened.status();
    personal = *std::move(opened);
  }
  // The sealed values go back into their places, in order.
  size_t next = 0;
  for (v1::FieldChange& c : *changes) {
    if (next < personal.size() && c.field() == personal[next].field()) {
      c = personal[next++];
    }
  }
  event->clear_changes();
  for (v1::FieldChange& c : *changes) *event->add_changes() = std::move(c);
  return absl::OkStatus();
}

std::string InsertTicketStateSql(absl::string_view event_id,
                                 absl::string_view start_us) {
  // Not open: finished or set aside (lifecycle.h IsOpen, as numbers).
  return absl::StrCat(
      "INSERT INTO ticket_states (event_id, ticket_id, site_id, start_us,"
      " end_us, kind, priority, status, is_open, due_us, assignee, route,"
      " complaint_class, resolution_due_us, parent_id, promised_us,"
      " plan_department) SELECT ",
      event_id, ", t.id, t.site_id, ", start_us,
      ", 9223372036854775807, t.kind, t.priority, t.status,"
      " CASE WHEN t.status IN (",
      v1::Ticket::RESOLVED, ", ", v1::Ticket::CLOSED, ", ",
      v1::Ticket::UNFOUNDED, ", ", v1::Ticket::DUPLICATE, ", ",
      v1::Ticket::CANCELLED,
      ") THEN 0 ELSE 1 END, t.effective_due_us, t.assignee, t.route,"
      " t.complaint_class, t.resolution_due_us, t.parent_id, t.promised_us,"
      " t.plan_department FROM tickets t");
}

namespace {

// Ends the ticket's current row of ticket_states (migration 0023) and
// begins one holding the tickets row as the step just saved it. A clock that
// went back never makes a row end before it began.
void RecordTicketState(Tx& tx, long long ticket_id, long long event_id,
                       long long now_us) {
  static const std::string* const kInsert =
      new std::string(InsertTicketStateSql(":e", ":n") + " WHERE t.id = :t");
  tx.sql << "UPDATE ticket_states SET end_us = CASE WHEN start_us > :n1"
            " THEN start_us ELSE :n2 END"
            " WHERE ticket_id = :t AND end_us = 9223372036854775807",
      soci::use(now_us), soci::use(now_us), soci::use(ticket_id);
  tx.sql << *kInsert, soci::use(event_id), soci::use(now_us),
      soci::use(ticket_id);
}

}  // namespace

absl::StatusOr<v1::TicketEvent> AppendTicketEvent(
    Tx& tx, const DataProtector& protector, long long ticket_id,
    const std::string& site_id, v1::TicketEvent::Type type,
    const std::string& actor, const std::vector<v1::FieldChange>& changes,
    const std::string& note, long long now_us) {
  int type_number = type;
  const EventChangeColumns columns =
      EventChangeColumns::Seal(protector, changes);
  tx.sql << "INSERT INTO ticket_events (ticket_id, site_id, type, actor,"
            " create_time_us, changes_json, note, personal_sealed)"
            " VALUES (:t, :s, :ty, :a, :c, :j, :n, :p)",
      soci::use(ticket_id), soci::use(site_id), soci::use(type_number),
      soci::use(actor), soci::use(now_us), soci::use(columns.changes_json),
      soci::use(note), soci::use(columns.personal_sealed);
  long long event_id = InsertedId(tx, "ticket_events");
  if (type != v1::TicketEvent::NOTE_ADDED) {
    RecordTicketState(tx, ticket_id, event_id, now_us);
  }
  std::string number;
  tx.sql << "SELECT number FROM tickets WHERE id = :t", soci::use(ticket_id),
      soci::into(number);
  v1::TicketEvent event;
  event.set_name(
      absl::StrCat(TicketName(site_id, ticket_id), "/events/", event_id));
  event.set_event_id(event_id);
  event.set_ticket_number(number);
  event.set_type(type);
  if (!actor.empty()) event.set_actor(StaffName(actor));  // "" = the system
  SetTimestamp(event.mutable_create_time(), now_us);
  for (const auto& c : changes) *event.add_changes() = c;
  event.set_note(note);
  return event;
}

absl::StatusOr<std::vector<v1::TicketEvent>> QueryTicketEvents(
    Tx& tx, const DataProtector& protector, const std::string& where,
    Params& params, const std::string& tail) {
  long long id = 0, ticket_id = 0, create_us = 0;
  int type = 0;
  std::string site_id, actor, note, number;
  EventChangeColumns columns;
  soci::indicator changes_ind = soci::i_null, note_ind = soci::i_null,
                  sealed_ind = soci::i_null;
  soci::statement st(tx.sql);
  IntoColumns(st, id, ticket_id, site_id, type, actor, create_us,
              Nullable(columns.changes_json, changes_ind),
              Nullable(note, note_ind),
              Nullable(columns.personal_sealed, sealed_ind), number);
  params.Execute(
      st, absl::StrCat("SELECT e.id, e.ticket_id, e.site_id, e.type, e.actor,"
                       " e.create_time_us, e.changes_json, e.note,"
                       " e.personal_sealed, t.number FROM ticket_events e"
                       " JOIN tickets t ON t.id = e.ticket_id",
                       where, tail));
  std::vector<v1::TicketEvent> out;
  while (st.fetch()) {
    if (changes_ind != soci::i_ok) columns.changes_json.clear();
    if (sealed_ind != soci::i_ok) columns.personal_sealed.clear();
    v1::TicketEvent e;
    absl::Status opened =
        columns.OpenInto(protector, sealed_ind == soci::i_ok, &e);
    if (!opened.ok()) return opened;
    e.set_name(absl::StrCat(TicketName(site_id, ticket_id), "/events/", id));
    e.set_event_id(id);
    e.set_type(static_cast<v1::TicketEvent::Type>(type));
    if (!actor.empty()) e.set_actor(StaffName(actor));  // "" = the system
    SetTimestamp(e.mutable_create_time(), create_us);
    if (note_ind == soci::i_ok) e.set_note(note);
    e.set_ticket_number(number);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace frontdesk::db
