#pragma once

#include <QString>
#include <QUrl>

namespace DockPrep {

// A link inside DockPrep's own pages (scheme "dockprep"): to a question, to a diagram or one of
// its elements, to uncover a part of the answer, to copy a code snippet. The reader acts on them
// instead of opening a browser. The static functions print them and parse() reads them back:
// nothing else takes such a URL apart.
class PageLink
{
public:
    enum class Kind { None, Entry, Diagram, Reveal, Copy };

    PageLink() = default;  // Kind::None

    static QUrl entry(const QString &id);
    static QUrl diagram(const QString &link);  // "diagram#element", or "diagram" for the whole
    static QUrl reveal(const QString &part);   // "answer", "key-points", "followup-N"
    static QUrl copy(int snippet);

    // Kind::None for any other link (the web, a file) and for one of ours that names nothing:
    // an unknown action, an empty id, a snippet that is not a number.
    static PageLink parse(const QUrl &url);

    Kind kind() const { return m_kind; }
    QString entryId() const { return m_kind == Kind::Entry ? m_value : QString(); }
    QString diagramLink() const { return m_kind == Kind::Diagram ? m_value : QString(); }  // as diagram() takes it
    QString part() const { return m_kind == Kind::Reveal ? m_value : QString(); }
    int snippet() const { return m_kind == Kind::Copy ? m_value.toInt() : -1; }

private:
    PageLink(Kind kind, const QString &value)
        : m_kind(kind)
        , m_value(value)
    {
    }

    Kind m_kind = Kind::None;
    QString m_value;
};

} // namespace DockPrep
