#include "ui/page.h"

#include <QStringList>

namespace DockPrep {

QString pageName(Page page)
{
    switch (page) {
    case Page::Read: return QStringLiteral("read");
    case Page::Diagrams: return QStringLiteral("diagrams");
    case Page::Interview: return QStringLiteral("interview");
    case Page::Challenges: return QStringLiteral("challenges");
    case Page::Explain: return QStringLiteral("explain");
    case Page::Interviewer: return QStringLiteral("interviewer");
    }
    return {};
}

std::optional<Page> pageFromName(const QString &name)
{
    for (Page page : allPages) {
        if (name.compare(pageName(page), Qt::CaseInsensitive) == 0)
            return page;
    }
    return std::nullopt;
}

QString pageNames()
{
    QStringList names;
    for (Page page : allPages)
        names.append(pageName(page));
    return names.join(QLatin1String(", "));
}

} // namespace DockPrep
