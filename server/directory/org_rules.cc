// The input rules of org_rules.h; pure functions over proto messages.
#include "server/directory/org_rules.h"

#include <google/protobuf/util/message_differencer.h>

#include <map>
#include <set>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "common/filter.h"
#include "common/names.h"
#include "common/status.h"
#include "common/validation.h"

namespace frontdesk {
namespace {

using v1::Department;
using v1::Vendor;

constexpr int64_t kMinDeadlineSeconds = 60;
constexpr int64_t kMaxDeadlineSeconds = 30LL * 24 * 3600;
// The phone columns' width (db/migrations/*/0002_departments_vendors.sql).
constexpr size_t kMaxPhoneChars = 32;

// Copies one mutable field from a patch to the resource.
template <typename M>
using Copy = void (*)(const M& from, M* to);

const std::map<std::string, Copy<Department>>& DepartmentPaths() {
  static const auto* paths = new std::map<std::string, Copy<Department>>{
      {"display_name",
       [](const Department& s, Department* d) {
         d->set_display_name(s.display_name());
       }},
      {"kind",
       [](const Department& s, Department* d) { d->set_kind(s.kind()); }},
      {"head",
       [](const Department& s, Department* d) { d->set_head(s.head()); }},
      {"phone",
       [](const Department& s, Department* d) { d->set_phone(s.phone()); }},
  };
  return *paths;
}

const std::map<std::string, Copy<Vendor>>& VendorPaths() {
  static const auto* paths = new std::map<std::string, Copy<Vendor>>{
      {"display_name",
       [](const Vendor& s, Vendor* d) {
         d->set_display_name(s.display_name());
       }},
      {"trade", [](const Vendor& s, Vendor* d) { d->set_trade(s.trade()); }},
      {"contact_name",
       [](const Vendor& s, Vendor* d) {
         d->set_contact_name(s.contact_name());
       }},
      {"phone", [](const Vendor& s, Vendor* d) { d->set_phone(s.phone()); }},
      {"response_deadline",
       [](const Vendor& s, Vendor* d) {
         if (s.has_response_deadline()) {
           *d->mutable_response_deadline() = s.response_deadline();
         } else {
           d->clear_response_deadline();
         }
       }},
      {"sites",
       [](const Vendor& s, Vendor* d) { *d->mutable_sites() = s.sites(); }},
  };
  return *paths;
}

// `current` with the fields named in `mask` copied from `patch`.
template <typename M>
absl::StatusOr<M> ApplyMask(const M& current, const M& patch,
                            const google::protobuf::FieldMask& mask,
                            const std::map<std::string, Copy<M>>& paths) {
  absl::Status given = CheckUpdateMaskGiven(mask);
  if (!given.ok()) return given;
  M out = current;
  for (const std::string& path : mask.paths()) {
    auto it = paths.find(path);
    if (it == paths.end()) {
      std::string names;
      for (const auto& [name, unused] : paths) {
        absl::StrAppend(&names, names.empty() ? "" : ", ", name);
      }
      return InvalidField("update_mask",
                          absl::StrCat("\"", path,
                                       "\" cannot be updated; mutable fields "
                                       "are ",
                                       names));
    }
    it->second(patch, &out);
  }
  return out;
}

// "is required" for 0, "is not a known ..." for a number the enum lacks.
void CheckEnum(Violations& v, absl::string_view field, int value,
               const google::protobuf::EnumDescriptor* type,
               absl::string_view what) {
  if (value == 0) {
    std::string names;
    for (int i = 1; i < type->value_count(); ++i) {
      absl::StrAppend(&names, i > 1 ? ", " : "", type->value(i)->name());
    }
    v.Add(field, absl::StrCat("is required: one of ", names));
  } else if (type->FindValueByNumber(value) == nullptr) {
    v.Add(field, absl::StrCat("is not a known ", what));
  }
}

absl::Status CheckShortPhone(absl::string_view field, absl::string_view phone) {
  absl::Status s = CheckPhone(field, phone);
  if (!s.ok()) return s;
  if (phone.size() > kMaxPhoneChars) {
    return InvalidField(
        field, absl::StrCat("must be at most ", kMaxPhoneChars, " characters"));
  }
  return absl::OkStatus();
}

absl::Status CheckVendorSite(absl::string_view value) {
  return ParseSiteName("site", value).status();
}

const FilterSchema& VendorFilterSchema() {
  static const auto* schema = new FilterSchema{
      {"site", {FilterField::kString, nullptr, &CheckVendorSite}},
      {"trade", {FilterField::kEnum, Vendor::Trade_descriptor()}},
  };
  return *schema;
}

absl::Status BadFilter(absl::string_view rule) {
  return InvalidField("filter", rule, "INVALID_FILTER");
}

}  // namespace

absl::Status CheckUpdateMaskGiven(const google::protobuf::FieldMask& mask) {
  if (!mask.paths().empty()) return absl::OkStatus();
  return InvalidField("update_mask", "is required: name the fields to change");
}

absl::Status CheckEtagCurrent(absl::string_view what, const std::string& given,
                              const std::string& current) {
  if (given.empty() || given == current) return absl::OkStatus();
  return Error(absl::StatusCode::kAborted, "ETAG_MISMATCH",
               absl::StrCat("etag \"", given, "\" is stale; the ", what,
                            " is now at \"", current, "\""));
}

bool UpdateChangesNothing(const google::protobuf::Message& updated,
                          const google::protobuf::Message& current) {
  return google::protobuf::util::MessageDifferencer::Equals(updated, current);
}

long long EtagVersion(const std::string& etag) {
  long long version = 0;
  (void)absl::SimpleAtoi(etag, &version);
  return version;
}

absl::Status ValidateDepartmentFields(const Department& department) {
  Violations v;
  v.Merge(
      CheckText("department.display_name", department.display_name(), 1, 64));
  CheckEnum(v, "department.kind", department.kind(),
            Department::Kind_descriptor(), "kind");
  if (department.head().empty()) {
    v.Add("department.head", "is required: \"staff/{staff}\"");
  } else {
    v.Merge(ParseStaffName("department.head", department.head()).status());
  }
  if (!department.phone().empty()) {
    v.Merge(CheckShortPhone("department.phone", department.phone()));
  }
  return v.ToStatus();
}

absl::Status ValidateNewDepartment(const std::string& department_id,
                                   const Department& department) {
  Violations v;
  v.Merge(CheckDepartmentId("department_id", department_id));
  v.Merge(ValidateDepartmentFields(department));
  return v.ToStatus();
}

absl::StatusOr<Department> ApplyDepartmentUpdate(
    const Department& current, const Department& patch,
    const google::protobuf::FieldMask& mask) {
  auto updated = ApplyMask(current, patch, mask, DepartmentPaths());
  if (!updated.ok()) return updated.status();
  absl::Status valid = ValidateDepartmentFields(*updated);
  if (!valid.ok()) return valid;
  return updated;
}

absl::Status CheckResponseDeadline(absl::string_view field,
                                   const Vendor& vendor) {
  const char* range = "must be from 1 minute to 30 days";
  if (!vendor.has_response_deadline()) {
    return InvalidField(field, absl::StrCat("is required; ", range));
  }
  const auto& d = vendor.response_deadline();
  if (d.nanos() != 0) {
    return InvalidField(field, absl::StrCat("must be whole seconds; ", range));
  }
  if (d.seconds() < kMinDeadlineSeconds || d.seconds() > kMaxDeadlineSeconds) {
    return InvalidField(field,
                        absl::StrCat(range, " (got ", d.seconds(), " s)"));
  }
  return absl::OkStatus();
}

absl::Status ValidateVendorFields(const Vendor& vendor) {
  Violations v;
  v.Merge(CheckText("vendor.display_name", vendor.display_name(), 1, 64));
  CheckEnum(v, "vendor.trade", vendor.trade(), Vendor::Trade_descriptor(),
            "trade");
  v.Merge(CheckText("vendor.contact_name", vendor.contact_name(), 1, 64));
  v.Merge(CheckShortPhone("vendor.phone", vendor.phone()));
  v.Merge(CheckResponseDeadline("vendor.response_deadline", vendor));
  std::set<std::string> sites;
  for (int i = 0; i < vendor.sites_size(); ++i) {
    std::string field = absl::StrCat("vendor.sites[", i, "]");
    absl::Status name = ParseSiteName(field, vendor.sites(i)).status();
    v.Merge(name);
    if (name.ok() && !sites.insert(vendor.sites(i)).second) {
      v.Add(field, "is listed twice");
    }
  }
  return v.ToStatus();
}

absl::Status ValidateNewVendor(const std::string& vendor_id,
                               const Vendor& vendor) {
  Violations v;
  v.Merge(CheckVendorId("vendor_id", vendor_id));
  v.Merge(ValidateVendorFields(vendor));
  return v.ToStatus();
}

absl::StatusOr<Vendor> ApplyVendorUpdate(
    const Vendor& current, const Vendor& patch,
    const google::protobuf::FieldMask& mask) {
  auto updated = ApplyMask(current, patch, mask, VendorPaths());
  if (!updated.ok()) return updated.status();
  absl::Status valid = ValidateVendorFields(*updated);
  if (!valid.ok()) return valid;
  return updated;
}

absl::StatusOr<VendorFilter> ParseVendorFilter(absl::string_view filter) {
  auto terms = ParseFilter(filter, VendorFilterSchema());
  if (!terms.ok()) return terms.status();
  VendorFilter out;
  std::set<std::string> seen;
  for (const FilterTerm& t : *terms) {
    if (!seen.insert(t.field).second) {
      return BadFilter(
          absl::StrCat("field \"", t.field, "\" may appear at most once"));
    }
    if (t.field == "site") {
      out.site_id = t.text.substr(t.text.find('/') + 1);
    } else if (t.field == "trade") {
      if (t.op != FilterOp::kEq) {
        return BadFilter("field \"trade\" supports only =");
      }
      out.trade = static_cast<int>(t.number);
    }
  }
  out.canonical = CanonicalFilter(*terms);
  return out;
}

}  // namespace frontdesk
