// SiteDesk (site_desk.h): sites and units.
#include "server/directory/site_desk.h"

#include <string>
#include <utility>

#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/site_store.h"
#include "server/directory/directory_rules.h"
#include "server/idempotent.h"

namespace frontdesk {

absl::Status SiteDesk::CreateSite(const Call& call,
                                  const v1::CreateSiteRequest& request,
                                  v1::Site* response) {
  Violations v;
  v.Merge(ValidateNewSite(request.site_id(), request.site()));
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "CreateSite", request, request.request_id(),
      response, [&](db::Tx& tx, google::protobuf::Message* out) {
        auto site = db::CreateSite(tx, request.site_id(), request.site(),
                                   ToMicros(services_.clock.Now()));
        if (!site.ok()) return site.status();
        out->CopyFrom(*site);
        return absl::OkStatus();
      });
}

absl::Status SiteDesk::GetSite(const Call& /*call*/,
                               const v1::GetSiteRequest& request,
                               v1::Site* response) {
  auto site_id = ParseSiteName("name", request.name());
  if (!site_id.ok()) return site_id.status();
  return services_.db.Read([&](db::Tx& tx) {
    auto site = db::GetSite(tx, *site_id);
    if (!site.ok()) return site.status();
    *response = *std::move(site);
    return absl::OkStatus();
  });
}

absl::Status SiteDesk::ListSites(const Call& call,
                                 const v1::ListSitesRequest& request,
                                 v1::ListSitesResponse* response) {
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              request.page_size(), request.page_token(),
                              "sites", PageKey::kId);
  if (!page.ok()) return page.status();
  return services_.db.Read([&](db::Tx& tx) {
    auto sites = db::ListSites(tx, page->after_id(), page->FetchLimit());
    if (!sites.ok()) return sites.status();
    response->set_next_page_token(page->NextToken(*sites, kIdOfName));
    for (auto& site : *sites) *response->add_sites() = std::move(site);
    return absl::OkStatus();
  });
}

absl::Status SiteDesk::CreateUnit(const Call& call,
                                  const v1::CreateUnitRequest& request,
                                  v1::Unit* response) {
  Violations v;
  auto site_id = ParseSiteName("parent", request.parent());
  v.Merge(site_id.status());
  auto unit_id = ValidateNewUnit(request.unit());
  v.Merge(unit_id.status());
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "CreateUnit", request, request.request_id(),
      response, [&](db::Tx& tx, google::protobuf::Message* out) {
        auto unit = db::CreateUnit(tx, *site_id, *unit_id, request.unit(),
                                   ToMicros(services_.clock.Now()));
        if (!unit.ok()) return unit.status();
        out->CopyFrom(*unit);
        return absl::OkStatus();
      });
}

absl::Status SiteDesk::GetUnit(const Call& /*call*/,
                               const v1::GetUnitRequest& request,
                               v1::Unit* response) {
  auto ref = ParseUnitName("name", request.name());
  if (!ref.ok()) return ref.status();
  return services_.db.Read([&](db::Tx& tx) {
    auto unit = db::GetUnit(tx, ref->site_id, ref->unit_id);
    if (!unit.ok()) return unit.status();
    *response = *std::move(unit);
    return absl::OkStatus();
  });
}

absl::Status SiteDesk::ListUnits(const Call& call,
                                 const v1::ListUnitsRequest& request,
                                 v1::ListUnitsResponse* response) {
  auto site_id = ParseSiteName("parent", request.parent());
  if (!site_id.ok()) return site_id.status();
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              request.page_size(), request.page_token(),
                              "units|" + *site_id, PageKey::kId);
  if (!page.ok()) return page.status();
  return services_.db.Read([&](db::Tx& tx) {
    auto units =
        db::ListUnits(tx, *site_id, page->after_id(), page->FetchLimit());
    if (!units.ok()) return units.status();
    response->set_next_page_token(page->NextToken(*units, kIdOfName));
    for (auto& unit : *units) *response->add_units() = std::move(unit);
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
