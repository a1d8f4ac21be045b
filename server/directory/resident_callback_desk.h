// DirectoryService's periodic resident callbacks (回访)
// [T-PERIODIC-RESIDENT-VISITS]: CreateResidentCallback records one call to a
// unit's residents, ListResidentCallbacks lists a unit's or a site's
// newest first. Who may call is the permission table's (the site's desk, as
// creating a ticket). Input: result REACHED or UNREACHABLE; rating 1..5 when
// REACHED and 0 otherwise; comment 0..500 characters; all else output only.
// The caller is recorded as the one who called. Creates are idempotent per
// request_id; the store is append-only
// (db/directory/resident_callback_store.h).
#ifndef FRONTDESK_SERVER_DIRECTORY_RESIDENT_CALLBACK_DESK_H_
#define FRONTDESK_SERVER_DIRECTORY_RESIDENT_CALLBACK_DESK_H_

#include "absl/status/status.h"
#include "frontdesk/v1/directory_service.pb.h"
#include "server/desk.h"

namespace frontdesk {

// The input rules above: INVALID_ARGUMENT naming
// "resident_callback.<field>".
absl::Status ValidateResidentCallback(const v1::ResidentCallback& callback);

class ResidentCallbackDesk : public Desk {
 public:
  using Desk::Desk;

  absl::Status CreateResidentCallback(
      const Call& call, const v1::CreateResidentCallbackRequest& request,
      v1::ResidentCallback* response);
  absl::Status ListResidentCallbacks(
      const Call& call, const v1::ListResidentCallbacksRequest& request,
      v1::ListResidentCallbacksResponse* response);
};

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_DIRECTORY_RESIDENT_CALLBACK_DESK_H_
