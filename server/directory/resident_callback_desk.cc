#include "server/directory/resident_callback_desk.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/clock.h"
#include "common/filter.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/resident_callback_store.h"
#include "db/directory/site_store.h"
#include "server/idempotent.h"

namespace frontdesk {
namespace {

// "sites/{site}/units/{unit}" or "sites/{site}/units/-" (unit_id "").
absl::StatusOr<UnitRef> ParseListParent(absl::string_view field,
                                        absl::string_view parent) {
  std::vector<absl::string_view> parts = absl::StrSplit(parent, '/');
  if (parts.size() == 4 && parts[0] == "sites" && parts[2] == "units" &&
      parts[3] == "-" && CheckSiteId(field, parts[1]).ok()) {
    return UnitRef{std::string(parts[1]), ""};
  }
  auto ref = ParseUnitName(field, parent);
  if (!ref.ok()) {
    return InvalidField(field,
                        "must be \"sites/{site}/units/{unit}\" or "
                        "\"sites/{site}/units/-\"");
  }
  return ref;
}

}  // namespace

absl::Status ValidateResidentCallback(const v1::ResidentCallback& c) {
  Violations v;
  if (c.result() == v1::ResidentCallback::REACHED) {
    if (c.rating() < 1 || c.rating() > 5) {
      v.Add("resident_callback.rating", "must be 1..5 when REACHED");
    }
  } else if (c.result() == v1::ResidentCallback::UNREACHABLE) {
    if (c.rating() != 0) {
      v.Add("resident_callback.rating", "must be 0 when UNREACHABLE");
    }
  } else {
    v.Add("resident_callback.result", "must be REACHED or UNREACHABLE");
  }
  v.Merge(CheckText("resident_callback.comment", c.comment(), 0, 500, true));
  return v.ToStatus();
}

absl::Status ResidentCallbackDesk::CreateResidentCallback(
    const Call& call, const v1::CreateResidentCallbackRequest& request,
    v1::ResidentCallback* response) {
  Violations v;
  auto unit = ParseUnitName("parent", request.parent());
  v.Merge(unit.status());
  v.Merge(ValidateResidentCallback(request.resident_callback()));
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(services_, call.who, "CreateResidentCallback", request,
                       request.request_id(), response,
                       [&](db::Tx& tx, google::protobuf::Message* out) {
                         auto created = db::InsertResidentCallback(
                             tx, unit->site_id, unit->unit_id,
                             request.resident_callback(), call.who.staff_id,
                             ToMicros(services_.clock.Now()));
                         if (!created.ok()) return created.status();
                         out->CopyFrom(*created);
                         return absl::OkStatus();
                       });
}

absl::Status ResidentCallbackDesk::ListResidentCallbacks(
    const Call& call, const v1::ListResidentCallbacksRequest& request,
    v1::ListResidentCallbacksResponse* response) {
  auto parent = ParseListParent("parent", request.parent());
  if (!parent.ok()) return parent.status();
  auto terms =
      ParseFilter(request.filter(), db::ResidentCallbackFilterSchema());
  if (!terms.ok()) return terms.status();
  auto page =
      ListPage::Start(services_.page_tokens, call.who.name(),
                      request.page_size(), request.page_token(),
                      absl::StrCat("residentCallbacks|", request.parent(), "|",
                                   CanonicalFilter(*terms)),
                      PageKey::kTimeAndId);
  if (!page.ok()) return page.status();
  db::ResidentCallbackQuery query;
  query.site_id = parent->site_id;
  query.unit_id = parent->unit_id;
  query.terms = *std::move(terms);
  query.limit = page->FetchLimit();
  query.before = page->after_pair();
  return services_.db.Read([&](db::Tx& tx) -> absl::Status {
    response->Clear();
    // NOT_FOUND for an unknown site or unit rather than an empty list.
    if (parent->unit_id.empty()) {
      auto site = db::GetSite(tx, parent->site_id);
      if (!site.ok()) return site.status();
    } else {
      auto unit = db::GetUnit(tx, parent->site_id, parent->unit_id);
      if (!unit.ok()) return unit.status();
    }
    auto listed = db::ListResidentCallbacks(tx, query);
    if (!listed.ok()) return listed.status();
    response->set_next_page_token(
        page->NextToken(*listed, kCreateTimeAndIdOfName));
    for (auto& c : *listed) *response->add_resident_callbacks() = std::move(c);
    return absl::OkStatus();
  });
}

}  // namespace frontdesk
