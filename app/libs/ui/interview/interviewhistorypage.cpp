#include "ui/interview/interviewhistorypage.h"

#include "content/curriculum.h"
#include "sessions/sessionhistorymodel.h"
#include "ui/interview/scorechart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace DockPrep {

InterviewHistoryPage::InterviewHistoryPage(const Curriculum &curriculum, InterviewStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new SessionHistoryModel(store, this))
    , m_table(new QTableView(this))
    , m_chapter(new QComboBox(this))
    , m_chart(new ScoreChart(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_chapter->addItem(tr("All chapters"), QString());
    for (const Chapter &chapter : curriculum.chapters()) {
        if (!chapter.entryIds.isEmpty())
            m_chapter->addItem(chapter.title, chapter.id);
    }

    auto *back = new QPushButton(tr("Back"), this);
    m_open->setObjectName(QStringLiteral("openSelected"));
    m_delete->setObjectName(QStringLiteral("deleteSelected"));
    m_delete->setToolTip(tr("Delete the selected session, its answers and its recordings"));
    m_table->setObjectName(QStringLiteral("sessions"));
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(new QLabel(tr("Scores over time:"), this));
    chartRow->addWidget(m_chapter);
    chartRow->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Interview history</h2>"), this));
    layout->addLayout(chartRow);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_table, 3);
    layout->addLayout(buttons);

    connect(m_chapter, &QComboBox::currentIndexChanged, this, &InterviewHistoryPage::updateChart);
    connect(m_store, &InterviewStore::sessionFinished, this, &InterviewHistoryPage::updateChart);
    connect(m_store, &InterviewStore::sessionsImported, this, &InterviewHistoryPage::updateChart);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InterviewHistoryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InterviewHistoryPage::updateButtons);
    connect(back, &QPushButton::clicked, this, &InterviewHistoryPage::backRequested);
    // activated: a double-click, or Enter on the current row.
    connect(m_table, &QAbstractItemView::activated, this, &InterviewHistoryPage::openSession);
    connect(m_open, &QPushButton::clicked, this, [this] { openSession(m_table->selectionModel()->currentIndex()); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_table->selectionModel()->currentIndex(); current.isValid())
            Q_EMIT deleteRequested(current.data(SessionHistoryModel::SessionIdRole).toLongLong());
    });
    connect(m_store, &InterviewStore::sessionDeleted, this, &InterviewHistoryPage::refresh);
    updateChart();
    updateButtons();
}

void InterviewHistoryPage::refresh()
{
    m_model->reload();
    updateChart();
}

void InterviewHistoryPage::updateChart()
{
    const QString chapterId = m_chapter->currentData().toString();
    m_chart->setPoints(m_store->scoreHistory(chapterId),
                       chapterId.isEmpty() ? tr("All chapters") : tr("Chapter: %1").arg(m_chapter->currentText()));
}

void InterviewHistoryPage::updateButtons()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool selected = current.isValid() && m_table->selectionModel()->hasSelection();
    const bool incomplete = selected && current.data(SessionHistoryModel::IncompleteRole).toBool();
    m_open->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_open->setText(incomplete ? tr("Resume") : tr("Open"));
}

void InterviewHistoryPage::openSession(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(SessionHistoryModel::SessionIdRole).toLongLong();
    if (index.data(SessionHistoryModel::IncompleteRole).toBool())
        Q_EMIT resumeRequested(id);
    else
        Q_EMIT reopenRequested(id);
}

} // namespace DockPrep
