#include "db/roster/handover_store.h"

#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/columns.h"
#include "db/internal/inserted_id.h"
#include "db/internal/params.h"
#include "db/internal/row_util.h"
#include "db/internal/sql_errors.h"
#include "db/internal/where.h"
#include "db/roster/date_key.h"
#include "db/roster/shift_store.h"

namespace frontdesk::db {
namespace {

constexpr char kColumns[] =
    "SELECT id, site_id, date_key, definition_id, outgoing_start_us,"
    " incoming_date_key, incoming_definition_id, status, duty_log,"
    " written_by, submitted_by, accepted_by, submit_time_us, accept_time_us,"
    " incoming_clock_in_us, incoming_arrived_early, incoming_remarks,"
    " inventory_discrepancy, countersigned_by, countersign_time_us,"
    " countersign_comment, create_time_us, update_time_us, version"
    " FROM handovers";

// "staff/{id}" -> "{id}" (as stored), "" stays "".
std::string StaffIdOfName(const std::string& name) { return StaffIdOf(name); }
std::string NameOfStaffId(const std::string& id) {
  return id.empty() ? "" : StaffName(id);
}

struct HandoverColumns {
  long long id = 0, outgoing_start_us = 0, submit_us = 0, accept_us = 0,
            clock_in_us = 0, countersign_us = 0, create_us = 0, update_us = 0,
            version = 0;
  int date_key = 0, incoming_date_key = 0, status = 0, arrived_early = 0,
      discrepancy = 0;
  std::string site_id, definition_id, incoming_definition_id, duty_log,
      written_by, submitted_by, accepted_by, remarks, countersigned_by,
      countersign_comment;

  void Bind(soci::statement& st) {
    IntoColumns(st, id, site_id, date_key, definition_id, outgoing_start_us,
                incoming_date_key, incoming_definition_id, status, duty_log,
                written_by, submitted_by, accepted_by, submit_us, accept_us,
                clock_in_us, arrived_early, remarks, discrepancy,
                countersigned_by, countersign_us, countersign_comment,
                create_us, update_us, version);
  }

  HandoverRow ToRow() const {
    HandoverRow row;
    row.id = id;
    row.key = {site_id, DayOfKey(date_key), definition_id};
    row.outgoing_start_us = outgoing_start_us;
    row.incoming_date = DayOfKey(incoming_date_key);
    row.incoming_definition_id = incoming_definition_id;
    row.version = version;
    v1::Handover& h = row.handover;
    h.set_name(HandoverName(row.key));
    h.set_outgoing_shift(ShiftName(site_id, row.key.date, definition_id));
    h.set_incoming_shift(
        ShiftName(site_id, row.incoming_date, incoming_definition_id));
    h.set_status(static_cast<v1::Handover::Status>(status));
    h.set_duty_log(duty_log);
    h.set_written_by(NameOfStaffId(written_by));
    h.set_submitted_by(NameOfStaffId(submitted_by));
    h.set_accepted_by(NameOfStaffId(accepted_by));
    if (submit_us) SetTimestamp(h.mutable_submit_time(), submit_us);
    if (accept_us) SetTimestamp(h.mutable_accept_time(), accept_us);
    if (clock_in_us) {
      SetTimestamp(h.mutable_incoming_clock_in_time(), clock_in_us);
    }
    h.set_incoming_arrived_early(arrived_early != 0);
    h.set_incoming_remarks(remarks);
    h.set_inventory_discrepancy(discrepancy != 0);
    h.set_countersigned_by(NameOfStaffId(countersigned_by));
    if (countersign_us) {
      SetTimestamp(h.mutable_countersign_time(), countersign_us);
    }
    h.set_countersign_comment(countersign_comment);
    SetTimestamp(h.mutable_create_time(), create_us);
    SetTimestamp(h.mutable_update_time(), update_us);
    h.set_etag(Etag(version));
    return row;
  }
};

long long MicrosOf(const google::protobuf::Timestamp& ts) {
  return ts.seconds() * 1000000LL + ts.nanos() / 1000;
}

int SignificantItems(const v1::Handover& h) {
  int n = 0;
  for (const auto& item : h.items()) n += item.significant() ? 1 : 0;
  return n;
}

absl::Status NotFound(const HandoverKey& key) {
  return Error(
      absl::StatusCode::kNotFound, "HANDOVER_NOT_FOUND",
      absl::StrCat("handover \"", HandoverName(key), "\" does not exist"));
}

absl::Status AlreadyExists(const HandoverKey& key) {
  return Error(absl::StatusCode::kAlreadyExists, "HANDOVER_ALREADY_EXISTS",
               absl::StrCat("the handover of this shift, \"", HandoverName(key),
                            "\", has been started already"),
               {{"handover", HandoverName(key)}});
}

absl::Status EtagMismatch() {
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               "the handover was changed by someone else; read it again");
}

// "(:p1, :p2, ...)" of ids.
std::string IdList(const std::vector<long long>& ids, Params& params) {
  std::vector<std::string> parts;
  for (long long id : ids) parts.push_back(params.Int(id));
  return absl::StrCat("(", absl::StrJoin(parts, ", "), ")");
}

// Items and counts of a page of handovers, in two queries.
void LoadChildren(Tx& tx, std::vector<HandoverRow>& rows) {
  if (rows.empty()) return;
  std::map<long long, v1::Handover*> by_id;
  std::vector<long long> ids;
  for (HandoverRow& r : rows) {
    by_id[r.id] = &r.handover;
    ids.push_back(r.id);
  }
  {
    Params params;
    std::string sql = absl::StrCat(
        "SELECT handover_id, item_id, description, ticket, significant,"
        " disposition, consented_by, consent_time_us, consent_comment,"
        " acknowledged, source, resource FROM handover_items"
        " WHERE handover_id IN ",
        IdList(ids, params), " ORDER BY handover_id, item_id");
    long long handover_id = 0, consent_us = 0;
    int item_id = 0, significant = 0, disposition = 0, acknowledged = 0,
        source = 0;
    std::string description, ticket, consented_by, comment, resource;
    soci::statement st(tx.sql);
    IntoColumns(st, handover_id, item_id, description, ticket, significant,
                disposition, consented_by, consent_us, comment, acknowledged,
                source, resource);
    params.Execute(st, sql);
    while (st.fetch()) {
      v1::HandoverItem* item = by_id[handover_id]->add_items();
      item->set_id(item_id);
      item->set_description(description);
      item->set_ticket(ticket);
      item->set_significant(significant != 0);
      item->set_disposition(
          static_cast<v1::HandoverItem::Disposition>(disposition));
      item->set_consented_by(NameOfStaffId(consented_by));
      if (consent_us) SetTimestamp(item->mutable_consent_time(), consent_us);
      item->set_consent_comment(comment);
      item->set_acknowledged(acknowledged != 0);
      item->set_source(static_cast<v1::HandoverItem::Source>(source));
      item->set_resource(resource);
    }
  }
  {
    Params params;
    std::string sql = absl::StrCat(
        "SELECT handover_id, item_id, display_name, expected_count, counted,"
        " note FROM handover_inventory_counts WHERE handover_id IN ",
        IdList(ids, params), " ORDER BY handover_id, ordinal");
    long long handover_id = 0;
    int expected = 0, counted = 0;
    std::string item_id, display_name, note;
    soci::statement st(tx.sql);
    IntoColumns(st, handover_id, item_id, display_name, expected, counted,
                note);
    params.Execute(st, sql);
    while (st.fetch()) {
      v1::InventoryCount* c = by_id[handover_id]->add_inventory_counts();
      c->set_item_id(item_id);
      c->set_display_name(display_name);
      c->set_expected_count(expected);
      c->set_counted(counted);
      c->set_note(note);
    }
  }
}

void WriteChildren(Tx& tx, long long handover_id, const v1::Handover& h) {
  tx.sql << "DELETE FROM handover_items WHERE handover_id = :id",
      soci::use(handover_id);
  tx.sql << "DELETE FROM handover_inventory_counts WHERE handover_id = :id",
      soci::use(handover_id);
  for (const v1::HandoverItem& item : h.items()) {
    int item_id = item.id(), significant = item.significant() ? 1 : 0,
        disposition = item.disposition(),
        acknowledged = item.acknowledged() ? 1 : 0, source = item.source();
    long long consent_us =
        item.has_consent_time() ? MicrosOf(item.consent_time()) : 0;
    std::string consented_by = StaffIdOfName(item.consented_by());
    tx.sql << "INSERT INTO handover_items (handover_id, item_id, description,"
              " ticket, significant, disposition, consented_by,"
              " consent_time_us, consent_comment, acknowledged, source,"
              " resource) VALUES (:h, :i, :d, :t, :s, :disp, :cb, :ct, :cc,"
              " :a, :src, :r)",
        soci::use(handover_id), soci::use(item_id),
        soci::use(item.description()), soci::use(item.ticket()),
        soci::use(significant), soci::use(disposition), soci::use(consented_by),
        soci::use(consent_us), soci::use(item.consent_comment()),
        soci::use(acknowledged), soci::use(source), soci::use(item.resource());
  }
  int ordinal = 0;
  for (const v1::InventoryCount& c : h.inventory_counts()) {
    int expected = c.expected_count(), counted = c.counted();
    tx.sql << "INSERT INTO handover_inventory_counts (handover_id, ordinal,"
              " item_id, display_name, expected_count, counted, note)"
              " VALUES (:h, :o, :i, :d, :e, :c, :n)",
        soci::use(handover_id), soci::use(ordinal), soci::use(c.item_id()),
        soci::use(c.display_name()), soci::use(expected), soci::use(counted),
        soci::use(c.note());
    ++ordinal;
  }
}

absl::StatusOr<std::vector<HandoverRow>> Query(Tx& tx, Params& params,
                                               const std::string& where,
                                               const std::string& tail) {
  HandoverColumns r;
  std::vector<HandoverRow> rows;
  soci::statement st(tx.sql);
  r.Bind(st);
  params.Execute(st, absl::StrCat(kColumns, where, tail));
  while (st.fetch()) rows.push_back(r.ToRow());
  LoadChildren(tx, rows);
  return rows;
}

}  // namespace

std::string HandoverName(const HandoverKey& key) {
  return absl::StrCat(SiteName(key.site_id), "/handovers/", DateKey(key.date),
                      "-", key.definition_id);
}

absl::StatusOr<HandoverRow> InsertHandover(Tx& tx, const HandoverRow& row,
                                           long long now_us) {
  const v1::Handover& h = row.handover;
  int date_key = DateKey(row.key.date),
      incoming_key = DateKey(row.incoming_date), status = h.status(),
      significant = SignificantItems(h);
  std::string written_by = StaffIdOfName(h.written_by());
  std::string remarks;
  try {
    tx.sql << "INSERT INTO handovers (site_id, date_key, definition_id,"
              " outgoing_start_us, incoming_date_key, incoming_definition_id,"
              " status, duty_log, written_by, incoming_remarks,"
              " significant_items, create_time_us, update_time_us, version)"
              " VALUES (:s, :d, :def, :st, :id, :idef, :stat, :log, :w, :r,"
              " :sig, :c, :u, 1)",
        soci::use(row.key.site_id), soci::use(date_key),
        soci::use(row.key.definition_id), soci::use(row.outgoing_start_us),
        soci::use(incoming_key), soci::use(row.incoming_definition_id),
        soci::use(status), soci::use(h.duty_log()), soci::use(written_by),
        soci::use(remarks), soci::use(significant), soci::use(now_us),
        soci::use(now_us);
  } catch (const std::exception& e) {
    if (!IsDuplicateKey(e)) throw;
    return AlreadyExists(row.key);
  }
  WriteChildren(tx, InsertedId(tx, "handovers"), h);
  return GetHandover(tx, row.key);
}

absl::StatusOr<HandoverRow> GetHandover(Tx& tx, const HandoverKey& key,
                                        bool for_update) {
  Params params;
  std::string where =
      absl::StrCat(" WHERE site_id = ", params.Text(key.site_id),
                   " AND date_key = ", params.Int(DateKey(key.date)),
                   " AND definition_id = ", params.Text(key.definition_id));
  auto rows =
      Query(tx, params, where, for_update && tx.mysql() ? " FOR UPDATE" : "");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NotFound(key);
  return std::move(rows->front());
}

absl::StatusOr<HandoverRow> SaveHandover(Tx& tx, const HandoverRow& next,
                                         long long expected_version,
                                         long long now_us) {
  auto current = GetHandover(tx, next.key, true);
  if (!current.ok()) return current.status();
  if (expected_version >= 0 && current->version != expected_version) {
    return EtagMismatch();
  }
  const v1::Handover& h = next.handover;
  int status = h.status(), early = h.incoming_arrived_early() ? 1 : 0,
      discrepancy = h.inventory_discrepancy() ? 1 : 0,
      significant = SignificantItems(h),
      countersigned = h.countersigned_by().empty() ? 0 : 1;
  long long submit_us = h.has_submit_time() ? MicrosOf(h.submit_time()) : 0;
  long long accept_us = h.has_accept_time() ? MicrosOf(h.accept_time()) : 0;
  long long clock_in_us =
      h.has_incoming_clock_in_time() ? MicrosOf(h.incoming_clock_in_time()) : 0;
  long long countersign_us =
      h.has_countersign_time() ? MicrosOf(h.countersign_time()) : 0;
  std::string submitted_by = StaffIdOfName(h.submitted_by()),
              accepted_by = StaffIdOfName(h.accepted_by()),
              countersigned_by = StaffIdOfName(h.countersigned_by());
  soci::statement st =
      (tx.sql.prepare
           << "UPDATE handovers SET status = :stat, duty_log = :log,"
              " submitted_by = :sb, accepted_by = :ab, submit_time_us = :st,"
              " accept_time_us = :at, incoming_clock_in_us = :ci,"
              " incoming_arrived_early = :e, incoming_remarks = :r,"
              " inventory_discrepancy = :dis, significant_items = :sig,"
              " countersigned = :cs, countersigned_by = :cb,"
              " countersign_time_us = :ct, countersign_comment = :cc,"
              " update_time_us = :u, version = version + 1"
              " WHERE id = :id AND version = :v",
       soci::use(status), soci::use(h.duty_log()), soci::use(submitted_by),
       soci::use(accepted_by), soci::use(submit_us), soci::use(accept_us),
       soci::use(clock_in_us), soci::use(early),
       soci::use(h.incoming_remarks()), soci::use(discrepancy),
       soci::use(significant), soci::use(countersigned),
       soci::use(countersigned_by), soci::use(countersign_us),
       soci::use(h.countersign_comment()), soci::use(now_us),
       soci::use(current->id), soci::use(current->version));
  st.execute(true);
  if (st.get_affected_rows() != 1) return EtagMismatch();
  WriteChildren(tx, current->id, h);
  return GetHandover(tx, next.key);
}

const FilterSchema& HandoverFilterSchema() {
  static absl::Status (*const kBool)(absl::string_view) =
      [](absl::string_view v) -> absl::Status {
    if (v == "true" || v == "false") return absl::OkStatus();
    return InvalidField("filter", "must be true or false");
  };
  static const auto* schema = new FilterSchema{
      {"status", {FilterField::kEnum, v1::Handover::Status_descriptor()}},
      {"date", {FilterField::kDate}},
      {"has_significant_items", {FilterField::kString, nullptr, kBool}},
      {"incoming_arrived_early", {FilterField::kString, nullptr, kBool}},
      {"countersigned", {FilterField::kString, nullptr, kBool}},
  };
  return *schema;
}

absl::StatusOr<std::vector<HandoverRow>> ListHandovers(
    Tx& tx, const HandoverQuery& query) {
  Params params;
  const FilterColumns columns = {
      {"status", NumberColumn("status")},
      // The outgoing shift's local date, as its yyyymmdd key.
      {"date", CustomColumn([](const FilterTerm& term,
                               Where& w) -> absl::StatusOr<std::string> {
         absl::CivilDay day;
         if (!absl::ParseCivilTime(term.text, &day)) {
           return InvalidField("filter", "date must be a date");
         }
         return absl::StrCat("date_key", SqlOp(term.op),
                             w.params().Int(DateKey(day)));
       })},
      {"has_significant_items", FlagColumn([](bool want, Params& p) {
         return want ? std::string("significant_items > 0")
                     : std::string("significant_items = 0");
       })},
      {"incoming_arrived_early", FlagColumn([](bool want, Params& p) {
         return "incoming_arrived_early = " + p.Int(want ? 1 : 0);
       })},
      {"countersigned", FlagColumn([](bool want, Params& p) {
         return "countersigned = " + p.Int(want ? 1 : 0);
       })},
  };
  Where where(tx, params, "site_id", query.site_ids);
  if (absl::Status s = where.AddTerms(columns, query.terms); !s.ok()) return s;
  where.Before("outgoing_start_us", "id", query.before);
  return Query(tx, params, where.Sql(),
               absl::StrCat(" ORDER BY outgoing_start_us DESC, id DESC LIMIT ",
                            params.Int(query.limit)));
}

}  // namespace frontdesk::db
