#include "server/visitor/watchlist_desk.h"

#include <google/protobuf/util/time_util.h>

#include <map>

#include "common/clock.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/visitor/watchlist_store.h"
#include "server/access_log.h"
#include "server/idempotent.h"
#include "server/visitor/list_scope.h"
#include "server/visitor/visitor_access.h"
#include "server/visitor/visitor_rules.h"

namespace frontdesk {
namespace {

using google::protobuf::util::TimeUtil;

void MaskEntry(v1::WatchlistEntry* entry) {
  MaskVisitor(entry->mutable_person());
  entry->set_masked(true);
}

}  // namespace

absl::Status WatchlistDesk::CreateWatchlistEntry(
    const Call& call, const v1::CreateWatchlistEntryRequest& request,
    v1::WatchlistEntry* response) {
  auto site = ParseSiteName("parent", request.parent());
  if (!site.ok()) return site.status();
  absl::Status valid_id = CheckRequestId("request_id", request.request_id());
  if (!valid_id.ok()) return valid_id;
  const absl::Time now = services_.clock.Now();
  v1::WatchlistEntry entry = request.watchlist_entry();
  absl::Status valid = CheckWatchlistEntry(now, &entry);
  if (!valid.ok()) return valid;
  return RunIdempotent(
      services_, call.who, "CreateWatchlistEntry", request,
      request.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto stored =
            db::InsertWatchlistEntry(tx, services_.protector, *site, entry,
                                     call.who.staff_id, ToMicros(now));
        if (!stored.ok()) return stored.status();
        MaskEntry(&*stored);
        out->CopyFrom(*stored);
        return absl::OkStatus();
      });
}

absl::Status WatchlistDesk::ListWatchlistEntries(
    const Call& call, const v1::ListWatchlistEntriesRequest& request,
    v1::ListWatchlistEntriesResponse* response) {
  auto scope = ParseListScope(
      services_.page_tokens, call,
      {request.parent(), request.page_size(), request.page_token(),
       request.filter(), request.show_deleted() ? "deleted" : ""},
      db::WatchlistFilterSchema());
  if (!scope.ok()) return scope.status();
  auto unmask = ResolveListUnmask(call.who, &*scope, request.unmask(),
                                  request.unmask_reason(), "unmask_reason");
  if (!unmask.ok()) return unmask.status();
  const long long now_us = ToMicros(services_.clock.Now());
  auto read = [&](db::Tx& tx) -> absl::Status {
    db::WatchlistQuery query;
    query.site_ids = scope->site_ids;
    query.terms = scope->terms;
    query.show_deleted = request.show_deleted();
    query.before = scope->page.after_pair();
    query.limit = scope->page.FetchLimit();
    query.now_us = now_us;
    auto entries = db::ListWatchlistEntries(tx, services_.protector, query);
    if (!entries.ok()) return entries.status();
    std::string next =
        scope->page.NextToken(*entries, [](const v1::WatchlistEntry& e) {
          return std::make_pair(
              TimeUtil::TimestampToMicroseconds(e.create_time()),
              IdOfName(e.name()));
        });
    std::map<std::string, std::vector<std::string>> by_site;
    for (auto& entry : *entries) {
      if (*unmask) {
        // "sites/{site}/watchlistEntries/{id}"
        std::string site_id =
            entry.name().substr(6, entry.name().find('/', 6) - 6);
        by_site[site_id].push_back(entry.name());
      } else {
        MaskEntry(&entry);
      }
      *response->add_watchlist_entries() = std::move(entry);
    }
    for (const auto& [site_id, names] : by_site) {
      absl::Status audited =
          AuditUnmaskedRead(tx, site_id, call.who, "ListWatchlistEntries",
                            names, request.unmask_reason(), now_us);
      if (!audited.ok()) return audited;
    }
    response->set_next_page_token(next);
    return absl::OkStatus();
  };
  return *unmask ? services_.db.Transact(read) : services_.db.Read(read);
}

absl::Status WatchlistDesk::DeleteWatchlistEntry(
    const Call& call, const v1::DeleteWatchlistEntryRequest& request,
    v1::WatchlistEntry* response) {
  auto ref = ParseSiteChild("name", request.name(), "watchlistEntries");
  if (!ref.ok()) return ref.status();
  absl::Status valid_id = CheckRequestId("request_id", request.request_id());
  if (!valid_id.ok()) return valid_id;
  auto version = ParseEtag("etag", request.etag());
  if (!version.ok()) return version.status();
  const long long now_us = ToMicros(services_.clock.Now());
  return RunIdempotent(
      services_, call.who, "DeleteWatchlistEntry", request,
      request.request_id(), response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto entry = db::DeleteWatchlistEntry(tx, services_.protector,
                                              ref->site_id, ref->id, *version,
                                              call.who.staff_id, now_us);
        if (!entry.ok()) return entry.status();
        MaskEntry(&*entry);
        out->CopyFrom(*entry);
        return absl::OkStatus();
      });
}

}  // namespace frontdesk
