#include "support/testdata.h"

#include "content/contentsmodel.h"
#include "render/entrypage.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace DockPrep;

class TestContentsModel : public QObject
{
    Q_OBJECT

    Curriculum m_curriculum = TestData::fixtureCurriculum();

    static QStringList visibleEntries(const QAbstractItemModel &model)
    {
        QStringList ids;
        for (int c = 0; c < model.rowCount(); ++c) {
            const QModelIndex chapter = model.index(c, 0);
            for (int r = 0; r < model.rowCount(chapter); ++r)
                ids.append(model.index(r, 0, chapter).data(ContentsModel::EntryIdRole).toString());
        }
        return ids;
    }

private Q_SLOTS:
    void treeShape()
    {
        ContentsModel model(m_curriculum);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex basics = model.index(0, 0);
        QCOMPARE(basics.data().toString(), QStringLiteral("Basics"));
        QCOMPARE(model.rowCount(basics), 2);
        const QModelIndex first = model.index(0, 0, basics);
        QCOMPARE(first.data().toString(), QStringLiteral("Building a first image"));
        QCOMPARE(first.data(ContentsModel::LevelRole).toInt(), int(Level::Junior));
        QCOMPARE(first.parent(), basics);
        QCOMPARE(model.indexForEntry(QStringLiteral("third-kernel")).parent().data().toString(), QStringLiteral("Deeper"));
        QCOMPARE(model.rowCount(model.index(2, 0)), 0);  // the empty chapter
    }

    void markers()
    {
        ContentsModel model(m_curriculum);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEntryStudied(QStringLiteral("second-run"), true);
        QCOMPARE(changed.size(), 2);  // the row and its chapter's count
        QVERIFY(model.indexForEntry(QStringLiteral("second-run")).data(ContentsModel::StudiedRole).toBool());
        model.setEntryStudied(QStringLiteral("second-run"), true);  // no change, no signal
        QCOMPARE(changed.size(), 2);
        model.setEntryBookmarked(QStringLiteral("first-image"), true);
        QVERIFY(model.indexForEntry(QStringLiteral("first-image")).data(ContentsModel::BookmarkedRole).toBool());
        QVERIFY(!model.indexForEntry(QStringLiteral("first-image")).data(ContentsModel::StudiedRole).toBool());
        // Setting all markers at once changes data, never the structure (a reset collapses views).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        changed.clear();
        model.setStudied({QStringLiteral("first-image"), QStringLiteral("third-kernel")});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 3);  // one range per non-empty chapter, one for the chapters' counts
        QVERIFY(model.indexForEntry(QStringLiteral("third-kernel")).data(ContentsModel::StudiedRole).toBool());
        QVERIFY(!model.indexForEntry(QStringLiteral("second-run")).data(ContentsModel::StudiedRole).toBool());
        QVERIFY(model.isStudied(QStringLiteral("third-kernel")));
        QCOMPARE(model.studiedCount(), 2);
        QVERIFY(model.isBookmarked(QStringLiteral("first-image")));
        QVERIFY(!model.isBookmarked(QStringLiteral("third-kernel")));
    }

    // A screen reader hears what the delegate draws: the level badge and the ✓/★ markers.
    void markersInWords()
    {
        ContentsModel model(m_curriculum);
        const QModelIndex entry = model.indexForEntry(QStringLiteral("first-image"));
        const QString level = levelDisplayName(m_curriculum.entry(QStringLiteral("first-image"))->level);
        QCOMPARE(entry.data(Qt::AccessibleDescriptionRole).toString(), level);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEntryStudied(QStringLiteral("first-image"), true);
        model.setEntryBookmarked(QStringLiteral("first-image"), true);
        QCOMPARE(entry.data(Qt::AccessibleDescriptionRole).toString(), level + QStringLiteral(", studied, bookmarked"));
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::AccessibleDescriptionRole));  // views re-read it
    }

    void chapterProgress()
    {
        ContentsModel model(m_curriculum);
        const QModelIndex basics = model.index(0, 0);
        QCOMPARE(basics.data(ContentsModel::EntryCountRole).toInt(), 2);
        QCOMPARE(basics.data(ContentsModel::StudiedCountRole).toInt(), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEntryStudied(QStringLiteral("second-run"), true);
        QCOMPARE(basics.data(ContentsModel::StudiedCountRole).toInt(), 1);
        QCOMPARE(basics.data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("1 of 2 studied"));
        QCOMPARE(changed.last().at(0).value<QModelIndex>(), basics);  // the view repaints the chapter row
        model.setStudied({QStringLiteral("first-image"), QStringLiteral("second-run"), QStringLiteral("third-kernel")});
        QCOMPARE(basics.data(ContentsModel::StudiedCountRole).toInt(), 2);
        QCOMPARE(model.index(1, 0).data(ContentsModel::StudiedCountRole).toInt(), 1);
        QCOMPARE(model.index(2, 0).data(ContentsModel::EntryCountRole).toInt(), 0);
    }

    void tooltipsCarryTheFullTitle()
    {
        ContentsModel model(m_curriculum);
        const QString tip = model.indexForEntry(QStringLiteral("first-image")).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.startsWith(QLatin1String("Building a first image\n\n")));
        QVERIFY(tip.contains(QLatin1String("How do you build an image")));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("Basics")));
    }

    void filterByMarks()
    {
        ContentsModel model(m_curriculum);
        ContentsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntryStudied(QStringLiteral("first-image"), true);
        model.setEntryBookmarked(QStringLiteral("third-kernel"), true);
        proxy.setMarks(ContentsFilterModel::Marks::Unstudied);
        QVERIFY(proxy.isFiltering());
        QCOMPARE(visibleEntries(proxy), QStringList({QStringLiteral("second-run"), QStringLiteral("third-kernel")}));
        model.setEntryStudied(QStringLiteral("second-run"), true);  // studying one takes it off the list
        QCOMPARE(visibleEntries(proxy), QStringList({QStringLiteral("third-kernel")}));
        proxy.setMarks(ContentsFilterModel::Marks::Bookmarked);
        QCOMPARE(visibleEntries(proxy), QStringList({QStringLiteral("third-kernel")}));
        proxy.setText(QStringLiteral("image"));
        QCOMPARE(visibleEntries(proxy), QStringList());
        proxy.setText(QString());
        proxy.setMarks(ContentsFilterModel::Marks::Any);
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(visibleEntries(proxy).size(), 3);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{QStringLiteral("first-image"), QStringLiteral("second-run"), QStringLiteral("third-kernel")};
        QTest::newRow("nothing") << QString() << -1 << all;
        QTest::newRow("title word") << QStringLiteral("kernel") << -1 << QStringList{QStringLiteral("third-kernel")};
        QTest::newRow("case-insensitive") << QStringLiteral("BUILDING") << -1 << QStringList{QStringLiteral("first-image")};
        QTest::newRow("tag") << QStringLiteral("dockerfile") << -1 << QStringList{QStringLiteral("first-image")};
        QTest::newRow("accent-insensitive tag") << QStringLiteral("uberlay") << -1 << QStringList{QStringLiteral("second-run")};
        QTest::newRow("all words must match") << QStringLiteral("first kernel") << -1 << QStringList{};
        QTest::newRow("level only") << QString() << int(Level::Principal) << QStringList{QStringLiteral("third-kernel")};
        QTest::newRow("level and text") << QStringLiteral("run") << int(Level::Junior) << QStringList{};
        QTest::newRow("no match") << QStringLiteral("zzz") << -1 << QStringList{};
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        QFETCH(QStringList, expected);
        ContentsModel model(m_curriculum);
        ContentsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setText(text);
        proxy.setLevels(level < 0 ? QSet<int>() : QSet<int>{level});
        QCOMPARE(visibleEntries(proxy), expected);
        // Chapters without a match disappear while filtering; all come back afterwards.
        if (proxy.isFiltering()) {
            for (int c = 0; c < proxy.rowCount(); ++c)
                QVERIFY(proxy.rowCount(proxy.index(c, 0)) > 0);
        }
        proxy.setText(QString());
        proxy.setLevels({});
        QCOMPARE(proxy.rowCount(), 3);
    }

    void folding()
    {
        QCOMPARE(foldForMatching(QStringLiteral("Überlay Café")), QStringLiteral("uberlay cafe"));
    }
};

QTEST_GUILESS_MAIN(TestContentsModel)
#include "tst_contentsmodel.moc"
