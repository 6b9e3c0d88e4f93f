#include "ui/colorscheme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

#include <optional>

namespace DockPrep {

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x2d, 0x6a, 0xc8);  // 5.2:1 under white text
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.lighter(160));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// Fusion's own light palette, with a selection dark enough for its white text (Fusion's #308cc6
// gives 3.7:1, under the 4.5:1 body text needs).
QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6d, 0xb5));
    return p;
}

// Fusion draws the rim of a check box or radio button in the window colour darkened by 40 %,
// which on the dark palette is the colour of the box itself (an unticked box was a dark square
// barely there, 1.1:1 against the window) and on the light one 2.2:1. WCAG asks 3:1 of the parts
// of a control; this rim gives 4:1 or more against both the window and the field.
class ThemeStyle final : public QProxyStyle
{
public:
    ThemeStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
        if (!indicator || !option->state.testFlag(State_Enabled))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(indicatorRimColor(option->palette), 1));
        const QRectF rim = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(rim);
        else
            painter->drawRoundedRect(rim, 1, 1);
        painter->restore();
    }
};

// The platform's own look, remembered before the first change so System can bring it back.
struct PlatformLook {
    QString style;
    QPalette palette;
};

const PlatformLook &platformLook()
{
    static const PlatformLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

bool isDarkWindow(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor indicatorRimColor(const QPalette &palette)
{
    return isDarkWindow(palette) ? QColor(0x8a, 0x8d, 0x93) : QColor(0x76, 0x76, 0x76);
}

QColor problemTextColor(const QPalette &palette)
{
    return isDarkWindow(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

QColor quietTextColor(const QPalette &palette)
{
    return isDarkWindow(palette) ? QColor(0xa8, 0xab, 0xb0) : QColor(0x5a, 0x5a, 0x5a);
}

QColor amberTextColor(const QPalette &palette)
{
    return isDarkWindow(palette) ? QColor(0xf0, 0xa8, 0x30) : QColor(0xa0, 0x5a, 0x00);
}

void showAsQuiet(QWidget *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, quietTextColor(QApplication::palette()));
    label->setPalette(palette);
}

void showAsProblem(QWidget *label, bool problem)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problem ? problemTextColor(QApplication::palette())
                                                   : QApplication::palette().color(QPalette::WindowText));
    label->setPalette(palette);
}

void applyTheme(AppSettings::Theme theme)
{
    const PlatformLook &original = platformLook();
    // main() applies the theme before the window exists and the window applies its settings again;
    // a second setPalette of the same look would repaint and re-render every widget for nothing.
    static std::optional<AppSettings::Theme> applied;
    if (applied == theme)
        return;
    applied = theme;
    if (theme == AppSettings::Theme::System) {
        if (QApplication::style()->name() != original.style)
            QApplication::setStyle(QStyleFactory::create(original.style));
        QApplication::setPalette(original.palette);
        return;
    }
    if (!dynamic_cast<ThemeStyle *>(QApplication::style()))
        QApplication::setStyle(new ThemeStyle);
    QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette() : lightPalette());
}

} // namespace DockPrep
