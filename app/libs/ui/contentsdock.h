#pragma once

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QTreeView;

namespace DockPrep {

class ContentsModel;
class ContentsFilterModel;

// The table of contents: a filter box, level and mark filters and the chapter → question tree.
// The tree follows the reader: the entry shown stays the current row, also once a filter that
// hid it is cleared.
class ContentsDock : public QDockWidget
{
    Q_OBJECT

public:
    ContentsDock(ContentsModel *model, QWidget *parent = nullptr);

    void selectEntry(const QString &id);  // highlights it without emitting entryActivated
    void focusFilter();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void entryActivated(const QString &id);

private:
    void applyFilter();
    void onCurrentChanged(const QModelIndex &current);

    ContentsModel *m_model;
    ContentsFilterModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_level;
    QComboBox *m_marks;
    QTreeView *m_tree;
    QString m_shownEntry;  // what the reader shows, so the tree can find it again after filtering
    bool m_selecting = false;
    bool m_filtering = false;
    bool m_removingRows = false;
};

} // namespace DockPrep
