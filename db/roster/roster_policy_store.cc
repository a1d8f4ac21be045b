#include "db/roster/roster_policy_store.h"

#include <soci/soci.h>

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "db/internal/row_util.h"

namespace frontdesk::db {
namespace {

std::string PolicyName(const std::string& site_id) {
  return absl::StrCat(SiteName(site_id), "/rosterPolicy");
}

bool SiteExists(Tx& tx, const std::string& site_id) {
  int exists = 0;
  tx.sql << "SELECT COUNT(*) FROM sites WHERE id = :id", soci::use(site_id),
      soci::into(exists);
  return exists != 0;
}

absl::Status EtagMismatch() {
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               "the roster policy was changed by someone else; read it again");
}

void SetSeconds(google::protobuf::Duration* d, long long seconds) {
  d->set_seconds(seconds);
}

// The stored version of the site's policy, 0 when none is stored. With
// for_update the row stays locked until the transaction ends (MariaDB).
long long StoredVersion(Tx& tx, const std::string& site_id, bool for_update) {
  long long version = 0;
  tx.sql << std::string(
                "SELECT version FROM roster_policies"
                " WHERE site_id = :s") +
                (for_update && tx.mysql() ? " FOR UPDATE" : ""),
      soci::use(site_id), soci::into(version);
  return tx.sql.got_data() ? version : 0;
}

std::vector<v1::ShiftDefinition> ReadShifts(Tx& tx,
                                            const std::string& site_id) {
  std::string id, display_name, start;
  int kind = 0, duration_s = 0, min_headcount = 0;
  soci::statement st =
      (tx.sql.prepare << "SELECT id, display_name, kind, start_local_time,"
                         " duration_s, min_headcount"
                         " FROM roster_shift_definitions WHERE site_id = :s"
                         " ORDER BY ordinal",
       soci::use(site_id), soci::into(id), soci::into(display_name),
       soci::into(kind), soci::into(start), soci::into(duration_s),
       soci::into(min_headcount));
  st.execute();
  std::vector<v1::ShiftDefinition> shifts;
  while (st.fetch()) {
    v1::ShiftDefinition d;
    d.set_id(id);
    d.set_display_name(display_name);
    d.set_kind(static_cast<v1::ShiftDefinition::Kind>(kind));
    d.set_start_local_time(start);
    SetSeconds(d.mutable_duration(), duration_s);
    d.set_min_headcount(min_headcount);
    shifts.push_back(std::move(d));
  }
  return shifts;
}

void WriteShifts(Tx& tx, const std::string& site_id,
                 const v1::RosterPolicy& policy) {
  tx.sql << "DELETE FROM roster_shift_definitions WHERE site_id = :s",
      soci::use(site_id);
  for (int i = 0; i < policy.shifts_size(); ++i) {
    const v1::ShiftDefinition& d = policy.shifts(i);
    int kind = d.kind(), min_headcount = d.min_headcount();
    long long duration_s = d.duration().seconds();
    tx.sql << "INSERT INTO roster_shift_definitions (site_id, ordinal, id,"
              " display_name, kind, start_local_time, duration_s,"
              " min_headcount) VALUES (:s, :o, :id, :dn, :k, :st, :d, :h)",
        soci::use(site_id), soci::use(i), soci::use(d.id()),
        soci::use(d.display_name()), soci::use(kind),
        soci::use(d.start_local_time()), soci::use(duration_s),
        soci::use(min_headcount);
  }
}

std::vector<v1::InventoryItem> ReadInventory(Tx& tx,
                                             const std::string& site_id) {
  std::string id, display_name;
  int expected = 0;
  soci::statement st =
      (tx.sql.prepare << "SELECT id, display_name, expected_count"
                         " FROM roster_inventory_items WHERE site_id = :s"
                         " ORDER BY ordinal",
       soci::use(site_id), soci::into(id), soci::into(display_name),
       soci::into(expected));
  st.execute();
  std::vector<v1::InventoryItem> items;
  while (st.fetch()) {
    v1::InventoryItem item;
    item.set_id(id);
    item.set_display_name(display_name);
    item.set_expected_count(expected);
    items.push_back(std::move(item));
  }
  return items;
}

void WriteInventory(Tx& tx, const std::string& site_id,
                    const v1::RosterPolicy& policy) {
  tx.sql << "DELETE FROM roster_inventory_items WHERE site_id = :s",
      soci::use(site_id);
  for (int i = 0; i < policy.inventory_checklist_size(); ++i) {
    const v1::InventoryItem& item = policy.inventory_checklist(i);
    int expected = item.expected_count();
    tx.sql << "INSERT INTO roster_inventory_items (site_id, ordinal, id,"
              " display_name, expected_count) VALUES (:s, :o, :id, :dn, :e)",
        soci::use(site_id), soci::use(i), soci::use(item.id()),
        soci::use(item.display_name()), soci::use(expected);
  }
}

}  // namespace

absl::StatusOr<v1::RosterPolicy> GetRosterPolicy(
    Tx& tx, const std::string& site_id, const v1::RosterPolicy& defaults) {
  if (!SiteExists(tx, site_id)) {
    return Error(
        absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
        absl::StrCat("site \"", SiteName(site_id), "\" does not exist"));
  }
  long long lead_s = 0, rest_s = 0, update_us = 0, version = 0;
  int swaps = 0, late = 0, corrections = 0, leave_days = 0;
  tx.sql << "SELECT handover_arrival_lead_s, min_rest_s, max_swaps_per_month,"
            " max_late_per_month, max_corrections_per_month,"
            " supervisor_only_leave_days, update_time_us, version"
            " FROM roster_policies WHERE site_id = :s",
      soci::use(site_id), soci::into(lead_s), soci::into(rest_s),
      soci::into(swaps), soci::into(late), soci::into(corrections),
      soci::into(leave_days), soci::into(update_us), soci::into(version);
  if (!tx.sql.got_data()) {
    v1::RosterPolicy policy = defaults;
    policy.set_name(PolicyName(site_id));
    policy.clear_update_time();
    policy.set_etag(Etag(0));
    return policy;
  }
  v1::RosterPolicy policy;
  policy.set_name(PolicyName(site_id));
  for (v1::ShiftDefinition& d : ReadShifts(tx, site_id)) {
    *policy.add_shifts() = std::move(d);
  }
  for (v1::InventoryItem& item : ReadInventory(tx, site_id)) {
    *policy.add_inventory_checklist() = std::move(item);
  }
  SetSeconds(policy.mutable_handover_arrival_lead(), lead_s);
  SetSeconds(policy.mutable_min_rest(), rest_s);
  policy.set_max_swaps_per_month(swaps);
  policy.set_max_late_per_month(late);
  policy.set_max_corrections_per_month(corrections);
  policy.set_supervisor_only_leave_days(leave_days);
  SetTimestamp(policy.mutable_update_time(), update_us);
  policy.set_etag(Etag(version));
  return policy;
}

absl::StatusOr<v1::RosterPolicy> SaveRosterPolicy(
    Tx& tx, const std::string& site_id, const v1::RosterPolicy& policy,
    long long expected_version, long long now_us) {
  if (!SiteExists(tx, site_id)) {
    return Error(
        absl::StatusCode::kNotFound, "SITE_NOT_FOUND",
        absl::StrCat("site \"", SiteName(site_id), "\" does not exist"));
  }
  const long long current = StoredVersion(tx, site_id, true);
  if (expected_version >= 0 && current != expected_version) {
    return EtagMismatch();
  }
  long long lead_s = policy.handover_arrival_lead().seconds(),
            rest_s = policy.min_rest().seconds(), version = current + 1;
  int swaps = policy.max_swaps_per_month(), late = policy.max_late_per_month(),
      corrections = policy.max_corrections_per_month(),
      leave_days = policy.supervisor_only_leave_days();
  if (current == 0) {
    // Two first saves at once: the second one's INSERT collides on the
    // primary key, which is the same conflict as a stale etag.
    try {
      tx.sql << "INSERT INTO roster_policies (site_id,"
                " handover_arrival_lead_s, min_rest_s, max_swaps_per_month,"
                " max_late_per_month, max_corrections_per_month,"
                " supervisor_only_leave_days, update_time_us, version)"
                " VALUES (:s, :l, :r, :sw, :la, :c, :ld, :u, :v)",
          soci::use(site_id), soci::use(lead_s), soci::use(rest_s),
          soci::use(swaps), soci::use(late), soci::use(corrections),
          soci::use(leave_days), soci::use(now_us), soci::use(version);
    } catch (const std::exception& e) {
      if (IsDuplicateKey(e)) return EtagMismatch();
      throw;
    }
  } else {
    soci::statement st =
        (tx.sql.prepare
             << "UPDATE roster_policies SET handover_arrival_lead_s = :l,"
                " min_rest_s = :r, max_swaps_per_month = :sw,"
                " max_late_per_month = :la, max_corrections_per_month = :c,"
                " supervisor_only_leave_days = :ld, update_time_us = :u,"
                " version = :v WHERE site_id = :s AND version = :cur",
         soci::use(lead_s), soci::use(rest_s), soci::use(swaps),
         soci::use(late), soci::use(corrections), soci::use(leave_days),
         soci::use(now_us), soci::use(version), soci::use(site_id),
         soci::use(current));
    st.execute(true);
    if (st.get_affected_rows() != 1) return EtagMismatch();
  }
  WriteShifts(tx, site_id, policy);
  WriteInventory(tx, site_id, policy);
  return GetRosterPolicy(tx, site_id, v1::RosterPolicy());
}

}  // namespace frontdesk::db
