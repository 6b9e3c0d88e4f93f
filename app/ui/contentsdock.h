#pragma once

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QTreeView;

namespace DockPrep {

class ContentsModel;
class ContentsFilterModel;

// The table of contents: a filter box, a level filter and the chapter → question tree.
class ContentsDock : public QDockWidget
{
    Q_OBJECT

public:
    ContentsDock(ContentsModel *model, QWidget *parent = nullptr);

    void selectEntry(const QString &id);  // highlights it without emitting entryActivated
    void focusFilter();
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *levelBox() const { return m_level; }

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
    QTreeView *m_tree;
    bool m_selecting = false;
};

} // namespace DockPrep
