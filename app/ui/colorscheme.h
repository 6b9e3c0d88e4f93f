#pragma once

#include "app/appsettings.h"

namespace DockPrep {

// Fusion with a light or dark palette, or the platform's own style and palette for System. Can be
// called again at any time (the settings dialog does): System brings back the look the
// application started with. The reader and the code views re-render on the palette change, so
// snippet highlighting follows.
void applyTheme(AppSettings::Theme theme);

} // namespace DockPrep
