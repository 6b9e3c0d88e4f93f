#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace DockPrep {

// Every keyboard shortcut in one place (F1 or Ctrl+/): the menus' actions, read from the menu
// bar so the list can never fall behind the real shortcuts, then the keys that work inside a
// page (diagram, search, contents, interview). A filter narrows the list as you type.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    void addMenuShortcuts(const QMenuBar *menus);
    void addPageShortcuts();
    void filter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace DockPrep
