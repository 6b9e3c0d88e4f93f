#pragma once

#include "app/appsettings.h"

#include <QColor>

class QPalette;
class QWidget;

namespace DockPrep {

// Fusion (with check box and radio button rims that show) and a light or dark palette, or the platform's own style and palette for System. Can be
// called again at any time (the settings dialog does): System brings back the look the
// application started with. The reader and the code views re-render on the palette change, so
// snippet highlighting follows.
void applyTheme(AppSettings::Theme theme);

// The rim of check boxes and radio buttons in the light and dark themes: 3:1 or more (WCAG's floor
// for the parts of a control) against both the window and the field behind it.
QColor indicatorRimColor(const QPalette &palette);

// Red for a problem the user must read (a form error, a failed export), dark enough on a light
// window and light enough on a dark one to keep a 4.5:1 contrast.
QColor problemTextColor(const QPalette &palette);

// The same colour on a label: sets its text colour, or puts the palette's own back.
void showAsProblem(QWidget *label, bool problem);

} // namespace DockPrep
