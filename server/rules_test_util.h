// Helpers shared by the rules tests (server/*/*_rules_test.cc): the message
// written as text format, for the valid requests and resources the tests
// start from. Header-only, protobuf and GoogleTest only (no db/, no gRPC),
// so that a rules test still links its rules library alone.
#ifndef FRONTDESK_SERVER_RULES_TEST_UTIL_H_
#define FRONTDESK_SERVER_RULES_TEST_UTIL_H_

#include <google/protobuf/text_format.h>

#include <string>

#include "gtest/gtest.h"

namespace frontdesk {

// The message of type `Message` that `text` (protobuf text format) spells; a
// test failure when it does not parse.
template <typename Message>
Message ParseTextProto(const std::string& text) {
  Message message;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &message))
      << text;
  return message;
}

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_RULES_TEST_UTIL_H_
