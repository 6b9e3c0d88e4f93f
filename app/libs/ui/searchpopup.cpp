#include "ui/searchpopup.h"

#include "ui/searchresultdelegate.h"
#include "store/search.h"
#include "store/searchresultsmodel.h"
#include "store/searchworker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

#include <utility>

namespace DockPrep {

SearchPopup::SearchPopup(Search *search, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_worker(new SearchWorker(search->database(), this))
    , m_model(new SearchResultsModel(this))
    , m_field(new QLineEdit)
    , m_view(new QListView)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("searchPopup"));
    m_worker->setObjectName(QStringLiteral("searchWorker"));
    setFrameShape(QFrame::StyledPanel);
    m_field->setPlaceholderText(tr("Search questions, answers, snippets and your notes"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setUniformItemSizes(true);
    m_view->setFocusPolicy(Qt::NoFocus);  // typing stays in the field; Up/Down are forwarded
    m_status->setAccessibleName(tr("Search status"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_view);
    layout->addWidget(m_status);

    connect(m_field, &QLineEdit::textChanged, m_worker, [this](const QString &text) { m_worker->find(text, 30); });
    connect(m_worker, &SearchWorker::found, this, &SearchPopup::showOutcome);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPopup::openCurrent);
    connect(m_view, &QListView::clicked, this, &SearchPopup::activate);
    m_field->installEventFilter(this);
}

void SearchPopup::popUp()
{
    QWidget *window = parentWidget()->window();
    const QSize size(qMin(760, window->width() - 40), qMin(520, window->height() - 80));
    const QPoint topLeft = window->mapToGlobal(QPoint((window->width() - size.width()) / 2, 60));
    setGeometry(QRect(topLeft, size));
    m_openWhenFound = false;
    show();
    m_field->setFocus(Qt::PopupFocusReason);
    m_field->selectAll();
}

void SearchPopup::showOutcome(const SearchOutcome &outcome)
{
    m_model->setResults(outcome.results);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    const QString hint = SearchQuery::hintText(outcome.hint);
    QString status;
    if (!outcome.error.isEmpty())
        status = tr("Search failed: %1").arg(outcome.error);
    else if (outcome.text.trimmed().isEmpty())
        status = tr("Type to search; Enter opens the highlighted result.");
    else if (outcome.notesNarrowed)
        status = tr("%n result(s). More than %1 notes match, so the newest of them were ranked: type more to narrow.",
                    nullptr, m_model->rowCount())
                     .arg(QLocale().toString(Search::rankedNotesMax));
    else
        status = tr("%n result(s)", nullptr, m_model->rowCount());
    // How the text was read comes first: it explains the count after it.
    m_status->setText(hint.isEmpty() || !outcome.error.isEmpty() ? status : tr("%1 %2").arg(hint, status));
    if (std::exchange(m_openWhenFound, false) && isVisible())
        activate(m_view->currentIndex());
}

void SearchPopup::openCurrent()
{
    if (m_worker->isBusy())
        m_openWhenFound = true;  // the list still shows an older query's results
    else
        activate(m_view->currentIndex());
}

void SearchPopup::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.data(SearchResultsModel::IdRole).toString();
    hide();
    if (index.data(SearchResultsModel::KindRole).toInt() == int(SearchResult::Kind::Entry))
        Q_EMIT entryChosen(id);
    else
        Q_EMIT noteChosen(id, index.data(SearchResultsModel::TargetRole).toString());
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_view, event);  // the list moves; the caret stays put
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace DockPrep
