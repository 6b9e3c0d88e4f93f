#pragma once

#include "store/search.h"

#include <QStringList>

// Helpers shared by the search tests.
namespace SearchTesting {

// The ids of `results`, in order.
inline QStringList ids(const QList<DockPrep::SearchResult> &results)
{
    QStringList list;
    for (const DockPrep::SearchResult &result : results)
        list.append(result.id);
    return list;
}

// The snippet with its matches in [brackets], so a test reads where the marks are at a glance;
// "!" where a range is out of place.
inline QString bracketed(const DockPrep::MarkedText &snippet)
{
    QString text;
    qsizetype from = 0;
    for (const DockPrep::MatchRange &match : snippet.matches) {
        if (match.offset < from || match.length <= 0 || match.offset + match.length > snippet.text.size())
            return QStringLiteral("!");
        text += snippet.text.mid(from, match.offset - from) + u'[' + snippet.text.mid(match.offset, match.length) + u']';
        from = match.offset + match.length;
    }
    return text + snippet.text.mid(from);
}

} // namespace SearchTesting
