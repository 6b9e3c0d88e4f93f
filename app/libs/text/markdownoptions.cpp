#include "text/markdownoptions.h"

#include <QString>

namespace DockPrep {

bool isAllowedLinkTarget(QStringView target)
{
    const qsizetype colon = target.indexOf(u':');
    if (colon <= 0)
        return false;  // relative paths and scheme-less targets
    const QStringView scheme = target.left(colon);
    const auto is = [scheme](QLatin1StringView name) { return scheme.compare(name, Qt::CaseInsensitive) == 0; };
    return is(QLatin1StringView("http")) || is(QLatin1StringView("https")) || is(QLatin1StringView("dockprep"));
}

} // namespace DockPrep
