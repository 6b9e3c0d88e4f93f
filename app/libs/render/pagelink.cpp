#include "render/pagelink.h"

namespace DockPrep {

namespace {
constexpr QLatin1StringView scheme("dockprep");
constexpr QLatin1StringView entryPath("entry/");
constexpr QLatin1StringView diagramPath("diagram/");
constexpr QLatin1StringView revealPath("reveal/");
constexpr QLatin1StringView copyPath("copy/");

QUrl pageUrl(QLatin1StringView action, const QString &target, const QString &fragment = {})
{
    QUrl url;
    url.setScheme(scheme);
    url.setPath(action + target);
    if (!fragment.isEmpty())
        url.setFragment(fragment);
    return url;
}
} // namespace

QUrl PageLink::entry(const QString &id)
{
    return pageUrl(entryPath, id);
}

QUrl PageLink::diagram(const QString &link)
{
    return pageUrl(diagramPath, link.section(QLatin1Char('#'), 0, 0), link.section(QLatin1Char('#'), 1));
}

QUrl PageLink::reveal(const QString &part)
{
    return pageUrl(revealPath, part);
}

QUrl PageLink::copy(int snippet)
{
    return pageUrl(copyPath, QString::number(snippet));
}

PageLink PageLink::parse(const QUrl &url)
{
    PageLink link;
    if (url.scheme() != scheme)
        return link;
    const QString path = url.path();
    const auto after = [&path](QLatin1StringView action) { return path.startsWith(action) ? path.sliced(action.size()) : QString(); };
    if (const QString id = after(entryPath); !id.isEmpty()) {
        link = {Kind::Entry, id};
    } else if (const QString diagram = after(diagramPath); !diagram.isEmpty()) {
        const QString element = url.fragment();
        link = {Kind::Diagram, element.isEmpty() ? diagram : QString(diagram + QLatin1Char('#') + element)};
    } else if (const QString part = after(revealPath); !part.isEmpty()) {
        link = {Kind::Reveal, part};
    } else if (const QString snippet = after(copyPath); !snippet.isEmpty()) {
        bool number = false;
        if (snippet.toInt(&number) >= 0 && number)
            link = {Kind::Copy, snippet};
    }
    return link;
}

} // namespace DockPrep
