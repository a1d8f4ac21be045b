// DirectoryService: departments and vendors, the places work is dispatched
// to. Writes need ADMIN or MANAGER (checked before anything is looked up);
// any authenticated caller may read. Creates and updates are idempotent per
// request_id; updates apply an update_mask to the current resource under its
// row lock and refuse a stale etag (ABORTED). Input rules are in
// org_rules.h, SQL and the existence checks in db/org_store.h.
#include <google/protobuf/util/message_differencer.h>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/org_store.h"
#include "server/directory/directory_service.h"
#include "server/directory/id_paging.h"
#include "server/directory/org_rules.h"
#include "server/permissions.h"

namespace frontdesk {
namespace {

using ::google::protobuf::util::MessageDifferencer;

absl::Status RequireWriter(const Principal& who, absl::string_view action) {
  return RequireAnyRole(who, {v1::StaffMember::ADMIN, v1::StaffMember::MANAGER},
                        action);
}

// OK when the caller sent no etag or the current one.
absl::Status CheckEtag(absl::string_view what, const std::string& given,
                       const std::string& current) {
  if (given.empty() || given == current) return absl::OkStatus();
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               absl::StrCat("etag \"", given, "\" is stale; the ", what,
                            " is now at \"", current, "\""));
}

long long Version(const std::string& etag) {
  long long version = 0;
  (void)absl::SimpleAtoi(etag, &version);
  return version;
}

}  // namespace

// --- Departments ------------------------------------------------------------

grpc::Status DirectoryServiceImpl::CreateDepartment(
    grpc::ServerContext* context, const v1::CreateDepartmentRequest* req,
    v1::Department* resp) {
  return Handle(
      services_, context, "CreateDepartment", [&](const Principal& who) {
        absl::Status allowed = RequireWriter(who, "create departments");
        if (!allowed.ok()) return allowed;
        Violations v;
        auto site_id = ParseSiteName("parent", req->parent());
        v.Merge(site_id.status());
        v.Merge(ValidateNewDepartment(req->department_id(), req->department()));
        v.Merge(CheckRequestId("request_id", req->request_id()));
        if (!v.empty()) return v.ToStatus();
        return RunIdempotent(
            services_, "CreateDepartment", *req, req->request_id(), resp,
            [&](db::Tx& tx, google::protobuf::Message* out) {
              auto department = db::CreateDepartment(
                  tx, *site_id, req->department_id(), req->department(),
                  ToMicros(services_.clock.Now()));
              if (!department.ok()) return department.status();
              out->CopyFrom(*department);
              return absl::OkStatus();
            });
      });
}

grpc::Status DirectoryServiceImpl::GetDepartment(
    grpc::ServerContext* context, const v1::GetDepartmentRequest* req,
    v1::Department* resp) {
  return Handle(services_, context, "GetDepartment", [&](const Principal&) {
    auto ref = ParseDepartmentName("name", req->name());
    if (!ref.ok()) return ref.status();
    return services_.db.Read([&](db::Tx& tx) {
      auto department = db::GetDepartment(tx, ref->site_id, ref->department_id);
      if (!department.ok()) return department.status();
      *resp = *std::move(department);
      return absl::OkStatus();
    });
  });
}

grpc::Status DirectoryServiceImpl::ListDepartments(
    grpc::ServerContext* context, const v1::ListDepartmentsRequest* req,
    v1::ListDepartmentsResponse* resp) {
  return Handle(services_, context, "ListDepartments", [&](const Principal&) {
    auto site_id = ParseSiteName("parent", req->parent());
    if (!site_id.ok()) return site_id.status();
    int32_t page_size = 0;
    absl::Status s = NormalizePageSize(req->page_size(), &page_size);
    if (!s.ok()) return s;
    const std::string query = "departments|" + *site_id;
    auto after = AfterId(req->page_token(), query);
    if (!after.ok()) return after.status();
    return services_.db.Read([&](db::Tx& tx) {
      auto departments =
          db::ListDepartments(tx, *site_id, *after, page_size + 1);
      if (!departments.ok()) return departments.status();
      resp->set_next_page_token(TrimPage(
          *departments, page_size, query,
          [](const v1::Department& x) { return LastSegment(x.name()); }));
      for (auto& d : *departments) *resp->add_departments() = std::move(d);
      return absl::OkStatus();
    });
  });
}

grpc::Status DirectoryServiceImpl::UpdateDepartment(
    grpc::ServerContext* context, const v1::UpdateDepartmentRequest* req,
    v1::Department* resp) {
  return Handle(
      services_, context, "UpdateDepartment", [&](const Principal& who) {
        absl::Status allowed = RequireWriter(who, "update departments");
        if (!allowed.ok()) return allowed;
        Violations v;
        auto ref =
            ParseDepartmentName("department.name", req->department().name());
        v.Merge(ref.status());
        v.Merge(CheckRequestId("request_id", req->request_id()));
        if (req->update_mask().paths().empty()) {
          v.Add("update_mask", "is required: name the fields to change");
        }
        if (!v.empty()) return v.ToStatus();
        return RunIdempotent(
            services_, "UpdateDepartment", *req, req->request_id(), resp,
            [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
              auto current =
                  db::GetDepartment(tx, ref->site_id, ref->department_id, true);
              if (!current.ok()) return current.status();
              absl::Status fresh = CheckEtag(
                  "department", req->department().etag(), current->etag());
              if (!fresh.ok()) return fresh;
              auto updated = ApplyDepartmentUpdate(*current, req->department(),
                                                   req->update_mask());
              if (!updated.ok()) return updated.status();
              if (MessageDifferencer::Equals(*updated, *current)) {
                out->CopyFrom(*current);  // nothing changes, nor the etag
                return absl::OkStatus();
              }
              auto saved = db::UpdateDepartment(
                  tx, ref->site_id, ref->department_id, *updated,
                  Version(current->etag()), ToMicros(services_.clock.Now()));
              if (!saved.ok()) return saved.status();
              out->CopyFrom(*saved);
              return absl::OkStatus();
            });
      });
}

// --- Vendors ----------------------------------------------------------------

grpc::Status DirectoryServiceImpl::CreateVendor(
    grpc::ServerContext* context, const v1::CreateVendorRequest* req,
    v1::Vendor* resp) {
  return Handle(services_, context, "CreateVendor", [&](const Principal& who) {
    absl::Status allowed = RequireWriter(who, "create vendors");
    if (!allowed.ok()) return allowed;
    Violations v;
    v.Merge(ValidateNewVendor(req->vendor_id(), req->vendor()));
    v.Merge(CheckRequestId("request_id", req->request_id()));
    if (!v.empty()) return v.ToStatus();
    return RunIdempotent(services_, "CreateVendor", *req, req->request_id(),
                         resp, [&](db::Tx& tx, google::protobuf::Message* out) {
                           auto vendor = db::CreateVendor(
                               tx, req->vendor_id(), req->vendor(),
                               ToMicros(services_.clock.Now()));
                           if (!vendor.ok()) return vendor.status();
                           out->CopyFrom(*vendor);
                           return absl::OkStatus();
                         });
  });
}

grpc::Status DirectoryServiceImpl::GetVendor(grpc::ServerContext* context,
                                             const v1::GetVendorRequest* req,
                                             v1::Vendor* resp) {
  return Handle(services_, context, "GetVendor", [&](const Principal&) {
    auto vendor_id = ParseVendorName("name", req->name());
    if (!vendor_id.ok()) return vendor_id.status();
    return services_.db.Read([&](db::Tx& tx) {
      auto vendor = db::GetVendor(tx, *vendor_id);
      if (!vendor.ok()) return vendor.status();
      *resp = *std::move(vendor);
      return absl::OkStatus();
    });
  });
}

grpc::Status DirectoryServiceImpl::ListVendors(
    grpc::ServerContext* context, const v1::ListVendorsRequest* req,
    v1::ListVendorsResponse* resp) {
  return Handle(services_, context, "ListVendors", [&](const Principal&) {
    int32_t page_size = 0;
    absl::Status s = NormalizePageSize(req->page_size(), &page_size);
    if (!s.ok()) return s;
    auto filter = ParseVendorFilter(req->filter());
    if (!filter.ok()) return filter.status();
    const std::string fingerprint = "vendors|" + filter->canonical;
    auto after = AfterId(req->page_token(), fingerprint);
    if (!after.ok()) return after.status();
    db::VendorQuery query;
    query.site_id = filter->site_id;
    query.trade = filter->trade;
    query.after_id = *after;
    query.limit = page_size + 1;
    return services_.db.Read([&](db::Tx& tx) {
      auto vendors = db::ListVendors(tx, query);
      if (!vendors.ok()) return vendors.status();
      resp->set_next_page_token(
          TrimPage(*vendors, page_size, fingerprint,
                   [](const v1::Vendor& x) { return LastSegment(x.name()); }));
      for (auto& vendor : *vendors) *resp->add_vendors() = std::move(vendor);
      return absl::OkStatus();
    });
  });
}

grpc::Status DirectoryServiceImpl::UpdateVendor(
    grpc::ServerContext* context, const v1::UpdateVendorRequest* req,
    v1::Vendor* resp) {
  return Handle(services_, context, "UpdateVendor", [&](const Principal& who) {
    absl::Status allowed = RequireWriter(who, "update vendors");
    if (!allowed.ok()) return allowed;
    Violations v;
    auto vendor_id = ParseVendorName("vendor.name", req->vendor().name());
    v.Merge(vendor_id.status());
    v.Merge(CheckRequestId("request_id", req->request_id()));
    if (req->update_mask().paths().empty()) {
      v.Add("update_mask", "is required: name the fields to change");
    }
    if (!v.empty()) return v.ToStatus();
    return RunIdempotent(
        services_, "UpdateVendor", *req, req->request_id(), resp,
        [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
          auto current = db::GetVendor(tx, *vendor_id, true);
          if (!current.ok()) return current.status();
          absl::Status fresh =
              CheckEtag("vendor", req->vendor().etag(), current->etag());
          if (!fresh.ok()) return fresh;
          auto updated =
              ApplyVendorUpdate(*current, req->vendor(), req->update_mask());
          if (!updated.ok()) return updated.status();
          if (MessageDifferencer::Equals(*updated, *current)) {
            out->CopyFrom(*current);  // nothing changes, nor the etag
            return absl::OkStatus();
          }
          auto saved = db::UpdateVendor(tx, *vendor_id, *updated,
                                        Version(current->etag()),
                                        ToMicros(services_.clock.Now()));
          if (!saved.ok()) return saved.status();
          out->CopyFrom(*saved);
          return absl::OkStatus();
        });
  });
}

}  // namespace frontdesk
