#pragma once

#include <QString>
#include <QStringList>

namespace DockPrep {

// Back/forward history of visited entries, like a browser's: visiting a new entry after going
// back drops the forward branch; visiting the current entry again changes nothing.
class NavigationHistory
{
public:
    void visit(const QString &id);
    QString back();     // the entry to show, or empty when there is nothing behind
    QString forward();  // the entry to show, or empty when there is nothing ahead
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_items.size(); }
    QString current() const { return m_position >= 0 ? m_items.at(m_position) : QString(); }

private:
    static constexpr int maxItems = 200;
    QStringList m_items;
    qsizetype m_position = -1;
};

} // namespace DockPrep
