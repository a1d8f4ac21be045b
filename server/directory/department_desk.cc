// DepartmentDesk (department_desk.h): departments.
#include "server/directory/department_desk.h"

#include <string>
#include <utility>

#include "common/list_page.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"
#include "db/directory/org_store.h"
#include "server/directory/org_rules.h"
#include "server/idempotent.h"

namespace frontdesk {

absl::Status DepartmentDesk::CreateDepartment(
    const Call& call, const v1::CreateDepartmentRequest& request,
    v1::Department* response) {
  Violations v;
  auto site_id = ParseSiteName("parent", request.parent());
  v.Merge(site_id.status());
  v.Merge(ValidateNewDepartment(request.department_id(), request.department()));
  v.Merge(CheckRequestId("request_id", request.request_id()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "CreateDepartment", request, request.request_id(),
      response, [&](db::Tx& tx, google::protobuf::Message* out) {
        auto department = db::CreateDepartment(
            tx, *site_id, request.department_id(), request.department(),
            ToMicros(services_.clock.Now()));
        if (!department.ok()) return department.status();
        out->CopyFrom(*department);
        return absl::OkStatus();
      });
}

absl::Status DepartmentDesk::GetDepartment(
    const Call& /*call*/, const v1::GetDepartmentRequest& request,
    v1::Department* response) {
  auto ref = ParseDepartmentName("name", request.name());
  if (!ref.ok()) return ref.status();
  return services_.db.Read([&](db::Tx& tx) {
    auto department = db::GetDepartment(tx, ref->site_id, ref->department_id);
    if (!department.ok()) return department.status();
    *response = *std::move(department);
    return absl::OkStatus();
  });
}

absl::Status DepartmentDesk::ListDepartments(
    const Call& call, const v1::ListDepartmentsRequest& request,
    v1::ListDepartmentsResponse* response) {
  auto site_id = ParseSiteName("parent", request.parent());
  if (!site_id.ok()) return site_id.status();
  auto page = ListPage::Start(services_.page_tokens, call.who.name(),
                              request.page_size(), request.page_token(),
                              "departments|" + *site_id, PageKey::kId);
  if (!page.ok()) return page.status();
  return services_.db.Read([&](db::Tx& tx) {
    auto departments =
        db::ListDepartments(tx, *site_id, page->after_id(), page->FetchLimit());
    if (!departments.ok()) return departments.status();
    response->set_next_page_token(page->NextToken(*departments, kIdOfName));
    for (auto& d : *departments) *response->add_departments() = std::move(d);
    return absl::OkStatus();
  });
}

absl::Status DepartmentDesk::UpdateDepartment(
    const Call& call, const v1::UpdateDepartmentRequest& request,
    v1::Department* response) {
  Violations v;
  auto ref =
      ParseDepartmentName("department.name", request.department().name());
  v.Merge(ref.status());
  v.Merge(CheckRequestId("request_id", request.request_id()));
  v.Merge(CheckUpdateMaskGiven(request.update_mask()));
  if (!v.empty()) return v.ToStatus();
  return RunIdempotent(
      services_, call.who, "UpdateDepartment", request, request.request_id(),
      response,
      [&](db::Tx& tx, google::protobuf::Message* out) -> absl::Status {
        auto current =
            db::GetDepartment(tx, ref->site_id, ref->department_id, true);
        if (!current.ok()) return current.status();
        absl::Status fresh = CheckEtagCurrent(
            "department", request.department().etag(), current->etag());
        if (!fresh.ok()) return fresh;
        auto updated = ApplyDepartmentUpdate(*current, request.department(),
                                             request.update_mask());
        if (!updated.ok()) return updated.status();
        if (UpdateChangesNothing(*updated, *current)) {
          out->CopyFrom(*current);
          return absl::OkStatus();
        }
        auto saved = db::UpdateDepartment(
            tx, ref->site_id, ref->department_id, *updated,
            EtagVersion(current->etag()), ToMicros(services_.clock.Now()));
        if (!saved.ok()) return saved.status();
        out->CopyFrom(*saved);
        return absl::OkStatus();
      });
}

}  // namespace frontdesk
