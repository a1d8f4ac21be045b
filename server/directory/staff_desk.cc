// StaffDesk (staff_desk.h): staff members and access tokens.
#include "server/directory/staff_desk.h"

#include <string>
#include <utility>

#include "common/crypto.h"
#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/org_store.h"
#include "db/directory/staff_store.h"
#include "server/directory/directory_rules.h"
#include "server/idempotent.h"
#include "server/permissions.h"

namespace frontdesk {
namespace {

// The vendor a new contact names must exist and serve the sites they are
// granted at [D-VENDOR-CONTACT]. Checked when the contact is created only:
// an UpdateVendor that later drops a site leaves its contacts' grants as
// they are.
absl::Status CheckContactsVendor(db::Tx& tx, const v1::StaffMember& staff) {
  if (staff.vendor().empty()) return absl::OkStatus();
  auto vendor_id = ParseVendorName("staff_member.vendor", staff.vendor());
  if (!vendor_id.ok()) return vendor_id.status();
  auto vendor = db::GetVendor(tx, *vendor_id);
  if (!vendor.ok()) return vendor.status();
  return CheckVendorServesContact(staff, *vendor);
}

}  // namespace

absl::Status StaffDesk::CreateStaffMember(
    const Call& call, const v1::CreateStaffMemberRequest& request,
    v1::StaffMember* response) {
  // Who may call is the permission table's; what they may grant is here.
  absl::Status allowed = CheckGrant(call.who, request.staff_member());
  if (!allowed.ok()) return allowed;
  Violations v;
  v.Merge(ValidateNewStaffMember(request.staff_id(), request.staff_member()));
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "CreateStaffMember", request, request.request_id(),
      response, [&](db::Tx& tx, google::protobuf::Message* out) {
        absl::Status vendor = CheckContactsVendor(tx, request.staff_member());
        if (!vendor.ok()) return vendor;
        auto staff = db::CreateStaffMember(tx, request.staff_id(),
                                           request.staff_member(),
                                           ToMicros(services_.clock.Now()));
        if (!staff.ok()) return staff.status();
        out->CopyFrom(*staff);
        return absl::OkStatus();
      });
}

absl::Status StaffDesk::GetStaffMember(const Call& call,
                                       const v1::GetStaffMemberRequest& request,
                                       v1::StaffMember* response) {
  auto staff_id = ParseStaffName("name", request.name());
  if (!staff_id.ok()) return staff_id.status();
  return services_.db.Read([&](db::Tx& tx) {
    auto staff = db::GetStaffMember(tx, *staff_id);
    if (!staff.ok()) return staff.status();
    MaskStaffPhoneFor(call.who, &*staff);
    *response = *std::move(staff);
    return absl::OkStatus();
  });
}

absl::Status StaffDesk::ListStaffMembers(
    const Call& call, const v1::ListStaffMembersRequest& request,
    v1::ListStaffMembersResponse* response) {
  auto filter = ParseStaffFilter(request.filter());
  if (!filter.ok()) return filter.status();
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              request.page_size(), request.page_token(),
                              "staff|" + filter->canonical, PageKey::kId);
  if (!page.ok()) return page.status();
  db::StaffQuery query;
  query.site_id = filter->site_id;
  query.role = filter->role;
  query.after_id = page->after_id();
  query.limit = page->FetchLimit();
  return services_.db.Read([&](db::Tx& tx) {
    auto staff = db::ListStaffMembers(tx, query);
    if (!staff.ok()) return staff.status();
    response->set_next_page_token(page->NextToken(*staff, kIdOfName));
    for (auto& m : *staff) {
      MaskStaffPhoneFor(call.who, &m);
      *response->add_staff_members() = std::move(m);
    }
    return absl::OkStatus();
  });
}

absl::Status StaffDesk::CreateAccessToken(
    const Call& call, const v1::CreateAccessTokenRequest& request,
    v1::AccessToken* response) {
  Violations v;
  auto staff_id = ParseStaffName("parent", request.parent());
  // Anyone may get another token for themselves; only an admin for
  // others.
  if (!staff_id.ok() || *staff_id != call.who.staff_id) {
    absl::Status allowed = RequireAnyRole(call.who, {v1::StaffMember::ADMIN},
                                          "create tokens for other staff");
    if (!allowed.ok()) return allowed;
  }
  v.Merge(staff_id.status());
  v.Merge(ValidateNewAccessToken(request.access_token()));
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  // The recorded response leaves the secret out: a database dump must
  // not reveal working tokens. A retry therefore gets the token's name
  // without its secret (it was shown once, to the first call).
  std::string secret;
  std::string created_name;
  absl::Status status = RunIdempotent(
      services_, call.who, "CreateAccessToken", request, request.request_id(),
      response, [&](db::Tx& tx, google::protobuf::Message* out) {
        secret = "fd_" + RandomToken(32);
        auto token =
            db::CreateAccessToken(tx, *staff_id, Sha256Hex(secret),
                                  request.access_token().display_name(),
                                  ToMicros(services_.clock.Now()));
        if (!token.ok()) return token.status();
        created_name = token->name();
        out->CopyFrom(*token);
        return absl::OkStatus();
      });
  // Only the call whose transaction committed this token hands it out;
  // a replay, or a loser of a concurrent race, gets another name.
  if (status.ok() && response->name() == created_name) {
    response->set_secret(secret);
  }
  return status;
}

}  // namespace frontdesk
