#pragma once

#include "render/entrypage.h"

#include <QUrl>

namespace DockPrep {

// The entry id a page link points at (PageLink::entry), or empty for any other link.
inline QString entryIdOfLink(const QUrl &url)
{
    const QString prefix = QStringLiteral("entry/");
    if (url.scheme() != QLatin1String("dockprep") || !url.path().startsWith(prefix))
        return {};
    return url.path().mid(prefix.size());
}

} // namespace DockPrep
