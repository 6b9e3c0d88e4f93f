#include "notes/notelistmodel.h"

#include "text/markdownhtml.h"

#include <QLocale>
#include <QStringTokenizer>

#include <algorithm>

namespace DockPrep {

NoteListModel::NoteListModel(NoteStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(store, &NoteStore::noteSaved, this, &NoteListModel::noteSaved);
    connect(store, &NoteStore::noteDeleted, this, &NoteListModel::noteDeleted);
    connect(store, &NoteStore::recordsWritten, this, &NoteListModel::reload);
}

void NoteListModel::setTopicTitle(TopicTitle topicTitle)
{
    m_topicTitle = std::move(topicTitle);
    if (m_all && !m_notes.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_notes.size()) - 1), {Qt::DisplayRole, Qt::ToolTipRole, TopicRole});
}

QString NoteListModel::topicTitle(const QString &target) const
{
    return m_topicTitle ? m_topicTitle(target) : target;
}

void NoteListModel::showTarget(const QString &target)
{
    if (!m_all && target == m_target && !m_notes.isEmpty())
        return;
    m_all = false;
    m_target = target;
    reload();
}

void NoteListModel::showAll()
{
    m_all = true;
    reload();
}

void NoteListModel::reload()
{
    beginResetModel();
    m_notes = m_all ? m_store->allNotes() : m_store->notesFor(m_target);
    std::stable_sort(m_notes.begin(), m_notes.end(), [](const Note &a, const Note &b) { return a.updated > b.updated; });
    endResetModel();
}

// An autosave changes one row (and moves it to the top); a reset would lose the selection.
void NoteListModel::noteSaved(const Note &note)
{
    const auto found = std::find_if(m_notes.begin(), m_notes.end(), [&](const Note &n) { return n.id == note.id; });
    const int row = found == m_notes.end() ? -1 : int(found - m_notes.begin());
    if (row >= 0 && !belongs(note)) {
        beginRemoveRows({}, row, row);
        m_notes.removeAt(row);
        endRemoveRows();
        return;
    }
    if (!belongs(note))
        return;
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_notes.prepend(note);
        endInsertRows();
        return;
    }
    m_notes[row] = note;
    if (row > 0) {
        beginMoveRows({}, row, row, {}, 0);
        m_notes.move(row, 0);
        endMoveRows();
    }
    Q_EMIT dataChanged(index(0), index(0));
}

void NoteListModel::noteDeleted(const QString &id)
{
    const QModelIndex found = indexOf(id);
    if (!found.isValid())
        return;
    beginRemoveRows({}, found.row(), found.row());
    m_notes.removeAt(found.row());
    endRemoveRows();
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Note &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString line = headline(note.body);
        if (line.isEmpty())
            line = tr("(empty note)");
        // Beside the note it could not overwrite, so the user can tell the two apart and merge.
        if (!note.conflictOf.isEmpty())
            line = tr("%1 (conflicted copy)").arg(line);
        // Among all notes, each says what it is about on a second line.
        return m_all ? tr("%1\n%2").arg(line, topicTitle(note.target)) : line;
    }
    case Qt::ToolTipRole:
        return m_all ? tr("About: %1\nChanged %2").arg(topicTitle(note.target), QLocale().toString(note.updated.toLocalTime(), QLocale::ShortFormat))
                     : tr("Changed %1").arg(QLocale().toString(note.updated.toLocalTime(), QLocale::ShortFormat));
    case TopicRole: return topicTitle(note.target);
    case NoteIdRole: return note.id;
    case BodyRole: return note.body;
    case UpdatedRole: return note.updated;
    case TargetRole: return note.target;
    default: return {};
    }
}

QModelIndex NoteListModel::indexOf(const QString &noteId) const
{
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes.at(row).id == noteId)
            return index(row);
    }
    return {};
}

// The words a reader sees on the note's first line that has any, as the preview shows them. The
// list asks for every visible row on each paint, so only the start of a long note is read.
QString NoteListModel::headline(const QString &body)
{
    constexpr qsizetype headlineSource = 4000;
    constexpr qsizetype headlineLength = 120;
    const QString plain = markdownToPlainText(body.left(headlineSource));
    for (const QStringView line : QStringTokenizer(plain, u'\n')) {
        const QStringView text = line.trimmed();
        if (!text.isEmpty())
            return text.left(headlineLength).toString();
    }
    return {};
}

} // namespace DockPrep
