#pragma once

#include <QString>

#include <array>
#include <optional>

namespace DockPrep {

// The pages the main window switches between, each with a toolbar button and a Ctrl+number key
// in this order. The reader is always there; the others only when main() gives them.
enum class Page { Read, Diagrams, Interview, Challenges, Explain };
inline constexpr std::array allPages{Page::Read, Page::Diagrams, Page::Interview, Page::Challenges, Page::Explain};

// The word the --page option takes ("read", "diagrams"…); pageFromName reads it back, in any case.
QString pageName(Page page);
std::optional<Page> pageFromName(const QString &name);

} // namespace DockPrep
