#include "server/visitor/watchlist_desk.h"

namespace frontdesk {

absl::Status WatchlistDesk::CreateWatchlistEntry(
    const Principal&, const grpc::ServerContext&,
    const v1::CreateWatchlistEntryRequest&, v1::WatchlistEntry*) {
  return absl::UnimplementedError(
      "CreateWatchlistEntry is not implemented yet");
}

absl::Status WatchlistDesk::ListWatchlistEntries(
    const Principal&, const grpc::ServerContext&,
    const v1::ListWatchlistEntriesRequest&, v1::ListWatchlistEntriesResponse*) {
  return absl::UnimplementedError(
      "ListWatchlistEntries is not implemented yet");
}

absl::Status WatchlistDesk::DeleteWatchlistEntry(
    const Principal&, const grpc::ServerContext&,
    const v1::DeleteWatchlistEntryRequest&, v1::WatchlistEntry*) {
  return absl::UnimplementedError(
      "DeleteWatchlistEntry is not implemented yet");
}

}  // namespace frontdesk
