#include "server/authorize.h"

#include <google/protobuf/descriptor.h>

#include <set>
#include <string>

#include "common/principal_testing.h"
#include "common/status.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "frontdesk/v1/report_service.pb.h"
#include "frontdesk/v1/roster_service.pb.h"
#include "frontdesk/v1/ticket_service.pb.h"
#include "frontdesk/v1/visitor_service.pb.h"
#include "gtest/gtest.h"
#include "server/permission_table.h"

namespace frontdesk {
namespace {

using Role = v1::StaffMember;

// The services frontdeskd serves (server/frontdesk_server.cc).
constexpr const char* kServedServices[] = {
    "frontdesk.v1.DirectoryService", "frontdesk.v1.ReportService",
    "frontdesk.v1.RosterService", "frontdesk.v1.TicketService",
    "frontdesk.v1.VisitorService"};

// Links in and builds the descriptors of every served service's file.
void LoadServedDescriptors() {
  v1::DailyDutyReport().GetDescriptor();
  v1::Site().GetDescriptor();
  v1::RosterPolicy().GetDescriptor();
  v1::Ticket().GetDescriptor();
  v1::Visit().GetDescriptor();
}

v1::CreateTicketRequest TicketAt(const std::string& site) {
  v1::CreateTicketRequest request;
  request.set_parent("sites/" + site);
  return request;
}

void ExpectDenied(const absl::Status& status, absl::string_view rule) {
  EXPECT_EQ(status.code(), absl::StatusCode::kPermissionDenied) << status;
  EXPECT_EQ(ErrorReason(status), "PERMISSION_DENIED") << status;
  EXPECT_EQ(ErrorMetadata(status, "rule"), rule) << status;
}

TEST(PermissionTableTest, EveryServedMethodHasAnEntry) {
  const auto* pool = google::protobuf::DescriptorPool::generated_pool();
  LoadServedDescriptors();
  for (const char* name : kServedServices) {
    const google::protobuf::ServiceDescriptor* service =
        pool->FindServiceByName(name);
    ASSERT_NE(service, nullptr) << name;
    for (int i = 0; i < service->method_count(); ++i) {
      std::string method = service->name() + "." + service->method(i)->name();
      EXPECT_NE(FindPermission(method), nullptr)
          << method << " has no entry in server/permission_table.cc";
    }
  }
}

TEST(PermissionTableTest, EveryEntryIsARealMethodOnceWithARealSiteField) {
  const auto* pool = google::protobuf::DescriptorPool::generated_pool();
  LoadServedDescriptors();
  std::set<std::string> seen;
  for (const Permission& entry : PermissionTable()) {
    std::string method(entry.method);
    EXPECT_TRUE(seen.insert(method).second) << method << " is listed twice";
    auto dot = method.find('.');
    ASSERT_NE(dot, std::string::npos) << method;
    const google::protobuf::ServiceDescriptor* service =
        pool->FindServiceByName("frontdesk.v1." + method.substr(0, dot));
    ASSERT_NE(service, nullptr) << method;
    const google::protobuf::MethodDescriptor* rpc =
        service->FindMethodByName(method.substr(dot + 1));
    ASSERT_NE(rpc, nullptr) << method;
    if (entry.site_field.empty()) continue;
    // The field path names a string field of the request.
    const google::protobuf::Descriptor* message = rpc->input_type();
    std::string path(entry.site_field);
    size_t start = 0;
    for (;;) {
      size_t end = path.find('.', start);
      const google::protobuf::FieldDescriptor* field =
          message->FindFieldByName(path.substr(start, end - start));
      ASSERT_NE(field, nullptr) << method << ": " << path;
      if (end == std::string::npos) {
        EXPECT_EQ(field->type(), google::protobuf::FieldDescriptor::TYPE_STRING)
            << method << ": " << path;
        break;
      }
      ASSERT_EQ(field->type(), google::protobuf::FieldDescriptor::TYPE_MESSAGE)
          << method << ": " << path;
      message = field->message_type();
      start = end + 1;
    }
  }
}

TEST(AuthorizeTest, MethodWithoutAnEntryIsRefusedEvenForAdmin) {
  ExpectDenied(Authorize(TestPrincipal({Role::ADMIN}, {}),
                         "TicketService.Teleport", v1::GetTicketRequest()),
               "ACL-ONE-TABLE");
}

TEST(AuthorizeTest, AdminMayCallAnyListedMethodAtAnySite) {
  EXPECT_TRUE(Authorize(TestPrincipal({Role::ADMIN}, {}),
                        "TicketService.CreateTicket", TicketAt("yy"))
                  .ok());
  EXPECT_TRUE(Authorize(TestPrincipal({Role::ADMIN}, {}),
                        "DirectoryService.CreateSite", v1::CreateSiteRequest())
                  .ok());
}

TEST(AuthorizeTest, ARoleTheEntryDoesNotNameIsRefused) {
  // Only ADMIN registers sites [D-DIRECTORY-WRITES].
  ExpectDenied(
      Authorize(TestPrincipal({Role::MANAGER}, {"hx"}),
                "DirectoryService.CreateSite", v1::CreateSiteRequest()),
      "D-DIRECTORY-WRITES");
  v1::ListWatchlistEntriesRequest watchlist;
  watchlist.set_parent("sites/hx");
  ExpectDenied(Authorize(TestPrincipal({Role::RECEPTIONIST}, {"hx"}),
                         "VisitorService.ListWatchlistEntries", watchlist),
               "V-WATCHLIST-SUPERVISORS");
  // A butler keeps no visitor register [V-ROLES].
  v1::ListVisitsRequest visits;
  visits.set_parent("sites/hx");
  ExpectDenied(Authorize(TestPrincipal({Role::BUTLER}, {"hx"}),
                         "VisitorService.ListVisits", visits),
               "V-ROLES");
}

TEST(AuthorizeTest, SiteScopedCallAtAnotherSiteIsRefused) {
  Principal receptionist = TestPrincipal({Role::RECEPTIONIST}, {"hx"});
  EXPECT_TRUE(
      Authorize(receptionist, "TicketService.CreateTicket", TicketAt("hx"))
          .ok());
  ExpectDenied(
      Authorize(receptionist, "TicketService.CreateTicket", TicketAt("yy")),
      "D-SITE-SCOPE");
  // Every site: the role is checked here, the desk narrows to hx.
  EXPECT_TRUE(
      Authorize(receptionist, "TicketService.CreateTicket", TicketAt("-"))
          .ok());
}

TEST(AuthorizeTest, SiteIsReadFromTheNameInsideTheResourceSent) {
  v1::UpdateDepartmentRequest update;
  update.mutable_department()->set_name("sites/yy/departments/eng");
  Principal manager = TestPrincipal({Role::MANAGER}, {"hx"});
  ExpectDenied(Authorize(manager, "DirectoryService.UpdateDepartment", update),
               "D-SITE-SCOPE");
  update.mutable_department()->set_name("sites/hx/departments/eng");
  EXPECT_TRUE(
      Authorize(manager, "DirectoryService.UpdateDepartment", update).ok());
}

// Cancelling, judging unfounded and reopening are a supervisor's; a
// maintenance worker reaches work orders, and reads a ticket (the desk lets
// them read only their orders' tickets) but lists none [T-ROLES].
TEST(AuthorizeTest, TicketCallsFollowTheRolesOfTheDesk) {
  v1::CancelTicketRequest cancel;
  cancel.set_name("sites/hx/tickets/7");
  ExpectDenied(Authorize(TestPrincipal({Role::RECEPTIONIST}, {"hx"}),
                         "TicketService.CancelTicket", cancel),
               "T-ROLES");
  EXPECT_TRUE(Authorize(TestPrincipal({Role::SUPERVISOR}, {"hx"}),
                        "TicketService.CancelTicket", cancel)
                  .ok());
  v1::GetTicketRequest get;
  get.set_name("sites/hx/tickets/7");
  Principal worker = TestPrincipal({Role::MAINTENANCE}, {"hx"});
  EXPECT_TRUE(Authorize(worker, "TicketService.GetTicket", get).ok());
  v1::ListTicketsRequest list;
  list.set_parent("sites/hx");
  ExpectDenied(Authorize(worker, "TicketService.ListTickets", list), "T-ROLES");
  v1::ListWorkOrdersRequest orders;
  orders.set_parent("sites/hx/tickets/-");
  EXPECT_TRUE(Authorize(worker, "TicketService.ListWorkOrders", orders).ok());
  EXPECT_TRUE(Authorize(TestPrincipal({Role::BUTLER}, {"hx"}),
                        "TicketService.CreateTicket", TicketAt("hx"))
                  .ok());
}

// The residents' app raises tickets and passes at its site, but reads no
// staff directory and no visitor register [ACL-SERVICE-PURPOSE].
TEST(AuthorizeTest, AServiceAccountReachesOnlyItsPurpose) {
  Principal app = TestPrincipal({Role::RESIDENT_APP}, {"hx"});
  EXPECT_TRUE(
      Authorize(app, "TicketService.CreateTicket", TicketAt("hx")).ok());
  v1::CreateVisitorPassRequest pass;
  pass.set_parent("sites/hx");
  EXPECT_TRUE(Authorize(app, "VisitorService.CreateVisitorPass", pass).ok());
  ExpectDenied(Authorize(app, "TicketService.CreateTicket", TicketAt("yy")),
               "D-SITE-SCOPE");
  // It follows the tickets it raised, but searches none.
  v1::ListTicketsRequest search;
  search.set_parent("sites/-");
  search.set_filter("reporter_phone = \"13912345678\"");
  ExpectDenied(Authorize(app, "TicketService.ListTickets", search), "T-ROLES");
  ExpectDenied(Authorize(app, "DirectoryService.ListStaffMembers",
                         v1::ListStaffMembersRequest()),
               "ACL-ONE-TABLE");
  v1::ListVisitsRequest visits;
  visits.set_parent("sites/hx");
  ExpectDenied(Authorize(app, "VisitorService.ListVisits", visits), "V-ROLES");
  Principal clock = TestPrincipal({Role::CLOCK_TERMINAL}, {"hx"});
  ExpectDenied(Authorize(clock, "TicketService.CreateTicket", TicketAt("hx")),
               "T-ROLES");
}

// A supervisor at hx who is a receptionist at yy supervises hx only: the
// role the entry needs must be held at the site named [D-GRANTS-PER-SITE].
TEST(AuthorizeTest, TheRoleMustBeHeldAtTheSiteNamed) {
  Principal mixed;
  mixed.staff_id = "li.na";
  mixed.grants = {{Role::SUPERVISOR, "hx"}, {Role::RECEPTIONIST, "yy"}};
  v1::ListWatchlistEntriesRequest watchlist;
  watchlist.set_parent("sites/hx");
  EXPECT_TRUE(
      Authorize(mixed, "VisitorService.ListWatchlistEntries", watchlist).ok());
  watchlist.set_parent("sites/yy");
  ExpectDenied(
      Authorize(mixed, "VisitorService.ListWatchlistEntries", watchlist),
      "D-SITE-SCOPE");
  // A role held at every site is held at each.
  Principal head_office;
  head_office.staff_id = "zhou.yi";
  head_office.grants = {{Role::SUPERVISOR, ""}};
  EXPECT_TRUE(
      Authorize(head_office, "VisitorService.ListWatchlistEntries", watchlist)
          .ok());
}

// "sites/-" lists cover the sites where the caller holds a role the method
// allows: the watchlist of hx only, the tickets of hx and yy; a role held
// at every site covers every site (empty).
TEST(SitesOfTest, EverySiteMeansTheSitesWhereTheMethodsRoleIsHeld) {
  Call call;
  call.who.staff_id = "li.na";
  call.who.grants = {{Role::SUPERVISOR, "hx"}, {Role::RECEPTIONIST, "yy"}};
  call.method = "VisitorService.ListWatchlistEntries";
  EXPECT_EQ(SitesOf(call, "-"), std::vector<std::string>{"hx"});
  EXPECT_EQ(SitesOf(call, "yy"), std::vector<std::string>{"yy"});
  call.method = "TicketService.ListTickets";
  EXPECT_EQ(SitesOf(call, "-"), (std::vector<std::string>{"hx", "yy"}));
  call.who.grants.push_back({Role::MANAGER, ""});
  EXPECT_TRUE(SitesOf(call, "-").empty());
  Call nowhere;
  nowhere.method = "TicketService.ListTickets";
  std::vector<std::string> none = SitesOf(nowhere, "-");
  ASSERT_EQ(none.size(), 1u);
  EXPECT_NE(none[0], "") << "a caller with no grant lists no site";
}

// A phone search across sites covers the sites the caller supervises.
TEST(SitesOfTest, SitesWhereHeldNamesTheSitesOfThoseRolesOnly) {
  Principal mixed;
  mixed.grants = {{Role::SUPERVISOR, "hx"}, {Role::RECEPTIONIST, "yy"}};
  EXPECT_EQ(SitesWhereHeld(mixed, {Role::SUPERVISOR, Role::MANAGER}),
            std::vector<std::string>{"hx"});
  mixed.grants.push_back({Role::MANAGER, ""});
  EXPECT_TRUE(SitesWhereHeld(mixed, {Role::SUPERVISOR, Role::MANAGER}).empty());
  Principal desk;
  desk.grants = {{Role::RECEPTIONIST, "yy"}};
  std::vector<std::string> none =
      SitesWhereHeld(desk, {Role::SUPERVISOR, Role::MANAGER});
  ASSERT_EQ(none.size(), 1u);
  EXPECT_NE(none[0], "yy");
}

// A maintenance worker who is nothing else at the site reads tickets only
// through their work orders; a butler, a desk or ADMIN reaches them as such.
TEST(ReachesOnlyAsTest, OnlyWhenNoOtherRoleOfTheEntryIsHeldThere) {
  Call call;
  call.method = "TicketService.GetTicket";
  call.who.grants = {{Role::MAINTENANCE, "hx"}};
  EXPECT_TRUE(ReachesOnlyAs(call, {Role::MAINTENANCE}, "hx"));
  EXPECT_FALSE(ReachesOnlyAs(call, {Role::MAINTENANCE}, "yy"));
  call.who.grants.push_back({Role::BUTLER, "yy"});
  EXPECT_TRUE(ReachesOnlyAs(call, {Role::MAINTENANCE}, "hx"));
  call.who.grants.push_back({Role::BUTLER, "hx"});
  EXPECT_FALSE(ReachesOnlyAs(call, {Role::MAINTENANCE}, "hx"));
  Call admin;
  admin.method = "TicketService.GetTicket";
  admin.who.grants = {{Role::MAINTENANCE, "hx"}, {Role::ADMIN, ""}};
  EXPECT_FALSE(ReachesOnlyAs(admin, {Role::MAINTENANCE}, "hx"));
  // A role the entry does not name changes nothing.
  call.who.grants = {{Role::MAINTENANCE, "hx"}, {Role::CLOCK_TERMINAL, "hx"}};
  EXPECT_TRUE(ReachesOnlyAs(call, {Role::MAINTENANCE}, "hx"));
}

// Several narrow roles: a vendor's contact reaches a site only as such, as
// a maintenance worker does [T-VENDOR-CONTACT].
TEST(ReachesOnlyAsTest, AnyOfSeveralNarrowRoles) {
  Call call;
  call.method = "TicketService.GetTicket";
  call.who.grants = {{Role::VENDOR_CONTACT, "hx"}};
  EXPECT_TRUE(
      ReachesOnlyAs(call, {Role::MAINTENANCE, Role::VENDOR_CONTACT}, "hx"));
  EXPECT_FALSE(ReachesOnlyAs(call, {Role::MAINTENANCE}, "hx"));
  EXPECT_FALSE(
      ReachesOnlyAs(call, {Role::MAINTENANCE, Role::VENDOR_CONTACT}, "yy"));
  call.who.grants.push_back({Role::RECEPTIONIST, "hx"});
  EXPECT_FALSE(
      ReachesOnlyAs(call, {Role::MAINTENANCE, Role::VENDOR_CONTACT}, "hx"));
}

TEST(RequestSiteTest, ParentNestedNameWildcardAndNone) {
  EXPECT_EQ(RequestSite(TicketAt("hx"), "parent"), "hx");
  EXPECT_EQ(RequestSite(TicketAt("-"), "parent"), "-");
  v1::UpdateTicketRequest update;
  update.mutable_ticket()->set_name("sites/yy/tickets/7");
  EXPECT_EQ(RequestSite(update, "ticket.name"), "yy");
  EXPECT_EQ(RequestSite(v1::GetTicketRequest(), "name"), "");
  // A ticket named by its number is at the number's site.
  v1::GetTicketRequest by_number;
  by_number.set_name("sites/-/tickets/HX-20261123-0007");
  EXPECT_EQ(RequestSite(by_number, "name"), "hx");
  // Another site's number under a site's name is no ticket name at all
  // (ParseTicketName refuses it; so does the desk): the named site counts.
  by_number.set_name("sites/hx/tickets/YY-20261123-0001");
  EXPECT_EQ(RequestSite(by_number, "name"), "hx");
  EXPECT_EQ(RequestSite(update, "no_such_field"), "");
}

}  // namespace
}  // namespace frontdesk
