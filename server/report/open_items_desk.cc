#include "server/report/open_items_desk.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <map>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "common/clock.h"
#include "db/report/open_items.h"
#include "server/report/checkpoints.h"
#include "server/report/report_sites.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

google::protobuf::Timestamp Stamp(long long us) {
  return TimeUtil::MicrosecondsToTimestamp(us);
}

v1::OpenItem ItemOf(const std::string& site_id, const db::OpenItemRow& row,
                    long long cutoff_us) {
  v1::OpenItem item;
  item.set_ticket(absl::StrCat("sites/", site_id, "/tickets/", row.ticket_id));
  item.set_number(row.number);
  item.set_kind(static_cast<v1::Ticket::Kind>(row.kind));
  item.set_priority(static_cast<v1::Ticket::Priority>(row.priority));
  item.set_status(static_cast<v1::Ticket::Status>(row.status));
  item.set_subject(row.subject);
  if (!row.unit_id.empty()) {
    item.set_unit(absl::StrCat("sites/", site_id, "/units/", row.unit_id));
  }
  item.set_location(row.location);
  if (absl::StartsWith(row.assignee, "staff/")) {
    item.set_assignee(row.assignee);
  } else {
    item.set_department(row.assignee);
  }
  *item.mutable_create_time() = Stamp(row.create_us);
  *item.mutable_age() =
      TimeUtil::MicrosecondsToDuration(cutoff_us - row.create_us);
  if (row.due_us) {
    *item.mutable_due_time() = Stamp(*row.due_us);
    item.set_overdue(*row.due_us <= cutoff_us);
  }
  *item.mutable_last_event_time() = Stamp(row.last_event_us);
  item.set_novelty(row.open_at_previous ? v1::OpenItem::CARRIED
                                        : v1::OpenItem::NEW);
  return item;
}

bool ItemBefore(const v1::OpenItem& a, const v1::OpenItem& b) {
  if (a.overdue() != b.overdue()) return a.overdue();
  if (a.has_due_time() != b.has_due_time()) return a.has_due_time();
  if (a.has_due_time() && a.due_time() != b.due_time()) {
    return TimeUtil::TimestampToMicroseconds(a.due_time()) <
           TimeUtil::TimestampToMicroseconds(b.due_time());
  }
  return TimeUtil::TimestampToMicroseconds(a.create_time()) <
         TimeUtil::TimestampToMicroseconds(b.create_time());
}

absl::StatusOr<v1::OpenItemsList> OfSite(
    db::Tx& tx, const ReportSite& site,
    const v1::GetOpenItemsListRequest& request, absl::Time now, int max_items) {
  auto times =
      ResolveCheckpoint(request.checkpoint(), request.date(), site.zone, now);
  if (!times.ok()) return times.status();
  const long long cutoff = ToMicros(times->cutoff);
  const long long previous = ToMicros(times->previous);
  // One more than the cap, to know whether the site has more.
  auto rows = db::ListOpenItems(tx, site.id, cutoff, previous, max_items + 1);
  if (!rows.ok()) return rows.status();
  const bool truncated = static_cast<int>(rows->size()) > max_items;
  if (truncated) rows->resize(max_items);
  auto closed = db::ListClosedBetween(tx, site.id, previous, cutoff);
  if (!closed.ok()) return closed.status();
  auto names = db::HolderNames(tx, site.id);
  if (!names.ok()) return names.status();

  v1::OpenItemsList list;
  const absl::CivilDay day = absl::ToCivilDay(times->cutoff, site.zone);
  *list.mutable_scope() =
      ScopeOf(&site, {day, day, false}, day >= site.today, now);
  list.set_checkpoint(request.checkpoint());
  list.set_truncated(truncated);
  *list.mutable_cutoff_time() = Stamp(cutoff);
  *list.mutable_previous_cutoff_time() = Stamp(previous);
  // "" (held by a person, or by nobody yet) sorts after every name.
  std::map<std::pair<bool, std::string>, v1::OpenItemGroup> groups;
  for (const db::OpenItemRow& row : *rows) {
    v1::OpenItem item = ItemOf(site.id, row, cutoff);
    list.set_open(list.open() + 1);
    if (item.overdue()) list.set_overdue(list.overdue() + 1);
    v1::OpenItemGroup& group =
        groups[{item.department().empty(), item.department()}];
    if (group.department().empty() && !item.department().empty()) {
      group.set_department(item.department());
    }
    *group.add_items() = std::move(item);
  }
  for (auto& [key, group] : groups) {
    auto it = names->find(group.department());
    group.set_display_name(it != names->end()           ? it->second
                           : group.department().empty() ? "未派给部门"
                                                        : group.department());
    std::sort(group.mutable_items()->begin(), group.mutable_items()->end(),
              ItemBefore);
    *list.add_groups() = std::move(group);
  }
  for (long long id : *closed) {
    list.add_closed_since_previous(
        absl::StrCat("sites/", site.id, "/tickets/", id));
  }
  return list;
}

}  // namespace

absl::Status OpenItemsDesk::GetOpenItemsList(
    const Call& call, const v1::GetOpenItemsListRequest& request,
    v1::OpenItemsList* response) {
  const absl::Time now = services_.clock.Now();
  return services_.db.Transact([&](db::Tx& tx) -> absl::Status {
    auto sites = ResolveReportSites(tx, call, "site", request.site(), now);
    if (!sites.ok()) return sites.status();
    v1::OpenItemsList total;
    for (const ReportSite& site : sites->sites) {
      auto one = OfSite(tx, site, request, now, max_items_);
      if (!one.ok()) return one.status();
      if (!sites->all) {
        *response = *std::move(one);
        return absl::OkStatus();
      }
      total.set_open(total.open() + one->open());
      total.set_overdue(total.overdue() + one->overdue());
      total.set_truncated(total.truncated() || one->truncated());
      for (const std::string& name : one->closed_since_previous()) {
        total.add_closed_since_previous(name);
      }
      *total.add_by_site() = *std::move(one);
    }
    const absl::CivilDay today =
        sites->sites.empty() ? absl::ToCivilDay(now, absl::UTCTimeZone())
                             : sites->today();
    *total.mutable_scope() = ScopeOf(nullptr, {today, today, true}, true, now);
    total.set_checkpoint(request.checkpoint());
    *response = std::move(total);
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
