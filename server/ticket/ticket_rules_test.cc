#include "server/ticket/ticket_rules.h"

#include <google/protobuf/field_mask.pb.h>

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/string_view.h"
#include "common/status.h"
#include "common/status_testing.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "gtest/gtest.h"

namespace frontdesk {
namespace {

using v1::Ticket;

std::string Repeat(absl::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out.append(s.data(), s.size());
  return out;
}

// A repair ticket as the front desk records it: every rule satisfied.
Ticket ValidRepair() {
  Ticket t;
  t.set_site("sites/hx");
  t.set_channel(Ticket::PHONE);
  t.set_kind(Ticket::REPAIR);
  t.set_priority(Ticket::NORMAL);
  t.mutable_reporter()->set_name("张伟");
  t.mutable_reporter()->set_phone("13800138000");
  t.mutable_reporter()->set_unit("sites/hx/units/3-2-501");
  t.mutable_reporter()->set_location("3栋2单元501");
  t.set_subject("厨房水管漏水");
  t.set_description("住户来电：厨房水槽下方水管接口漏水，\n地面已积水。");
  return t;
}

google::protobuf::FieldMask Mask(std::vector<std::string> paths) {
  google::protobuf::FieldMask mask;
  for (auto& p : paths) mask.add_paths(p);
  return mask;
}

// ---- ValidateTicketFields ---------------------------------------------------

TEST(ValidateTicketFieldsTest, ValidRepairTicketPasses) {
  EXPECT_TRUE(ValidateTicketFields(ValidRepair()).ok())
      << ValidateTicketFields(ValidRepair());
}

TEST(ValidateTicketFieldsTest, OptionalFieldsMayBeEmpty) {
  Ticket t = ValidRepair();
  t.clear_priority();  // PRIORITY_UNSPECIFIED means NORMAL
  t.mutable_reporter()->clear_unit();
  t.mutable_reporter()->clear_location();
  t.clear_description();
  EXPECT_TRUE(ValidateTicketFields(t).ok()) << ValidateTicketFields(t);
}

TEST(ValidateTicketFieldsTest, ComplaintWithClassPasses) {
  Ticket t = ValidRepair();
  t.set_kind(Ticket::COMPLAINT);
  t.set_complaint_class(Ticket::SERVICE);
  EXPECT_TRUE(ValidateTicketFields(t).ok()) << ValidateTicketFields(t);
  t.set_complaint_class(Ticket::FACILITY);
  EXPECT_TRUE(ValidateTicketFields(t).ok()) << ValidateTicketFields(t);
}

TEST(ValidateTicketFieldsTest, MissingChannel) {
  Ticket t = ValidRepair();
  t.clear_channel();
  EXPECT_EQ(ExpectOneViolation(ValidateTicketFields(t), "ticket.channel"),
            "is required");
}

TEST(ValidateTicketFieldsTest, MissingKind) {
  Ticket t = ValidRepair();
  t.clear_kind();
  EXPECT_EQ(ExpectOneViolation(ValidateTicketFields(t), "ticket.kind"),
            "is required");
}

TEST(ValidateTicketFieldsTest, UnknownEnumNumbers) {
  {
    Ticket t = ValidRepair();
    t.set_channel(static_cast<Ticket::Channel>(99));
    EXPECT_EQ(ExpectOneViolation(ValidateTicketFields(t), "ticket.channel"),
              "is not a known channel");
  }
  {
    Ticket t = ValidRepair();
    t.set_kind(static_cast<Ticket::Kind>(99));
    EXPECT_EQ(ExpectOneViolation(ValidateTicketFields(t), "ticket.kind"),
              "is not a known kind");
  }
  {
    Ticket t = ValidRepair();
    t.set_kind(Ticket::COMPLAINT);
    t.set_complaint_class(static_cast<Ticket::ComplaintClass>(99));
    EXPECT_EQ(
        ExpectOneViolation(ValidateTicketFields(t), "ticket.complaint_class"),
        "is not a known complaint class");
  }
  {
    Ticket t = ValidRepair();
    t.set_priority(static_cast<Ticket::Priority>(99));
    EXPECT_EQ(ExpectOneViolation(ValidateTicketFields(t), "ticket.priority"),
              "is not a known priority");
  }
  {
    Ticket t = ValidRepair();
    t.set_priority(static_cast<Ticket::Priority>(-1));
    ExpectOneViolation(ValidateTicketFields(t), "ticket.priority");
  }
}

TEST(ValidateTicketFieldsTest, ComplaintWithoutClass) {
  Ticket t = ValidRepair();
  t.set_kind(Ticket::COMPLAINT);
  std::string rule =
      ExpectOneViolation(ValidateTicketFields(t), "ticket.complaint_class");
  EXPECT_NE(rule.find("is required for a complaint"), std::string::npos)
      << rule;
}

TEST(ValidateTicketFieldsTest, ComplaintClassOnNonComplaint) {
  for (Ticket::Kind kind :
       {Ticket::INQUIRY, Ticket::HELP, Ticket::REPAIR, Ticket::SUGGESTION,
        Ticket::PRAISE, Ticket::SPECIAL_SERVICE}) {
    SCOPED_TRACE(Ticket::Kind_Name(kind));
    Ticket t = ValidRepair();
    t.set_kind(kind);
    t.set_complaint_class(Ticket::FACILITY);
    EXPECT_EQ(
        ExpectOneViolation(ValidateTicketFields(t), "ticket.complaint_class"),
        "is only for complaints")
        << Ticket::Kind_Name(kind);
  }
}

TEST(ValidateTicketFieldsTest, EmptyReporterName) {
  Ticket t = ValidRepair();
  t.mutable_reporter()->clear_name();
  EXPECT_EQ(ExpectOneViolation(ValidateTicketFields(t), "ticket.reporter.name"),
            "is required");
}

TEST(ValidateTicketFieldsTest, MissingReporterAltogether) {
  Ticket t = ValidRepair();
  t.clear_reporter();
  EXPECT_EQ(FieldsOf(ValidateTicketFields(t)),
            (std::vector<std::string>{"ticket.reporter.name",
                                      "ticket.reporter.phone"}));
}

TEST(ValidateTicketFieldsTest, ReporterNameLengthCountsCharactersNotBytes) {
  Ticket t = ValidRepair();
  // 64 Chinese characters are 192 bytes and still within the limit.
  t.mutable_reporter()->set_name(Repeat("王", 64));
  EXPECT_TRUE(ValidateTicketFields(t).ok()) << ValidateTicketFields(t);

  t.mutable_reporter()->set_name(Repeat("王", 65));
  std::string rule =
      ExpectOneViolation(ValidateTicketFields(t), "ticket.reporter.name");
  EXPECT_NE(rule.find("at most 64"), std::string::npos) << rule;
  EXPECT_NE(rule.find("got 65"), std::string::npos) << rule;
}

TEST(ValidateTicketFieldsTest, MalformedPhone) {
  for (const char* phone : {"abc", "138001380001", "1234", "23800138000",
                            "138-0013-800a", "+", ""}) {
    Ticket t = ValidRepair();
    t.mutable_reporter()->set_phone(phone);
    SCOPED_TRACE(phone);
    ExpectOneViolation(ValidateTicketFields(t), "ticket.reporter.phone");
  }
}

TEST(ValidateTicketFieldsTest, MaskedReporterSentBackIsRefused) {
  // [T-REPORTER-MASKED]: a caller who read the ticket masked cannot store
  // the masked name or phone back.
  Ticket t = ValidRepair();
  t.mutable_reporter()->set_name("王*");
  ExpectOneViolation(ValidateTicketFields(t), "ticket.reporter.name");
  t = ValidRepair();
  t.mutable_reporter()->set_phone("138****8000");
  ExpectOneViolation(ValidateTicketFields(t), "ticket.reporter.phone");
}

TEST(ValidateTicketFieldsTest, AcceptedPhoneForms) {
  // "12345" is a 5-digit service/landline number (the citizen hotline), which
  // the phone rule (common/validation.h, common.proto Contact.phone) accepts.
  for (const char* phone : {"13800138000", "138-0013-8000", "+86 138 0013 8000",
                            "0755-12345678", "12345"}) {
    Ticket t = ValidRepair();
    t.mutable_reporter()->set_phone(phone);
    EXPECT_TRUE(ValidateTicketFields(t).ok())
        << phone << ": " << ValidateTicketFields(t);
  }
}

TEST(ValidateTicketFieldsTest, MalformedUnitName) {
  for (const char* unit :
       {"3-2-501", "sites/hx/units/3-2", "sites/hx/units/3-2-501-1",
        "sites/HX/units/3-2-501", "sites/hx/rooms/3-2-501",
        "sites/hx/units/3-2-5 01", "sites/hx/units/3--501",
        "sites/hx/units/3-2-501/"}) {
    SCOPED_TRACE(unit);
    Ticket t = ValidRepair();
    t.mutable_reporter()->set_unit(unit);
    EXPECT_EQ(
        ExpectOneViolation(ValidateTicketFields(t), "ticket.reporter.unit"),
        "must be \"sites/{site}/units/{unit}\"")
        << unit;
  }
}

TEST(ValidateTicketFieldsTest, ReporterLocationTooLong) {
  Ticket t = ValidRepair();
  t.mutable_reporter()->set_location(Repeat("门", 200));
  EXPECT_TRUE(ValidateTicketFields(t).ok()) << ValidateTicketFields(t);
  t.mutable_reporter()->set_location(Repeat("门", 201));
  ExpectOneViolation(ValidateTicketFields(t), "ticket.reporter.location");
}

TEST(ValidateTicketFieldsTest, EmptySubject) {
  Ticket t = ValidRepair();
  t.clear_subject();
  EXPECT_EQ(ExpectOneViolation(ValidateTicketFields(t), "ticket.subject"),
            "is required");
}

TEST(ValidateTicketFieldsTest, SubjectLength) {
  Ticket t = ValidRepair();
  t.set_subject(std::string(200, 'a'));
  EXPECT_TRUE(ValidateTicketFields(t).ok()) << ValidateTicketFields(t);

  t.set_subject(std::string(201, 'a'));
  std::string rule =
      ExpectOneViolation(ValidateTicketFields(t), "ticket.subject");
  EXPECT_NE(rule.find("at most 200"), std::string::npos) << rule;

  t.set_subject(Repeat("漏", 201));
  ExpectOneViolation(ValidateTicketFields(t), "ticket.subject");
}

TEST(ValidateTicketFieldsTest, SubjectWithControlCharacter) {
  // The subject is one line: not even newline or tab.
  for (std::string subject :
       {std::string("水管\x01漏水"), std::string("水管\n漏水"),
        std::string("水管\t漏水"), std::string("水管\x7f漏水"),
        std::string("水管\xc2\x85漏水") /* U+0085 NEL */,
        std::string("trailing\0", 9)}) {
    SCOPED_TRACE(absl::CHexEscape(subject));
    Ticket t = ValidRepair();
    t.set_subject(subject);
    EXPECT_EQ(ExpectOneViolation(ValidateTicketFields(t), "ticket.subject"),
              "must not contain control characters")
        << absl::CHexEscape(subject);
  }
}

TEST(ValidateTicketFieldsTest, SubjectInvalidUtf8) {
  Ticket t = ValidRepair();
  t.set_subject("\xe6\xbc");  // truncated 漏
  EXPECT_EQ(ExpectOneViolation(ValidateTicketFields(t), "ticket.subject"),
            "must be valid UTF-8");
}

TEST(ValidateTicketFieldsTest, DescriptionLength) {
  Ticket t = ValidRepair();
  t.set_description(Repeat("水", 4000));
  EXPECT_TRUE(ValidateTicketFields(t).ok()) << ValidateTicketFields(t);

  t.set_description(Repeat("水", 4001));
  std::string rule =
      ExpectOneViolation(ValidateTicketFields(t), "ticket.description");
  EXPECT_NE(rule.find("at most 4000"), std::string::npos) << rule;
}

TEST(ValidateTicketFieldsTest, DescriptionIsMultilineButNoOtherControls) {
  Ticket t = ValidRepair();
  t.set_description("第一行\r\n第二行\n\t缩进");
  EXPECT_TRUE(ValidateTicketFields(t).ok()) << ValidateTicketFields(t);

  t.set_description("响铃\x07");
  EXPECT_EQ(ExpectOneViolation(ValidateTicketFields(t), "ticket.description"),
            "must not contain control characters");
}

TEST(ValidateTicketFieldsTest, SeveralBadFieldsReportedTogether) {
  Ticket t = ValidRepair();
  t.clear_channel();
  t.set_kind(Ticket::COMPLAINT);  // without a class
  t.mutable_reporter()->clear_name();
  t.mutable_reporter()->set_phone("abc");
  t.mutable_reporter()->set_unit("3-2-501");
  t.set_subject(std::string(201, 'x'));
  t.set_description(std::string(4001, 'y'));

  absl::Status s = ValidateTicketFields(t);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorReason(s), "INVALID_FIELD");
  EXPECT_EQ(FieldsOf(s), (std::vector<std::string>{
                             "ticket.channel",
                             "ticket.complaint_class",
                             "ticket.reporter.name",
                             "ticket.reporter.phone",
                             "ticket.reporter.unit",
                             "ticket.subject",
                             "ticket.description",
                         }));
  // The message names every field too, for clients that only print it.
  for (const std::string& field : FieldsOf(s)) {
    EXPECT_NE(s.message().find(field), absl::string_view::npos) << field;
  }
}

TEST(ValidateTicketFieldsTest, SqlLookingSubjectIsJustText) {
  Ticket t = ValidRepair();
  t.set_subject("'; DROP TABLE tickets; --");
  t.set_description("Robert'); DROP TABLE tickets;-- \"quoted\" \\ % _");
  t.mutable_reporter()->set_name("O'Brien");
  EXPECT_TRUE(ValidateTicketFields(t).ok()) << ValidateTicketFields(t);
}

// ---- ApplyTicketUpdate ------------------------------------------------------

TEST(ApplyTicketUpdateTest, EmptyMaskRejected) {
  Ticket patch = ValidRepair();
  patch.set_subject("新主题");
  auto result = ApplyTicketUpdate(ValidRepair(), patch, Mask({}));
  ASSERT_FALSE(result.ok());
  ExpectOneViolation(result.status(), "update_mask");
}

TEST(ApplyTicketUpdateTest, ImmutablePathsRejectedNamingThePath) {
  for (const char* path :
       {"status", "number", "site", "name", "created_by", "create_time", "etag",
        "reporter.email", "Subject", "", "reporter."}) {
    SCOPED_TRACE(path);
    Ticket patch = ValidRepair();
    auto result = ApplyTicketUpdate(ValidRepair(), patch, Mask({path}));
    ASSERT_FALSE(result.ok()) << path;
    std::string rule = ExpectOneViolation(result.status(), "update_mask");
    EXPECT_NE(rule.find(std::string("\"") + path + "\""), std::string::npos)
        << path << ": " << rule;
  }
}

TEST(ApplyTicketUpdateTest, ImmutablePathAmongMutableOnesRejectsAll) {
  Ticket patch = ValidRepair();
  patch.set_subject("新主题");
  patch.set_status(Ticket::CLOSED);
  auto result =
      ApplyTicketUpdate(ValidRepair(), patch, Mask({"subject", "status"}));
  ASSERT_FALSE(result.ok());
  std::string rule = ExpectOneViolation(result.status(), "update_mask");
  EXPECT_NE(rule.find("\"status\""), std::string::npos) << rule;
}

TEST(ApplyTicketUpdateTest, SubjectChange) {
  Ticket current = ValidRepair();
  current.set_name("sites/hx/tickets/7");
  current.set_number("HX-20261123-0007");
  current.set_status(Ticket::DISPATCHED);
  Ticket patch;
  patch.set_subject("卫生间水管漏水");
  patch.set_description("ignored: not in the mask");
  patch.set_status(Ticket::CLOSED);

  auto result = ApplyTicketUpdate(current, patch, Mask({"subject"}));
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->changes.size(), 1u);
  EXPECT_EQ(result->changes[0].field(), "subject");
  EXPECT_EQ(result->changes[0].old_value(), "厨房水管漏水");
  EXPECT_EQ(result->changes[0].new_value(), "卫生间水管漏水");

  // Only the masked field moved.
  Ticket want = current;
  want.set_subject("卫生间水管漏水");
  EXPECT_EQ(result->ticket.SerializeAsString(), want.SerializeAsString())
      << result->ticket.DebugString();
}

TEST(ApplyTicketUpdateTest, ImportantIsMarkedAndRecordedInTheHistory) {
  // [T-COMPLAINT-RETENTION]: an important ticket is kept long-term; the
  // mark is an intake field like any other, and its change is recorded.
  Ticket patch;
  patch.set_important(true);
  auto result = ApplyTicketUpdate(ValidRepair(), patch, Mask({"important"}));
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_TRUE(result->ticket.important());
  ASSERT_EQ(result->changes.size(), 1u);
  EXPECT_EQ(result->changes[0].field(), "important");
  EXPECT_EQ(result->changes[0].old_value(), "false");
  EXPECT_EQ(result->changes[0].new_value(), "true");
}

TEST(ApplyTicketUpdateTest, ReporterExpandsToLeavesAndRecordsOnlyChanges) {
  Ticket current = ValidRepair();
  Ticket patch;
  *patch.mutable_reporter() = current.reporter();
  patch.mutable_reporter()->set_phone("0755-12345678");
  patch.mutable_reporter()->clear_location();

  auto result = ApplyTicketUpdate(current, patch, Mask({"reporter"}));
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->changes.size(), 2u);
  EXPECT_EQ(result->changes[0].field(), "reporter.phone");
  EXPECT_EQ(result->changes[0].old_value(), "13800138000");
  EXPECT_EQ(result->changes[0].new_value(), "0755-12345678");
  EXPECT_EQ(result->changes[1].field(), "reporter.location");
  EXPECT_EQ(result->changes[1].old_value(), "3栋2单元501");
  EXPECT_EQ(result->changes[1].new_value(), "");

  EXPECT_EQ(result->ticket.reporter().name(), "张伟");
  EXPECT_EQ(result->ticket.reporter().phone(), "0755-12345678");
  EXPECT_EQ(result->ticket.reporter().unit(), "sites/hx/units/3-2-501");
  EXPECT_EQ(result->ticket.reporter().location(), "");
}

TEST(ApplyTicketUpdateTest, ReporterReplacesAllFourLeaves) {
  Ticket current = ValidRepair();
  Ticket patch;
  patch.mutable_reporter()->set_name("李娜");
  patch.mutable_reporter()->set_phone("13900139000");
  // unit and location left empty: "reporter" replaces the whole contact.

  auto result = ApplyTicketUpdate(current, patch, Mask({"reporter"}));
  ASSERT_TRUE(result.ok()) << result.status();
  std::vector<std::string> fields;
  for (const auto& c : result->changes) fields.push_back(c.field());
  EXPECT_EQ(fields,
            (std::vector<std::string>{"reporter.name", "reporter.phone",
                                      "reporter.unit", "reporter.location"}));
  EXPECT_EQ(result->ticket.reporter().unit(), "");
  EXPECT_EQ(result->ticket.reporter().location(), "");
}

TEST(ApplyTicketUpdateTest, ReporterLeafTouchesOnlyThatLeaf) {
  Ticket current = ValidRepair();
  Ticket patch;
  patch.mutable_reporter()->set_name("李娜");  // phone empty in the patch

  auto result = ApplyTicketUpdate(current, patch, Mask({"reporter.name"}));
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->changes.size(), 1u);
  EXPECT_EQ(result->changes[0].field(), "reporter.name");
  EXPECT_EQ(result->changes[0].old_value(), "张伟");
  EXPECT_EQ(result->changes[0].new_value(), "李娜");
  EXPECT_EQ(result->ticket.reporter().phone(), "13800138000");
}

TEST(ApplyTicketUpdateTest, EnumChangeRecordedByName) {
  Ticket current = ValidRepair();
  Ticket patch;
  patch.set_priority(Ticket::URGENT);
  patch.set_channel(Ticket::WALK_IN);

  auto result =
      ApplyTicketUpdate(current, patch, Mask({"priority", "channel"}));
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->changes.size(), 2u);
  EXPECT_EQ(result->changes[0].field(), "priority");
  EXPECT_EQ(result->changes[0].old_value(), "NORMAL");
  EXPECT_EQ(result->changes[0].new_value(), "URGENT");
  EXPECT_EQ(result->changes[1].field(), "channel");
  EXPECT_EQ(result->changes[1].old_value(), "PHONE");
  EXPECT_EQ(result->changes[1].new_value(), "WALK_IN");
  EXPECT_EQ(result->ticket.priority(), Ticket::URGENT);
  EXPECT_EQ(result->ticket.channel(), Ticket::WALK_IN);
}

TEST(ApplyTicketUpdateTest, KindAndClassChangedTogether) {
  Ticket current = ValidRepair();
  Ticket patch;
  patch.set_kind(Ticket::COMPLAINT);
  patch.set_complaint_class(Ticket::FACILITY);

  auto result =
      ApplyTicketUpdate(current, patch, Mask({"kind", "complaint_class"}));
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->changes.size(), 2u);
  EXPECT_EQ(result->changes[0].field(), "kind");
  EXPECT_EQ(result->changes[0].old_value(), "REPAIR");
  EXPECT_EQ(result->changes[0].new_value(), "COMPLAINT");
  EXPECT_EQ(result->changes[1].field(), "complaint_class");
  EXPECT_EQ(result->changes[1].old_value(), "COMPLAINT_CLASS_UNSPECIFIED");
  EXPECT_EQ(result->changes[1].new_value(), "FACILITY");
}

TEST(ApplyTicketUpdateTest, ChangeThatBreaksARuleRejected) {
  Ticket current = ValidRepair();
  Ticket patch;
  patch.set_kind(Ticket::COMPLAINT);

  auto result = ApplyTicketUpdate(current, patch, Mask({"kind"}));
  ASSERT_FALSE(result.ok());
  ExpectOneViolation(result.status(), "ticket.complaint_class");
}

TEST(ApplyTicketUpdateTest, InvalidNewValueRejectedOnTheField) {
  {
    Ticket patch;
    patch.set_subject("");
    auto result = ApplyTicketUpdate(ValidRepair(), patch, Mask({"subject"}));
    ASSERT_FALSE(result.ok());
    ExpectOneViolation(result.status(), "ticket.subject");
  }
  {
    Ticket patch;
    patch.set_kind(static_cast<Ticket::Kind>(99));
    auto result = ApplyTicketUpdate(ValidRepair(), patch, Mask({"kind"}));
    ASSERT_FALSE(result.ok());
    ExpectOneViolation(result.status(), "ticket.kind");
  }
  {
    Ticket patch;  // the whole reporter cleared: name and phone are required
    auto result = ApplyTicketUpdate(ValidRepair(), patch, Mask({"reporter"}));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(FieldsOf(result.status()),
              (std::vector<std::string>{"ticket.reporter.name",
                                        "ticket.reporter.phone"}));
  }
}

TEST(ApplyTicketUpdateTest, NoOpChangeYieldsNoFieldChange) {
  Ticket current = ValidRepair();
  Ticket patch = current;
  auto result =
      ApplyTicketUpdate(current, patch,
                        Mask({"channel", "kind", "complaint_class", "priority",
                              "subject", "description", "reporter"}));
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_TRUE(result->changes.empty());
  EXPECT_EQ(result->ticket.SerializeAsString(), current.SerializeAsString());
}

TEST(ApplyTicketUpdateTest, RepeatedPathRecordedOnce) {
  Ticket current = ValidRepair();
  Ticket patch;
  patch.set_subject("新主题");
  patch.mutable_reporter()->set_name("李娜");
  patch.mutable_reporter()->set_phone("13800138000");
  auto result = ApplyTicketUpdate(
      current, patch,
      Mask({"subject", "subject", "reporter", "reporter.name"}));
  ASSERT_TRUE(result.ok()) << result.status();
  std::vector<std::string> fields;
  for (const auto& c : result->changes) fields.push_back(c.field());
  EXPECT_EQ(fields,
            (std::vector<std::string>{"subject", "reporter.name",
                                      "reporter.unit", "reporter.location"}));
}

}  // namespace
}  // namespace frontdesk
