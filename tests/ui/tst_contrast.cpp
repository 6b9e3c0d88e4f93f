// Text stays readable in both themes: WCAG 2 contrast ratios of the palette's text pairs, the level
// badges and the problem colour, measured on the palettes the app really applies.
#include "support/testdata.h"
#include "ui/colorscheme.h"
#include "ui/contentsdelegate.h"
#include "ui/interview/interviewrunningpage.h"
#include "ui/interview/interviewscoringpage.h"
#include "interview/sessionquestion.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPalette>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
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

    // An unticked check box and radio button show their rim against the window, as drawn.
    void controlRims_data() { themes_data(); }
    void controlRims()
    {
        QFETCH(int, theme);
        applyTheme(AppSettings::Theme(theme));
        const QColor window = QApplication::palette().color(QPalette::Window);
        const QColor field = QApplication::palette().color(QPalette::Base);
        const QColor rim = indicatorRimColor(QApplication::palette());
        QVERIFY2(contrast(rim, window) >= 3.0, qPrintable(describe(rim, window)));
        QVERIFY2(contrast(rim, field) >= 3.0, qPrintable(describe(rim, field)));

        QWidget page;
        auto *box = new QCheckBox(QStringLiteral("Open book"), &page);
        auto *radio = new QRadioButton(QStringLiteral("Per question"), &page);
        radio->move(0, 40);
        page.resize(200, 80);
        const QImage shot = page.grab().toImage();
        const auto strongestRim = [&](QAbstractButton *button, QStyle::SubElement element) {
            QStyleOptionButton option;
            option.initFrom(button);
            const QRect indicator = button->style()->subElementRect(element, &option, button).translated(button->pos());
            double best = 0;  // along the indicator's left edge, where the rim is drawn
            for (int y = indicator.top() + 2; y < indicator.bottom() - 1; ++y) {
                for (int x = indicator.left(); x <= indicator.left() + 1; ++x)
                    best = std::max(best, contrast(shot.pixelColor(x, y), window));
            }
            return best;
        };
        const double boxRim = strongestRim(box, QStyle::SE_CheckBoxIndicator);
        const double radioRim = strongestRim(radio, QStyle::SE_RadioButtonIndicator);
        QVERIFY2(boxRim >= 3.0, qPrintable(QStringLiteral("check box rim %1:1").arg(boxRim, 0, 'f', 2)));
        QVERIFY2(radioRim >= 3.0, qPrintable(QStringLiteral("radio button rim %1:1").arg(radioRim, 0, 'f', 2)));
    }

    // The scoring page's explanations (how the score is made, the time note, which words ticked a
    // key point) are text to read: 4.5:1 on the window, as the page really sets them.
    void scoringExplanations_data() { themes_data(); }
    void scoringExplanations()
    {
        QFETCH(int, theme);
        applyTheme(AppSettings::Theme(theme));
        const QPalette palette = QApplication::palette();
        const QColor quiet = quietTextColor(palette);
        for (const auto role : {QPalette::Window, QPalette::Base}) {
            QVERIFY2(contrast(quiet, palette.color(role)) >= 4.5, qPrintable(describe(quiet, palette.color(role))));
        }
        const Curriculum curriculum = TestData::fixtureCurriculum();
        InterviewScoringPage page(curriculum);
        SessionQuestion question;
        question.entryId = curriculum.readingOrder().first();
        question.answer = curriculum.entry(question.entryId)->keyPoints.first().matchTerms.first();
        question.reachedZero = true;
        question.overtimeMs = 5000;
        page.showQuestion(question, 0, 1);
        const QColor window = page.palette().color(QPalette::Window);
        for (const char *name : {"scoringHelp", "timeNote", "evidence0", "keyPointHint"}) {
            auto *label = page.findChild<QLabel *>(QLatin1String(name));
            QVERIFY2(label, name);
            const QColor text = label->palette().color(QPalette::WindowText);
            QVERIFY2(contrast(text, window) >= 4.5, qPrintable(QLatin1String(name) + u": " + describe(text, window)));
        }
    }

    // The clock's amber and red, and the overtime as the running and scoring pages show it.
    void clockWarnings_data() { themes_data(); }
    void clockWarnings()
    {
        QFETCH(int, theme);
        applyTheme(AppSettings::Theme(theme));
        const QPalette palette = QApplication::palette();
        const QColor window = palette.color(QPalette::Window);
        for (const QColor &warning : {amberTextColor(palette), problemTextColor(palette)})
            QVERIFY2(contrast(warning, window) >= 4.5, qPrintable(describe(warning, window)));
        QLabel overtime;
        InterviewRunningPage::showOvertime(&overtime, 42000);
        const QColor shown = overtime.palette().color(QPalette::WindowText);
        QVERIFY2(contrast(shown, window) >= 4.5, qPrintable(describe(shown, window)));
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
