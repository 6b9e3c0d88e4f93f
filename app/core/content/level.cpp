#include "level.h"

namespace DockPrep {

QString levelId(Level level)
{
    switch (level) {
    case Level::Junior: return QStringLiteral("junior");
    case Level::Mid: return QStringLiteral("mid");
    case Level::Senior: return QStringLiteral("senior");
    case Level::Principal: return QStringLiteral("principal");
    }
    return {};
}

std::optional<Level> levelFromId(QStringView id)
{
    for (Level level : allLevels) {
        if (id == levelId(level))
            return level;
    }
    return std::nullopt;
}

} // namespace DockPrep
