#pragma once

#include "settings/appsettings.h"

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

// Secondary text (how a score is computed, which words ticked a key point): set apart from the
// main text, yet read as text, so 4.5:1 against the window in both themes, where the placeholder
// colour it replaces gave about 3.5:1.
QColor quietTextColor(const QPalette &palette);

// That colour on a label, from the application's palette of the moment.
void showAsQuiet(QWidget *label);

// The interview clock's early warning (little time left), 4.5:1 in both themes; its late warning
// and overtime use problemTextColor (one amber, one red for both themes gave 2.4:1 on the light
// window and 2.8:1 on the dark one).
QColor amberTextColor(const QPalette &palette);

} // namespace DockPrep
