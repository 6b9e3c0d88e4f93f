#pragma once

#include <QString>

class QCoreApplication;

namespace DockPrep {

// Installs Qt's own translations (qtbase_<lang>.qm from Qt's translations folder) and DockPrep's
// (dockprep_<lang>.qm, built into the binary under :/i18n) on the application. An empty language
// follows the system locale. A language without a catalogue quietly stays English. The
// translators are parented to the application, so they live as long as it does.
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace DockPrep
