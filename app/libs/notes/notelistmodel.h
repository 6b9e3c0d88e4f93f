#pragma once

#include "store/notestore.h"

#include <QAbstractListModel>

#include <functional>

namespace DockPrep {

// The notes on one target ("entry:<id>", "diagram:<d#e>", "" for free notes), or all notes,
// newest change first, following the store as notes are saved and deleted.
class NoteListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteListModel)

public:
    enum Role { NoteIdRole = Qt::UserRole + 1, BodyRole, UpdatedRole, TargetRole, TopicRole };
    // What a target is called ("entry:<id>" → the question's title); see NoteTopics.
    using TopicTitle = std::function<QString(const QString &target)>;

    explicit NoteListModel(NoteStore *store, QObject *parent = nullptr);

    // "All notes" shows under each note what it is about, in these words.
    void setTopicTitle(TopicTitle topicTitle);
    QString topicTitle(const QString &target) const;

    void showTarget(const QString &target);
    void showAll();
    QString target() const { return m_target; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOf(const QString &noteId) const;
    Note noteAt(int row) const { return m_notes.value(row); }

    // The first line of a note, without Markdown marks, as a list shows it.
    static QString headline(const QString &body);

private:
    void reload();
    void noteSaved(const Note &note);
    void noteDeleted(const QString &id);
    bool belongs(const Note &note) const { return m_all || note.target == m_target; }

    NoteStore *m_store;
    QString m_target;
    TopicTitle m_topicTitle;
    bool m_all = false;
    QList<Note> m_notes;
};

} // namespace DockPrep
