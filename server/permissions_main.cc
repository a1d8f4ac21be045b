// frontdesk_permissions: prints the permission matrix (permission_matrix.h),
// with --json the table as JSON (for tests/permission_table_test.py), or
// with --write FILE rewrites FILE's copy of the matrix in place.
//
//   build/server/frontdesk_permissions --write README.md
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "server/permission_matrix.h"

int main(int argc, char** argv) {
  if (argc == 1) {
    std::cout << frontdesk::PermissionMatrixMarkdown();
    return 0;
  }
  if (argc == 2 && std::string(argv[1]) == "--json") {
    std::cout << frontdesk::PermissionTableJson();
    return 0;
  }
  if (argc != 3 || std::string(argv[1]) != "--write") {
    std::cerr << "usage: frontdesk_permissions [--json | --write FILE]\n";
    return 2;
  }
  std::ifstream in(argv[2]);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) {
    std::cerr << "cannot read " << argv[2] << "\n";
    return 1;
  }
  auto rewritten = frontdesk::WithPermissionMatrix(text.str());
  if (!rewritten.ok()) {
    std::cerr << argv[2] << ": " << rewritten.status().message() << "\n";
    return 1;
  }
  std::ofstream out(argv[2], std::ios::trunc);
  out << *rewritten;
  return out ? 0 : 1;
}
