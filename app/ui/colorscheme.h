#pragma once

#include <QString>

class QApplication;

namespace DockPrep {

enum class ColorScheme { System, Light, Dark };

ColorScheme colorSchemeFromName(const QString &name);  // "light", "dark"; anything else: System

// Fusion with a light or dark palette, or the platform's own look for System. The reader
// re-renders on the palette change, so snippet highlighting follows.
void applyColorScheme(QApplication &app, ColorScheme scheme);

} // namespace DockPrep
