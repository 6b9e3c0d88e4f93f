#pragma once

#include <QString>
#include <optional>

namespace DockPrep {

// How senior a question is; also the order entries are listed in within a chapter.
enum class Level { Junior, Mid, Senior, Principal };

inline constexpr Level allLevels[] = {Level::Junior, Level::Mid, Level::Senior, Level::Principal};

// The identifier used in content files: "junior", "mid", "senior", "principal".
QString levelId(Level level);
std::optional<Level> levelFromId(QStringView id);

// The translated name shown to the user: "Junior", "Mid-level", "Senior", "Principal".
QString levelDisplayName(Level level);

} // namespace DockPrep
