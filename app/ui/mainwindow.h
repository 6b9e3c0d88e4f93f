#pragma once

#include "content/navigationhistory.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSettings;

namespace DockPrep {

class ContentsDock;
class ContentsModel;
class Curriculum;
class NoteStore;
class ReaderView;
class Search;
class SearchPopup;

// Composes the contents dock, the reader and the status bar, and owns the actions that move
// between them. Logic lives in the core; this class only wires it to widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The store keeps what the user did (studied, bookmarked, last seen); it outlives the window.
    MainWindow(const Curriculum &curriculum, NoteStore *store, Search *search, QSettings *settings,
               QWidget *parent = nullptr);

    void openEntry(const QString &id);  // shows it and records it in the history
    void restoreSession();              // window layout and the last entry, from the settings
    void saveSession();

    ReaderView *reader() const { return m_reader; }
    ContentsDock *contentsDock() const { return m_contents; }
    SearchPopup *searchPopup() const { return m_searchPopup; }
    QAction *action(const QString &name) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showEntryWithoutHistory(const QString &id);
    void updateNavigation();
    void updateEntryActions();
    void updateProgressLabel();
    void reportStoreError(const QString &error);
    void about();

    const Curriculum &m_curriculum;
    NoteStore *m_store;
    QSettings *m_settings;
    ContentsModel *m_model;
    ContentsDock *m_contents;
    ReaderView *m_reader;
    SearchPopup *m_searchPopup;
    QLabel *m_progressLabel;
    NavigationHistory m_history;
    QHash<QString, QAction *> m_actions;
};

} // namespace DockPrep
