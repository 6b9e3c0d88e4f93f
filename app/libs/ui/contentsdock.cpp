#include "ui/contentsdock.h"

#include "content/contentsmodel.h"
#include "content/level.h"
#include "ui/contentsdelegate.h"
#include "content/level.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTreeView>
#include <QVBoxLayout>

namespace DockPrep {

ContentsDock::ContentsDock(ContentsModel *model, QWidget *parent)
    : QDockWidget(tr("Contents"), parent)
    , m_model(model)
    , m_proxy(new ContentsFilterModel(this))
    , m_filter(new QLineEdit)
    , m_level(new QComboBox)
    , m_marks(new QComboBox)
    , m_tree(new QTreeView)
{
    setObjectName(QStringLiteral("contentsDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_proxy->setSourceModel(model);

    m_filter->setObjectName(QStringLiteral("contentsFilter"));
    m_filter->setPlaceholderText(tr("Filter by title or tag"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the contents"));
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->setAccessibleName(tr("Level filter"));
    m_level->addItem(tr("All levels"), -1);
    for (Level level : allLevels)
        m_level->addItem(levelDisplayName(level), int(level));
    m_marks->setObjectName(QStringLiteral("marksFilter"));
    m_marks->setAccessibleName(tr("Progress filter"));
    m_marks->addItem(tr("All questions"), int(ContentsFilterModel::Marks::Any));
    m_marks->addItem(tr("Not studied yet"), int(ContentsFilterModel::Marks::Unstudied));
    m_marks->addItem(tr("Bookmarked"), int(ContentsFilterModel::Marks::Bookmarked));

    m_tree->setObjectName(QStringLiteral("contentsTree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new ContentsDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Questions"));
    m_tree->expandAll();

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_level, 1);
    filters->addWidget(m_marks, 1);
    layout->addLayout(filters);
    layout->addWidget(m_tree);
    setWidget(body);
    setMinimumWidth(260);

    connect(m_filter, &QLineEdit::textChanged, this, &ContentsDock::applyFilter);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ContentsDock::applyFilter);
    connect(m_marks, &QComboBox::currentIndexChanged, this, &ContentsDock::applyFilter);
    // Rows vanish under a filter without the user moving (studying a question while only the
    // unstudied ones show): the tree's current row moves then, and that must not open anything.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removingRows = true; });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { m_removingRows = false; });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // Down from the filter box goes straight into the tree, so the keyboard never gets stuck.
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex first = m_proxy->index(0, 0);
        const QModelIndex entry = m_proxy->rowCount(first) > 0 ? m_proxy->index(0, 0, first) : first;
        if (entry.isValid()) {
            m_tree->setCurrentIndex(entry);
            m_tree->setFocus();
        }
    });
}

bool ContentsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_tree->setFocus(Qt::TabFocusReason);
        if (!m_tree->currentIndex().isValid())
            m_tree->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

void ContentsDock::applyFilter()
{
    const QScopedValueRollback filtering(m_filtering, true);  // the filter moves the current row; only the user opens entries
    m_proxy->setText(m_filter->text());
    const int level = m_level->currentData().toInt();
    m_proxy->setLevels(level < 0 ? QSet<int>() : QSet<int>{level});
    m_proxy->setMarks(ContentsFilterModel::Marks(m_marks->currentData().toInt()));
    m_tree->expandAll();
    if (!m_proxy->isFiltering())
        selectEntry(m_shownEntry);
}

void ContentsDock::focusFilter()
{
    if (isHidden())
        show();
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ContentsDock::selectEntry(const QString &id)
{
    m_shownEntry = id;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForEntry(id));
    if (!index.isValid())
        return;
    m_selecting = true;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    m_selecting = false;
}

void ContentsDock::onCurrentChanged(const QModelIndex &current)
{
    const QString id = current.data(ContentsModel::EntryIdRole).toString();
    if (!m_selecting && !m_filtering && !m_removingRows && !id.isEmpty())
        Q_EMIT entryActivated(id);
}

} // namespace DockPrep
