#include "platform/monotonicclock.h"

#include <QElapsedTimer>

#include <memory>

namespace DockPrep {

MonotonicClock steadyClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace DockPrep
