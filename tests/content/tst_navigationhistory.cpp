#include "content/navigationhistory.h"

#include <QTest>

using namespace DockPrep;

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyHistory()
    {
        NavigationHistory h;
        QVERIFY(!h.canGoBack());
        QVERIFY(!h.canGoForward());
        QCOMPARE(h.back(), QString());
        QCOMPARE(h.forward(), QString());
        QCOMPARE(h.current(), QString());
    }

    void backAndForward()
    {
        NavigationHistory h;
        h.visit(QStringLiteral("a"));
        h.visit(QStringLiteral("b"));
        h.visit(QStringLiteral("c"));
        QCOMPARE(h.back(), QStringLiteral("b"));
        QCOMPARE(h.back(), QStringLiteral("a"));
        QVERIFY(!h.canGoBack());
        QCOMPARE(h.back(), QString());
        QCOMPARE(h.current(), QStringLiteral("a"));
        QCOMPARE(h.forward(), QStringLiteral("b"));
        QCOMPARE(h.forward(), QStringLiteral("c"));
        QVERIFY(!h.canGoForward());
    }

    void visitingDropsTheForwardBranch()
    {
        NavigationHistory h;
        h.visit(QStringLiteral("a"));
        h.visit(QStringLiteral("b"));
        h.back();
        h.visit(QStringLiteral("x"));
        QVERIFY(!h.canGoForward());
        QCOMPARE(h.back(), QStringLiteral("a"));
    }

    void revisitingTheCurrentEntryIsNotAStep()
    {
        NavigationHistory h;
        h.visit(QStringLiteral("a"));
        h.visit(QStringLiteral("a"));
        QVERIFY(!h.canGoBack());
        h.visit(QString());
        QCOMPARE(h.current(), QStringLiteral("a"));
    }

    void eachVisitKeepsItsOwnPlace()
    {
        NavigationHistory h;
        h.visit(QStringLiteral("a"));
        const ReadingPlace onA{420, {QStringLiteral("answer"), QStringLiteral("followup-1")}};
        h.setPlace(onA);
        h.visit(QStringLiteral("b"));
        QCOMPARE(h.place(), ReadingPlace());  // a new visit starts at the top, covered
        h.setPlace(ReadingPlace{90, {}});
        QCOMPARE(h.back(), QStringLiteral("a"));
        QCOMPARE(h.place(), onA);
        QCOMPARE(h.forward(), QStringLiteral("b"));
        QCOMPARE(h.place().scroll, 90);
        h.back();
        h.visit(QStringLiteral("c"));  // drops b and its place
        h.back();
        QCOMPARE(h.place(), onA);
    }

    void boundedLength()
    {
        NavigationHistory h;
        for (int i = 0; i < 500; ++i)
            h.visit(QString::number(i));
        int steps = 0;
        while (h.canGoBack()) {
            h.back();
            ++steps;
        }
        QCOMPARE(steps, 199);
        QCOMPARE(h.current(), QStringLiteral("300"));
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
