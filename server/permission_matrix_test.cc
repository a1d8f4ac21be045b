#include "server/permission_matrix.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "server/permission_table.h"

namespace frontdesk {
namespace {

TEST(PermissionMatrixTest, OneRowPerEntryWithItsRolesAndRule) {
  std::string matrix = PermissionMatrixMarkdown();
  for (const Permission& entry : PermissionTable()) {
    EXPECT_TRUE(
        absl::StrContains(matrix, absl::StrCat("| `", entry.method, "` |")))
        << entry.method;
  }
  // Registering a site is ADMIN's alone: no role column is ticked.
  EXPECT_TRUE(absl::StrContains(
      matrix,
      "| `DirectoryService.CreateSite` | company | | | | | | | | | | | "
      "D-DIRECTORY-WRITES |"))
      << matrix;
}

TEST(PermissionTableJsonTest, OneLinePerEntryWithRoleNamesFieldAndRule) {
  std::string json = PermissionTableJson();
  size_t lines = 0;
  for (const Permission& entry : PermissionTable()) {
    ++lines;
    EXPECT_TRUE(absl::StrContains(
        json, absl::StrCat("{\"method\": \"", entry.method, "\", ")))
        << entry.method;
  }
  EXPECT_EQ(static_cast<size_t>(std::count(json.begin(), json.end(), '\n')),
            lines + 2)
      << json;
  EXPECT_TRUE(absl::StartsWith(json, "[\n  {")) << json;
  EXPECT_TRUE(absl::EndsWith(json, "}\n]\n")) << json;
  // ADMIN's alone: no role listed; a site-scoped entry names its field.
  EXPECT_TRUE(absl::StrContains(
      json,
      "{\"method\": \"DirectoryService.CreateSite\", \"roles\": [], "
      "\"site_field\": \"\", \"rule\": \"D-DIRECTORY-WRITES\"},\n"))
      << json;
  EXPECT_TRUE(absl::StrContains(
      json,
      "{\"method\": \"TicketService.UpdateSlaPolicy\", \"roles\": "
      "[\"MANAGER\"], \"site_field\": \"policy.name\", \"rule\": "
      "\"T-ROLES\"}"))
      << json;
  // Roles come in the enum's order (here the visitor desk's four).
  EXPECT_TRUE(absl::StrContains(
      json,
      "\"roles\": [\"RECEPTIONIST\", \"SUPERVISOR\", \"MANAGER\", "
      "\"SECURITY\"]"))
      << json;
}

TEST(PermissionMatrixTest, RewritesOnlyBetweenTheMarkers) {
  std::string doc = absl::StrCat("# Title\n", kMatrixBegin, "\nstale\n",
                                 kMatrixEnd, "\nafter\n");
  auto rewritten = WithPermissionMatrix(doc);
  ASSERT_TRUE(rewritten.ok()) << rewritten.status();
  EXPECT_EQ(*rewritten,
            absl::StrCat("# Title\n", kMatrixBegin, "\n",
                         PermissionMatrixMarkdown(), kMatrixEnd, "\nafter\n"));
  EXPECT_FALSE(WithPermissionMatrix("no markers").ok());
}

// The README's matrix is the table's: rewrite it with
//   build/server/frontdesk_permissions --write README.md
TEST(PermissionMatrixTest, ReadmeShowsTheTableAsEnforced) {
  std::ifstream in(FRONTDESK_README);
  ASSERT_TRUE(in) << "cannot read " << FRONTDESK_README;
  std::stringstream text;
  text << in.rdbuf();
  auto rewritten = WithPermissionMatrix(text.str());
  ASSERT_TRUE(rewritten.ok()) << rewritten.status();
  EXPECT_TRUE(*rewritten == text.str())
      << "README.md's permission matrix is not the table's; run "
         "build/server/frontdesk_permissions --write README.md";
}

}  // namespace
}  // namespace frontdesk
