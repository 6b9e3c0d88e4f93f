#include "quiettext.h"

#include <QApplication>
#include <QPalette>
#include <QWidget>

namespace DockPrep {

QColor quietTextColor(const QPalette &palette)
{
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    return darkWindow ? QColor(0xa8, 0xab, 0xb0) : QColor(0x5a, 0x5a, 0x5a);
}

void showAsQuiet(QWidget *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, quietTextColor(QApplication::palette()));
    label->setPalette(palette);
}

} // namespace DockPrep
