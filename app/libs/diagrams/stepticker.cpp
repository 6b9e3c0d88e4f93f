#include "diagrams/stepticker.h"

namespace DockPrep {

TimerStepTicker::TimerStepTicker(QObject *parent)
    : StepTicker(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &StepTicker::tick);
}

void TimerStepTicker::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void TimerStepTicker::stop()
{
    m_timer.stop();
}

bool TimerStepTicker::isActive() const
{
    return m_timer.isActive();
}

} // namespace DockPrep
