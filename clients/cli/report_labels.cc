#include "clients/cli/report_labels.h"

#include <google/protobuf/descriptor.h>

#include <atomic>

#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "frontdesk/v1/report_service.pb.h"

namespace frontdesk::cli {
namespace {

std::atomic<int> missing_lookups{0};

}  // namespace

std::optional<ReportLang> ReportLangOfWord(const std::string& word) {
  return LangOfWord(word);
}

std::string ReportLangTag(ReportLang lang) {
  return lang == ReportLang::kEn ? "en" : "zh-CN";
}

const std::vector<ReportLabel>& AllReportLabels() { return AllMessages(); }

std::string Label(const std::string& key, ReportLang lang) {
  if (const ReportLabel* label = FindMessage(key)) return InLang(*label, lang);
  ++missing_lookups;
  return key;
}

int MissingReportLabelLookups() { return missing_lookups.load(); }

std::string EnumLabel(const google::protobuf::EnumDescriptor* type, int number,
                      ReportLang lang) {
  if (number == 0) return "";
  const google::protobuf::EnumValueDescriptor* value =
      type->FindValueByNumber(number);
  if (value != nullptr) {
    if (const ReportLabel* label = FindMessage(EnumKey(type, value->name()))) {
      return InLang(*label, lang);
    }
  }
  ++missing_lookups;
  return EnumWord(type, number);
}

std::string CategoryLabel(const std::string& group, const std::string& key,
                          const std::string& display_name, ReportLang lang) {
  if (const ReportLabel* label = FindMessage("category." + group + "." + key)) {
    return InLang(*label, lang);
  }
  return display_name.empty() ? key : display_name;
}

std::vector<const google::protobuf::EnumDescriptor*> ReportEnums() {
  return {v1::Ticket::Kind_descriptor(),
          v1::Ticket::Channel_descriptor(),
          v1::Ticket::Priority_descriptor(),
          v1::Ticket::Status_descriptor(),
          v1::Ticket::ComplaintClass_descriptor(),
          v1::RepairRoute_descriptor(),
          v1::Handover::Status_descriptor(),
          v1::StaffMember::Role_descriptor(),
          v1::OpenItem::Novelty_descriptor(),
          v1::OpenItemsList::Checkpoint_descriptor(),
          v1::ReportSettings::EffectiveComplaintBasis_descriptor()};
}

}  // namespace frontdesk::cli
