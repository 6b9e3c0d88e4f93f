#pragma once

#include "notes/notelistmodel.h"
#include "store/notestore.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace DockPrep {

class NoteAutosaver;
class NoteHighlighter;

// The user's notes beside whatever they study: the notes on the current question or diagram
// element (or free notes, or all), a Markdown editor with a preview, and no Save button — the
// autosaver writes within a second of typing stopping and whenever the panel moves on.
class NotesPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(NoteStore *store, QWidget *parent = nullptr);

    // What the notes are about now: "entry:<id>" or "diagram:<d#e>", with a title to show.
    void setTarget(const QString &target, const QString &title);
    QString target() const { return m_target; }
    // Names the topics of notes: "All notes" shows each note's, and the heading the edited one's.
    void setTopicTitle(NoteListModel::TopicTitle topicTitle);
    void openNote(const QString &noteId);  // shows the list holding it and selects it
    void newNote();
    void deleteCurrentNote();
    bool flush();  // saves pending text now (on close and quit)

    QPlainTextEdit *editor() const { return m_editor; }
    QListView *listView() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *heading() const { return m_heading; }
    NoteHighlighter *highlighter() const { return m_highlighter; }
    QTextBrowser *preview() const { return m_preview; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *scopeBox() const { return m_scope; }
    NoteAutosaver *autosaver() const { return m_autosaver; }

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void noteTargetActivated(const QString &target);  // "open what this note is about"

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Scope { ThisTopic, FreeNotes, AllNotes };
    void applyScope();
    void editRow(int row);
    void editNew();
    void updatePreview();
    void updateHeading();  // what the note being edited is about
    void updateHighlighterTheme();
    void startHighlighting();  // loads the colour theme; once, after the first paint
    void showSaved(const Note &note);

    NoteStore *m_store;
    NoteListModel *m_model;
    NoteAutosaver *m_autosaver;
    QString m_target;
    QString m_targetTitle;
    QLabel *m_heading;
    QComboBox *m_scope;
    QListView *m_list;
    QToolButton *m_new;
    QToolButton *m_delete;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QLabel *m_status;
    NoteHighlighter *m_highlighter;
    bool m_loading = false;
    QString m_editorText;  // what the editor held after the last load or edit
};

} // namespace DockPrep
