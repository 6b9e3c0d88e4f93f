#pragma once

#include "ui/mainwindow.h"
#include "ui/studyexchange.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <QSettings>
#include <QTest>

#include <memory>

namespace MainWindowTesting {

// The window as main() sets it up, on a settings file of the test's own, shown and active so
// its shortcuts work. The settings object goes with the window.
inline std::unique_ptr<DockPrep::MainWindow> openWindow(const DockPrep::Curriculum &curriculum, DockPrep::NoteStore *store,
                                                        DockPrep::Search *search, const QString &folder)
{
    auto *settings = new QSettings(folder + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    auto window = std::make_unique<DockPrep::MainWindow>(curriculum, store, search, settings);
    settings->setParent(window.get());
    window->setDataFolders(folder, folder + QStringLiteral("/backups"));
    window->applySettings();
    window->restoreSession();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window did not activate");
    return window;
}

// File ▸ Import of `path`, its confirmation accepted. The box is StudyExchange's exec()'d one,
// so it is answered from inside its own event loop. True once the import was confirmed.
inline bool importConfirmed(DockPrep::MainWindow *window, const QString &path)
{
    bool confirmed = false;
    QTimer::singleShot(0, window, [&confirmed] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole) {
                QTest::mouseClick(button, Qt::LeftButton);
                confirmed = true;
            }
        }
    });
    window->exchange()->importFrom(path);
    return confirmed;
}

} // namespace MainWindowTesting
