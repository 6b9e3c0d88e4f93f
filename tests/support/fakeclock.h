#pragma once

#include "interview/interviewsession.h"

#include <memory>

// A monotonic clock the test moves by hand: exact and instant.
class FakeClock
{
public:
    DockPrep::MonotonicClock clock() const
    {
        return [now = m_now] { return *now; };
    }
    void advance(qint64 ms) { *m_now += ms; }
    qint64 now() const { return *m_now; }

private:
    std::shared_ptr<qint64> m_now = std::make_shared<qint64>(1000000);
};
