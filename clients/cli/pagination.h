// Following next_page_token through a List call (AIP-158).
//
// FetchAllPages() calls `rpc` from request.page_token() on until a page comes
// back without next_page_token and appends every page's items to `*all`,
// whose own next_page_token is left empty. Each page is a separate Call()
// with its own deadline. Returns false (the error already printed) when a
// page fails.
#ifndef FRONTDESK_CLIENTS_CLI_PAGINATION_H_
#define FRONTDESK_CLIENTS_CLI_PAGINATION_H_

#include "clients/cli/client.h"

namespace frontdesk::cli {

// `rpc` is called as rpc(grpc::ClientContext*, const Request&, Response*) and
// returns grpc::Status.
template <typename Request, typename Response, typename Rpc>
bool FetchAllPages(const Client& client, Request request, Response* all,
                   Rpc rpc) {
  do {
    Response page;
    if (!client.Call([&](grpc::ClientContext* context) {
          return rpc(context, request, &page);
        })) {
      return false;
    }
    request.set_page_token(page.next_page_token());
    page.clear_next_page_token();
    all->MergeFrom(page);
  } while (!request.page_token().empty());
  return true;
}

}  // namespace frontdesk::cli

#endif  // FRONTDESK_CLIENTS_CLI_PAGINATION_H_
