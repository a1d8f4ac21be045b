// VendorDesk (vendor_desk.h): vendors.
#include "server/directory/vendor_desk.h"

#include <string>
#include <utility>

#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/org_store.h"
#include "server/directory/directory_rules.h"
#include "server/directory/org_rules.h"
#include "server/idempotent.h"

namespace frontdesk {

absl::Status VendorDesk::CreateVendor(const Call& call,
                                      const v1::CreateVendorRequest& request,
                                      v1::Vendor* response) {
  Violations v;
  v.Merge(ValidateNewVendor(request.vendor_id(), request.vendor()));
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  absl::Status writer = CheckVendorWriter(call.who, request.vendor());
  if (!writer.ok()) return writer;
  return RunIdempotent(
      services_, call.who, "CreateVendor", request, request.request_id(),
      response, [&](db::Tx& tx, google::protobuf::Message* out) {
        auto vendor =
            db::CreateVendor(tx, request.vendor_id(), request.vendor(),
                             ToMicros(services_.clock.Now()));
        if (!vendor.ok()) return vendor.status();
        out->CopyFrom(*vendor);
        return absl::OkStatus();
      });
}

absl::Status VendorDesk::GetVendor(const Call& /*call*/,
                                   const v1::GetVendorRequest& request,
                                   v1::Vendor* response) {
  auto vendor_id = ParseVendorName("name", request.name());
  if (!vendor_id.ok()) return vendor_id.status();
  return services_.db.Read([&](db::Tx& tx) {
    auto vendor = db::GetVendor(tx, *vendor_id);
    if (!vendor.ok()) return vendor.status();
    *response = *std::move(vendor);
    return absl::OkStatus();
  });
}

absl::Status VendorDesk::ListVendors(const Call& call,
                                     const v1::ListVendorsRequest& request,
                                     v1::ListVendorsResponse* response) {
  auto filter = ParseVendorFilter(request.filter());
  if (!filter.ok()) return filter.status();
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              request.page_size(), request.page_token(),
                              "vendors|" + filter->canonical, PageKey::kId);
  if (!page.ok()) return page.status();
  db::VendorQuery query;
  query.site_id = filter->site_id;
  query.trade = filter->trade;
  query.after_id = page->after_id();
  query.limit = page->FetchLimit();
  return services_.db.Read([&](db::Tx& tx) {
    auto vendors = db::ListVendors(tx, query);
    if (!vendors.ok()) return vendors.status();
    response->set_next_page_token(page->NextToken(*vendors, kIdOfName));
    for (auto& vendor : *vendors) *response->add_vendors() = std::move(vendor);
    return absl::OkStatus();
  });
}

absl::Status VendorDesk::UpdateVendor(const Call& call,
                                      const v1::UpdateVendorRequest& request,
                                      v1::Vendor* response) {
  Violations v;
  auto vendor_id = ParseVendorName("vendor.name", request.vendor().name());
  v.Merge(vendor_id.status());
  v.Merge(CheckRequestId("request_id", request.request_id()));
  v.Merge(CheckUpdateMaskGiven(request.update_mask()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "UpdateVendor", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto current = db::GetVendor(tx, *vendor_id, true);
        if (!current.ok()) return current.status();
        absl::Status fresh = CheckEtagCurrent("vendor", request.vendor().etag(),
                                              current->etag());
        if (!fresh.ok()) return fresh;
        auto updated = ApplyVendorUpdate(*current, request.vendor(),
                                         request.update_mask());
        if (!updated.ok()) return updated.status();
        // The vendor as it was and as it would be: a manager may neither
        // take over another site's vendor nor hand theirs to another site.
        for (const v1::Vendor* state : {&*current, &*updated}) {
          absl::Status writer = CheckVendorWriter(call.who, *state);
          if (!writer.ok()) return writer;
        }
        if (UpdateChangesNothing(*updated, *current)) {
          out->CopyFrom(*current);
          return absl::OkStatus();
        }
        auto saved = db::UpdateVendor(tx, *vendor_id, *updated,
                                      EtagVersion(current->etag()),
                                      ToMicros(services_.clock.Now()));
        if (!saved.ok()) return saved.status();
        out->CopyFrom(*saved);
        return absl::OkStatus();
      });
}

}  // namespace frontdesk
