#include "server/permission_matrix.h"

#include "absl/strings/str_cat.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/permission_table.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;

constexpr int kColumns[] = {
    Role::RECEPTIONIST, Role::SECURITY, Role::SUPERVISOR, Role::MANAGER,
    Role::MAINTENANCE,  Role::BUTLER,   Role::SERVICE};

}  // namespace

std::string PermissionMatrixMarkdown() {
  std::string out = "| method | site from |";
  std::string rule = "| --- | --- |";
  for (int role : kColumns) {
    absl::StrAppend(&out, " ", Role::Role_Name(static_cast<Role::Role>(role)),
                    " |");
    absl::StrAppend(&rule, " :-: |");
  }
  absl::StrAppend(&out, " rule |\n", rule, " --- |\n");
  for (const Permission& entry : PermissionTable()) {
    absl::StrAppend(&out, "| `", entry.method, "` | ",
                    entry.site_field.empty()
                        ? std::string("company")
                        : absl::StrCat("`", entry.site_field, "`"),
                    " |");
    for (int role : kColumns) {
      absl::StrAppend(&out, entry.roles.Has(role) ? " ✓ |" : " |");
    }
    absl::StrAppend(&out, " ", entry.rule, " |\n");
  }
  return out;
}

absl::StatusOr<std::string> WithPermissionMatrix(absl::string_view document) {
  size_t begin = document.find(kMatrixBegin);
  size_t end = document.find(kMatrixEnd);
  if (begin == absl::string_view::npos || end == absl::string_view::npos ||
      end < begin) {
    return absl::FailedPreconditionError(absl::StrCat("the document has no \"",
                                                      kMatrixBegin, "\" ... \"",
                                                      kMatrixEnd, "\" block"));
  }
  return absl::StrCat(document.substr(0, begin + kMatrixBegin.size()), "\n",
                      PermissionMatrixMarkdown(), document.substr(end));
}

}  // namespace frontdesk
