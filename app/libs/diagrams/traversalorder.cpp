#include "diagrams/traversalorder.h"

#include <algorithm>

namespace DockPrep {

QStringList traversalOrder(const QHash<QString, QRectF> &rects, const QStringList &explicitOrder, qreal rowTolerance)
{
    if (!explicitOrder.isEmpty()) {
        QStringList order;
        for (const QString &id : explicitOrder) {
            if (rects.contains(id) && !order.contains(id))
                order.append(id);
        }
        return order;
    }

    QStringList ids = rects.keys();
    // Sorting by (top, left, id) first makes the result independent of the hash's order.
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        const QRectF ra = rects.value(a), rb = rects.value(b);
        if (ra.top() != rb.top())
            return ra.top() < rb.top();
        if (ra.left() != rb.left())
            return ra.left() < rb.left();
        return a < b;
    });
    QStringList order;
    qsizetype rowStart = 0;
    while (rowStart < ids.size()) {
        const qreal rowTop = rects.value(ids.at(rowStart)).top();
        qsizetype rowEnd = rowStart + 1;
        while (rowEnd < ids.size() && rects.value(ids.at(rowEnd)).top() - rowTop <= rowTolerance)
            ++rowEnd;
        QStringList row = ids.mid(rowStart, rowEnd - rowStart);
        std::stable_sort(row.begin(), row.end(), [&](const QString &a, const QString &b) {
            return rects.value(a).left() < rects.value(b).left();
        });
        order += row;
        rowStart = rowEnd;
    }
    return order;
}

QString nextInOrder(const QStringList &order, const QString &current, bool forward)
{
    if (order.isEmpty())
        return {};
    const qsizetype index = order.indexOf(current);
    if (index < 0)
        return forward ? order.first() : order.last();
    const qsizetype next = forward ? index + 1 : index - 1;
    return next >= 0 && next < order.size() ? order.at(next) : QString();
}

} // namespace DockPrep
