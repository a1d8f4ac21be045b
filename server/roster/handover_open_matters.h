// The open matters a handover pulls in when it is opened (issue 13 item 1,
// 000 篇2#2) [R-HANDOVER-LOG]: the site's tickets that are overdue, new (not
// yet dispatched) or with a callback due before the incoming shift ends,
// work orders past their promise, keys out on loan, visitors still on the
// premises, and visitor passes not yet used that become valid before the
// incoming shift ends. Each becomes an item with its source and resource,
// in that order, one item per resource (the first reason wins), at most
// kMaxPulledInItems (handover_rules.h).
//
// Descriptions name the matter by ticket number, unit, key tag or pass
// resource and say why it is open; they never carry a resident's or
// visitor's name or phone (personal data is sealed where it lives).
// Runs inside the desk's transaction; reads only.
#ifndef FRONTDESK_SERVER_ROSTER_HANDOVER_OPEN_MATTERS_H_
#define FRONTDESK_SERVER_ROSTER_HANDOVER_OPEN_MATTERS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "common/data_protector.h"
#include "db/database.h"
#include "frontdesk/v1/roster_service.pb.h"

namespace frontdesk {

// Items numbered from 1, source and resource set; `zone` formats times.
absl::StatusOr<std::vector<v1::HandoverItem>> PullInOpenMatters(
    db::Tx& tx, const DataProtector& protector, const std::string& site_id,
    absl::TimeZone zone, long long now_us, long long incoming_end_us);

}  // namespace frontdesk

#endif  // FRONTDESK_SERVER_ROSTER_HANDOVER_OPEN_MATTERS_H_
