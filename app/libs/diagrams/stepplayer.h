#pragma once

#include <QObject>

namespace DockPrep {

class StepTicker;

// Where a step-through is: the current step of `count`, moved by Previous/Next, or by Play,
// which advances one step per tick and stops by itself on the last step.
class StepPlayer final : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 2500;

    explicit StepPlayer(QObject *parent = nullptr);  // ticks with a QTimer

    // Takes ownership of `ticker` (a QObject child) and replaces the current one.
    void setTicker(StepTicker *ticker);
    void setInterval(int ms) { m_intervalMs = ms; }
    int interval() const { return m_intervalMs; }

    // A new sequence: back to its first step, not playing.
    void setStepCount(int count);
    int current() const { return m_current; }  // -1 when there are no steps
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current >= 0 && m_current < m_count - 1; }
    bool isPlaying() const { return m_playing; }

public Q_SLOTS:
    bool next();      // false at the last step
    bool previous();  // false at the first step
    bool goTo(int step);
    // Plays from the current step (from the first when already at the end) to the last, then stops.
    void play();
    void stop();

Q_SIGNALS:
    void currentChanged(int step);
    void playingChanged(bool playing);

private:
    void onTick();
    void setPlaying(bool playing);

    StepTicker *m_ticker = nullptr;
    int m_intervalMs = defaultIntervalMs;
    int m_count = 0;
    int m_current = -1;
    bool m_playing = false;
};

} // namespace DockPrep
