#include "ui/confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace DockPrep {

QMessageBox *askToConfirm(QWidget *parent, const Confirmation &confirmation, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, confirmation.title, confirmation.question, QMessageBox::NoButton, parent);
    box->setObjectName(confirmation.objectName);
    QPushButton *doIt = box->addButton(confirmation.doIt, QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(confirmation.keep, QMessageBox::RejectRole);
    box->setDefaultButton(keep);  // Enter, the reflex of someone typing, keeps things as they are
    box->setEscapeButton(keep);
    QObject::connect(box, &QMessageBox::finished, box, [box, doIt, confirmed = std::move(confirmed)] {
        box->deleteLater();
        if (box->clickedButton() == doIt)
            confirmed();
    });
    box->open();
    return box;
}

} // namespace DockPrep
