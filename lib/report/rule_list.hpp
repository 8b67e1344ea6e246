// `cerslint rules` as a terminal table or as the Markdown index of docs/rules/.
#pragma once

#include <string>

namespace cerslint::report {

std::string rules_table();     // aligned columns: code, name, severity, fix, summary
std::string rules_markdown();  // docs/rules/README.md, linking each rule's page

}  // namespace cerslint::report
