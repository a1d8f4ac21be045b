// The live feed of a site's ticket events (watch_desk.h).
#include "server/ticket/watch_desk.h"

#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "common/names.h"
#include "common/status.h"
#include "db/directory/site_store.h"
#include "db/ticket/ticket_store.h"
#include "db/ticket/ticket_workflow_store.h"
#include "server/ticket/reporter_access.h"

namespace frontdesk {
namespace {

// An id allocated but not yet committed (another transaction still running)
// shows as a gap; the watcher waits this long for it before moving on, so
// that an event committed late is not skipped, and a rolled-back one does
// not stall the feed.
constexpr absl::Duration kGapWait = absl::Seconds(2);
constexpr absl::Duration kPollInterval = absl::Milliseconds(250);
// Event ids read per poll.
constexpr int kBatch = 500;

}  // namespace

absl::Status WatchDesk::WatchTickets(const Call& call,
                                     const v1::WatchTicketsRequest& req,
                                     const Sink& sink,
                                     const std::function<bool()>& cancelled) {
  auto site_id = ParseSiteName("parent", req.parent());
  if (!site_id.ok()) return site_id.status();
  if (req.after_event_id() < -1) {
    return InvalidField("after_event_id",
                        "must be an event_id received earlier, 0 for new "
                        "events only, or -1 for the whole history");
  }
  long long after = req.after_event_id();
  absl::Status found = services_.db.Read([&](db::Tx& tx) -> absl::Status {
    auto site = db::GetSite(tx, *site_id);
    if (!site.ok()) return site.status();
    if (after == 0) {
      auto last = db::LastEventId(tx);
      if (!last.ok()) return last.status();
      after = *last;
    }
    if (after == -1) after = 0;
    return absl::OkStatus();
  });
  if (!found.ok()) return found;
  std::optional<absl::Time> gap_since;
  while (!cancelled()) {
    if (stopping_) {
      return Error(absl::StatusCode::kUnavailable, "SHUTTING_DOWN",
                   "the server is shutting down; watch again with the last "
                   "event_id received to resume");
    }
    // The ids of every site's events, to see gaps; the contents of this
    // site's only, up to the first gap still open [D-SITE-SCOPE].
    std::vector<v1::TicketEvent> due;
    long long reached = after;
    size_t batch_size = 0;
    absl::Status read = services_.db.Read([&](db::Tx& tx) -> absl::Status {
      due.clear();  // a read may run again
      reached = after;
      auto ids = db::ListEventIdsAfter(tx, after, kBatch);
      if (!ids.ok()) return ids.status();
      batch_size = ids->size();
      for (long long id : *ids) {
        if (id != reached + 1) {
          // Ids are allocated before commit: wait a little for a gap to
          // fill before passing it.
          absl::Time now = absl::Now();
          if (!gap_since) gap_since = now;
          if (now - *gap_since < kGapWait) break;
        }
        gap_since.reset();
        reached = id;
      }
      if (reached == after) return absl::OkStatus();
      auto events = db::ListSiteEvents(tx, services_.protector, *site_id, after,
                                       reached, kBatch);
      if (!events.ok()) return events.status();
      due = *std::move(events);
      return absl::OkStatus();
    });
    if (!read.ok()) return read;
    // Shown as the watcher may see them [T-REPORTER-MASKED]; logged first
    // when outside the site's desk [T-REPORTER-AUDITED].
    ReporterAccess access(call.who, "WatchTickets", services_.clock.Now());
    std::vector<v1::TicketEvent> shown;
    auto present = [&](db::Tx& tx) {
      shown = due;  // a transaction may run again
      std::vector<v1::TicketEvent*> each;
      for (v1::TicketEvent& e : shown) each.push_back(&e);
      return access.PresentEvents(tx, each);
    };
    absl::Status presented = access.MayAudit(due)
                                 ? services_.db.Transact(present)
                                 : services_.db.Read(present);
    if (!presented.ok()) return presented;
    after = reached;
    for (const v1::TicketEvent& e : shown) {
      if (!sink(e)) return absl::OkStatus();  // the client went away
    }
    if (batch_size < kBatch) {
      std::this_thread::sleep_for(absl::ToChronoMilliseconds(kPollInterval));
    }
  }
  return absl::OkStatus();
}

}  // namespace frontdesk
