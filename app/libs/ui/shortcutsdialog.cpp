#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DockPrep {

namespace {

QString withoutMnemonic(QString text)
{
    // "&Save" → "Save", "Q&&A" → "Q&A"; and the "…" of a menu entry is no part of its name.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

QTreeWidgetItem *addGroup(QTreeWidget *list, const QString &title)
{
    auto *group = new QTreeWidgetItem(list, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    return group;
}

void addRow(QTreeWidgetItem *group, const QString &what, const QString &keys)
{
    new QTreeWidgetItem(group, {what, keys});
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Find a shortcut or an action"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a shortcut"));
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    addMenuShortcuts(menus);
    addPageShortcuts();
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(580, 760);
    m_filter->setFocus();
}

void ShortcutsDialog::addMenuShortcuts(const QMenuBar *menus)
{
    const auto collect = [](const QMenu *menu, QList<const QAction *> &found, const auto &self) -> void {
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                self(action->menu(), found, self);
            else if (!action->isSeparator() && !action->shortcuts().isEmpty())
                found.append(action);
        }
    };
    for (const QAction *menuAction : menus->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QList<const QAction *> actions;
        collect(menu, actions, collect);
        if (actions.isEmpty())
            continue;
        QTreeWidgetItem *group = addGroup(m_list, withoutMnemonic(menu->title()));
        for (const QAction *action : std::as_const(actions))
            addRow(group, withoutMnemonic(action->text()), keysText(action->shortcuts()));
    }
}

void ShortcutsDialog::addPageShortcuts()
{
    const auto keys = [](std::initializer_list<QKeySequence> sequences) { return keysText(QList<QKeySequence>(sequences)); };

    QTreeWidgetItem *contents = addGroup(m_list, tr("Contents and search"));
    addRow(contents, tr("From the filter into the list"), keys({QKeySequence(Qt::Key_Down)}));
    addRow(contents, tr("Open the chosen question or result"), keys({QKeySequence(Qt::Key_Return)}));
    addRow(contents, tr("Move through the search results"), keys({QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)}));
    addRow(contents, tr("Close the search"), keys({QKeySequence(Qt::Key_Escape)}));
    addRow(contents, tr("Delete the selected note"), keys({QKeySequence(Qt::Key_Delete)}));

    QTreeWidgetItem *diagrams = addGroup(m_list, tr("Diagrams"));
    addRow(diagrams, tr("Next or previous component"), keys({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}));
    addRow(diagrams, tr("Explain the focused component"), keys({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Space)}));
    addRow(diagrams, tr("Close the explanation"), keys({QKeySequence(Qt::Key_Escape)}));
    addRow(diagrams, tr("Zoom in"), keys({QKeySequence(Qt::CTRL | Qt::Key_Plus)}));
    addRow(diagrams, tr("Zoom out"), keys({QKeySequence(Qt::CTRL | Qt::Key_Minus)}));
    addRow(diagrams, tr("Fit to the window"), keys({QKeySequence(Qt::CTRL | Qt::Key_0)}));
    addRow(diagrams, tr("Zoom with the mouse"), tr("Ctrl+wheel"));
    addRow(diagrams, tr("Previous step, play or pause, next step"),
           keys({QKeySequence(Qt::ALT | Qt::Key_R), QKeySequence(Qt::ALT | Qt::Key_P), QKeySequence(Qt::ALT | Qt::Key_N)}));

    QTreeWidgetItem *interview = addGroup(m_list, tr("Mock interview"));
    addRow(interview, tr("Pause or resume the clock"), keys({QKeySequence(Qt::CTRL | Qt::Key_P)}));
    addRow(interview, tr("Submit the answer"), keys({QKeySequence(Qt::CTRL | Qt::Key_Return)}));
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        bool anyShown = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const bool shown = text.isEmpty() || row->text(0).contains(text, Qt::CaseInsensitive)
                || row->text(1).contains(text, Qt::CaseInsensitive) || group->text(0).contains(text, Qt::CaseInsensitive);
            row->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        group->setHidden(!anyShown);
    }
}

} // namespace DockPrep
