#include "db/ticket/escalation_store.h"

#include <soci/soci.h>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "db/internal/columns.h"
#include "db/internal/inserted_id.h"
#include "db/internal/row_util.h"
#include "db/internal/where.h"

namespace frontdesk::db {

absl::StatusOr<std::vector<TicketRow>> ListEscalationCandidates(
    Tx& tx, long long now_us, int below_level, int limit) {
  Params params;
  std::string where =
      absl::StrCat(" WHERE escalation_level < ", params.Int(below_level),
                   " AND effective_due_us < ", params.Int(now_us));
  return QueryTicketRows(
      tx, where, params,
      absl::StrCat(" ORDER BY effective_due_us, id LIMIT ", limit));
}

absl::StatusOr<v1::Escalation> InsertEscalation(
    Tx& tx, const TicketRow& ticket, v1::EscalationLevel level, bool automatic,
    const std::string& reason, const std::string& actor, long long now_us) {
  int level_number = level, automatic_number = automatic ? 1 : 0;
  std::string auto_key = absl::StrCat(level_number);
  soci::indicator auto_ind = automatic ? soci::i_ok : soci::i_null;
  tx.sql << "INSERT INTO ticket_escalations (ticket_id, site_id, level,"
            " automatic, reason, actor, create_time_us, auto_key)"
            " VALUES (:t, :s, :l, :a, :r, :by, :c, :k)",
      soci::use(ticket.id), soci::use(ticket.site_id), soci::use(level_number),
      soci::use(automatic_number), soci::use(reason), soci::use(actor),
      soci::use(now_us), soci::use(auto_key, auto_ind);
  long long id = InsertedId(tx, "ticket_escalations");
  tx.sql << "UPDATE tickets SET escalation_level = :l WHERE id = :t"
            " AND escalation_level < :l2",
      soci::use(level_number), soci::use(ticket.id), soci::use(level_number);
  v1::Escalation e;
  e.set_name(
      absl::StrCat(TicketName(ticket.site_id, ticket.id), "/escalations/", id));
  e.set_ticket_number(ticket.number);
  e.set_level(level);
  e.set_automatic(automatic);
  e.set_reason(reason);
  if (!actor.empty()) e.set_actor(StaffName(actor));
  SetTimestamp(e.mutable_create_time(), now_us);
  return e;
}

const FilterSchema& EscalationFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"level", {FilterField::kEnum, v1::EscalationLevel_descriptor()}},
      {"create_time", {FilterField::kTimestamp}},
  };
  return *schema;
}

absl::StatusOr<std::vector<v1::Escalation>> ListEscalations(
    Tx& tx, const EscalationQuery& query) {
  static const auto* columns = new FilterColumns{
      {"level", NumberColumn("e.level")},
      {"create_time", TimeColumn("e.create_time_us")},
  };
  Params params;
  Where where(tx, params, "e.site_id", query.site_ids);
  absl::Status added = where.AddTerms(*columns, query.terms);
  if (!added.ok()) return added;
  where.Before("e.create_time_us", "e.id", query.before);
  std::string sql = absl::StrCat(
      "SELECT e.id, e.ticket_id, e.site_id, t.number, e.level, e.automatic,"
      " e.reason, e.actor, e.create_time_us FROM ticket_escalations e"
      " JOIN tickets t ON t.id = e.ticket_id",
      where.Sql());
  absl::StrAppend(&sql, " ORDER BY e.create_time_us DESC, e.id DESC LIMIT ",
                  query.limit);
  long long id = 0, ticket_id = 0, create_us = 0;
  int level = 0, automatic = 0;
  std::string site_id, number, reason, actor;
  soci::statement st(tx.sql);
  IntoColumns(st, id, ticket_id, site_id, number, level, automatic, reason,
              actor, create_us);
  params.Execute(st, sql);
  std::vector<v1::Escalation> out;
  while (st.fetch()) {
    v1::Escalation e;
    e.set_name(
        absl::StrCat(TicketName(site_id, ticket_id), "/escalations/", id));
    e.set_ticket_number(number);
    e.set_level(static_cast<v1::EscalationLevel>(level));
    e.set_automatic(automatic != 0);
    e.set_reason(reason);
    if (!actor.empty()) e.set_actor(StaffName(actor));
    SetTimestamp(e.mutable_create_time(), create_us);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace frontdesk::db
