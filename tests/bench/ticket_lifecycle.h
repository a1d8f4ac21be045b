// The handling of one generated ticket, for frontdesk_generate: from its
// creation, through dispatch, arrival, holds, promises, completion,
// resolution, callbacks, reopening and escalation, up to the end of the
// generated period, as the workflow verbs would have recorded it.
//
// Contract:
// - Play() leaves the ticket's workflow columns as its last step left them
//   and appends its history to a db::BulkHistory: one entry per step, each
//   with the state it began (ticket_states; the next entry's time ends it),
//   work orders, callbacks, pauses and escalations. Nothing happens at or
//   after `end`; a ticket is left where it stood then.
// - Every step is one the lifecycle table allows (server/ticket/lifecycle.h)
//   from the status it is taken in, and the deadlines are those
//   server/ticket/deadline_rules.h computes from the default SLA policy
//   (DefaultSlaPolicy) at each step. An open ticket past its deadline is
//   escalated (supervisor at the breach, manager a day later) by the
//   server's sweeper (actor ""), as server/ticket/escalation.h decides.
// - Ids of entries and work orders come from the caller's counters, in the
//   order of each ticket's steps.
// - Deterministic for the TicketMix's seed. The shares (how many are resolved
//   at once, dispatched, held, reworked ...) are in ticket_lifecycle.cc.
#ifndef FRONTDESK_TESTS_BENCH_TICKET_LIFECYCLE_H_
#define FRONTDESK_TESTS_BENCH_TICKET_LIFECYCLE_H_

#include <optional>
#include <string>
#include <vector>

#include "db/bench/bulk_loader.h"
#include "tests/bench/ticket_mix.h"

namespace frontdesk::bench {

// Who handles a site's tickets: staff ids and assignee resource names.
struct SiteHands {
  std::string site_id;
  std::vector<std::string> desk;  // receptionists' staff ids
  std::string manager;            // staff id, signs warranty liaison forms
  std::string maintenance;        // "sites/{site}/departments/eng"
  std::string security;           // "sites/{site}/departments/security"
  std::string cleaning;           // "sites/{site}/departments/cleaning"
  std::string service;            // "sites/{site}/departments/service"
  std::string vendor;             // "vendors/{vendor}", an external trade
  std::string developer;          // "vendors/{vendor}", the warranty team
};

struct IdCounters {
  long long next_event_id = 1;
  long long next_work_order_id = 1;
};

class Lifecycle {
 public:
  Lifecycle(TicketMix& mix, long long end_us) : mix_(mix), end_us_(end_us) {}

  // Plays `ticket` (created, nothing else done) up to the end. A ticket of
  // the same site created earlier and never ended, if any, is
  // `earlier_id`: the one a duplicate report is marked a duplicate of.
  void Play(const SiteHands& site, std::optional<long long> earlier_id,
            db::BulkTicket& ticket, IdCounters& ids, db::BulkHistory* history);

 private:
  TicketMix& mix_;
  const long long end_us_;
};

}  // namespace frontdesk::bench

#endif  // FRONTDESK_TESTS_BENCH_TICKET_LIFECYCLE_H_
