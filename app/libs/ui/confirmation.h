#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace DockPrep {

// What a destructive step asks before it happens.
struct Confirmation {
    QString objectName;  // for tests, which find the box by it
    QString title;
    QString question;
    QString doIt;  // the destructive button ("Delete session")
    QString keep;  // the safe one, also Enter and Escape ("Keep it")
};

// Opens the question window-modal without exec(): no nested event loop, so clocks, autosaves and
// background work carry on while the user decides. `confirmed` runs only if the destructive
// button was pressed. Returns the box, which deletes itself when closed.
QMessageBox *askToConfirm(QWidget *parent, const Confirmation &confirmation, std::function<void()> confirmed);

} // namespace DockPrep
