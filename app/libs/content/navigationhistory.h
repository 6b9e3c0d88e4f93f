#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DockPrep {

// How far the reader had got on an entry: Back and Forward put the page back as it was left,
// the scroll position and the parts uncovered, as a browser does.
struct ReadingPlace {
    int scroll = 0;
    QStringList revealed;  // the reader's part names: "answer", "key-points", "followup-N"

    bool operator==(const ReadingPlace &) const = default;
};

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
    QString current() const { return m_position >= 0 ? m_items.at(m_position).id : QString(); }
    // The place on the current entry: stored before leaving it, read after coming back to it.
    void setPlace(const ReadingPlace &place);
    ReadingPlace place() const { return m_position >= 0 ? m_items.at(m_position).place : ReadingPlace(); }

private:
    struct Item {
        QString id;
        ReadingPlace place;
    };
    static constexpr int maxItems = 200;
    QList<Item> m_items;
    qsizetype m_position = -1;
};

} // namespace DockPrep
