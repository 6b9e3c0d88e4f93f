#pragma once

#include <QString>

namespace DockPrep {

// What a note is attached to: a question, a diagram (or one element of it), or nothing (a
// free-standing note). The database and the JSON backups keep it as text ("entry:<id>",
// "diagram:<diagram>#<element>", ""); this is the one place that reads and writes that text.
class NoteTarget
{
public:
    enum class Kind { Free, Entry, Diagram, Invalid };

    NoteTarget() = default;  // a free-standing note
    static NoteTarget entry(const QString &entryId);
    static NoteTarget diagram(const QString &link);  // "diagram#element", or "diagram" for the whole
    // The stored text read back. Anything DockPrep does not write (an unknown prefix, "entry:"
    // without an id, "diagram:#element") is Kind::Invalid, which keeps the text it was given.
    static NoteTarget parse(const QString &stored);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isEntry() const { return m_kind == Kind::Entry; }
    bool isDiagram() const { return m_kind == Kind::Diagram; }
    QString entryId() const { return isEntry() ? m_value : QString(); }
    QString diagramLink() const { return isDiagram() ? m_value : QString(); }
    // The text to store: parse(toString()) gives this target back; an invalid one prints as read.
    QString toString() const;

    friend bool operator==(const NoteTarget &, const NoteTarget &) = default;

private:
    NoteTarget(Kind kind, const QString &value)
        : m_kind(kind)
        , m_value(value)
    {
    }

    Kind m_kind = Kind::Free;
    QString m_value;  // the entry id, the diagram link, or (invalid) the text as read
};

} // namespace DockPrep
