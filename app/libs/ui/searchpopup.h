#pragma once

#include <QFrame>

class QLineEdit;
class QListView;
class QLabel;

namespace DockPrep {

class Search;
class SearchResultsModel;

// Ctrl+K: one field that searches the curriculum and the user's notes as they type. Up/Down
// pick a result, Enter or a click opens it, Esc closes.
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
    void runSearch(const QString &text);
    void activate(const QModelIndex &index);

    Search *m_search;
    SearchResultsModel *m_model;
    QLineEdit *m_field;
    QListView *m_view;
    QLabel *m_status;
};

} // namespace DockPrep
