#pragma once

#include "mainwindow.h"

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

} // namespace MainWindowTesting
