#include "server/ticket/escalation.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using L = EscalationLevel;

const absl::Time kBreach = absl::FromCivil(
    absl::CivilSecond(2026, 11, 23, 17, 0, 0), absl::UTCTimeZone());

std::string Names(const std::vector<L>& levels) {
  std::vector<std::string> names;
  for (L l : levels) names.push_back(EscalationLevelName(l));
  return "{" + absl::StrJoin(names, ", ") + "}";
}

struct Case {
  const char* name;
  std::optional<absl::Time> breach;
  L already;
  absl::Duration since_breach;  // now = kBreach + since_breach
  std::vector<L> want;
};

TEST(EscalationTest, DefaultPolicy) {
  const Case cases[] = {
      {"not breached", std::nullopt, L::kNone, absl::Hours(1000), {}},
      {"not breached, already supervisor",
       std::nullopt,
       L::kSupervisor,
       absl::Hours(1000),
       {}},
      {"exactly at the deadline is not late",
       kBreach,
       L::kNone,
       absl::ZeroDuration(),
       {}},
      {"just breached",
       kBreach,
       L::kNone,
       absl::Microseconds(1),
       {L::kSupervisor}},
      {"breached 1 h ago", kBreach, L::kNone, absl::Hours(1), {L::kSupervisor}},
      {"breached 1 h ago, supervisor told",
       kBreach,
       L::kSupervisor,
       absl::Hours(1),
       {}},
      {"24 h after the breach, supervisor told",
       kBreach,
       L::kSupervisor,
       absl::Hours(24),
       {}},
      {"just over 24 h, supervisor told",
       kBreach,
       L::kSupervisor,
       absl::Hours(24) + absl::Microseconds(1),
       {L::kManager}},
      {"breached 30 h ago, nobody told",
       kBreach,
       L::kNone,
       absl::Hours(30),
       {L::kSupervisor, L::kManager}},
      {"breached 30 h ago, supervisor told",
       kBreach,
       L::kSupervisor,
       absl::Hours(30),
       {L::kManager}},
      {"breached 30 h ago, manager told",
       kBreach,
       L::kManager,
       absl::Hours(30),
       {}},
      {"before the deadline", kBreach, L::kNone, -absl::Hours(1), {}},
  };
  for (const Case& c : cases) {
    auto got = DueEscalations(EscalationPolicy{}, c.breach, c.already,
                              kBreach + c.since_breach);
    EXPECT_EQ(Names(got), Names(c.want)) << c.name;
  }
}

TEST(EscalationTest, CustomDelays) {
  EscalationPolicy policy;
  policy.supervisor_after_breach = absl::Hours(2);
  policy.manager_after_breach = absl::Hours(8);
  const Case cases[] = {
      {"1 h", kBreach, L::kNone, absl::Hours(1), {}},
      {"2 h exactly", kBreach, L::kNone, absl::Hours(2), {}},
      {"2 h and a second",
       kBreach,
       L::kNone,
       absl::Hours(2) + absl::Seconds(1),
       {L::kSupervisor}},
      {"8 h exactly", kBreach, L::kSupervisor, absl::Hours(8), {}},
      {"9 h", kBreach, L::kSupervisor, absl::Hours(9), {L::kManager}},
      {"9 h, nobody told",
       kBreach,
       L::kNone,
       absl::Hours(9),
       {L::kSupervisor, L::kManager}},
  };
  for (const Case& c : cases) {
    auto got =
        DueEscalations(policy, c.breach, c.already, kBreach + c.since_breach);
    EXPECT_EQ(Names(got), Names(c.want)) << c.name;
  }
}

TEST(EscalationTest, ManagerNeverSkipsTheSupervisor) {
  EscalationPolicy policy;
  policy.supervisor_after_breach = absl::Hours(5);
  policy.manager_after_breach = absl::Hours(1);
  EXPECT_EQ(Names(DueEscalations(policy, kBreach, L::kNone,
                                 kBreach + absl::Hours(2))),
            Names({L::kSupervisor, L::kManager}));
}

TEST(EscalationTest, LevelOutsideTheEnumBelowNoneStillStartsAtSupervisor) {
  auto got = DueEscalations(EscalationPolicy{}, kBreach, static_cast<L>(-1),
                            kBreach + absl::Hours(30));
  EXPECT_EQ(Names(got), Names({L::kSupervisor, L::kManager}));
}

TEST(EscalationTest, Names) {
  EXPECT_STREQ(EscalationLevelName(L::kNone), "none");
  EXPECT_STREQ(EscalationLevelName(L::kSupervisor), "supervisor");
  EXPECT_STREQ(EscalationLevelName(L::kManager), "manager");
  EXPECT_STREQ(EscalationLevelName(static_cast<L>(7)), "unknown");
  EXPECT_LT(static_cast<int>(L::kNone), static_cast<int>(L::kSupervisor));
  EXPECT_LT(static_cast<int>(L::kSupervisor), static_cast<int>(L::kManager));
}

}  // namespace
}  // namespace frontdesk

namespace frontdesk {
namespace {

TEST(EscalationOnDemandTest, OneLevelUpOrTheLevelAsked) {
  EXPECT_EQ(
      *EscalationOnDemand(v1::Ticket::NEW, 0, v1::ESCALATION_LEVEL_UNSPECIFIED),
      v1::ESCALATION_LEVEL_SUPERVISOR);
  EXPECT_EQ(*EscalationOnDemand(v1::Ticket::RESOLVED, 1,
                                v1::ESCALATION_LEVEL_UNSPECIFIED),
            v1::ESCALATION_LEVEL_MANAGER);
  EXPECT_EQ(
      *EscalationOnDemand(v1::Ticket::PENDING, 0, v1::ESCALATION_LEVEL_MANAGER),
      v1::ESCALATION_LEVEL_MANAGER);
}

TEST(EscalationOnDemandTest, Refusals) {
  EXPECT_EQ(ErrorReason(EscalationOnDemand(v1::Ticket::CLOSED, 0,
                                           v1::ESCALATION_LEVEL_UNSPECIFIED)
                            .status()),
            "TICKET_NOT_OPEN");
  EXPECT_EQ(ErrorReason(EscalationOnDemand(v1::Ticket::CANCELLED, 0,
                                           v1::ESCALATION_LEVEL_UNSPECIFIED)
                            .status()),
            "TICKET_NOT_OPEN");
  EXPECT_EQ(ErrorReason(EscalationOnDemand(v1::Ticket::NEW, 2,
                                           v1::ESCALATION_LEVEL_UNSPECIFIED)
                            .status()),
            "ESCALATION_AT_TOP");
  EXPECT_EQ(ErrorReason(EscalationOnDemand(v1::Ticket::NEW, 1,
                                           v1::ESCALATION_LEVEL_SUPERVISOR)
                            .status()),
            "ALREADY_ESCALATED");
}

}  // namespace
}  // namespace frontdesk
