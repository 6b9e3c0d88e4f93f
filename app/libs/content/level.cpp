#include "content/level.h"

#include <QCoreApplication>

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

QString levelDisplayName(Level level)
{
    switch (level) {
    case Level::Junior: return QCoreApplication::translate("DockPrep::Level", "Junior");
    case Level::Mid: return QCoreApplication::translate("DockPrep::Level", "Mid-level");
    case Level::Senior: return QCoreApplication::translate("DockPrep::Level", "Senior");
    case Level::Principal: return QCoreApplication::translate("DockPrep::Level", "Principal");
    }
    return {};
}

} // namespace DockPrep
