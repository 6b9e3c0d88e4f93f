#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace DockPrep {

class Curriculum;
class InterviewStore;
class ScoreChart;
class SessionHistoryModel;

// Every session in a table, and the scores over time, overall or for one chapter. A session is
// opened by double-click, Enter or Open: a past one to read its report again, an unfinished one
// to resume it. Delete… removes the selected one (the interview page asks first).
class InterviewHistoryPage final : public QWidget
{
    Q_OBJECT

public:
    InterviewHistoryPage(const Curriculum &curriculum, InterviewStore *store, QWidget *parent = nullptr);

    void refresh();
    QTableView *table() const { return m_table; }
    ScoreChart *chart() const { return m_chart; }

Q_SIGNALS:
    void resumeRequested(qint64 sessionId);
    void reopenRequested(qint64 sessionId);
    void backRequested();
    void deleteRequested(qint64 sessionId);

private:
    void updateChart();
    void updateButtons();
    void openSession(const QModelIndex &index);

    InterviewStore *m_store;
    SessionHistoryModel *m_model;
    QTableView *m_table;
    QComboBox *m_chapter;
    ScoreChart *m_chart;
    QPushButton *m_open;
    QPushButton *m_delete;
};

} // namespace DockPrep
