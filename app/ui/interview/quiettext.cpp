#include "quiettext.h"

#include <QApplication>
#include <QPalette>
#include <QWidget>

namespace DockPrep {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

QColor quietTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa8, 0xab, 0xb0) : QColor(0x5a, 0x5a, 0x5a);
}

QColor amberTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xa8, 0x30) : QColor(0xa0, 0x5a, 0x00);
}

QColor redTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

void showAsQuiet(QWidget *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, quietTextColor(QApplication::palette()));
    label->setPalette(palette);
}

} // namespace DockPrep
