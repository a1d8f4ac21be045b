#include "server/permission_matrix.h"

#include <google/protobuf/descriptor.h>

#include <cstdio>

#include "absl/strings/str_cat.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/permission_table.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;

constexpr int kColumns[] = {Role::RECEPTIONIST, Role::SECURITY,
                            Role::SUPERVISOR,   Role::MANAGER,
                            Role::MAINTENANCE,  Role::BUTLER,
                            Role::RESIDENT_APP, Role::CLOCK_TERMINAL,
                            Role::REPORT_JOB,   Role::VENDOR_CONTACT};

// `text` as a JSON string. Methods, fields and rule ids are plain ASCII
// today; escaping anyway keeps the output JSON whatever an entry holds.
std::string JsonString(absl::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

std::string PermissionTableJson() {
  // Every role of the enum, so that a new role shows without a change here.
  const google::protobuf::EnumDescriptor* roles = Role::Role_descriptor();
  std::string out = "[";
  const char* separator = "\n";
  for (const Permission& entry : PermissionTable()) {
    std::string names;
    for (int i = 0; i < roles->value_count(); ++i) {
      const google::protobuf::EnumValueDescriptor* role = roles->value(i);
      if (!entry.roles.Has(role->number())) continue;
      absl::StrAppend(&names, names.empty() ? "" : ", ",
                      JsonString(role->name()));
    }
    absl::StrAppend(&out, separator,
                    "  {\"method\": ", JsonString(entry.method),
                    ", \"roles\": [", names,
                    "], \"site_field\": ", JsonString(entry.site_field),
                    ", \"rule\": ", JsonString(entry.rule), "}");
    separator = ",\n";
  }
  return out + "\n]\n";
}

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
