#pragma once

#include <QString>

#include <array>
#include <optional>

namespace DockPrep {

// The pages the main window switches between, each with a toolbar button and a Ctrl+number key
// in this order. The reader is always there; the others only when main() gives them.
enum class Page { Read, Diagrams, Interview, Challenges, Explain, Interviewer };
inline constexpr std::array allPages{Page::Read,       Page::Diagrams, Page::Interview,
                                     Page::Challenges, Page::Explain,  Page::Interviewer};

// The word the --page option takes ("read", "diagrams"…); pageFromName reads it back, in any case.
QString pageName(Page page);
std::optional<Page> pageFromName(const QString &name);
// Every page's name in order, comma-separated, for help and error messages.
QString pageNames();

} // namespace DockPrep
