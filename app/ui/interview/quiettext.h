#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace DockPrep {

// Secondary text on the interview pages (how the score is computed, which words ticked a key
// point): set apart from the main text, yet read as text, so 4.5:1 (WCAG AA) against the window
// in the light and dark themes, where the placeholder colour it replaces gave about 3.5:1.
QColor quietTextColor(const QPalette &palette);

// The clock's warnings (amber: little time left; red: nearly none, and overtime) as text on the
// window: 4.5:1 in either theme, so a darker amber and red on light windows, lighter on dark ones
// (one red for both gave 2.8:1 on the dark window, one amber 2.4:1 on the light one).
QColor amberTextColor(const QPalette &palette);
QColor redTextColor(const QPalette &palette);

// That colour on a label, from the application's palette of the moment.
void showAsQuiet(QWidget *label);

} // namespace DockPrep
