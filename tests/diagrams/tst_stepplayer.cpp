#include "diagrams/stepplayer.h"
#include "diagrams/stepticker.h"

#include <QSignalSpy>
#include <QTest>

using namespace DockPrep;

// Ticks only when the test says so.
class ManualTicker final : public StepTicker
{
    Q_OBJECT
public:
    void start(int intervalMs) override
    {
        m_active = true;
        m_interval = intervalMs;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    void fire() { Q_EMIT tick(); }
    int interval() const { return m_interval; }

private:
    bool m_active = false;
    int m_interval = 0;
};

class TestStepPlayer final : public QObject
{
    Q_OBJECT

    StepPlayer *m_player = nullptr;
    ManualTicker *m_ticker = nullptr;

private Q_SLOTS:
    void init()
    {
        m_player = new StepPlayer(this);
        m_ticker = new ManualTicker;
        m_player->setTicker(m_ticker);
        m_player->setStepCount(4);
    }
    void cleanup() { delete m_player; }

    void startsAtTheFirstStep()
    {
        QCOMPARE(m_player->current(), 0);
        QVERIFY(!m_player->canGoBack());
        QVERIFY(m_player->canGoForward());
        QVERIFY(!m_player->isPlaying());
    }

    void nextAndPreviousStopAtTheBounds()
    {
        QSignalSpy changed(m_player, &StepPlayer::currentChanged);
        QVERIFY(!m_player->previous());
        QCOMPARE(m_player->current(), 0);
        QVERIFY(m_player->next());
        QVERIFY(m_player->next());
        QVERIFY(m_player->next());
        QCOMPARE(m_player->current(), 3);
        QVERIFY(!m_player->canGoForward());
        QVERIFY(!m_player->next());
        QCOMPARE(m_player->current(), 3);
        QVERIFY(m_player->previous());
        QCOMPARE(m_player->current(), 2);
        QCOMPARE(changed.size(), 4);  // no signal for refused moves
        QVERIFY(!m_player->goTo(4));
        QVERIFY(!m_player->goTo(-1));
        QVERIFY(m_player->goTo(0));
        QCOMPARE(m_player->current(), 0);
    }

    void playRunsToTheEndThenStops()
    {
        QSignalSpy playing(m_player, &StepPlayer::playingChanged);
        m_player->play();
        QVERIFY(m_player->isPlaying());
        QVERIFY(m_ticker->isActive());
        QCOMPARE(m_ticker->interval(), StepPlayer::defaultIntervalMs);
        m_ticker->fire();
        QCOMPARE(m_player->current(), 1);
        m_ticker->fire();
        m_ticker->fire();
        QCOMPARE(m_player->current(), 3);
        QVERIFY(!m_player->isPlaying());  // stopped by itself on the last step
        QVERIFY(!m_ticker->isActive());
        m_ticker->fire();                 // a stray tick changes nothing
        QCOMPARE(m_player->current(), 3);
        QCOMPARE(playing.size(), 2);
        QCOMPARE(playing.at(0).at(0).toBool(), true);
        QCOMPARE(playing.at(1).at(0).toBool(), false);
    }

    void playAtTheEndStartsOver()
    {
        m_player->goTo(3);
        m_player->play();
        QCOMPARE(m_player->current(), 0);
        QVERIFY(m_player->isPlaying());
    }

    void stopPausesWhereItIs()
    {
        m_player->play();
        m_ticker->fire();
        m_player->stop();
        QVERIFY(!m_ticker->isActive());
        m_ticker->fire();
        QCOMPARE(m_player->current(), 1);
    }

    void newSequenceResets()
    {
        m_player->play();
        m_ticker->fire();
        m_player->setStepCount(2);
        QCOMPARE(m_player->current(), 0);
        QVERIFY(!m_player->isPlaying());
        m_player->setStepCount(0);
        QCOMPARE(m_player->current(), -1);
        QVERIFY(!m_player->next());
        m_player->play();
        QVERIFY(!m_player->isPlaying());
    }
};

QTEST_GUILESS_MAIN(TestStepPlayer)
#include "tst_stepplayer.moc"
