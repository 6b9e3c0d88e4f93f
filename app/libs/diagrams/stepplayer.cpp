#include "diagrams/stepplayer.h"

#include "diagrams/stepticker.h"

namespace DockPrep {

StepPlayer::StepPlayer(QObject *parent)
    : QObject(parent)
{
    setTicker(new TimerStepTicker);
}

void StepPlayer::setTicker(StepTicker *ticker)
{
    const bool wasPlaying = m_playing;
    stop();
    delete m_ticker;
    m_ticker = ticker;
    m_ticker->setParent(this);
    connect(m_ticker, &StepTicker::tick, this, &StepPlayer::onTick);
    if (wasPlaying)
        play();
}

void StepPlayer::setStepCount(int count)
{
    stop();
    m_count = qMax(0, count);
    m_current = m_count > 0 ? 0 : -1;
    Q_EMIT currentChanged(m_current);
}

bool StepPlayer::next()
{
    if (!canGoForward())
        return false;
    ++m_current;
    Q_EMIT currentChanged(m_current);
    return true;
}

bool StepPlayer::previous()
{
    if (!canGoBack())
        return false;
    --m_current;
    Q_EMIT currentChanged(m_current);
    return true;
}

bool StepPlayer::goTo(int step)
{
    if (step < 0 || step >= m_count)
        return false;
    if (step != m_current) {
        m_current = step;
        Q_EMIT currentChanged(m_current);
    }
    return true;
}

void StepPlayer::play()
{
    if (m_count < 2 || m_playing)
        return;
    if (!canGoForward())
        goTo(0);
    m_ticker->start(m_intervalMs);
    setPlaying(true);
}

void StepPlayer::stop()
{
    if (m_ticker)
        m_ticker->stop();
    setPlaying(false);
}

void StepPlayer::onTick()
{
    if (!m_playing)
        return;
    next();
    if (!canGoForward())
        stop();
}

void StepPlayer::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    Q_EMIT playingChanged(playing);
}

} // namespace DockPrep
