// Test helpers for errors built by common/status.h: the fields an error
// names, and the expectation "INVALID_ARGUMENT with exactly one violation on
// this field". Header-only; for tests (it uses GoogleTest).
#ifndef FRONTDESK_COMMON_STATUS_TESTING_H_
#define FRONTDESK_COMMON_STATUS_TESTING_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "common/status.h"
#include "gtest/gtest.h"

namespace frontdesk {

inline std::vector<std::string> FieldsOf(const absl::Status& s) {
  std::vector<std::string> out;
  for (const auto& v : ErrorFieldViolations(s)) out.push_back(v.field);
  return out;
}

// INVALID_ARGUMENT with exactly one violation, on `field`; returns its rule.
inline std::string ExpectOneViolation(const absl::Status& s,
                                      absl::string_view field) {
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << s;
  EXPECT_EQ(ErrorReason(s), "INVALID_FIELD") << s;
  auto violations = ErrorFieldViolations(s);
  EXPECT_EQ(violations.size(), 1u) << s;
  if (violations.empty()) return "";
  EXPECT_EQ(violations[0].field, field) << s;
  EXPECT_FALSE(violations[0].description.empty()) << s;
  return violations[0].description;
}

}  // namespace frontdesk

#endif  // FRONTDESK_COMMON_STATUS_TESTING_H_
