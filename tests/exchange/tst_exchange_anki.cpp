// Anki decks: well-formed rows, and the questions a scope puts in the deck.
#include "support/exchangetesting.h"

#include <QTest>

using namespace DockPrep;
using namespace ExchangeTesting;

class TestExchangeAnki : public QObject, protected ExchangeFixture
{
    Q_OBJECT

private Q_SLOTS:
    void ankiRowsAreWellFormed()
    {
        const QByteArray tsv = ankiExport(request());
        const QStringList lines = QString::fromUtf8(tsv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("#separator:tab"));
        QCOMPARE(lines.at(1), QStringLiteral("#html:true"));
        QVERIFY(lines.contains(QStringLiteral("#guid column:1")));
        QVERIFY(lines.contains(QStringLiteral("#tags column:4")));
        QVERIFY(lines.contains(QStringLiteral("#deck column:5")));
        const QStringList cards = cardRows(tsv);
        // first-image (2 follow-ups) and second-run (1) have notes, third-kernel (1) is bookmarked; the orphan has no card.
        QCOMPARE(cards.size(), 3 + 4);
        for (const QString &card : cards) {
            const QStringList fields = card.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 5);
            QVERIFY(fields[0].startsWith(QStringLiteral("dockprep-")));
            for (const QString &field : fields)
                QVERIFY2(!field.startsWith(QLatin1Char('"')), qPrintable(field));
            QVERIFY(fields[3].contains(QStringLiteral("level::")));
            QVERIFY(fields[4].startsWith(QStringLiteral("DockPrep::")));
        }
        // In reading order: first-image, its two follow-ups, second-run, its follow-up, third-kernel…
        QCOMPARE(cards.at(0).section(QLatin1Char('\t'), 0, 0), QStringLiteral("dockprep-first-image"));
        QCOMPARE(cards.at(1).section(QLatin1Char('\t'), 0, 0), QStringLiteral("dockprep-first-image-follow-up-1"));
        QCOMPARE(cards.at(2).section(QLatin1Char('\t'), 0, 0), QStringLiteral("dockprep-first-image-follow-up-2"));
        const QStringList first = cards.at(0).split(QLatin1Char('\t'));
        // Front: the question. Back: the answer, then the key points as a list.
        QVERIFY(first[1].contains(QStringLiteral("How do you build an image")));
        QVERIFY(!first[1].contains(QStringLiteral("Write a Dockerfile")));
        QVERIFY(first[2].startsWith(QStringLiteral("<p>Write a Dockerfile")));
        QVERIFY(first[2].contains(QStringLiteral("<ul><li>The build reads the Dockerfile top to bottom</li>")));
        QCOMPARE(first[4], QStringLiteral("DockPrep::Basics"));
        QVERIFY(first[3].contains(QStringLiteral("chapter::Basics")));
        // A follow-up card: its question in front (with the question it follows), its answer behind.
        const QStringList followUp = cards.at(2).split(QLatin1Char('\t'));
        QVERIFY(followUp[1].contains(QStringLiteral("What does .dockerignore do?")));
        QVERIFY(followUp[1].contains(QStringLiteral("Building a first image")));
        QVERIFY(followUp[2].contains(QStringLiteral("It keeps files out of the context.")));
        QVERIFY(followUp[3].contains(QStringLiteral("follow-up")));

        const QString secondRun = cards.at(3);
        QVERIFY(secondRun.contains(QStringLiteral("My notes")));
        QVERIFY(!secondRun.contains(QStringLiteral("<script")));
        // Code keeps its line breaks as <br> inside <pre>, and its colours: attribute quotes stay real.
        QVERIFY(secondRun.contains(QStringLiteral("<br>")));
        QVERIFY2(secondRun.contains(QStringLiteral("<span style=\"")), qPrintable(secondRun));
        QVERIFY(!secondRun.contains(QStringLiteral("style=&quot;")));
    }

    // A deck of the whole curriculum, of a chapter, of a level, or of both: a card per question
    // in scope and per follow-up of each.
    void ankiDeckHoldsEveryQuestionInScope_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QStringList>("questions");
        QTest::addColumn<int>("cards");
        const QString first = QStringLiteral("first-image"), second = QStringLiteral("second-run"), third = QStringLiteral("third-kernel");
        QTest::newRow("mine") << "mine" << QStringList{first, second, third} << 7;
        QTest::newRow("empty is mine") << "" << QStringList{first, second, third} << 7;
        QTest::newRow("curriculum") << "curriculum" << QStringList{first, second, third} << 7;
        QTest::newRow("chapter") << "chapter:basics" << QStringList{first, second} << 5;
        QTest::newRow("level") << "level:principal" << QStringList{third} << 2;
        QTest::newRow("chapter and level") << "chapter:basics, level:mid" << QStringList{second} << 2;
        QTest::newRow("empty chapter") << "chapter:empty" << QStringList{} << 0;
        QTest::newRow("mine in a chapter") << "mine,chapter:deeper" << QStringList{third} << 2;
    }
    void ankiDeckHoldsEveryQuestionInScope()
    {
        QFETCH(QString, scope);
        QFETCH(QStringList, questions);
        QFETCH(int, cards);
        QString error;
        const std::optional<CardScope> parsed = cardScopeFromText(scope, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(cardScopeFromText(cardScopeText(*parsed), nullptr), parsed);
        QCOMPARE(entriesInScope(*parsed, sampleSnapshot(), m_curriculum), questions);
        QCOMPARE(cardRows(ankiExport(deck(*parsed))).size(), cards);
        QCOMPARE(ankiCardCount(deck(*parsed)), cards);
    }

    void ankiDeckOfAnEmptyStore()
    {
        ExportRequest empty{{}, &m_curriculum, utc("2026-02-03T04:05:06.000Z"), nullptr, {}};
        QCOMPARE(cardRows(ankiExport(empty)).size(), 0);  // nothing noted or bookmarked
        empty.cards.wholeCurriculum = true;
        QCOMPARE(cardRows(ankiExport(empty)).size(), 7);
        QTemporaryDir dir;
        const ExportResult result = exportStudy(empty, ExportFormat::AnkiTsv, dir.filePath(QStringLiteral("deck.tsv")));
        QVERIFY2(result.message.startsWith(QStringLiteral("Exported 7 card")), qPrintable(result.message));
    }

    void badScopesAreRefused_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown word") << "everything" << "is not a scope";
        QTest::newRow("unknown level") << "level:expert" << "no level called \"expert\"";
        QTest::newRow("chapter without id") << "chapter:" << "is not a scope";
        QTest::newRow("two chapters") << "chapter:a,chapter:b" << "is not a scope";
        QTest::newRow("mine and curriculum") << "mine,curriculum" << "not both";
    }
    void badScopesAreRefused()
    {
        QFETCH(QString, scope);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!cardScopeFromText(scope, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_MAIN(TestExchangeAnki)
#include "tst_exchange_anki.moc"
