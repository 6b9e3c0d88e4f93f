#pragma once

#include <QString>

namespace DockPrep {

// The languages a fenced code block in the curriculum may name. Aliases authors commonly type
// (sh, shell, yml…) map to one canonical id; anything else is rejected by the content loader.
QString canonicalCodeLanguage(QStringView fenceInfo);  // empty when unknown

// The KSyntaxHighlighting definition name for a canonical id ("" for plain text).
QString syntaxDefinitionName(QStringView canonicalLanguage);

} // namespace DockPrep
