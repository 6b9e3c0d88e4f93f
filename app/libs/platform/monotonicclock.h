#pragma once

#include <QtGlobal>

#include <functional>

namespace DockPrep {

// Milliseconds from a clock that never goes back (QElapsedTimer in the app, a plain counter in
// tests), so whatever depends on time (an interview's timing, when autosave writes) is exact in
// tests and needs no sleeping.
using MonotonicClock = std::function<qint64()>;
MonotonicClock steadyClock();

} // namespace DockPrep
