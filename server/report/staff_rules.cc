#include "server/report/staff_rules.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "common/names.h"
#include "common/status.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/duration.pb.h"
#include "google/protobuf/reflection.h"

namespace frontdesk {
namespace {

using google::protobuf::FieldDescriptor;
using Row = v1::StaffReportRow;

constexpr long long kNanosPerSecond = 1000000000LL;

void AddDuration(const google::protobuf::Duration& add,
                 google::protobuf::Duration* into) {
  const long long nanos = (into->seconds() + add.seconds()) * kNanosPerSecond +
                          into->nanos() + add.nanos();
  into->set_seconds(nanos / kNanosPerSecond);
  into->set_nanos(static_cast<int>(nanos % kNanosPerSecond));
}

bool ByDisplayName(const Row& a, const Row& b) {
  return std::tie(a.display_name(), a.staff()) <
         std::tie(b.display_name(), b.staff());
}

}  // namespace

absl::StatusOr<std::set<std::string>> ParseStaffFilter(
    absl::string_view field,
    const google::protobuf::RepeatedPtrField<std::string>& names) {
  if (names.size() > kMaxStaffFilter) {
    return InvalidField(
        field, absl::StrCat("at most ", kMaxStaffFilter, " staff members"));
  }
  std::set<std::string> ids;
  for (const std::string& name : names) {
    auto id = ParseStaffName(field, name);
    if (!id.ok()) return id.status();
    ids.insert(*id);
  }
  return ids;
}

// Reflection, so that a number column added to StaffReportRow is summed
// without touching this function.
void AddStaffRow(const Row& add, Row* into) {
  const auto* descriptor = Row::descriptor();
  const auto* from = add.GetReflection();
  const auto* to = into->GetReflection();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const FieldDescriptor* f = descriptor->field(i);
    if (f->is_repeated()) continue;
    switch (f->cpp_type()) {
      case FieldDescriptor::CPPTYPE_INT32:
        to->SetInt32(into, f, to->GetInt32(*into, f) + from->GetInt32(add, f));
        break;
      case FieldDescriptor::CPPTYPE_INT64:
        to->SetInt64(into, f, to->GetInt64(*into, f) + from->GetInt64(add, f));
        break;
      case FieldDescriptor::CPPTYPE_DOUBLE:
        to->SetDouble(into, f,
                      to->GetDouble(*into, f) + from->GetDouble(add, f));
        break;
      default:
        break;
    }
  }
  AddDuration(add.worked_time(), into->mutable_worked_time());
  for (int role : add.roles()) {
    if (std::find(into->roles().begin(), into->roles().end(), role) ==
        into->roles().end()) {
      into->add_roles(static_cast<v1::StaffMember::Role>(role));
    }
  }
}

void FinishStaffReport(v1::StaffReport* report) {
  std::sort(report->mutable_rows()->begin(), report->mutable_rows()->end(),
            ByDisplayName);
  Row totals;
  totals.mutable_worked_time();
  for (const Row& row : report->rows()) {
    Row numbers = row;
    numbers.clear_roles();
    AddStaffRow(numbers, &totals);
  }
  *report->mutable_totals() = std::move(totals);
}

void AddStaffReport(const v1::StaffReport& site, v1::StaffReport* total) {
  std::map<std::string, int> index;
  for (int i = 0; i < total->rows_size(); ++i) {
    index[total->rows(i).staff()] = i;
  }
  for (const Row& row : site.rows()) {
    auto it = index.find(row.staff());
    if (it == index.end()) {
      index[row.staff()] = total->rows_size();
      *total->add_rows() = row;
      continue;
    }
    Row* into = total->mutable_rows(it->second);
    AddStaffRow(row, into);
  }
  FinishStaffReport(total);
}

}  // namespace frontdesk
