#include "server/directory/directory_service.h"

#include "absl/strings/str_cat.h"
#include "common/crypto.h"
#include "common/filter.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/site_store.h"
#include "db/directory/staff_store.h"
#include "server/directory/directory_rules.h"
#include "server/directory/id_paging.h"
#include "server/permissions.h"

namespace frontdesk {
namespace {

const FilterSchema& StaffFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"site",
       {FilterField::kString, nullptr,
        [](absl::string_view v) { return ParseSiteName("site", v).status(); }}},
      {"role", {FilterField::kEnum, v1::StaffMember::Role_descriptor()}},
  };
  return *schema;
}

}  // namespace

grpc::Status DirectoryServiceImpl::CreateSite(grpc::ServerContext* context,
                                              const v1::CreateSiteRequest* req,
                                              v1::Site* resp) {
  return Handle(services_, context, "CreateSite", [&](const Principal& who) {
    absl::Status allowed =
        RequireAnyRole(who, {v1::StaffMember::ADMIN, v1::StaffMember::MANAGER},
                       "create sites");
    if (!allowed.ok()) return allowed;
    Violations v;
    v.Merge(ValidateNewSite(req->site_id(), req->site()));
    v.Merge(CheckRequestId("request_id", req->request_id()));
    if (!v.empty()) return v.ToStatus();
    return RunIdempotent(services_, "CreateSite", *req, req->request_id(), resp,
                         [&](db::Tx& tx, google::protobuf::Message* out) {
                           auto site =
                               db::CreateSite(tx, req->site_id(), req->site(),
                                              ToMicros(services_.clock.Now()));
                           if (!site.ok()) return site.status();
                           out->CopyFrom(*site);
                           return absl::OkStatus();
                         });
  });
}

grpc::Status DirectoryServiceImpl::GetSite(grpc::ServerContext* context,
                                           const v1::GetSiteRequest* req,
                                           v1::Site* resp) {
  return Handle(services_, context, "GetSite", [&](const Principal&) {
    auto site_id = ParseSiteName("name", req->name());
    if (!site_id.ok()) return site_id.status();
    return services_.db.Read([&](db::Tx& tx) {
      auto site = db::GetSite(tx, *site_id);
      if (!site.ok()) return site.status();
      *resp = *std::move(site);
      return absl::OkStatus();
    });
  });
}

grpc::Status DirectoryServiceImpl::ListSites(grpc::ServerContext* context,
                                             const v1::ListSitesRequest* req,
                                             v1::ListSitesResponse* resp) {
  return Handle(services_, context, "ListSites", [&](const Principal&) {
    int32_t page_size = 0;
    absl::Status s = NormalizePageSize(req->page_size(), &page_size);
    if (!s.ok()) return s;
    const std::string query = "sites";
    auto after = AfterId(req->page_token(), query);
    if (!after.ok()) return after.status();
    return services_.db.Read([&](db::Tx& tx) {
      auto sites = db::ListSites(tx, *after, page_size + 1);
      if (!sites.ok()) return sites.status();
      resp->set_next_page_token(
          TrimPage(*sites, page_size, query,
                   [](const v1::Site& x) { return LastSegment(x.name()); }));
      for (auto& site : *sites) *resp->add_sites() = std::move(site);
      return absl::OkStatus();
    });
  });
}

grpc::Status DirectoryServiceImpl::CreateUnit(grpc::ServerContext* context,
                                              const v1::CreateUnitRequest* req,
                                              v1::Unit* resp) {
  return Handle(services_, context, "CreateUnit", [&](const Principal& who) {
    absl::Status allowed =
        RequireAnyRole(who,
                       {v1::StaffMember::ADMIN, v1::StaffMember::MANAGER,
                        v1::StaffMember::SUPERVISOR},
                       "create units");
    if (!allowed.ok()) return allowed;
    Violations v;
    auto site_id = ParseSiteName("parent", req->parent());
    v.Merge(site_id.status());
    auto unit_id = ValidateNewUnit(req->unit());
    v.Merge(unit_id.status());
    v.Merge(CheckRequestId("request_id", req->request_id()));
    if (!v.empty()) return v.ToStatus();
    return RunIdempotent(services_, "CreateUnit", *req, req->request_id(), resp,
                         [&](db::Tx& tx, google::protobuf::Message* out) {
                           auto unit = db::CreateUnit(
                               tx, *site_id, *unit_id, req->unit(),
                               ToMicros(services_.clock.Now()));
                           if (!unit.ok()) return unit.status();
                           out->CopyFrom(*unit);
                           return absl::OkStatus();
                         });
  });
}

grpc::Status DirectoryServiceImpl::GetUnit(grpc::ServerContext* context,
                                           const v1::GetUnitRequest* req,
                                           v1::Unit* resp) {
  return Handle(services_, context, "GetUnit", [&](const Principal&) {
    auto ref = ParseUnitName("name", req->name());
    if (!ref.ok()) return ref.status();
    return services_.db.Read([&](db::Tx& tx) {
      auto unit = db::GetUnit(tx, ref->site_id, ref->unit_id);
      if (!unit.ok()) return unit.status();
      *resp = *std::move(unit);
      return absl::OkStatus();
    });
  });
}

grpc::Status DirectoryServiceImpl::ListUnits(grpc::ServerContext* context,
                                             const v1::ListUnitsRequest* req,
                                             v1::ListUnitsResponse* resp) {
  return Handle(services_, context, "ListUnits", [&](const Principal&) {
    auto site_id = ParseSiteName("parent", req->parent());
    if (!site_id.ok()) return site_id.status();
    int32_t page_size = 0;
    absl::Status s = NormalizePageSize(req->page_size(), &page_size);
    if (!s.ok()) return s;
    const std::string query = "units|" + *site_id;
    auto after = AfterId(req->page_token(), query);
    if (!after.ok()) return after.status();
    return services_.db.Read([&](db::Tx& tx) {
      auto units = db::ListUnits(tx, *site_id, *after, page_size + 1);
      if (!units.ok()) return units.status();
      resp->set_next_page_token(
          TrimPage(*units, page_size, query,
                   [](const v1::Unit& x) { return LastSegment(x.name()); }));
      for (auto& unit : *units) *resp->add_units() = std::move(unit);
      return absl::OkStatus();
    });
  });
}

grpc::Status DirectoryServiceImpl::CreateStaffMember(
    grpc::ServerContext* context, const v1::CreateStaffMemberRequest* req,
    v1::StaffMember* resp) {
  return Handle(
      services_, context, "CreateStaffMember", [&](const Principal& who) {
        absl::Status allowed = RequireAnyRole(
            who, {v1::StaffMember::ADMIN, v1::StaffMember::MANAGER},
            "create staff members");
        if (!allowed.ok()) return allowed;
        Violations v;
        v.Merge(ValidateNewStaffMember(req->staff_id(), req->staff_member()));
        v.Merge(CheckRequestId("request_id", req->request_id()));
        if (!v.empty()) return v.ToStatus();
        return RunIdempotent(services_, "CreateStaffMember", *req,
                             req->request_id(), resp,
                             [&](db::Tx& tx, google::protobuf::Message* out) {
                               auto staff = db::CreateStaffMember(
                                   tx, req->staff_id(), req->staff_member(),
                                   ToMicros(services_.clock.Now()));
                               if (!staff.ok()) return staff.status();
                               out->CopyFrom(*staff);
                               return absl::OkStatus();
                             });
      });
}

grpc::Status DirectoryServiceImpl::GetStaffMember(
    grpc::ServerContext* context, const v1::GetStaffMemberRequest* req,
    v1::StaffMember* resp) {
  return Handle(services_, context, "GetStaffMember", [&](const Principal&) {
    auto staff_id = ParseStaffName("name", req->name());
    if (!staff_id.ok()) return staff_id.status();
    return services_.db.Read([&](db::Tx& tx) {
      auto staff = db::GetStaffMember(tx, *staff_id);
      if (!staff.ok()) return staff.status();
      *resp = *std::move(staff);
      return absl::OkStatus();
    });
  });
}

grpc::Status DirectoryServiceImpl::ListStaffMembers(
    grpc::ServerContext* context, const v1::ListStaffMembersRequest* req,
    v1::ListStaffMembersResponse* resp) {
  return Handle(services_, context, "ListStaffMembers", [&](const Principal&) {
    int32_t page_size = 0;
    absl::Status s = NormalizePageSize(req->page_size(), &page_size);
    if (!s.ok()) return s;
    auto terms = ParseFilter(req->filter(), StaffFilterSchema());
    if (!terms.ok()) return terms.status();
    db::StaffQuery query;
    for (const auto& t : *terms) {
      if (t.field == "site") query.site_id = LastSegment(t.text);
      if (t.op != FilterOp::kEq) {
        return InvalidField("filter",
                            "staff filters support only = (site, role)",
                            "INVALID_FILTER");
      }
      if (t.field == "role") query.role = static_cast<int>(t.number);
    }
    const std::string fingerprint = "staff|" + CanonicalFilter(*terms);
    auto after = AfterId(req->page_token(), fingerprint);
    if (!after.ok()) return after.status();
    query.after_id = *after;
    query.limit = page_size + 1;
    return services_.db.Read([&](db::Tx& tx) {
      auto staff = db::ListStaffMembers(tx, query);
      if (!staff.ok()) return staff.status();
      resp->set_next_page_token(TrimPage(
          *staff, page_size, fingerprint,
          [](const v1::StaffMember& x) { return LastSegment(x.name()); }));
      for (auto& m : *staff) *resp->add_staff_members() = std::move(m);
      return absl::OkStatus();
    });
  });
}

grpc::Status DirectoryServiceImpl::CreateAccessToken(
    grpc::ServerContext* context, const v1::CreateAccessTokenRequest* req,
    v1::AccessToken* resp) {
  return Handle(
      services_, context, "CreateAccessToken", [&](const Principal& who) {
        Violations v;
        auto staff_id = ParseStaffName("parent", req->parent());
        // Anyone may get another token for themselves; only an admin for
        // others.
        if (!staff_id.ok() || *staff_id != who.staff_id) {
          absl::Status allowed = RequireAnyRole(
              who, {v1::StaffMember::ADMIN}, "create tokens for other staff");
          if (!allowed.ok()) return allowed;
        }
        v.Merge(staff_id.status());
        v.Merge(ValidateNewAccessToken(req->access_token()));
        v.Merge(CheckRequestId("request_id", req->request_id()));
        if (!v.empty()) return v.ToStatus();
        // The recorded response leaves the secret out: a database dump must
        // not reveal working tokens. A retry therefore gets the token's name
        // without its secret (it was shown once, to the first call).
        std::string secret;
        std::string created_name;
        absl::Status status = RunIdempotent(
            services_, "CreateAccessToken", *req, req->request_id(), resp,
            [&](db::Tx& tx, google::protobuf::Message* out) {
              secret = "fd_" + RandomToken(32);
              auto token =
                  db::CreateAccessToken(tx, *staff_id, Sha256Hex(secret),
                                        req->access_token().display_name(),
                                        ToMicros(services_.clock.Now()));
              if (!token.ok()) return token.status();
              created_name = token->name();
              out->CopyFrom(*token);
              return absl::OkStatus();
            });
        // Only the call whose transaction committed this token hands it out;
        // a replay, or a loser of a concurrent race, gets another name.
        if (status.ok() && resp->name() == created_name) {
          resp->set_secret(secret);
        }
        return status;
      });
}

}  // namespace frontdesk
