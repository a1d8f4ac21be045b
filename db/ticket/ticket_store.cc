#include "db/ticket/ticket_store.h"

#include <google/protobuf/util/json_util.h>
#include <soci/soci.h>

#include <algorithm>
#include <deque>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/time.h"
#include "common/clock.h"
#include "common/status.h"
#include "common/ticket_number.h"
#include "common/validation.h"
#include "db/internal/inserted_id.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"
#include "db/ticket/ticket_rows.h"

namespace frontdesk::db {
namespace {

absl::Status TicketNotFound(absl::string_view what) {
  return Error(absl::StatusCode::kNotFound, "TICKET_NOT_FOUND",
               absl::StrCat("ticket \"", what, "\" does not exist"));
}

}  // namespace

long long TicketId(const v1::Ticket& ticket) {
  std::vector<absl::string_view> parts = absl::StrSplit(ticket.name(), '/');
  long long id = 0;
  if (parts.size() == 4) (void)absl::SimpleAtoi(parts[3], &id);
  return id;
}

std::string TicketSiteId(const v1::Ticket& ticket) {
  std::vector<absl::string_view> parts = absl::StrSplit(ticket.name(), '/');
  return parts.size() == 4 ? std::string(parts[1]) : "";
}

const FilterSchema& TicketFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"status", {FilterField::kEnum, v1::Ticket::Status_descriptor()}},
      {"kind", {FilterField::kEnum, v1::Ticket::Kind_descriptor()}},
      {"channel", {FilterField::kEnum, v1::Ticket::Channel_descriptor()}},
      {"priority", {FilterField::kEnum, v1::Ticket::Priority_descriptor()}},
      {"reporter_phone",
       {FilterField::kString, nullptr,
        [](absl::string_view v) {
          return CheckText("reporter_phone", v, 1, 32);
        }}},
      {"unit",
       {FilterField::kString, nullptr,
        [](absl::string_view v) { return ParseUnitName("unit", v).status(); }}},
      {"create_time", {FilterField::kTimestamp}},
  };
  return *schema;
}

namespace {

// The id of the reporter's unit ("" when none is given), which must be a
// unit of `site_id` that exists.
absl::StatusOr<std::string> ReporterUnitId(Tx& tx, const std::string& site_id,
                                           const v1::Ticket& ticket) {
  const std::string& name = ticket.reporter().unit();
  if (name.empty()) return std::string();
  auto unit = ParseUnitName("ticket.reporter.unit", name);
  if (!unit.ok()) return unit.status();
  if (unit->site_id != site_id) {
    return InvalidField("ticket.reporter.unit",
                        "must be a unit of the ticket's site");
  }
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM units WHERE site_id = :s AND id = :u",
      soci::use(site_id), soci::use(unit->unit_id), soci::into(exists);
  if (!exists) {
    return Error(absl::StatusCode::kNotFound, "UNIT_NOT_FOUND",
                 absl::StrCat("ticket.reporter.unit: unit \"", name,
                              "\" does not exist"));
  }
  return unit->unit_id;
}

}  // namespace

absl::StatusOr<v1::Ticket> CreateTicket(Tx& tx, const DataProtector& protector,
                                        const std::string& site_id,
                                        const v1::Ticket& ticket,
                                        const std::string& actor,
                                        long long now_us,
                                        const InitialDeadlines& deadlines) {
  std::string tz_name;
  tx.sql << "SELECT time_zone FROM sites WHERE id = :s", soci::use(site_id),
      soci::into(tz_name);
  if (!tx.sql.got_data()) {
    return Error(absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
                 absl::StrCat("site \"sites/", site_id, "\" does not exist"));
  }
  auto unit_id = ReporterUnitId(tx, site_id, ticket);
  if (!unit_id.ok()) return unit_id.status();
  absl::TimeZone tz;
  if (!absl::LoadTimeZone(tz_name, &tz)) tz = absl::UTCTimeZone();
  int date_key = LocalDateKey(FromMicros(now_us), tz);

  tx.sql << (tx.mysql()
                 ? "INSERT INTO ticket_number_counters (site_id, date_key,"
                   " last_sequence) VALUES (:s, :d, 1)"
                   " ON DUPLICATE KEY UPDATE last_sequence = last_sequence + 1"
                 : "INSERT INTO ticket_number_counters (site_id, date_key,"
                   " last_sequence) VALUES (:s, :d, 1)"
                   " ON CONFLICT (site_id, date_key)"
                   " DO UPDATE SET last_sequence = last_sequence + 1"),
      soci::use(site_id), soci::use(date_key);
  long long sequence = 0;
  tx.sql << "SELECT last_sequence FROM ticket_number_counters"
            " WHERE site_id = :s AND date_key = :d",
      soci::use(site_id), soci::use(date_key), soci::into(sequence);
  std::string number = FormatTicketNumber(site_id, date_key, sequence);

  int channel = ticket.channel(), kind = ticket.kind(),
      complaint_class = ticket.complaint_class(),
      priority = ticket.priority() == v1::Ticket::PRIORITY_UNSPECIFIED
                     ? v1::Ticket::NORMAL
                     : ticket.priority(),
      status = v1::Ticket::NEW;
  long long frd = deadlines.first_response_due_us,
            rd = deadlines.resolution_due_us, pd = deadlines.plan_due_us,
            ed = 0;
  for (long long due : {frd, rd, pd}) {
    if (due != 0 && (ed == 0 || due < ed)) ed = due;
  }
  soci::indicator frd_ind = frd ? soci::i_ok : soci::i_null,
                  rd_ind = rd ? soci::i_ok : soci::i_null,
                  pd_ind = pd ? soci::i_ok : soci::i_null,
                  ed_ind = ed ? soci::i_ok : soci::i_null;
  const ReporterColumns reporter =
      ReporterColumns::Seal(protector, ticket.reporter());
  int important = ticket.important() ? 1 : 0;
  tx.sql << "INSERT INTO tickets (site_id, number, channel, kind,"
            " complaint_class, priority, status, reporter_name_sealed,"
            " reporter_phone_sealed, reporter_phone_blind, unit_id, location,"
            " subject, description, created_by, create_time_us,"
            " update_time_us, version, first_response_due_us,"
            " resolution_due_us, effective_due_us, plan_due_us, important)"
            " VALUES (:s, :num, :ch, :k, :cc, :p, :st, :rn, :rp, :rb, :u,"
            " :loc, :sub, :d, :by, :c, :up, 1, :frd, :rd, :ed, :pd, :imp)",
      soci::use(site_id), soci::use(number), soci::use(channel),
      soci::use(kind), soci::use(complaint_class), soci::use(priority),
      soci::use(status), soci::use(reporter.name_sealed),
      soci::use(reporter.phone_sealed), soci::use(reporter.phone_blind),
      soci::use(*unit_id), soci::use(ticket.reporter().location()),
      soci::use(ticket.subject()), soci::use(ticket.description()),
      soci::use(actor), soci::use(now_us), soci::use(now_us),
      soci::use(frd, frd_ind), soci::use(rd, rd_ind), soci::use(ed, ed_ind),
      soci::use(pd, pd_ind), soci::use(important);
  long long id = InsertedId(tx, "tickets");
  auto event =
      AppendTicketEvent(tx, protector, id, site_id, v1::TicketEvent::CREATED,
                        actor, {}, "", now_us);
  if (!event.ok()) return event.status();
  TicketRef ref;
  ref.site_id = site_id;
  ref.ticket_id = id;
  return GetTicket(tx, protector, ref);
}

absl::StatusOr<v1::Ticket> GetTicket(Tx& tx, const DataProtector& protector,
                                     const TicketRef& ref, bool for_update) {
  Params params;
  const std::string where = TicketRefWhere(ref, params);
  auto rows = QueryTickets(tx, protector, where, params,
                           for_update && tx.mysql() ? " FOR UPDATE" : "");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) {
    return TicketNotFound(ref.ticket_id != 0
                              ? TicketName(ref.site_id, ref.ticket_id)
                              : ref.number);
  }
  return rows->front();
}

absl::StatusOr<std::vector<v1::Ticket>> ListTickets(
    Tx& tx, const DataProtector& protector, const TicketQuery& query) {
  FilterColumns columns = {
      {"status", NumberColumn("status")},
      {"kind", NumberColumn("kind")},
      {"channel", NumberColumn("channel")},
      {"priority", NumberColumn("priority")},
      // Equality on the blind index (tickets_by_phone_blind_time), never a
      // scan that opens every row. A value without a digit matches nothing.
      {"reporter_phone", TextColumn("reporter_phone_blind",
                                    [&protector](const std::string& text) {
                                      std::string blind =
                                          ReporterPhoneBlind(protector, text);
                                      return blind.empty() ? std::string("-")
                                                           : blind;
                                    })},
      {"unit", UnitColumn("unit_id")},
      {"create_time", TimeColumn("create_time_us")},
  };
  Params params;
  Where where(tx, params, "site_id", query.site_ids);
  absl::Status added = where.AddTerms(columns, query.terms);
  if (!added.ok()) return added;
  where.Before("create_time_us", "id", query.before);
  return QueryTickets(
      tx, protector, where.Sql(), params,
      absl::StrCat(" ORDER BY create_time_us DESC, id DESC LIMIT ",
                   query.limit));
}

absl::StatusOr<v1::Ticket> UpdateTicket(
    Tx& tx, const DataProtector& protector, const v1::Ticket& updated,
    long long expected_version, const std::vector<v1::FieldChange>& changes,
    const std::string& actor, long long now_us) {
  long long id = TicketId(updated);
  std::string site_id = TicketSiteId(updated);
  auto unit_id = ReporterUnitId(tx, site_id, updated);
  if (!unit_id.ok()) return unit_id.status();
  int channel = updated.channel(), kind = updated.kind(),
      complaint_class = updated.complaint_class(),
      priority = updated.priority();
  const ReporterColumns reporter =
      ReporterColumns::Seal(protector, updated.reporter());
  int important = updated.important() ? 1 : 0;
  // A reporter entered again after retention erased one is kept anew.
  const bool reporter_given =
      !updated.reporter().name().empty() || !updated.reporter().phone().empty();
  soci::statement st =
      (tx.sql.prepare
           << std::string(
                  "UPDATE tickets SET channel = :ch, kind = :k,"
                  " complaint_class = :cc, priority = :p,"
                  " reporter_name_sealed = :rn, reporter_phone_sealed = :rp,"
                  " reporter_phone_blind = :rb, unit_id = :u, location = :loc,"
                  " subject = :sub, description = :d, important = :imp,") +
                  (reporter_given ? " reporter_purge_time_us = NULL," : "") +
                  " update_time_us = :up, version = version + 1"
                  " WHERE id = :id AND version = :v",
       soci::use(channel), soci::use(kind), soci::use(complaint_class),
       soci::use(priority), soci::use(reporter.name_sealed),
       soci::use(reporter.phone_sealed), soci::use(reporter.phone_blind),
       soci::use(*unit_id), soci::use(updated.reporter().location()),
       soci::use(updated.subject()), soci::use(updated.description()),
       soci::use(important), soci::use(now_us), soci::use(id),
       soci::use(expected_version));
  st.execute(true);
  if (st.get_affected_rows() != 1) {
    return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
                 "the ticket was changed by someone else; read it again");
  }
  auto event =
      AppendTicketEvent(tx, protector, id, site_id, v1::TicketEvent::UPDATED,
                        actor, changes, "", now_us);
  if (!event.ok()) return event.status();
  TicketRef ref;
  ref.site_id = site_id;
  ref.ticket_id = id;
  return GetTicket(tx, protector, ref);
}

absl::StatusOr<v1::TicketEvent> AddTicketNote(
    Tx& tx, const DataProtector& protector, const v1::Ticket& ticket,
    const std::string& note, const std::string& actor, long long now_us) {
  long long id = TicketId(ticket);
  tx.sql << "UPDATE tickets SET update_time_us = :u, version = version + 1"
            " WHERE id = :id",
      soci::use(now_us), soci::use(id);
  return AppendTicketEvent(tx, protector, id, TicketSiteId(ticket),
                           v1::TicketEvent::NOTE_ADDED, actor, {}, note,
                           now_us);
}

absl::StatusOr<std::vector<v1::TicketEvent>> ListTicketEvents(
    Tx& tx, const DataProtector& protector, const v1::Ticket& ticket,
    long long after_event_id, int limit) {
  Params params;
  std::string where =
      absl::StrCat(" WHERE e.ticket_id = ", params.Int(TicketId(ticket)),
                   " AND e.id > ", params.Int(after_event_id));
  return QueryTicketEvents(tx, protector, where, params,
                           absl::StrCat(" ORDER BY e.id LIMIT ", limit));
}

absl::StatusOr<ReporterErasure> EraseTicketReporters(
    Tx& tx, const std::string& site_id, long long finished_before_us,
    long long now_us) {
  ReporterErasure erased;
  // Finished: CLOSED since its close time; UNFOUNDED, DUPLICATE, CANCELLED
  // since their last update (FinishedSince).
  int closed = v1::Ticket::CLOSED, unfounded = v1::Ticket::UNFOUNDED,
      duplicate = v1::Ticket::DUPLICATE, cancelled = v1::Ticket::CANCELLED;
  soci::statement tickets =
      (tx.sql.prepare
           << "UPDATE tickets SET reporter_name_sealed = '',"
              " reporter_phone_sealed = '', reporter_phone_blind = '',"
              " reporter_purge_time_us = :now, version = version + 1"
              " WHERE site_id = :s AND reporter_purge_time_us IS NULL"
              " AND important = 0"
              " AND ((status = :closed AND close_time_us < :cut1)"
              " OR (status IN (:unfounded, :duplicate, :cancelled)"
              " AND update_time_us < :cut2))",
       soci::use(now_us), soci::use(site_id), soci::use(closed),
       soci::use(finished_before_us), soci::use(unfounded),
       soci::use(duplicate), soci::use(cancelled),
       soci::use(finished_before_us));
  tickets.execute(true);
  erased.tickets = static_cast<int>(tickets.get_affected_rows());
  // The history keeps each entry, the fields that changed and the rest of
  // the values; the reporter's sealed values go (the table's trigger allows
  // exactly this, once).
  soci::statement events =
      (tx.sql.prepare
           << "UPDATE ticket_events SET personal_sealed = '',"
              " purge_time_us = :now WHERE site_id = :s"
              " AND purge_time_us IS NULL AND personal_sealed <> ''"
              " AND ticket_id IN (SELECT id FROM tickets WHERE site_id = :s2"
              " AND reporter_purge_time_us IS NOT NULL)",
       soci::use(now_us), soci::use(site_id), soci::use(site_id));
  events.execute(true);
  erased.events = static_cast<int>(events.get_affected_rows());
  return erased;
}

absl::StatusOr<int> SealClearReporters(Tx& tx, const DataProtector& protector,
                                       int limit) {
  struct Clear {
    long long id = 0;
    v1::Contact reporter;
  };
  std::vector<Clear> clear;
  {
    long long id = 0;
    std::string name, phone;
    int batch = std::max(1, limit);
    soci::statement st =
        (tx.sql.prepare << std::string("SELECT id, reporter_name_sealed,"
                                       " reporter_phone_sealed FROM tickets"
                                       " WHERE reporter_phone_blind IS NULL"
                                       " LIMIT :n") +
                               (tx.mysql() ? " FOR UPDATE" : ""),
         soci::use(batch), soci::into(id), soci::into(name), soci::into(phone));
    st.execute();
    while (st.fetch()) {
      Clear row;
      row.id = id;
      row.reporter.set_name(name);
      row.reporter.set_phone(phone);
      clear.push_back(std::move(row));
    }
  }
  for (const Clear& row : clear) {
    const ReporterColumns sealed =
        ReporterColumns::Seal(protector, row.reporter);
    tx.sql << "UPDATE tickets SET reporter_name_sealed = :n,"
              " reporter_phone_sealed = :p, reporter_phone_blind = :b"
              " WHERE id = :id AND reporter_phone_blind IS NULL",
        soci::use(sealed.name_sealed), soci::use(sealed.phone_sealed),
        soci::use(sealed.phone_blind), soci::use(row.id);
  }
  return static_cast<int>(clear.size());
}

absl::StatusOr<int> SealClearEventChanges(Tx& tx,
                                          const DataProtector& protector,
                                          long long* after_id, int limit) {
  struct Clear {
    long long id = 0;
    std::string changes_json;
  };
  std::vector<Clear> clear;
  {
    Clear row;
    soci::indicator ind = soci::i_null;
    int batch = std::max(1, limit);
    // By id from where the last batch ended: the clear entries are not
    // indexed, and each is visited once per pass.
    soci::statement st =
        (tx.sql.prepare << std::string(
                               "SELECT id, changes_json FROM ticket_events"
                               " WHERE id > :a AND personal_sealed IS NULL"
                               " ORDER BY id LIMIT :n") +
                               (tx.mysql() ? " FOR UPDATE" : ""),
         soci::use(*after_id), soci::use(batch), soci::into(row.id),
         soci::into(row.changes_json, ind));
    st.execute();
    while (st.fetch()) {
      if (ind != soci::i_ok) row.changes_json.clear();
      clear.push_back(row);
    }
  }
  for (const Clear& row : clear) {
    EventChangeColumns legacy;
    legacy.changes_json = row.changes_json;
    v1::TicketEvent event;
    absl::Status opened = legacy.OpenInto(protector, /*sealed=*/false, &event);
    if (!opened.ok()) return opened;
    const EventChangeColumns sealed = EventChangeColumns::Seal(
        protector, {event.changes().begin(), event.changes().end()});
    tx.sql << "UPDATE ticket_events SET changes_json = :j,"
              " personal_sealed = :p WHERE id = :id"
              " AND personal_sealed IS NULL",
        soci::use(sealed.changes_json), soci::use(sealed.personal_sealed),
        soci::use(row.id);
    *after_id = row.id;
  }
  return static_cast<int>(clear.size());
}

}  // namespace frontdesk::db
