#pragma once

#include <QFrame>

class QLineEdit;
class QListView;
class QLabel;

namespace DockPrep {

class Search;
class SearchResultsModel;
class SearchWorker;
struct SearchOutcome;

// Ctrl+K: one field that searches the curriculum and the user's notes as they type, on a worker
// thread (SearchWorker): the list shows the newest query's results when they come. Up/Down pick
// a result, Enter or a click opens it (Enter while a search is under way opens the best result
// of what was typed, once it is found), Esc closes.
class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    SearchPopup(Search *search, QWidget *parent);

    void popUp();  // shows the popup over the parent window with the field focused
    QLineEdit *field() const { return m_field; }
    QListView *resultsView() const { return m_view; }
    SearchResultsModel *resultsModel() const { return m_model; }

Q_SIGNALS:
    void entryChosen(const QString &entryId);
    void noteChosen(const QString &noteId, const QString &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showOutcome(const SearchOutcome &outcome);
    void openCurrent();
    void activate(const QModelIndex &index);

    SearchWorker *m_worker;
    SearchResultsModel *m_model;
    QLineEdit *m_field;
    QListView *m_view;
    QLabel *m_status;
    bool m_openWhenFound = false;  // Enter came before the results of what was typed
};

} // namespace DockPrep
