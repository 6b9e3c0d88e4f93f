#include "interview/questionpicker.h"
#include "interview/sessionconfig.h"
#include "support/testdata.h"

#include <QJsonDocument>
#include <QTest>

#define PINNED_SHUFFLE "beacd"

using namespace DockPrep;

namespace {

// A larger made-up curriculum so shuffles have room to differ.
Curriculum bigCurriculum()
{
    QList<Chapter> chapters{{QStringLiteral("a"), QStringLiteral("A"), {}, {}}, {QStringLiteral("b"), QStringLiteral("B"), {}, {}}};
    QList<Entry> entries;
    for (int i = 0; i < 20; ++i) {
        Entry entry;
        entry.id = QStringLiteral("e%1").arg(i, 2, 10, QLatin1Char('0'));
        entry.chapterId = i < 10 ? QStringLiteral("a") : QStringLiteral("b");
        entry.level = allLevels[i % 4];
        entry.title = entry.id;
        chapters[i < 10 ? 0 : 1].entryIds.append(entry.id);
        entries.append(entry);
    }
    return Curriculum(chapters, entries);
}

} // namespace

class TestQuestionPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomOrderReplaysFromTheSeed()
    {
        const Curriculum curriculum = bigCurriculum();
        SessionConfig config;
        config.questionCount = 8;
        config.seed = 4242;
        const QDate today(2025, 3, 1);
        const auto first = QuestionPicker::pick(curriculum, config, {}, today);
        const auto again = QuestionPicker::pick(curriculum, config, {}, today);
        QCOMPARE(first.entryIds.size(), 8);
        QCOMPARE(first.candidates, 20);
        QCOMPARE(again.entryIds, first.entryIds);
        QCOMPARE(QSet<QString>(first.entryIds.cbegin(), first.entryIds.cend()).size(), 8);  // no repeats

        config.seed = 4243;
        const auto other = QuestionPicker::pick(curriculum, config, {}, today);
        QVERIFY(other.entryIds != first.entryIds);
        QVERIFY(first.entryIds != curriculum.readingOrder().mid(0, 8));  // actually shuffled
    }

    void shuffleIsPinned()
    {
        // The exact order for a seed must not change between versions, or replays break.
        const QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")};
        const QStringList once = QuestionPicker::shuffled(ids, 7);
        QCOMPARE(QuestionPicker::shuffled(ids, 7), once);
        QStringList sorted = once;
        sorted.sort();
        QCOMPARE(sorted, ids);
        QCOMPARE(QuestionPicker::shuffled(ids, 7).join(QString()), QStringLiteral(PINNED_SHUFFLE));
    }

    void filtersChaptersAndLevels()
    {
        const Curriculum curriculum = bigCurriculum();
        SessionConfig config;
        config.questionCount = 50;
        config.chapters = {QStringLiteral("b")};
        config.levels = {Level::Senior, Level::Principal};
        const auto result = QuestionPicker::pick(curriculum, config, {}, QDate(2025, 3, 1));
        QCOMPARE(result.entryIds.size(), 6);  // e10, e11, e14, e15, e18, e19
        for (const QString &id : result.entryIds) {
            QCOMPARE(curriculum.entry(id)->chapterId, QStringLiteral("b"));
            QVERIFY(curriculum.entry(id)->level >= Level::Senior);
        }
        config.chapters = {QStringLiteral("nothing")};
        const auto none = QuestionPicker::pick(curriculum, config, {}, QDate(2025, 3, 1));
        QVERIFY(none.entryIds.isEmpty());
        QVERIFY(!none.problem.isEmpty());
    }

    void weakestFirst()
    {
        const Curriculum curriculum = bigCurriculum();
        SessionConfig config;
        config.questionCount = 4;
        config.order = QuestionOrder::WeakestFirst;
        QHash<QString, ReviewState> reviews;
        reviews[QStringLiteral("e05")].lastScore = 80;
        reviews[QStringLiteral("e12")].lastScore = 10;
        reviews[QStringLiteral("e17")].lastScore = 40;
        const auto result = QuestionPicker::pick(curriculum, config, reviews, QDate(2025, 3, 1));
        QCOMPARE(result.entryIds.mid(0, 3), (QStringList{QStringLiteral("e12"), QStringLiteral("e17"), QStringLiteral("e05")}));
        QVERIFY(!reviews.contains(result.entryIds.at(3)));
    }

    void dueForReview()
    {
        const Curriculum curriculum = bigCurriculum();
        SessionConfig config;
        config.questionCount = 10;
        config.order = QuestionOrder::DueForReview;
        const QDate today(2025, 3, 10);
        QHash<QString, ReviewState> reviews;
        reviews[QStringLiteral("e01")].due = today;
        reviews[QStringLiteral("e02")].due = today.addDays(-5);
        reviews[QStringLiteral("e03")].due = today.addDays(1);  // not yet
        const auto result = QuestionPicker::pick(curriculum, config, reviews, today);
        QCOMPARE(result.entryIds, (QStringList{QStringLiteral("e02"), QStringLiteral("e01")}));
        const auto none = QuestionPicker::pick(curriculum, config, {}, today);
        QVERIFY(none.entryIds.isEmpty());
        QVERIFY(none.problem.contains(QStringLiteral("due")));
    }

    void configRoundTripsThroughJson()
    {
        SessionConfig config;
        config.chapters = {QStringLiteral("a")};
        config.levels = {Level::Mid, Level::Principal};
        config.questionCount = 7;
        config.timeLimit = TimeLimit::Total;
        config.totalMs = 45 * 60000;
        config.order = QuestionOrder::WeakestFirst;
        config.seed = 4294967295u;
        config.openBook = true;
        config.feedback = FeedbackTiming::AtEnd;
        config.atZero = AtZero::MoveOn;
        config.presetId = QStringLiteral("senior-loop-45");
        const QByteArray json = QJsonDocument(config.toJson()).toJson();
        const auto back = SessionConfig::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(back.has_value());
        QVERIFY(*back == config);
    }

    // The forms edit one number; which field it lands in follows the kind of limit.
    void limitMinutesFollowTheKindOfLimit()
    {
        SessionConfig config;
        config.timeLimit = TimeLimit::PerQuestion;
        config.setLimitMinutes(4);
        QCOMPARE(config.perQuestionMs, qint64(4) * 60 * 1000);
        QCOMPARE(config.totalMs, SessionConfig().totalMs);
        QCOMPARE(config.limitMinutes(), 4);
        config.timeLimit = TimeLimit::Total;
        config.setLimitMinutes(50);
        QCOMPARE(config.totalMs, qint64(50) * 60 * 1000);
        QCOMPARE(config.perQuestionMs, qint64(4) * 60 * 1000);
        QCOMPARE(config.limitMinutes(), 50);
    }

    void rejectsBadConfig_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unknown level") << QByteArray(R"({"levels":["guru"]})");
        QTest::newRow("no questions") << QByteArray(R"({"questionCount":0})");
        QTest::newRow("negative seed") << QByteArray(R"({"seed":-1})");
        QTest::newRow("tiny time") << QByteArray(R"({"perQuestionMs":5})");
        QTest::newRow("unknown order") << QByteArray(R"({"order":"alphabetical"})");
    }

    void rejectsBadConfig()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!SessionConfig::fromJson(QJsonDocument::fromJson(json).object(), &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void presets()
    {
        const auto quick = sessionPreset(QStringLiteral("quick-15"));
        QVERIFY(quick.has_value());
        QCOMPARE(quick->config.questionCount * quick->config.perQuestionMs, 15 * 60000);
        const auto senior = sessionPreset(QStringLiteral("senior-loop-45"));
        QVERIFY(senior.has_value());
        QCOMPARE(senior->config.timeLimit, TimeLimit::Total);
        QCOMPARE(senior->config.totalMs, 45 * 60000);
        QVERIFY(senior->config.levels.contains(Level::Senior));
        QVERIFY(!sessionPreset(QStringLiteral("nope")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestQuestionPicker)
#include "tst_questionpicker.moc"
