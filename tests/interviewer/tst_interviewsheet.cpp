// The interviewer's sheet: what it records, and its draft file read back exactly or refused.
#include "interviewer/interviewsheet.h"

#include <QJsonArray>
#include <QTest>

using namespace DockPrep;

class TestInterviewSheet : public QObject
{
    Q_OBJECT

    static InterviewSheet filledSheet()
    {
        InterviewSheet sheet;
        sheet.candidate = QStringLiteral("Ada | \"Lovelace\"");
        sheet.started = QDateTime(QDate(2026, 12, 6), QTime(9, 30), QTimeZone::UTC);
        sheet.ask(QStringLiteral("first-image"));
        sheet.ask(QStringLiteral("third-kernel"));
        sheet.setKeyPointTicked(0, 2, true);
        sheet.setKeyPointTicked(0, 0, true);
        sheet.setFollowUpAsked(1, 0, true);
        sheet.setQuestionNote(1, QStringLiteral("Talked about\nseccomp"));
        sheet.setRating(Criterion::Technical, 4);
        sheet.setRating(Criterion::Leadership, 2);
        sheet.setCriterionNote(Criterion::Communication, QStringLiteral("clear, conclusion first"));
        return sheet;
    }

private Q_SLOTS:
    void askingTwiceKeepsOneQuestion()
    {
        InterviewSheet sheet;
        QVERIFY(sheet.ask(QStringLiteral("a")));
        QVERIFY(!sheet.ask(QStringLiteral("a")));
        QVERIFY(!sheet.ask(QString()));
        QCOMPARE(sheet.questions().size(), 1);
    }

    void ticksAreASortedSetPerQuestion()
    {
        InterviewSheet sheet;
        sheet.ask(QStringLiteral("a"));
        sheet.setKeyPointTicked(0, 3, true);
        sheet.setKeyPointTicked(0, 1, true);
        sheet.setKeyPointTicked(0, 3, true);  // ticked twice: still once
        QCOMPARE(sheet.questions().at(0).tickedKeyPoints, (QList<int>{1, 3}));
        sheet.setKeyPointTicked(0, 3, false);
        QCOMPARE(sheet.questions().at(0).tickedKeyPoints, (QList<int>{1}));
        sheet.setKeyPointTicked(5, 0, true);   // no such question: ignored
        sheet.setKeyPointTicked(0, -1, true);  // no such point: ignored
        QCOMPARE(sheet.questions().at(0).tickedKeyPoints, (QList<int>{1}));
    }

    void removingAQuestionKeepsTheOthersTicks()
    {
        InterviewSheet sheet;
        sheet.ask(QStringLiteral("a"));
        sheet.ask(QStringLiteral("b"));
        sheet.setKeyPointTicked(1, 2, true);
        sheet.remove(0);
        QCOMPARE(sheet.questions().size(), 1);
        QCOMPARE(sheet.questions().at(0).entryId, QStringLiteral("b"));
        QCOMPARE(sheet.questions().at(0).tickedKeyPoints, (QList<int>{2}));
        sheet.remove(7);  // out of range: nothing happens
        QCOMPARE(sheet.questions().size(), 1);
    }

    void ratingsAreClampedToTheRubricScale()
    {
        InterviewSheet sheet;
        sheet.setRating(Criterion::Production, 9);
        sheet.setRating(Criterion::Communication, -2);
        QCOMPARE(sheet.rating(Criterion::Production), 5);
        QCOMPARE(sheet.rating(Criterion::Communication), 0);
        QCOMPARE(sheet.ratings.production, 5);
    }

    void theDraftReadsBackExactly()
    {
        const InterviewSheet sheet = filledSheet();
        QString error;
        const std::optional<InterviewSheet> back = InterviewSheet::fromJson(sheet.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->candidate, sheet.candidate);
        QCOMPARE(back->started, sheet.started);
        QCOMPARE(back->questions(), sheet.questions());
        QCOMPARE(back->ratings, sheet.ratings);
        QCOMPARE(back->criterionNote(Criterion::Communication), QStringLiteral("clear, conclusion first"));
        QVERIFY(*back == sheet);
    }

    void damagedDraftsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QJsonObject good = filledSheet().toJson();
        QTest::newRow("not a sheet") << QJsonObject{{QStringLiteral("notes"), 3}};
        QJsonObject newer = good;
        newer.insert(QStringLiteral("version"), 99);
        QTest::newRow("newer format") << newer;
        QJsonObject questionsNotAList = good;
        questionsNotAList.insert(QStringLiteral("questions"), QStringLiteral("first-image"));
        QTest::newRow("questions not a list") << questionsNotAList;
        QJsonObject negativeTick = good;
        negativeTick.insert(QStringLiteral("questions"),
                            QJsonArray{QJsonObject{{QStringLiteral("entry"), QStringLiteral("a")}, {QStringLiteral("keyPoints"), QJsonArray{-1}}}});
        QTest::newRow("negative key point") << negativeTick;
        QJsonObject fractionalTick = good;
        fractionalTick.insert(QStringLiteral("questions"),
                              QJsonArray{QJsonObject{{QStringLiteral("entry"), QStringLiteral("a")}, {QStringLiteral("keyPoints"), QJsonArray{1.5}}}});
        QTest::newRow("fractional key point") << fractionalTick;
        QJsonObject noEntry = good;
        noEntry.insert(QStringLiteral("questions"), QJsonArray{QJsonObject{{QStringLiteral("note"), QStringLiteral("x")}}});
        QTest::newRow("question without entry") << noEntry;
    }

    void damagedDraftsAreRefusedWithAReason()
    {
        QFETCH(QJsonObject, json);
        QString error;
        QVERIFY(!InterviewSheet::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void ratingsOutOfRangeInAFileAreClamped()
    {
        QJsonObject json = filledSheet().toJson();
        json.insert(QStringLiteral("rubric"),
                    QJsonObject{{QStringLiteral("technical"), QJsonObject{{QStringLiteral("rating"), 42}}}});
        QString error;
        const auto sheet = InterviewSheet::fromJson(json, &error);
        QVERIFY2(sheet, qPrintable(error));
        QCOMPARE(sheet->rating(Criterion::Technical), 5);
        QCOMPARE(sheet->rating(Criterion::Leadership), 0);
    }

    void theRubricWeightsAddUpToAHundred()
    {
        int total = 0;
        for (Criterion c : allCriteria) {
            total += criterionWeight(c);
            QVERIFY(!criterionName(c).isEmpty());
        }
        QCOMPARE(total, 100);
    }
};

QTEST_GUILESS_MAIN(TestInterviewSheet)
#include "tst_interviewsheet.moc"
