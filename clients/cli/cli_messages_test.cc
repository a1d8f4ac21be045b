// Unit tests of the message catalogue (messages.h) and of what the CLI
// prints through it: every entry in both languages with the same
// placeholders, the language chosen from the environment, enum words and
// table headers in Chinese, Chinese input words, and the ticket history's
// field changes as words in both languages.
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/output.h"
#include "clients/cli/ticket_view.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/report_service.pb.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "frontdesk/v1/visitor_service.pb.h"

namespace frontdesk::cli {
namespace {

using v1::Ticket;

// Sets the CLI language for one test, English again after it.
class ScopedLang {
 public:
  explicit ScopedLang(Lang lang) { SetCliLang(lang); }
  ~ScopedLang() { SetCliLang(Lang::kEn); }
};

TEST(Messages, EveryEntryHasBothLanguagesAndTheSamePlaceholders) {
  std::set<std::string> keys;
  for (const Message& message : AllMessages()) {
    EXPECT_TRUE(keys.insert(message.key).second) << "twice: " << message.key;
    EXPECT_NE(std::string(message.zh), "") << message.key;
    EXPECT_NE(std::string(message.en), "") << message.key;
    EXPECT_EQ(Placeholders(message.zh), Placeholders(message.en))
        << message.key;
  }
  EXPECT_GT(keys.size(), 300u);
}

// The keys the CLI's sources name as literals: Msg("key"), and the
// English headers and view keys that Table, KeyValues and Header() look up
// as "head.<english>". One per (file, key).
std::set<std::pair<std::string, std::string>> KeysNamedInSources() {
  // Msg("...") and Header("...") with their literal, a Table constructed
  // from a list of literals, KeyValues::Add / AddIfSet with a literal key.
  const std::regex msg(R"re(\bMsg\(\s*"([^"]+)")re");
  const std::regex header(R"re(\bHeader\(\s*"([^"]+)")re");
  const std::regex table(R"re(\bTable\s+\w+\s*\(\s*\{([^}]*)\})re");
  const std::regex view_key(R"re(\.(?:Add|AddIfSet)\(\s*"([^"]+)")re");
  const std::regex literal(R"re("([^"]*)")re");
  std::set<std::pair<std::string, std::string>> keys;
  for (const auto& entry :
       std::filesystem::directory_iterator(FRONTDESK_CLI_SOURCES)) {
    const std::string file = entry.path().filename().string();
    const std::string ext = entry.path().extension().string();
    if ((ext != ".cc" && ext != ".h") ||
        file.find("_test") != std::string::npos ||
        file.rfind("messages", 0) == 0) {
      continue;
    }
    std::ifstream in(entry.path());
    const std::string text((std::istreambuf_iterator<char>(in)),
                           std::istreambuf_iterator<char>());
    auto each = [&](const std::regex& re, const std::string& prefix) {
      for (std::sregex_iterator it(text.begin(), text.end(), re), end;
           it != end; ++it) {
        keys.insert({file, prefix + (*it)[1].str()});
      }
    };
    each(msg, "");
    each(header, "head.");
    each(view_key, "head.");
    for (std::sregex_iterator it(text.begin(), text.end(), table), end;
         it != end; ++it) {
      const std::string list = (*it)[1].str();
      for (std::sregex_iterator h(list.begin(), list.end(), literal);
           h != std::sregex_iterator(); ++h) {
        keys.insert({file, "head." + (*h)[1].str()});
      }
    }
  }
  return keys;
}

TEST(Messages, EveryKeyTheCodeNamesIsInTheCatalogue) {
  const auto keys = KeysNamedInSources();
  // The scan finds what it must: a guard against a scan that finds nothing.
  EXPECT_GT(keys.size(), 400u);
  EXPECT_TRUE(keys.count({"main.cc", "err.no_token"}));
  EXPECT_TRUE(keys.count({"ticket_view.cc", "head.NUMBER"}));
  EXPECT_TRUE(keys.count({"key_view.cc", "head.tag"}));
  for (const auto& [file, key] : keys) {
    EXPECT_NE(FindMessage(key), nullptr) << file << " names " << key;
  }
}

TEST(Messages, EveryEnumValueTheCliPrintsHasItsWords) {
  // Each enum whose values a table or view prints, by its catalogue name.
  const std::regex enum_text(R"re(EnumText\(\s*([\w:]+)_descriptor\(\))re");
  std::set<std::string> types;
  for (const auto& entry :
       std::filesystem::directory_iterator(FRONTDESK_CLI_SOURCES)) {
    std::ifstream in(entry.path());
    const std::string text((std::istreambuf_iterator<char>(in)),
                           std::istreambuf_iterator<char>());
    for (std::sregex_iterator it(text.begin(), text.end(), enum_text), end;
         it != end; ++it) {
      std::string type = (*it)[1].str();
      if (type.rfind("v1::", 0) == 0) type = type.substr(4);
      types.insert(type);
    }
  }
  EXPECT_GT(types.size(), 40u);
  // Linked in, so that the generated pool knows every service's enums.
  for (const auto* linked :
       {v1::StaffMember::Role_descriptor(), v1::Visit::Status_descriptor(),
        v1::Key::Kind_descriptor(), v1::LeaveApplication::Type_descriptor(),
        v1::ReportSettings::EffectiveComplaintBasis_descriptor()}) {
    ASSERT_NE(linked, nullptr);
  }
  const auto* pool = google::protobuf::DescriptorPool::generated_pool();
  for (std::string type : types) {
    for (size_t at = type.find("::"); at != std::string::npos;
         at = type.find("::")) {
      type.replace(at, 2, ".");
    }
    const auto* descriptor = pool->FindEnumTypeByName("frontdesk.v1." + type);
    if (descriptor == nullptr) {
      ADD_FAILURE() << "no enum frontdesk.v1." << type;
      continue;
    }
    for (int i = 0; i < descriptor->value_count(); ++i) {
      const auto* value = descriptor->value(i);
      if (value->number() == 0 || value->options().deprecated()) continue;
      EXPECT_NE(FindMessage(EnumKey(descriptor, value->name())), nullptr)
          << value->full_name();
    }
  }
}

TEST(Messages, PlaceholdersAreFoundAndReplaced) {
  EXPECT_EQ(Placeholders("a {2} b {1} {x} {}"),
            (std::vector<std::string>{"{1}", "{2}"}));
  EXPECT_EQ(Msg("none.units", {"sites/hx"}), "no units in sites/hx");
  ScopedLang zh(Lang::kZh);
  EXPECT_EQ(Msg("none.units", {"sites/hx"}), "sites/hx 下没有房号");
  EXPECT_EQ(Msg("no.such.key"), "no.such.key");
}

TEST(Messages, LanguageComesFromLcAllThenLcMessagesThenLang) {
  unsetenv("LC_ALL");
  unsetenv("LC_MESSAGES");
  setenv("LANG", "zh_CN.UTF-8", 1);
  EXPECT_EQ(LangOfEnvironment(), Lang::kZh);
  setenv("LC_MESSAGES", "en_US.UTF-8", 1);
  EXPECT_EQ(LangOfEnvironment(), Lang::kEn);
  setenv("LC_ALL", "zh_TW.UTF-8", 1);
  EXPECT_EQ(LangOfEnvironment(), Lang::kZh);
  setenv("LC_ALL", "", 1);  // empty means unset
  EXPECT_EQ(LangOfEnvironment(), Lang::kEn);
  unsetenv("LC_ALL");
  unsetenv("LC_MESSAGES");
  setenv("LANG", "C.UTF-8", 1);
  EXPECT_EQ(LangOfEnvironment(), Lang::kEn);
  unsetenv("LANG");
  EXPECT_EQ(LangOfEnvironment(), Lang::kEn);
  EXPECT_EQ(LangOfWord("zh"), Lang::kZh);
  EXPECT_EQ(LangOfWord("en"), Lang::kEn);
  EXPECT_EQ(LangOfWord("fr"), std::nullopt);
}

TEST(Messages, EnumWordsInBothLanguages) {
  EXPECT_EQ(EnumText(Ticket::Status_descriptor(), Ticket::DISPATCHED),
            "dispatched");
  EXPECT_EQ(EnumText(v1::RepairRoute_descriptor(),
                     v1::REPAIR_ROUTE_OWN_MAINTENANCE, "REPAIR_ROUTE_"),
            "own-maintenance");
  ScopedLang zh(Lang::kZh);
  EXPECT_EQ(EnumText(Ticket::Status_descriptor(), Ticket::NEW), "新建");
  EXPECT_EQ(EnumText(Ticket::Status_descriptor(), Ticket::DISPATCHED),
            "已派工");
  EXPECT_EQ(EnumText(Ticket::Status_descriptor(), Ticket::UNFOUNDED),
            "投诉不成立");
  EXPECT_EQ(EnumText(Ticket::Kind_descriptor(), Ticket::REPAIR), "报修");
  EXPECT_EQ(EnumText(Ticket::Kind_descriptor(), Ticket::SPECIAL_SERVICE),
            "特约服务");
  EXPECT_EQ(EnumText(Ticket::Channel_descriptor(), Ticket::PHONE), "来电");
  EXPECT_EQ(EnumText(Ticket::Channel_descriptor(), Ticket::APP), "网络/APP");
  EXPECT_EQ(EnumText(Ticket::Priority_descriptor(), Ticket::NORMAL), "普通");
  EXPECT_EQ(EnumText(Ticket::Priority_descriptor(), Ticket::EMERGENCY), "特急");
  EXPECT_EQ(EnumText(v1::RepairRoute_descriptor(),
                     v1::REPAIR_ROUTE_DEVELOPER_WARRANTY, "REPAIR_ROUTE_"),
            "整改类");
  EXPECT_EQ(EnumText(Ticket::Kind_descriptor(), 0), "");
  // Every value of the ticket's enums has a Chinese word.
  for (const auto* type :
       {Ticket::Status_descriptor(), Ticket::Kind_descriptor(),
        Ticket::Channel_descriptor(), Ticket::Priority_descriptor(),
        v1::RepairRoute_descriptor(), v1::TicketEvent::Type_descriptor()}) {
    for (int i = 1; i < type->value_count(); ++i) {
      EXPECT_NE(FindMessage(EnumKey(type, type->value(i)->name())), nullptr)
          << type->value(i)->full_name();
    }
  }
}

TEST(Messages, ChineseInputWordsMeanTheirCliWords) {
  EXPECT_EQ(EnumWordOfInput(Ticket::Kind_descriptor(), "报修"), "repair");
  EXPECT_EQ(EnumWordOfInput(Ticket::Channel_descriptor(), "来电"), "phone");
  EXPECT_EQ(EnumWordOfInput(Ticket::Priority_descriptor(), "紧急"), "urgent");
  EXPECT_EQ(EnumWordOfInput(Ticket::Status_descriptor(), "已派工"),
            "dispatched");
  EXPECT_EQ(
      EnumWordOfInput(v1::RepairRoute_descriptor(), "工程类", "REPAIR_ROUTE_"),
      "own-maintenance");
  EXPECT_EQ(EnumWordOfInput(Ticket::Kind_descriptor(), "walk-in"), "walk-in");
  EXPECT_EQ(EnumWordOfInput(Ticket::Kind_descriptor(), "来电"), "来电");
  EXPECT_EQ(EnumNumber(Ticket::Kind_descriptor(), "报修"), Ticket::REPAIR);
  EXPECT_EQ(EnumFilterName(Ticket::Status_descriptor(), "已派工"),
            "DISPATCHED");
}

TEST(Messages, TableHeadersInChineseStayAligned) {
  Table table({"NUMBER", "STATUS", "KIND"});
  table.AddRow({"HX-1", "dispatched", "repair"});
  std::ostringstream en;
  table.Print(en);
  EXPECT_EQ(en.str(),
            "NUMBER  STATUS      KIND\n"
            "HX-1    dispatched  repair\n");
  ScopedLang zh(Lang::kZh);
  Table zh_table({"NUMBER", "STATUS", "KIND", "NO SUCH HEADER"});
  zh_table.AddRow({"HX-1", EnumText(Ticket::Status_descriptor(), Ticket::NEW),
                   EnumText(Ticket::Kind_descriptor(), Ticket::REPAIR), "x"});
  std::ostringstream out;
  zh_table.Print(out);
  EXPECT_EQ(out.str(),
            "单号  状态  类别  NO SUCH HEADER\n"
            "HX-1  新建  报修  x\n");
}

TEST(Messages, TicketHistoryShowsWordsNotConstants) {
  v1::TicketEvent event;
  event.set_type(v1::TicketEvent::DISPATCHED);
  auto* route = event.add_changes();
  route->set_field("route");
  route->set_old_value("REPAIR_ROUTE_UNSPECIFIED");
  route->set_new_value("REPAIR_ROUTE_OWN_MAINTENANCE");
  auto* status = event.add_changes();
  status->set_field("status");
  status->set_old_value("NEW");
  status->set_new_value("DISPATCHED");
  std::ostringstream en;
  PrintTicketEvent(event, en);
  EXPECT_NE(en.str().find("route:  (empty) -> own-maintenance"),
            std::string::npos)
      << en.str();
  EXPECT_NE(en.str().find("new -> dispatched"), std::string::npos) << en.str();
  EXPECT_EQ(en.str().find("REPAIR_ROUTE"), std::string::npos) << en.str();
  ScopedLang zh(Lang::kZh);
  std::ostringstream out;
  PrintTicketEvent(event, out);
  EXPECT_NE(out.str().find("(空) -> 工程类"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("新建 -> 已派工"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("派工"), std::string::npos) << out.str();
  EXPECT_EQ(out.str().find("dispatched"), std::string::npos) << out.str();
  EXPECT_EQ(out.str().find("REPAIR_ROUTE"), std::string::npos) << out.str();
}

TEST(Messages, UsageErrorsInTheCliLanguage) {
  try {
    TicketName("7");
    ADD_FAILURE() << "no UsageError";
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()),
              "\"7\" is a ticket id without its site: give "
              "sites/{site}/tickets/7 or the ticket number, e.g. "
              "HX-20261123-0007");
  }
  ScopedLang zh(Lang::kZh);
  try {
    UnitName("", "3-2-501");
    ADD_FAILURE() << "no UsageError";
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()),
              "房号 \"3-2-501\" 需要指明项目:加 --site,或写全名 "
              "sites/{site}/units/3-2-501");
  }
}

}  // namespace
}  // namespace frontdesk::cli
