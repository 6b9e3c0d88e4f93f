#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace DockPrep {

// Installs Qt's own translations (qtbase_<lang>.qm from Qt's translations folder) and DockPrep's
// (dockprep_<lang>.qm, built into the binary under :/i18n) on the application. An empty language
// follows the system locale. A language without a catalogue quietly stays English. The
// translators are parented to the application, so they live as long as it does; calling it
// again replaces them (and the default QLocale) with the new language's.
void installTranslations(QCoreApplication &app, const QString &language);

// The language codes DockPrep has a catalogue for, English first ("en", "de", "es").
QStringList availableLanguages();

} // namespace DockPrep
