// Unit tests of the message catalogue (messages.h) and of what the CLI
// prints through it: every entry in both languages with the same
// placeholders, the language chosen from the environment, enum words and
// table headers in Chinese, Chinese input words, and the ticket history's
// field changes as words in both languages.
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <sstream>
#include <string>

#include "clients/cli/commands.h"
#include "clients/cli/enums.h"
#include "clients/cli/messages.h"
#include "clients/cli/names.h"
#include "clients/cli/output.h"
#include "clients/cli/ticket_view.h"
#include "frontdesk/v1/ticket_service.pb.h"

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
