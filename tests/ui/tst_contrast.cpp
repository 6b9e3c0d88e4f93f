// Text stays readable in both themes: WCAG 2 contrast ratios of the palette's text pairs, the level
// badges and the problem colour, measured on the palettes the app really applies.
#include "colorscheme.h"
#include "contentsdelegate.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

#include <cmath>

using namespace DockPrep;

namespace {

double channel(double value)
{
    value /= 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString describe(const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 on %2: %3:1").arg(a.name(), b.name()).arg(contrast(a, b), 0, 'f', 2);
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase()
    {
        applyTheme(AppSettings::Theme::System);
    }

    void themes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(AppSettings::Theme::Light);
        QTest::newRow("dark") << int(AppSettings::Theme::Dark);
    }

    void themes()
    {
        QFETCH(int, theme);
        applyTheme(AppSettings::Theme(theme));
        const QPalette palette = QApplication::palette();
        // 4.5:1 is WCAG AA for body text.
        const struct {
            QPalette::ColorRole text, background;
        } pairs[] = {
            {QPalette::Text, QPalette::Base},
            {QPalette::WindowText, QPalette::Window},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::Link, QPalette::Base},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
        };
        for (const auto &pair : pairs) {
            const QColor text = palette.color(pair.text), background = palette.color(pair.background);
            QVERIFY2(contrast(text, background) >= 4.5, qPrintable(describe(text, background)));
        }
        const QColor problem = problemTextColor(palette);
        QVERIFY2(contrast(problem, palette.color(QPalette::Window)) >= 4.5,
                 qPrintable(describe(problem, palette.color(QPalette::Window))));
        // Placeholders are hints, not content: 3:1 (WCAG's floor for large text and UI parts).
        QVERIFY2(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >= 3.0,
                 qPrintable(describe(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base))));
    }

    // The badges are drawn the same in both themes: white letters on the level's colour.
    void levelBadges()
    {
        for (int level = 0; level < 4; ++level) {
            const QColor badge = ContentsDelegate::levelColor(level);
            QVERIFY2(contrast(Qt::white, badge) >= 4.5, qPrintable(describe(Qt::white, badge)));
        }
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
