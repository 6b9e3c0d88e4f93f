#include "ui/notespanel.h"

#include "ui/notelistdelegate.h"
#include "notes/noteautosaver.h"
#include "notes/notehighlighter.h"
#include "notes/notelistmodel.h"
#include "text/codehighlighter.h"
#include "text/markdownhtml.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace DockPrep {

NotesPanel::NotesPanel(NoteStore *store, QWidget *parent)
    : QDockWidget(tr("Notes"), parent)
    , m_store(store)
    , m_model(new NoteListModel(store, this))
    , m_autosaver(new NoteAutosaver(store, this))
    , m_heading(new QLabel)
    , m_scope(new QComboBox)
    , m_list(new QListView)
    , m_new(new QToolButton)
    , m_delete(new QToolButton)
    , m_tabs(new QTabWidget)
    , m_editor(new QPlainTextEdit)
    , m_preview(new QTextBrowser)
    , m_status(new QLabel)
    , m_highlighter(new NoteHighlighter(m_editor->document()))
{
    setObjectName(QStringLiteral("notesPanel"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);

    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_scope->addItem(tr("On this topic"), ThisTopic);
    m_scope->addItem(tr("Free notes"), FreeNotes);
    m_scope->addItem(tr("All notes"), AllNotes);
    m_scope->setAccessibleName(tr("Which notes to list"));
    m_new->setText(tr("New"));
    m_new->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_new->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_new->setToolTip(tr("Start a new note on this topic (Ctrl+Shift+N)"));
    m_delete->setText(tr("Delete"));
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_delete->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_delete->setToolTip(tr("Delete the selected note"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_scope, 1);
    row->addWidget(m_new);
    row->addWidget(m_delete);
    layout->addLayout(row);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new NoteListDelegate(m_list));
    // A long first line scrolls sideways rather than losing its end to "…"; rows in "All notes"
    // are two lines high (the note, then its topic), so sizes are not uniform.
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setWordWrap(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAccessibleName(tr("Notes"));
    m_list->setMaximumHeight(160);
    m_list->installEventFilter(this);
    layout->addWidget(m_list);

    m_editor->setPlaceholderText(tr("Write in your own words. Markdown works: **bold**, lists, ```dockerfile blocks.\n"
                                    "Everything is saved as you type."));
    m_editor->setAccessibleName(tr("Note text"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    // The colour theme comes from KSyntaxHighlighting's repository, which reads the metadata of
    // every definition when first built, so it is loaded once the editor has been painted, not
    // before the window first appears. Until then emphasis shows, colours do not.
    m_editor->viewport()->installEventFilter(this);
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Note preview"));
    m_tabs->addTab(m_editor, tr("Write"));
    m_tabs->addTab(m_preview, tr("Preview"));
    layout->addWidget(m_tabs, 1);

    m_status->setAccessibleName(tr("Save status"));
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    setWidget(body);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &NotesPanel::applyScope);
    connect(m_new, &QToolButton::clicked, this, &NotesPanel::newNote);
    connect(m_delete, &QToolButton::clicked, this, &NotesPanel::deleteCurrentNote);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!m_loading && current.isValid())
            editRow(current.row());
    });
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString target = index.data(NoteListModel::TargetRole).toString();
        if (!target.isEmpty())
            Q_EMIT noteTargetActivated(target);
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        // textChanged also fires when the highlighter colours the text; only new text is an edit.
        const QString text = m_editor->toPlainText();
        if (text == m_editorText)
            return;
        m_editorText = text;
        m_autosaver->setText(text);
        m_status->setText(tr("Editing…"));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            updatePreview();
    });
    connect(m_autosaver, &NoteAutosaver::saved, this, &NotesPanel::showSaved);
    connect(m_autosaver, &NoteAutosaver::saveFailed, this, [this](const QString &message) {
        m_status->setText(tr("Not saved: %1 Your text is kept here; it is saved as soon as that is fixed.").arg(message));
    });
    // saved() has already put the copy in the list and selected it.
    connect(m_autosaver, &NoteAutosaver::keptAsCopy, this, [this] {
        m_status->setText(tr("This note was changed in another DockPrep window since you opened it. Both texts are kept: "
                             "yours is saved as a new note, “conflicted copy”, and you are editing it now."));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_delete->setEnabled(m_list->currentIndex().isValid()); });
    editNew();
}

void NotesPanel::setTopicTitle(NoteListModel::TopicTitle topicTitle)
{
    m_model->setTopicTitle(std::move(topicTitle));
    updateHeading();
}

void NotesPanel::setTarget(const QString &target, const QString &title)
{
    m_target = target;
    m_targetTitle = title;
    updateHeading();
    if (m_scope->currentData().toInt() == ThisTopic)
        applyScope();
    else
        m_scope->setCurrentIndex(0);  // following the reader is what a new topic means
}

void NotesPanel::applyScope()
{
    flush();
    const int scope = m_scope->currentData().toInt();
    m_loading = true;
    if (scope == AllNotes)
        m_model->showAll();
    else
        m_model->showTarget(scope == FreeNotes ? QString() : m_target);
    m_loading = false;
    // The newest note opens for editing; with none, a new one is ready to type into.
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        editNew();
}

void NotesPanel::editRow(int row)
{
    // Read again: another DockPrep on the same data may have changed it since the list was made,
    // and editing the list's older text would only make a conflicted copy.
    const Note listed = m_model->noteAt(row);
    const Note note = m_store->note(listed.id).value_or(listed);
    m_autosaver->edit(note);
    m_loading = true;
    m_editor->setPlainText(note.body);
    m_editorText = note.body;
    m_loading = false;
    m_delete->setEnabled(true);
    showSaved(note);
    updateHeading();
    if (m_tabs->currentIndex() == 1)
        updatePreview();
}

void NotesPanel::editNew()
{
    const int scope = m_scope->currentData().toInt();
    Note note;
    note.target = scope == ThisTopic ? m_target : QString();
    m_autosaver->edit(note);
    m_loading = true;
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_editor->clear();
    m_editorText.clear();
    m_loading = false;
    m_delete->setEnabled(false);
    m_status->setText(note.target.isEmpty() ? tr("A new free note.") : tr("A new note on this topic."));
    updateHeading();
    // Before, the preview kept showing the note edited last.
    if (m_tabs->currentIndex() == 1)
        updatePreview();
}

void NotesPanel::newNote()
{
    flush();
    if (m_scope->currentData().toInt() == AllNotes)
        m_scope->setCurrentIndex(ThisTopic);
    editNew();
    m_tabs->setCurrentIndex(0);
    m_editor->setFocus();
}

void NotesPanel::openNote(const QString &noteId)
{
    const auto note = m_store->note(noteId);
    if (!note)
        return;
    if (note->target.isEmpty())
        m_scope->setCurrentIndex(FreeNotes);
    else if (note->target != m_target)
        m_scope->setCurrentIndex(AllNotes);
    const QModelIndex index = m_model->indexOf(noteId);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    show();
    raise();
    m_editor->setFocus();
}

void NotesPanel::deleteCurrentNote()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString headline = NoteListModel::headline(current.data(NoteListModel::BodyRole).toString());
    QMessageBox confirm(QMessageBox::Question, tr("Delete note"),
                        tr("Delete the note “%1”? This cannot be undone.").arg(headline), QMessageBox::Cancel, this);
    QAbstractButton *remove = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    QString error;
    const QString id = current.data(NoteListModel::NoteIdRole).toString();
    m_autosaver->edit({});  // nothing pending may resurrect it
    if (!m_store->deleteNote(id, &error)) {
        QMessageBox::warning(this, tr("Delete note"), error);
        return;
    }
    applyScope();
}

bool NotesPanel::flush()
{
    return m_autosaver->flush();
}

void NotesPanel::showSaved(const Note &note)
{
    if (!note.updated.isValid())
        return;
    m_status->setText(tr("Saved %1").arg(QLocale().toString(note.updated.toLocalTime().time(), QLocale::ShortFormat)));
    // The first save of a new note puts it in the list; select it without reloading the editor.
    const QModelIndex index = m_model->indexOf(note.id);
    if (index.isValid() && m_list->currentIndex() != index) {
        m_loading = true;
        m_list->setCurrentIndex(index);
        m_loading = false;
        m_delete->setEnabled(true);
    }
}

void NotesPanel::updatePreview()
{
    const CodeHighlighter highlighter(themeForPalette(palette()));
    m_preview->setHtml(markdownToHtml(m_editor->toPlainText(), highlighter));
}

void NotesPanel::updateHeading()
{
    const int scope = m_scope->currentData().toInt();
    const QModelIndex current = m_list->currentIndex();
    QString heading;
    if (scope == ThisTopic)
        heading = m_targetTitle;
    else if (scope == FreeNotes)
        heading = tr("Free notes");
    else if (current.isValid())
        heading = current.data(NoteListModel::TopicRole).toString();  // what the note being edited is about
    else
        heading = tr("All notes");
    m_heading->setText(heading.isEmpty() ? tr("Notes") : heading);
}

void NotesPanel::updateHighlighterTheme()
{
    m_highlighter->setTheme(themeForPalette(palette()));
}

void NotesPanel::startHighlighting()
{
    if (m_highlighter->theme().isValid())
        return;
    updateHighlighterTheme();
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->viewport() && event->type() == QEvent::Paint) {
        m_editor->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, &NotesPanel::startHighlighting);  // after this frame is on screen
    }
    // Leaving the editor saves at once: the user may be about to quit or switch away.
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        flush();
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        deleteCurrentNote();
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

void NotesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter->theme().isValid())
        updateHighlighterTheme();
    QDockWidget::changeEvent(event);
}

} // namespace DockPrep
