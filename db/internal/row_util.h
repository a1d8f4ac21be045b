// Small helpers shared by the stores for turning rows into API messages.
#ifndef FRONTDESK_DB_INTERNAL_ROW_UTIL_H_
#define FRONTDESK_DB_INTERNAL_ROW_UTIL_H_

#include <google/protobuf/timestamp.pb.h>
#include <google/protobuf/util/time_util.h>

#include <string>

#include "absl/strings/str_cat.h"

namespace frontdesk::db {

inline void SetTimestamp(google::protobuf::Timestamp* ts, long long us) {
  *ts = google::protobuf::util::TimeUtil::MicrosecondsToTimestamp(us);
}

// The etag of a row is its version counter; every update increments it.
inline std::string Etag(long long version) { return absl::StrCat(version); }

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_INTERNAL_ROW_UTIL_H_
