// What every desk is given by the process: the database, the clock, the
// token verifier, the data protector and the page-token signer. Injected, so
// that tests run the very same desks on a FakeClock and a test database. No
// gRPC type here.
#ifndef FRONTDESK_SERVER_SERVICES_H_
#define FRONTDESK_SERVER_SERVICES_H_

#include "common/clock.h"
#include "common/data_protector.h"
#include "common/page_token.h"
#include "db/database.h"
#include "server/auth.h"

namespace frontdesk {

struct ServiceContext {
  db::Database& db;
  const Clock& clock;
  // Verifies the caller's token (in the frame).
  Authenticator& auth;
  // Seals and blinds personal numbers (visitor register, keys).
  const DataProtector& protector;
  // Signs and checks page tokens, bound to the caller (common/page_token.h),
  // under a key derived from the data key.
  const PageTokenSigner& page_tokens;
  // Where the reports read (--report-db, a replica); nullptr: `db`. The
  // reports are computed as of the primary's last heartbeat there
  // (report_compute.h) [REP-REPLICA].
  db::Database* report_db = nullptr;
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_SERVICES_H_
