// resolution_rules.h: callbacks, duplicates, the callbacks-due window.
#include "server/ticket/resolution_rules.h"

#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

v1::RecordCallbackRequest Callback(v1::TicketCallback::Result result,
                                   int rating, const std::string& comment) {
  v1::RecordCallbackRequest r;
  r.set_result(result);
  r.set_rating(rating);
  r.set_comment(comment);
  return r;
}

TEST(ResolutionRulesTest, CallbackActions) {
  EXPECT_EQ(*CallbackAction(Callback(v1::TicketCallback::SATISFIED, 5, "")),
            TicketAction::kCallbackSatisfied);
  EXPECT_EQ(*CallbackAction(
                Callback(v1::TicketCallback::UNSATISFIED, 2, "still leaks")),
            TicketAction::kCallbackUnsatisfied);
  EXPECT_EQ(*CallbackAction(Callback(v1::TicketCallback::UNREACHABLE, 0, "")),
            TicketAction::kCallbackUnreachable);
}

TEST(ResolutionRulesTest, CallbackViolations) {
  // Unsatisfied says what is still wrong.
  EXPECT_FALSE(
      CallbackAction(Callback(v1::TicketCallback::UNSATISFIED, 2, "")).ok());
  // Unreachable has no rating; the others 1..5.
  EXPECT_FALSE(
      CallbackAction(Callback(v1::TicketCallback::UNREACHABLE, 3, "")).ok());
  EXPECT_FALSE(
      CallbackAction(Callback(v1::TicketCallback::SATISFIED, 0, "")).ok());
  EXPECT_FALSE(
      CallbackAction(Callback(v1::TicketCallback::SATISFIED, 6, "")).ok());
  auto unknown =
      CallbackAction(Callback(v1::TicketCallback::RESULT_UNSPECIFIED, 0, ""));
  EXPECT_EQ(ErrorFieldViolations(unknown.status()).size(), 2u);
}

TEST(ResolutionRulesTest, CallbackNote) {
  EXPECT_EQ(
      CallbackNote(Callback(v1::TicketCallback::UNSATISFIED, 2, "still leaks")),
      "UNSATISFIED 2/5: still leaks");
  EXPECT_EQ(CallbackNote(Callback(v1::TicketCallback::UNREACHABLE, 0, "")),
            "UNREACHABLE");
}

TEST(ResolutionRulesTest, DuplicateTarget) {
  EXPECT_TRUE(
      CheckDuplicateTarget("hx", 1, "hx", 2, v1::Ticket::DISPATCHED).ok());
  EXPECT_TRUE(CheckDuplicateTarget("hx", 1, "hx", 2, v1::Ticket::CLOSED).ok());
  EXPECT_FALSE(CheckDuplicateTarget("hx", 1, "yc", 2, v1::Ticket::NEW).ok());
  EXPECT_FALSE(CheckDuplicateTarget("hx", 1, "hx", 1, v1::Ticket::NEW).ok());
  EXPECT_EQ(ErrorReason(
                CheckDuplicateTarget("hx", 1, "hx", 2, v1::Ticket::CANCELLED)),
            "DUPLICATE_OF_ENDED");
}

TEST(ResolutionRulesTest, CallbacksDueWindow) {
  v1::ListCallbacksDueRequest r;
  EXPECT_EQ(*CallbacksDueWindow(r), absl::Hours(24));
  r.mutable_window()->set_seconds(7 * 86400);
  EXPECT_EQ(*CallbacksDueWindow(r), absl::Hours(7 * 24));
  r.mutable_window()->set_seconds(7 * 86400 + 1);
  EXPECT_FALSE(CallbacksDueWindow(r).ok());
  r.mutable_window()->set_seconds(0);
  EXPECT_FALSE(CallbacksDueWindow(r).ok());
}

}  // namespace
}  // namespace frontdesk
