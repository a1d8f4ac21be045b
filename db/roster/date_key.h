// Internal to db/roster/: a site-local date as stored, the INT yyyymmdd key
// (like ticket_number_counters.date_key). Keys compare and range like the
// dates they stand for, so a month is one BETWEEN.
#ifndef FRONTDESK_DB_ROSTER_DATE_KEY_H_
#define FRONTDESK_DB_ROSTER_DATE_KEY_H_

#include "absl/time/civil_time.h"

namespace frontdesk::db {

inline int DateKey(absl::CivilDay day) {
  return static_cast<int>(day.year() * 10000 + day.month() * 100 + day.day());
}

inline absl::CivilDay DayOfKey(int key) {
  return absl::CivilDay(key / 10000, key / 100 % 100, key % 100);
}

}  // namespace frontdesk::db

#endif  // FRONTDESK_DB_ROSTER_DATE_KEY_H_
